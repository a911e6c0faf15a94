#include "messagedetailview.h"

#include "messages/messagedecoding.h"
#include "messages/messageexport.h"
#include "payloadview.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QByteArray toByteArray(QByteArrayView view)
{
    return QByteArray(view.data(), view.size());
}

} // namespace

MessageDetailView::MessageDetailView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_value(new PayloadView(QStringLiteral("messageValue"), this))
    , m_key(new PayloadView(QStringLiteral("messageKey"), this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_metadata(new QLabel(this))
    , m_copyKey(new QPushButton(tr("Copy &Key"), this))
    , m_copyValue(new QPushButton(tr("Copy &Value"), this))
    , m_copyJson(new QPushButton(tr("Copy as &JSON"), this))
    , m_sendAgain(new QPushButton(tr("Send A&gain…"), this))
{
    setObjectName(QStringLiteral("messageDetails"));
    setAccessibleName(tr("Message details"));
    m_tabs->setObjectName(QStringLiteral("messageDetailTabs"));
    m_value->setAccessibleName(tr("Message value"));
    m_key->setAccessibleName(tr("Message key"));
    m_headers->setObjectName(QStringLiteral("messageHeaders"));
    m_headers->setAccessibleName(tr("Message headers"));
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setObjectName(QStringLiteral("messageMetadata"));
    m_metadata->setAccessibleDescription(tr("Message metadata"));
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_metadata->setWordWrap(true);
    m_copyKey->setObjectName(QStringLiteral("copyKey"));
    m_copyValue->setObjectName(QStringLiteral("copyValue"));
    m_copyJson->setObjectName(QStringLiteral("copyMessageJson"));
    m_sendAgain->setObjectName(QStringLiteral("sendAgain"));
    m_sendAgain->setToolTip(tr("Open this message in the producer pane"));

    m_tabs->addTab(m_value, tr("Value"));
    m_tabs->addTab(m_key, tr("Key"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_metadata, tr("Metadata"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyKey);
    buttons->addWidget(m_copyValue);
    buttons->addWidget(m_copyJson);
    buttons->addStretch(1);
    buttons->addWidget(m_sendAgain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    // Bytes that are not text go to the clipboard as their \xNN text form.
    const auto copyBytes = [](const std::optional<QByteArray> &bytes) {
        QGuiApplication::clipboard()->setText(bytes ? MessageDecoding::text(*bytes) : QString());
    };
    connect(m_copyKey, &QPushButton::clicked, this,
            [this, copyBytes] { copyBytes(m_message.key); });
    connect(m_copyValue, &QPushButton::clicked, this,
            [this, copyBytes] { copyBytes(m_message.value); });
    connect(m_copyJson, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(QString::fromUtf8(messageAsJson())); });
    connect(m_sendAgain, &QPushButton::clicked, this,
            [this] { emit sendAgainRequested(m_topic, m_message); });
    clearMessage();
}

void MessageDetailView::clearMessage()
{
    m_hasMessage = false;
    m_index = -1;
    m_decoded = {};
    m_decoder.reset();
    m_message = {};
    m_headersBlob.clear();
    m_value->setBytes(std::nullopt);
    m_key->setBytes(std::nullopt);
    m_headers->setRowCount(0);
    m_metadata->setText(tr("Select a message to see it here."));
    for (QPushButton *button : {m_copyKey, m_copyValue, m_copyJson, m_sendAgain})
        button->setEnabled(false);
}

void MessageDetailView::setMessage(const QString &topic, const MessageRecord &record,
                                   const MessageBytes &bytes)
{
    m_hasMessage = true;
    m_decoded = {};
    m_decoder.reset();
    m_topic = topic;
    m_record = record;
    m_message = {};
    if (bytes.key)
        m_message.key = toByteArray(*bytes.key);
    if (bytes.value)
        m_message.value = toByteArray(*bytes.value);
    m_message.partition = record.partition;
    m_headersBlob = toByteArray(bytes.headers);
    m_headers->setRowCount(0);
    HeaderBlob::forEach(m_headersBlob, [this](const HeaderBlob::Header &header) {
        MessageHeader copy{QString::fromUtf8(header.name), std::nullopt};
        if (header.value)
            copy.value = toByteArray(*header.value);
        m_message.headers.append(copy);
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(MessageDecoding::text(header.name)));
        auto *value = new QTableWidgetItem(header.value ? MessageDecoding::text(*header.value)
                                                        : tr("(null)"));
        if (!header.value) {
            QFont italic = value->font();
            italic.setItalic(true);
            value->setFont(italic);
        }
        m_headers->setItem(row, 1, value);
    });
    m_tabs->setTabText(m_tabs->indexOf(m_headers), tr("Headers (%1)").arg(m_headers->rowCount()));
    m_value->setBytes(m_message.value);
    m_key->setBytes(m_message.key);

    const QLocale locale;
    const auto sizeOf = [&](const std::optional<QByteArray> &b) {
        return b ? locale.formattedDataSize(b->size()) : tr("null");
    };
    QString timestampType;
    switch (TimestampType(record.timestampType)) {
    case TimestampType::CreateTime:
        timestampType = tr("CreateTime (set by the producer)");
        break;
    case TimestampType::LogAppendTime:
        timestampType = tr("LogAppendTime (set by the broker)");
        break;
    case TimestampType::NotAvailable:
        timestampType = tr("not available");
        break;
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(record.timestampMs, Qt::UTC);
    m_metadata->setText(
        tr("<table>"
           "<tr><td>Topic</td><td>%1</td></tr>"
           "<tr><td>Partition</td><td>%2</td></tr>"
           "<tr><td>Offset</td><td>%3</td></tr>"
           "<tr><td>Timestamp</td><td>%4 UTC<br>%5 local<br>%6 ms</td></tr>"
           "<tr><td>Timestamp type</td><td>%7</td></tr>"
           "<tr><td>Key size</td><td>%8</td></tr>"
           "<tr><td>Value size</td><td>%9</td></tr>"
           "<tr><td>Headers</td><td>%10 (%11)</td></tr>"
           "</table>")
            .arg(topic.toHtmlEscaped())
            .arg(record.partition)
            .arg(record.offset)
            .arg(time.toString(Qt::ISODateWithMs), time.toLocalTime().toString(Qt::ISODateWithMs))
            .arg(record.timestampMs)
            .arg(timestampType, sizeOf(m_message.key), sizeOf(m_message.value))
            .arg(m_headers->rowCount())
            .arg(locale.formattedDataSize(record.headersLength)));
    for (QPushButton *button : {m_copyKey, m_copyValue, m_copyJson, m_sendAgain})
        button->setEnabled(true);
}

void MessageDetailView::setDecoded(const DecodedMessage &decoded,
                                   std::shared_ptr<const PayloadDecoder> decoder)
{
    if (!m_hasMessage || decoded.index != m_index)
        return;
    m_decoded = decoded;
    m_decoder = std::move(decoder);
    m_key->setDecoded(decoded.key, decoded.keySchema);
    m_value->setDecoded(decoded.value, decoded.valueSchema);
}

QByteArray MessageDetailView::messageAsJson() const
{
    if (!m_hasMessage)
        return {};
    MessageBytes bytes;
    if (m_message.key)
        bytes.key = QByteArrayView(*m_message.key);
    if (m_message.value)
        bytes.value = QByteArrayView(*m_message.value);
    bytes.headers = QByteArrayView(m_headersBlob);
    return MessageExport::jsonLine(m_topic, m_record, bytes, m_decoder.get());
}

} // namespace Qafka
