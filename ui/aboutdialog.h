#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Qafka {

// Help ▸ About Qafka: what a bug report needs (versions of Qafka, Qt and librdkafka, build date,
// system, display), with a button that copies it as plain text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The diagnostics as plain text, one "name: value" per line.
    static QString diagnostics();

    QPushButton *copyButton() const { return m_copy; }

private:
    QPushButton *m_copy;
};

} // namespace Qafka
