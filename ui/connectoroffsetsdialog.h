#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Qafka {

// The offsets a stopped connector is to continue from (Connect 3.6+, PATCH
// /connectors/{name}/offsets), written in Connect's own form and started from the offsets it has
// now. Only checks that the text is that form: Connect says whether the plugin accepts it.
class ConnectorOffsetsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectorOffsetsDialog(const QString &connector, const QString &currentOffsets,
                           QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *alterButton() const { return m_alter; }
    QLabel *statusLabel() const { return m_status; }
    // What Accept read from the editor: {"offsets": [...]}.
    QJsonObject offsets() const { return m_offsets; }

    // {"offsets": [{"partition": {...}, "offset": {...} or null}, ...]}, or an error in words.
    static QJsonObject parseOffsets(const QString &text, QString *error);

private:
    void tryAccept();

    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QPushButton *m_alter;
    QJsonObject m_offsets;
};

} // namespace Qafka
