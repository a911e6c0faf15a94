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
    m_showAll = false;
    m_pretty.reset();
    m_prettyDone = false;
    // Pick the most useful view for what arrived, as long as the user has not chosen Hex/Base64.
    if (m_bytes && (mode() == TextMode || mode() == JsonMode)) {
        const bool json = m_bytes->size() <= kInitialBytes && prettyJson().has_value();
        m_mode->blockSignals(true);
        m_mode->setCurrentIndex(json ? JsonMode : TextMode);
        m_mode->blockSignals(false);
    }
    render();
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
    }
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
