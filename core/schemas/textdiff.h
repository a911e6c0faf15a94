#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Qafka {

// A line-by-line difference of two texts laid out side by side, as a reviewer reads it: equal
// lines on both sides, removed lines on the left only, added ones on the right only, and a
// removal followed by an addition paired up as changed lines.
struct DiffRow
{
    enum class Kind { Same, Removed, Added, Changed };
    Kind kind = Kind::Same;
    int leftLine = 0; // 1-based; 0 when the row has no left line
    QString left;
    int rightLine = 0;
    QString right;
};

class TextDiff
{
public:
    // Longest common subsequence of lines; texts over maxLines lines each are compared as one
    // changed block (schemas are far smaller).
    static QList<DiffRow> sideBySide(const QStringList &left, const QStringList &right);
    static constexpr int maxLines = 1500; // at most 2.25 M table cells, on the GUI thread

    struct Counts
    {
        int added = 0;
        int removed = 0;
        int changed = 0;
    };
    static Counts count(const QList<DiffRow> &rows);
};

} // namespace Qafka
