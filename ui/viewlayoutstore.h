#pragma once

class QSettings;
class QWidget;

namespace Qafka {

// Remembers how the user arranged a window between runs: the sizes of every named QSplitter and
// the column widths, order and sort of every named table or tree view under a widget, kept in the
// settings by object name (views of the same kind in several cluster tabs share one layout).
class ViewLayoutStore
{
public:
    // Set (true) on a header whose widths came from the settings: automatic sizing leaves it be.
    static constexpr char kRestoredProperty[] = "qafkaLayoutRestored";

    static void save(const QWidget *root, QSettings *settings);
    static void restore(QWidget *root, const QSettings &settings);
};

} // namespace Qafka
