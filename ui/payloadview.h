#pragma once

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSyntaxHighlighter;

namespace Qafka {

// One key or value of a message in the detail view, as text, pretty JSON, a hex dump or base64.
// Null, empty and bytes are three different things here. Large payloads show their first
// kInitialBytes at once and the rest when asked, so a 10 MB value never stalls the window.
class PayloadView : public QWidget
{
    Q_OBJECT
public:
    enum Mode { TextMode, JsonMode, HexMode, Base64Mode };
    static constexpr qsizetype kInitialBytes = qsizetype(64) * 1024;

    explicit PayloadView(const QString &objectName, QWidget *parent = nullptr);

    void setBytes(const std::optional<QByteArray> &bytes);
    void setMode(Mode mode);
    Mode mode() const;
    QString shownText() const;
    bool isTruncated() const;
    void showAll();
    QLabel *statusLabel() const { return m_status; }

private:
    void render();
    // The pretty JSON of the whole value, computed at most once per value.
    const std::optional<QString> &prettyJson();

    std::optional<QByteArray> m_bytes;
    std::optional<QString> m_pretty;
    bool m_prettyDone = false;
    bool m_showAll = false;
    QComboBox *m_mode;
    QLabel *m_status;
    QPushButton *m_showAllButton;
    QPlainTextEdit *m_text;
    QSyntaxHighlighter *m_highlighter;
};

} // namespace Qafka
