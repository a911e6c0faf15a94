#include "operationstatus.h"

#include "semanticcolors.h"
#include "session/clusterconnection.h"

namespace Qafka {

OperationStatus::OperationStatus(ClusterConnection *connection, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("operationStatus"));
    setAccessibleDescription(tr("Result of the last operation"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    connect(connection, &ClusterConnection::operationFinished, this, &OperationStatus::onFinished);
}

void OperationStatus::track(quint64 id, const QString &pendingText)
{
    m_pending.insert(id);
    setStyleSheet(QString());
    setText(pendingText);
    show();
}

void OperationStatus::onFinished(quint64 id, const QString &description, const KafkaError &error)
{
    if (!m_pending.remove(id))
        return;
    m_lastSucceeded = error.isNull();
    if (m_lastSucceeded) {
        setStyleSheet(semanticStyle(Meaning::Success));
        setText(tr("%1: done.").arg(description));
    } else {
        setStyleSheet(semanticStyle(Meaning::Error));
        QString text = tr("%1 failed: %2").arg(description, error.message);
        if (!error.code.isEmpty())
            text += QStringLiteral(" (%1)").arg(error.code);
        setText(text);
    }
    emit finished(id, m_lastSucceeded);
}

} // namespace Qafka
