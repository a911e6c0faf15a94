#include "connecttestworker.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

ConnectTestWorker::ConnectTestWorker()
    : m_dir(qEnvironmentVariable("QAFKA_CONNECT_DIR"))
{}

ConnectTestWorker::ConnectTestWorker(const QString &dir)
    : m_dir(dir)
{}

bool ConnectTestWorker::isAvailable() const
{
    return !m_dir.isEmpty() && QFile::exists(m_dir + QStringLiteral("/url"));
}

QString ConnectTestWorker::file(const QString &name) const
{
    QFile f(m_dir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

// A read answered "rebalance" (409, or 500 "a rebalance is expected" right after a connector was
// created) is asked again until the worker settles or timeoutMs passed: the oracle reads what the
// cluster holds, not the worker's passing state. Writes are never repeated.
QJsonDocument ConnectTestWorker::request(const QByteArray &verb, const QString &path,
                                         const QJsonDocument &body, int *status,
                                         QByteArray *rawBody, int timeoutMs) const
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        int answered = 0;
        QByteArray raw;
        const int left = int(std::max<qint64>(1, timeoutMs - clock.elapsed()));
        QJsonDocument answer = requestOnce(verb, path, body, &answered, &raw, left);
        const bool rebalancing =
            (answered == 409 || answered == 500) && raw.contains("rebalance") && verb == "GET";
        if (!rebalancing || clock.elapsed() + 250 >= timeoutMs) {
            if (status)
                *status = answered;
            if (rawBody)
                *rawBody = raw;
            return answer;
        }
        QTest::qWait(250); // between attempts, as a client backs off
    }
}

QJsonDocument ConnectTestWorker::requestOnce(const QByteArray &verb, const QString &path,
                                             const QJsonDocument &body, int *status,
                                             QByteArray *rawBody, int timeoutMs) const
{
    if (status)
        *status = 0;
    if (rawBody)
        rawBody->clear();
    QNetworkAccessManager manager;
    // A 127.0.0.1 oracle: an http_proxy of the environment must not get in between.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest req(QUrl(url() + path));
    req.setRawHeader("Accept", "application/json");
    QByteArray payload;
    if (!body.isNull()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = body.toJson(QJsonDocument::Compact);
    }
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(req, verb, payload));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        qWarning().noquote() << "Connect REST" << verb << path << "timed out after" << timeoutMs
                             << "ms";
        reply->abort();
        return {};
    }
    const QByteArray data = reply->readAll();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (rawBody)
        *rawBody = data;
    return QJsonDocument::fromJson(data);
}

bool ConnectTestWorker::createConnector(const QString &name, const QJsonObject &config,
                                        QString *error) const
{
    int status = 0;
    QByteArray raw;
    request("POST", QStringLiteral("/connectors"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("config"), config}}),
            &status, &raw);
    if (error)
        *error = QStringLiteral("POST /connectors (%1): HTTP %2 %3")
                     .arg(name)
                     .arg(status)
                     .arg(QString::fromUtf8(raw));
    return status == 201;
}

bool ConnectTestWorker::deleteConnector(const QString &name) const
{
    int status = 0;
    request("DELETE", QStringLiteral("/connectors/") + name, {}, &status);
    return status == 204 || status == 404;
}

QJsonObject ConnectTestWorker::connectorStatus(const QString &name) const
{
    int status = 0;
    const QJsonDocument doc =
        request("GET", QStringLiteral("/connectors/%1/status").arg(name), {}, &status);
    return status == 200 ? doc.object() : QJsonObject();
}

QString ConnectTestWorker::taskState(const QString &name, int task, QString *trace) const
{
    const QJsonArray tasks = connectorStatus(name).value(QStringLiteral("tasks")).toArray();
    for (const auto &value : tasks) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("id")).toInt(-1) != task)
            continue;
        if (trace)
            *trace = object.value(QStringLiteral("trace")).toString();
        return object.value(QStringLiteral("state")).toString();
    }
    if (trace)
        trace->clear();
    return {};
}

bool ConnectTestWorker::waitFor(const std::function<bool()> &predicate, int timeoutMs,
                                int intervalMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (predicate())
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(std::min<int>(intervalMs, int(std::max<qint64>(deadline.remainingTime(), 1))));
    }
}
