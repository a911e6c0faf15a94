#include "payloadview.h"

#include "jsonhighlighter.h"
#include "messages/messagedecoding.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qafka {

PayloadView::PayloadView(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_showAllButton(new QPushButton(tr("Show All"), this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(objectName);
    m_mode->addItem(tr("Decoded"), DecodedMode);
    m_mode->addItem(tr("Schema"), SchemaMode);
    m_mode->addItem(tr("Text"), TextMode);
    m_mode->addItem(tr("JSON"), JsonMode);
    m_mode->addItem(tr("Hex"), HexMode);
    m_mode->addItem(tr("Base64"), Base64Mode);
    m_mode->setObjectName(objectName + QStringLiteral("Mode"));
    m_mode->setAccessibleName(tr("Show as"));
    m_showAllButton->setObjectName(objectName + QStringLiteral("ShowAll"));
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setAccessibleName(objectName);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new JsonHighlighter(m_text->document());
    m_status->setObjectName(objectName + QStringLiteral("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_showAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_showAllButton, &QPushButton::clicked, this, &PayloadView::showAll);
    render();
}

void PayloadView::setBytes(const std::optional<QByteArray> &bytes)
{
    m_bytes = bytes;
    m_decoded = {};
    m_schema = {};
    m_showAll = false;
    m_pretty.reset();
    m_prettyDone = false;
    // Pick the most useful view for what arrived, as long as the user has not chosen Hex/Base64.
    if (m_bytes && mode() != HexMode && mode() != Base64Mode) {
        const bool json = m_bytes->size() <= kInitialBytes && prettyJson().has_value();
        m_mode->blockSignals(true);
        m_mode->setCurrentIndex(m_mode->findData(json ? JsonMode : TextMode));
        m_mode->blockSignals(false);
    }
    render();
}

void PayloadView::setDecoded(const DecodedField &field, const RegistrySchema &schema)
{
    m_decoded = field;
    m_schema = schema;
    if (field.state == DecodedField::State::Decoded && mode() != HexMode && mode() != Base64Mode) {
        m_mode->blockSignals(true);
        m_mode->setCurrentIndex(m_mode->findData(DecodedMode));
        m_mode->blockSignals(false);
    }
    render();
}

QString PayloadView::schemaSummary() const
{
    if (m_decoded.state == DecodedField::State::Plain)
        return tr("Not schema-encoded");
    QString summary = registryNameOf(m_decoded.format);
    if (m_decoded.schemaKey.id >= 0 || m_decoded.schemaKey.isGuid())
        summary = tr("%1 · schema %2").arg(summary, m_decoded.schemaKey.toString());
    else
        summary = tr("%1 · local schema file").arg(summary);
    if (!m_schema.subject.isEmpty())
        summary += tr(" · subject %1 version %2").arg(m_schema.subject).arg(m_schema.version);
    if (!m_decoded.messageType.isEmpty())
        summary += tr(" · message %1").arg(m_decoded.messageType);
    return summary;
}

void PayloadView::renderDecoded()
{
    if (m_decoded.state != DecodedField::State::Decoded) {
        m_text->setPlainText({});
        m_status->setText(m_decoded.state == DecodedField::State::Plain
                              ? tr("Not schema-encoded: choose Text, JSON or Hex")
                              : m_decoded.reason);
        return;
    }
    const auto pretty = MessageDecoding::prettyJson(m_decoded.json);
    m_text->setPlainText(pretty ? *pretty : MessageDecoding::text(m_decoded.json));
    m_highlighter->setDocument(m_text->document());
    QString status = schemaSummary();
    if (!m_decoded.problems.isEmpty())
        status += u'\n' + tr("Does not match its schema: %1").arg(m_decoded.problems.join(u"; "));
    m_status->setText(status);
}

void PayloadView::renderSchema()
{
    if (m_schema.text.isEmpty()) {
        m_text->setPlainText({});
        m_status->setText(m_decoded.state == DecodedField::State::Plain
                              ? tr("Not schema-encoded")
                              : tr("The schema's text is not known (yet)"));
        return;
    }
    const auto pretty = MessageDecoding::prettyJson(m_schema.text.toUtf8());
    m_text->setPlainText(pretty ? *pretty : m_schema.text);
    if (pretty)
        m_highlighter->setDocument(m_text->document());
    m_status->setText(schemaSummary());
}

void PayloadView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(mode));
}

PayloadView::Mode PayloadView::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

QString PayloadView::shownText() const
{
    return m_text->toPlainText();
}

bool PayloadView::isTruncated() const
{
    return m_bytes && !m_showAll && m_bytes->size() > kInitialBytes;
}

void PayloadView::showAll()
{
    m_showAll = true;
    render();
}

const std::optional<QString> &PayloadView::prettyJson()
{
    if (!m_prettyDone && m_bytes) {
        m_pretty = MessageDecoding::prettyJson(*m_bytes);
        m_prettyDone = true;
    }
    return m_pretty;
}

void PayloadView::render()
{
    const QLocale locale;
    m_showAllButton->setVisible(isTruncated());
    m_highlighter->setDocument(nullptr);
    if (!m_bytes) {
        m_text->setPlainText({});
        m_text->setPlaceholderText(tr("null"));
        m_status->setText(tr("Null (no bytes at all)"));
        return;
    }
    if (m_bytes->isEmpty()) {
        m_text->setPlainText({});
        m_text->setPlaceholderText(tr("empty"));
        m_status->setText(tr("Empty (0 bytes)"));
        return;
    }
    m_text->setPlaceholderText({});
    if (mode() == DecodedMode || mode() == SchemaMode) {
        m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
        mode() == DecodedMode ? renderDecoded() : renderSchema();
        return;
    }
    const QByteArrayView all(*m_bytes);
    const QByteArrayView shown = isTruncated() ? all.first(kInitialBytes) : all;
    QString status = isTruncated() ? tr("First %1 of %2")
                                         .arg(locale.formattedDataSize(shown.size()),
                                              locale.formattedDataSize(all.size()))
                                   : locale.formattedDataSize(all.size());
    QString text;
    switch (mode()) {
    case TextMode:
        text = MessageDecoding::text(shown);
        if (!MessageDecoding::isValidUtf8(all))
            status += tr(" · not valid UTF-8: bytes shown as \\xNN");
        break;
    case JsonMode:
        // A truncated JSON text is not JSON: pretty-print only the whole value.
        if (const auto pretty = isTruncated() ? std::nullopt : prettyJson()) {
            text = *pretty;
            m_highlighter->setDocument(m_text->document());
        } else {
            text = MessageDecoding::text(shown);
            status += isTruncated() ? tr(" · Show All to format as JSON") : tr(" · not JSON");
        }
        break;
    case HexMode:
        text = MessageDecoding::hexDump(all, shown.size());
        break;
    case Base64Mode:
        text = MessageDecoding::base64(shown);
        break;
    case DecodedMode:
    case SchemaMode:
        break;
    }
    if (m_decoded.state == DecodedField::State::Failed ||
        m_decoded.state == DecodedField::State::Pending)
        status += u'\n' + m_decoded.reason;
    // Qt cannot lay out a line of millions of characters unwrapped (its coordinates overflow and
    // the glyphs pile up); wrap anywhere when a line is that long.
    qsizetype longestLine = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        longestLine = qMax(longestLine, end - start);
        start = end + 1;
    }
    m_text->setLineWrapMode(longestLine > 20000 ? QPlainTextEdit::WidgetWidth
                                                : QPlainTextEdit::NoWrap);
    m_text->setWordWrapMode(QTextOption::WrapAnywhere);
    m_text->setPlainText(text);
    m_status->setText(status);
}

} // namespace Qafka
