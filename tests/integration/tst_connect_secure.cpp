// Qafka's Connect client against a real Connect worker whose REST API is https only and behind
// HTTP basic auth (Connect's BasicAuthSecurityRestExtension; fixture connect_worker_secure): the
// right account and CA work for reads and changes, a wrong password, an unknown CA and plain http
// are said in words, and with several URLs a dead first one falls over to the next. curl is the
// oracle: it shares no code with Qafka.

#include "kafkatestcluster.h"
#include "session/connectcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

class TestConnectSecure : public QObject
{
    Q_OBJECT

    QString m_dir = qEnvironmentVariable("QAFKA_CONNECT_SECURE_DIR");
    QString m_url;
    QString m_connector;

    QString file(const QString &name) const
    {
        QFile f(m_dir + u'/' + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

    // curl with the worker's CA and account: VERB URL/PATH [BODY]; the answer's JSON.
    QJsonDocument curl(const QString &verb, const QString &path, const QByteArray &body = {})
    {
        QStringList args{u"-sS"_qs,
                         u"--max-time"_qs,
                         u"30"_qs,
                         u"--cacert"_qs,
                         m_dir + u"/ca.pem"_qs,
                         u"-u"_qs,
                         file(u"user"_qs) + u':' + file(u"password"_qs),
                         u"-X"_qs,
                         verb,
                         m_url + path};
        if (!body.isEmpty())
            args << u"-H"_qs << u"Content-Type: application/json"_qs << u"-d"_qs
                 << QString::fromUtf8(body);
        return QJsonDocument::fromJson(KafkaTestCluster::run(u"curl"_qs, args).toUtf8());
    }

    ConnectClusterSettings settings(const QString &urls, bool withCa = true) const
    {
        ConnectClusterSettings result;
        result.name = u"secure"_qs;
        result.endpoint.urls = urls;
        result.endpoint.authentication = RestEndpointSettings::Authentication::Basic;
        result.endpoint.username = file(u"user"_qs);
        if (withCa)
            result.endpoint.caFile = m_dir + u"/ca.pem"_qs;
        return result;
    }

    RestEndpointSecrets secrets(const QString &password) const
    {
        RestEndpointSecrets result;
        result.password = password;
        return result;
    }

    // The first overview's outcome: empty when it listed the connectors.
    static QString firstOverview(ConnectCluster &cluster)
    {
        QSignalSpy changed(&cluster, &ConnectCluster::overviewChanged);
        cluster.refreshNow();
        return changed.wait(30000) ? cluster.lastError() : u"(no answer)"_qs;
    }

    QString stateOf(const QString &connector)
    {
        return curl(u"GET"_qs, u"/connectors/"_qs + connector + u"/status"_qs)
            .object()
            .value(u"connector"_qs)
            .toObject()
            .value(u"state"_qs)
            .toString();
    }

private slots:
    void initTestCase()
    {
        m_url = file(u"url"_qs);
        QVERIFY2(m_url.startsWith(u"https://"_qs), "connect_worker_secure fixture missing");
        m_connector = KafkaTestCluster::uniqueName(u"secure-sink"_qs);
        const QJsonObject created =
            curl(u"POST"_qs, u"/connectors"_qs,
                 QJsonDocument(
                     QJsonObject{
                         {u"name"_qs, m_connector},
                         {u"config"_qs,
                          QJsonObject{{u"connector.class"_qs,
                                       u"org.apache.kafka.connect.file.FileStreamSinkConnector"_qs},
                                      {u"tasks.max"_qs, u"1"_qs},
                                      {u"topics"_qs, m_connector},
                                      {u"file"_qs, u"/dev/null"_qs}}}})
                     .toJson())
                .object();
        QCOMPARE(created.value(u"name"_qs).toString(), m_connector);
        // The worker answers the POST before its own list holds the connector (a CI run's first
        // overview listed none); the tests compare against that list.
        QTRY_VERIFY_WITH_TIMEOUT(
            curl(u"GET"_qs, u"/connectors"_qs).array().contains(QJsonValue(m_connector)), 30000);
    }

    void cleanupTestCase() { curl(u"DELETE"_qs, u"/connectors/"_qs + m_connector); }

    void readsAndChangesWithTheAccountAndCa()
    {
        ConnectCluster cluster(settings(m_url), secrets(file(u"password"_qs)));
        QSignalSpy tested(&cluster, &ConnectCluster::tested);
        cluster.test();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().at(1).toBool(), qPrintable(tested.first().at(2).toString()));
        QVERIFY(tested.first().at(2).toString().startsWith(u"Kafka Connect "_qs));
        const QString error = firstOverview(cluster);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray names = curl(u"GET"_qs, u"/connectors"_qs).array();
        QCOMPARE(cluster.connectors().size(), names.size());
        QVERIFY(std::any_of(cluster.connectors().cbegin(), cluster.connectors().cend(),
                            [&](const ConnectorStatus &each) { return each.name == m_connector; }));
        // A change goes through too: paused, as curl sees it.
        QSignalSpy acted(&cluster, &ConnectCluster::acted);
        cluster.act({ConnectAction::Pause, m_connector, -1, {}});
        QVERIFY(acted.wait(30000));
        QVERIFY2(acted.first().at(2).toString().isEmpty(),
                 qPrintable(acted.first().at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_connector), u"PAUSED"_qs, 30000);
    }

    void wrongPasswordIsSaidInWords()
    {
        ConnectCluster cluster(settings(m_url), secrets(u"not-the-password"_qs));
        const QString error = firstOverview(cluster);
        QVERIFY2(error.contains(u"401"_qs) && error.contains(u"credentials"_qs), qPrintable(error));
        QVERIFY(cluster.connectors().isEmpty());
    }

    void unknownCaIsSaidInWords()
    {
        ConnectCluster cluster(settings(m_url, false), secrets(file(u"password"_qs)));
        const QString error = firstOverview(cluster);
        QVERIFY2(error.startsWith(u"TLS with "_qs), qPrintable(error));
    }

    void plainHttpToTheTlsPortIsSaidInWords()
    {
        QString plain = m_url;
        plain.replace(u"https://"_qs, u"http://"_qs);
        ConnectCluster cluster(settings(plain), secrets(file(u"password"_qs)));
        const QString error = firstOverview(cluster);
        QVERIFY2(!error.isEmpty() && !error.contains(u"(no answer)"_qs), qPrintable(error));
    }

    // A dead first URL (nothing listening) falls over to the next, which answers.
    void failsOverToTheNextUrl()
    {
        ConnectCluster cluster(settings(u"https://127.0.0.1:1, "_qs + m_url),
                               secrets(file(u"password"_qs)));
        const QString error = firstOverview(cluster);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!cluster.connectors().isEmpty());
    }
};

QTEST_MAIN(TestConnectSecure)
#include "tst_connect_secure.moc"
