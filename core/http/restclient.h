#pragma once

#include "http/restresponse.h"
#include "profiles/registrysettings.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>

#include <functional>

namespace Qafka {

// What differs between the JSON REST services Qafka speaks to: the media types, how long a
// request may take, and how a failed answer is put in words.
struct RestDialect
{
    using Describer = std::function<void(
        RestResponse &response, QNetworkReply::NetworkError error, const QString &errorString,
        const QList<QSslError> &sslErrors, const QByteArray &contentType, const QByteArray &body)>;

    QByteArray accept;
    QByteArray contentType;
    int timeoutMs = 15000;
    QString missingUrlError; // said when no URL is set
    Describer describe;
};

// A JSON REST API over HTTP(S). Lives on a worker thread (never the GUI's); calls answer through
// callbacks on that thread. Basic or bearer authentication and TLS (CA file, client certificate
// and key, optionally no verification) come from the settings. With several base URLs a request
// that gets no HTTP answer is tried at the next one.
class RestClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestResponse &)>;

    RestClient(const RestEndpointSettings &settings, const RestEndpointSecrets &secrets,
               RestDialect dialect, QObject *parent = nullptr);

    // A reason in words when the settings cannot work (no URL, unreadable CA or key file).
    QString setupError() const { return m_setupError; }
    QStringList baseUrls() const { return m_baseUrls; }

    // path starts with '/', e.g. "/schemas/ids/7"; a query may follow.
    void get(const QString &path, Callback done);
    // POST, PUT, PATCH or DELETE with an optional JSON body.
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
    void loadTls(const RestEndpointSettings &settings, const RestEndpointSecrets &secrets);

    RestDialect m_dialect;
    // A child, so that it moves to the worker thread with this client.
    QNetworkAccessManager *m_network;
    QStringList m_baseUrls;
    QByteArray m_authorization;
    QSslConfiguration m_tls;
    bool m_usesTls = false;
    QString m_setupError;
};

} // namespace Qafka
