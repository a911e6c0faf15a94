#pragma once

#include "messages/decodedmessage.h"
#include "messages/storedmessage.h"
#include "types/messagetypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Qafka {

class PayloadView;

// One message in full: value and key (text, JSON, hex, base64), headers, and where it came from.
// Copies what it shows, so the browser may drop the message meanwhile.
class MessageDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageDetailView(QWidget *parent = nullptr);

    void setMessage(const QString &topic, const MessageRecord &record, const MessageBytes &bytes);
    void clearMessage();
    // The schema decoder's result for the message shown (ignored when another one is shown).
    // Copy as JSON then carries the decoded JSON too (the decoder has the schemas by now).
    void setDecoded(const DecodedMessage &decoded, std::shared_ptr<const PayloadDecoder> decoder);
    qint64 shownIndex() const { return m_index; }
    void setShownIndex(qint64 index) { m_index = index; }
    bool hasMessage() const { return m_hasMessage; }

    // As the browser exports it (MessageExport's JSON line).
    QByteArray messageAsJson() const;
    OutgoingMessage message() const { return m_message; }
    QString topic() const { return m_topic; }

    PayloadView *keyView() const { return m_key; }
    PayloadView *valueView() const { return m_value; }
    QTableWidget *headersTable() const { return m_headers; }
    QLabel *metadataLabel() const { return m_metadata; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }

signals:
    void sendAgainRequested(const QString &topic, const Qafka::OutgoingMessage &message);

private:
    bool m_hasMessage = false;
    qint64 m_index = -1;
    DecodedMessage m_decoded;
    std::shared_ptr<const PayloadDecoder> m_decoder;
    QString m_topic;
    MessageRecord m_record;
    OutgoingMessage m_message;
    QByteArray m_headersBlob;
    QTabWidget *m_tabs;
    PayloadView *m_value;
    PayloadView *m_key;
    QTableWidget *m_headers;
    QLabel *m_metadata;
    QPushButton *m_copyKey;
    QPushButton *m_copyValue;
    QPushButton *m_copyJson;
    QPushButton *m_sendAgain;
};

} // namespace Qafka
