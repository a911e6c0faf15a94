#pragma once

#include "messages/payloaddecoder.h"

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
    enum Mode { TextMode, JsonMode, HexMode, Base64Mode, DecodedMode, SchemaMode };
    static constexpr qsizetype kInitialBytes = qsizetype(64) * 1024;

    explicit PayloadView(const QString &objectName, QWidget *parent = nullptr);

    void setBytes(const std::optional<QByteArray> &bytes);
    // What the schema decoder made of these bytes (after setBytes): a decoded record shows
    // first as pretty JSON, with its schema one choice away; a failure shows the bytes and why.
    void setDecoded(const DecodedField &field, const RegistrySchema &schema);
    const DecodedField &decoded() const { return m_decoded; }
    void setMode(Mode mode);
    Mode mode() const;
    QString shownText() const;
    bool isTruncated() const;
    void showAll();
    QLabel *statusLabel() const { return m_status; }

private:
    void render();
    void renderDecoded();
    void renderSchema();
    QString schemaSummary() const;
    // The pretty JSON of the whole value, computed at most once per value.
    const std::optional<QString> &prettyJson();

    std::optional<QByteArray> m_bytes;
    DecodedField m_decoded;
    RegistrySchema m_schema;
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
