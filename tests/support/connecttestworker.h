#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>

// Access to the real Kafka Connect worker that the CTest fixture "connect_worker" starts with
// scripts/connect-worker.sh (distributed mode, one worker on the "single" cluster, the
// FileStreamSource/Sink connectors, JsonConverter without schemas), and a small blocking REST
// client of its own: tests use it as an oracle that shares no code with Qafka's Connect client.
//
// Environment (set by qafka_add_test(... CONNECT ...)): QAFKA_CONNECT_DIR (the fixture's folder).
class ConnectTestWorker
{
public:
    ConnectTestWorker();
    explicit ConnectTestWorker(const QString &dir); // a worker of connect-worker.sh in DIR

    bool isAvailable() const; // the fixture wrote its url
    QString dir() const { return m_dir; }
    QString url() const { return file(QStringLiteral("url")); }             // http://127.0.0.1:PORT
    QString bootstrap() const { return file(QStringLiteral("bootstrap")); } // the worker's Kafka
    QString file(const QString &name) const; // contents of DIR/name, trimmed

    // One REST call, blocking in a local event loop: VERB (GET, POST, PUT, PATCH, DELETE) on
    // url() + PATH (e.g. "/connectors?expand=status"), with BODY as JSON when it is not null.
    // Returns the response parsed as JSON (a null document for an empty or non-JSON body).
    // *status gets the HTTP status, 0 when nothing answered within timeoutMs (the worker can
    // hang REST calls for seconds while it rebalances); *rawBody the body as received.
    QJsonDocument request(const QByteArray &verb, const QString &path,
                          const QJsonDocument &body = {}, int *status = nullptr,
                          QByteArray *rawBody = nullptr, int timeoutMs = 30000) const;

    // Shortcuts. createConnector: POST /connectors {"name", "config"}, true on 201 (else false,
    // with the worker's answer in *error). deleteConnector: DELETE, true on 204 or 404.
    bool createConnector(const QString &name, const QJsonObject &config,
                         QString *error = nullptr) const;
    bool deleteConnector(const QString &name) const;
    // GET /connectors/NAME/status; an empty object when there is none (yet).
    QJsonObject connectorStatus(const QString &name) const;
    // The state of task TASK of NAME ("RUNNING", "FAILED", ...), empty when not known, and its
    // trace when it failed.
    QString taskState(const QString &name, int task = 0, QString *trace = nullptr) const;

    // Checks PREDICATE (which may call request()) until it holds, every intervalMs, processing
    // events in between; false when timeoutMs passed first. Gentler on the worker than
    // QTRY_VERIFY's 50 ms polling for conditions that cost a REST call.
    static bool waitFor(const std::function<bool()> &predicate, int timeoutMs = 60000,
                        int intervalMs = 250);

private:
    QJsonDocument requestOnce(const QByteArray &verb, const QString &path,
                              const QJsonDocument &body, int *status, QByteArray *rawBody,
                              int timeoutMs) const;

    QString m_dir;
};
