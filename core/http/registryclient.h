#pragma once

#include "http/registryresponse.h"
#include "profiles/connectionprofile.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

class QNetworkReply;

namespace Qafka {

// Confluent's Schema Registry REST API over HTTP(S), as Redpanda, Apicurio (ccompat) and Karapace
// also serve it. Lives on a worker thread (never the GUI's); calls answer through callbacks on
// that thread. Basic or bearer authentication and TLS (CA file, client certificate and key,
// optionally no verification) come from the profile. With several base URLs a request that gets
// no HTTP answer is tried at the next one.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RegistryResponse &)>;

    RegistryClient(const RegistrySettings &settings, const ProfileSecrets &secrets,
                   QObject *parent = nullptr);

    // A reason in words when the settings cannot work (no URL, unreadable CA or key file).
    QString setupError() const { return m_setupError; }
    QStringList baseUrls() const { return m_baseUrls; }

    // path starts with '/', e.g. "/schemas/ids/7"; a query may follow.
    void get(const QString &path, Callback done);
    // POST, PUT or DELETE with an optional JSON body.
    void send(const QByteArray &verb, const QString &path, const QJsonDocument &body,
              Callback done);
    // Gives up every call in flight; their callbacks are not called.
    void abortAll();

private:
    struct Call
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        Callback done;
        int urlIndex = 0;
    };
    void start(Call call);
    void finish(QNetworkReply *reply, Call call);
    void loadTls(const RegistrySettings &settings, const ProfileSecrets &secrets);

    // A child, so that it moves to the worker thread with this client.
    QNetworkAccessManager *m_network;
    QStringList m_baseUrls;
    QByteArray m_authorization;
    QSslConfiguration m_tls;
    bool m_usesTls = false;
    QString m_setupError;
};

} // namespace Qafka
