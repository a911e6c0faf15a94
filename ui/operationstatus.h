#pragma once

#include <QLabel>
#include <QSet>

namespace Qafka {

class ClusterConnection;
struct KafkaError;

// Shows the outcome of the administrative operations one pane started: the broker's words on
// failure, a short confirmation on success. Lives where the user is looking, not in a log.
class OperationStatus : public QLabel
{
    Q_OBJECT
public:
    OperationStatus(ClusterConnection *connection, QWidget *parent = nullptr);

    void track(quint64 id, const QString &pendingText);
    bool isBusy() const { return !m_pending.isEmpty(); }
    bool lastSucceeded() const { return m_lastSucceeded; }

signals:
    void finished(quint64 id, bool succeeded);

private:
    void onFinished(quint64 id, const QString &description, const KafkaError &error);

    QSet<quint64> m_pending;
    bool m_lastSucceeded = false;
};

} // namespace Qafka
