#include "profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qafka;

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qafka.ini"));
        ConnectionProfile profile = ConnectionProfile::forBootstrap(QStringLiteral("b:9093"));
        profile.name = QStringLiteral("Production EU");
        profile.securityProtocol = SecurityProtocol::SaslSsl;
        profile.saslMechanism = SaslMechanism::ScramSha512;
        profile.saslUsername = QStringLiteral("ops");
        profile.kerberos = {QStringLiteral("kafka-eu"), QStringLiteral("ops@EXAMPLE.COM"),
                            QStringLiteral("/etc/ops.keytab")};
        profile.oauth = {QStringLiteral("https://idp/token"), QStringLiteral("app"),
                         QStringLiteral("kafka"), QStringLiteral("logicalCluster=lkc-1")};
        profile.caFile = QStringLiteral("/etc/ca.pem");
        profile.readOnly = true;
        profile.color = QColor(0xc6, 0x28, 0x28);
        profile.verifyHostname = false;
        profile.extraProperties = {{QStringLiteral("client.id"), QStringLiteral("me")}};
        profile.registry.urls = QStringLiteral("https://sr1:8081, https://sr2:8081/");
        profile.registry.authentication = RegistrySettings::Authentication::Basic;
        profile.registry.username = QStringLiteral("API-KEY");
        profile.registry.caFile = QStringLiteral("/etc/sr-ca.pem");
        profile.registry.skipTlsVerification = true;
        ConnectClusterSettings connect;
        connect.name = QStringLiteral("connect-eu");
        connect.endpoint.urls = QStringLiteral("https://connect:8083");
        connect.endpoint.authentication = RestEndpointSettings::Authentication::Basic;
        connect.endpoint.username = QStringLiteral("ops");
        connect.endpoint.caFile = QStringLiteral("/etc/connect-ca.pem");
        profile.connectClusters = {connect,
                                   ConnectClusterSettings{QStringLiteral("connect-us"), {}}};
        profile.connectClusters[1].endpoint.urls = QStringLiteral("http://c2:8083");
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            store.save(profile);
            ConnectionProfile other = ConnectionProfile::forBootstrap(QStringLiteral("dev:9092"));
            other.name = QStringLiteral("Dev");
            store.save(other);
        }
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        const auto all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("Dev"));
        QCOMPARE(store.profile(profile.id).value(), profile);
        QCOMPARE(
            store.profile(profile.id)->registry.urlList(),
            QStringList({QStringLiteral("https://sr1:8081"), QStringLiteral("https://sr2:8081")}));
        QCOMPARE(all.first().registry, RegistrySettings()); // none written, none read
        QCOMPARE(store.profile(profile.id)->connectClusters.size(), 2);
        QVERIFY(all.first().connectClusters.isEmpty());
        QCOMPARE(store.profileByName(QStringLiteral("Production EU"))->id, profile.id);
        store.remove(profile.id);
        QCOMPARE(store.profiles().size(), 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
