#include "workers/connectworker.h"

#include "http/connectanswers.h"
#include "http/connectclient.h"
#include "http/connecterrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Qafka {

namespace {

constexpr int kChangeAttempts = 3;
constexpr int kFirstRetryDelayMs = 1000; // doubled for each further one

QString connectorPath(const QString &connector)
{
    return QStringLiteral("/connectors/") + QString::fromLatin1(QUrl::toPercentEncoding(connector));
}

struct Route
{
    QByteArray verb;
    QString path;
};

Route routeOf(const ConnectActionRequest &request)
{
    const QString base = connectorPath(request.connector);
    switch (request.action) {
    case ConnectAction::Pause:
        return {"PUT", base + u"/pause"};
    case ConnectAction::Resume:
        return {"PUT", base + u"/resume"};
    case ConnectAction::Stop:
        return {"PUT", base + u"/stop"};
    case ConnectAction::Restart:
        return {"POST", base + u"/restart"};
    case ConnectAction::RestartAll:
        return {"POST", base + u"/restart?includeTasks=true&onlyFailed=false"};
    case ConnectAction::RestartFailed:
        return {"POST", base + u"/restart?includeTasks=true&onlyFailed=true"};
    case ConnectAction::RestartTask:
        return {"POST", base + u"/tasks/" + QString::number(request.task) + u"/restart"};
    case ConnectAction::Delete:
        return {"DELETE", base};
    case ConnectAction::ResetOffsets:
        return {"DELETE", base + u"/offsets"};
    case ConnectAction::AlterOffsets:
        return {"PATCH", base + u"/offsets"};
    }
    return {};
}

// What a Connect older than the feature answers: 405, or JAX-RS's own 404 ("HTTP 404 Not
// Found") rather than Connect's "Connector x not found".
bool missingEndpoint(const RestResponse &response)
{
    return response.httpStatus == 405 ||
           (response.httpStatus == 404 &&
            (response.serviceMessage.isEmpty() || response.serviceMessage.startsWith(u"HTTP 404")));
}

} // namespace

ConnectWorker::ConnectWorker(const ConnectClusterSettings &settings,
                             const RestEndpointSecrets &secrets)
    : m_client(new ConnectClient(settings, secrets, this))
{}

ConnectWorker::~ConnectWorker() = default;

void ConnectWorker::test(quint64 id)
{
    m_client->get(QStringLiteral("/"), [this, id](const RestResponse &root) {
        if (!root.ok) {
            emit tested(id, false, root.error);
            return;
        }
        // A web server that answers / with JSON is not yet Connect: the connectors list is.
        m_client->get(QStringLiteral("/connectors"), [this, id, root](const RestResponse &list) {
            if (!list.ok || !list.json.isArray())
                emit tested(id, false,
                            list.ok ? ConnectWorker::tr("%1 answers, but not as Kafka Connect "
                                                        "does: /connectors is not a list.")
                                          .arg(list.url)
                                    : list.error);
            else
                emit tested(id, true, ConnectAnswers::serverSummary(root.json));
        });
    });
}

void ConnectWorker::readOverview(quint64 id)
{
    if (m_stop.load())
        return;
    m_client->get(QStringLiteral("/connectors?expand=status&expand=info"),
                  [this, id](const RestResponse &response) {
                      if (!response.ok)
                          emit overviewRead(id, {}, response.error);
                      else if (!response.json.isObject())
                          emit overviewRead(id, {},
                                            ConnectWorker::tr("%1 did not answer with the "
                                                              "connectors and their status.")
                                                .arg(response.url));
                      else
                          emit overviewRead(id, ConnectAnswers::connectors(response.json), {});
                  });
}

void ConnectWorker::readDetails(quint64 id, const QString &connector)
{
    struct Pending
    {
        QStringList topics;
        QString topicsError;
        QString offsets;
        QString offsetsError;
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    const auto settle = [this, id, connector, pending] {
        if (--pending->left == 0)
            emit detailsRead(id, connector, pending->topics, pending->topicsError, pending->offsets,
                             pending->offsetsError);
    };
    const QString base = connectorPath(connector);
    m_client->get(base + u"/topics", [pending, settle](const RestResponse &response) {
        if (response.ok)
            pending->topics = ConnectAnswers::topics(response.json);
        else
            pending->topicsError =
                missingEndpoint(response)
                    ? ConnectWorker::tr("This Connect does not track the topics a connector "
                                        "uses (Connect 2.5 or newer does).")
                    : response.error;
        settle();
    });
    m_client->get(base + u"/offsets", [pending, settle](const RestResponse &response) {
        if (response.ok)
            pending->offsets = QString::fromUtf8(response.json.toJson(QJsonDocument::Indented));
        else
            pending->offsetsError =
                missingEndpoint(response)
                    ? ConnectWorker::tr("This Connect cannot show a connector's offsets "
                                        "(Connect 3.6 or newer can).")
                    : response.error;
        settle();
    });
}

void ConnectWorker::readPlugins(quint64 id)
{
    m_client->get(QStringLiteral("/connector-plugins"), [this, id](const RestResponse &response) {
        emit pluginsRead(
            id, response.ok ? ConnectAnswers::plugins(response.json) : QList<ConnectPlugin>(),
            response.error);
    });
}

void ConnectWorker::act(quint64 id, const ConnectActionRequest &request)
{
    const Route route = routeOf(request);
    const QJsonDocument body = request.action == ConnectAction::AlterOffsets
                                   ? QJsonDocument(request.offsets)
                                   : QJsonDocument();
    sendChange(route.verb, route.path, body, [this, id, request](const RestResponse &response) {
        QString error = response.error;
        const bool offsets = request.action == ConnectAction::ResetOffsets ||
                             request.action == ConnectAction::AlterOffsets;
        if (!response.ok && request.action == ConnectAction::Stop && missingEndpoint(response))
            error = ConnectWorker::tr("This Connect cannot stop a connector (Connect 3.5 or "
                                      "newer can): pause it instead.");
        else if (!response.ok && offsets && missingEndpoint(response))
            error = ConnectWorker::tr("This Connect cannot change a connector's offsets "
                                      "(Connect 3.6 or newer can).");
        emit acted(id, request, error);
    });
}

void ConnectWorker::writeConnector(quint64 id, const QString &name, const QJsonObject &config,
                                   bool create)
{
    const auto done = [this, id, name](const RestResponse &response) {
        emit connectorWritten(id, name, response.error);
    };
    if (create)
        sendChange("POST", QStringLiteral("/connectors"),
                   QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("config"), config}}),
                   done);
    else
        sendChange("PUT", connectorPath(name) + u"/config", QJsonDocument(config), done);
}

void ConnectWorker::validate(quint64 id, const QJsonObject &config)
{
    const QString className = config.value(u"connector.class").toString();
    if (className.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                emit validated(id, {},
                               ConnectWorker::tr("The configuration names no connector.class."));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString path = QStringLiteral("/connector-plugins/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(className)) +
                         u"/config/validate";
    m_client->send("PUT", path, QJsonDocument(config), [this, id](const RestResponse &response) {
        emit validated(
            id, response.ok ? ConnectAnswers::validation(response.json) : ConnectValidation(),
            response.error);
    });
}

void ConnectWorker::sendChange(const QByteArray &verb, const QString &path,
                               const QJsonDocument &body, const Done &done, int attempt)
{
    m_client->send(verb, path, body, [=, this](const RestResponse &response) {
        if (!ConnectErrors::isPassingConflict(response) || m_stop.load()) {
            done(response);
            return;
        }
        if (attempt >= kChangeAttempts) {
            RestResponse final = response;
            final.error =
                ConnectWorker::tr("%1 (Asked %n time(s).)", nullptr, attempt).arg(response.error);
            done(final);
            return;
        }
        QTimer::singleShot(kFirstRetryDelayMs << (attempt - 1), this,
                           [=, this] { sendChange(verb, path, body, done, attempt + 1); });
    });
}

} // namespace Qafka
