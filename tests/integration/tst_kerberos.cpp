#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qafka;
using namespace Qt::StringLiterals;

// Kerberos (GSSAPI) logins against the secure node's KERBEROS (SASL_PLAINTEXT) and SASL_SSL
// listeners, with a real MIT KDC (scripts/kdc.sh, the kdc fixture; KRB5_CONFIG points at its
// realm): a keytab, the user's ticket cache, and the failures people meet, each in words.
class TestKerberos : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("secure")};
    QString m_kdc = qEnvironmentVariable("QAFKA_KDC_DIR");
    QTemporaryDir m_caches;
    int m_cacheCount = 0;

    QString kdcFile(const QString &name) const { return m_kdc + u'/' + name; }
    QString clientPrincipal() const { return u"qafka-client@"_s + realm(); }
    QString realm() const
    {
        QFile file(kdcFile(QStringLiteral("realm")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }

    // Each login gets a ticket cache of its own: librdkafka's kinit writes to KRB5CCNAME.
    QString freshCache()
    {
        const QString cache =
            u"FILE:"_s + m_caches.filePath(QStringLiteral("cc-%1").arg(++m_cacheCount));
        qputenv("KRB5CCNAME", cache.toUtf8());
        return cache;
    }

    ConnectionProfile kerberosProfile(const QString &keytab) const
    {
        ConnectionProfile profile = plaintextProfile(m_cluster.file(u"kerberos-bootstrap"_s));
        profile.securityProtocol = SecurityProtocol::SaslPlaintext;
        profile.saslMechanism = SaslMechanism::Gssapi;
        profile.kerberos.keytab = keytab;
        profile.kerberos.principal = keytab.isEmpty() ? QString() : clientPrincipal();
        return profile;
    }

    static int kinit(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral("kinit"), args);
        process.waitForFinished(20000);
        if (process.exitCode() != 0)
            qWarning() << "kinit" << args << process.readAllStandardError();
        return process.exitCode();
    }

    static KafkaError failedLogin(const ConnectionProfile &profile)
    {
        ClusterConnection connection(profile, {});
        openAndSettle(connection, 30000);
        if (connection.state() == ConnectionState::Connected)
            return {};
        qInfo() << connection.lastError().message << "|" << connection.lastError().hint;
        return connection.lastError();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.isAvailable(), "secure-node fixture missing");
        QVERIFY2(QFile::exists(kdcFile(u"client.keytab"_s)), "kdc fixture missing");
        QVERIFY(m_caches.isValid());
    }

    void keytabLogin()
    {
        freshCache();
        ClusterConnection connection(kerberosProfile(kdcFile(u"client.keytab"_s)), {});
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
        QCOMPARE(connection.snapshot().brokers.size(), 1);
        // Qafka's controller probe logs in with PLAIN and SCRAM only, and says so.
        QVERIFY2(connection.snapshot().controllerNote.contains(u"GSSAPI"_s),
                 qPrintable(connection.snapshot().controllerNote));
        // qafka-client is a super user: a topic can be created and is listed.
        QVERIFY(!createTopicAndWait(connection, u"krb-"_s, 1).isEmpty());
    }

    // The user ran kinit; the connection names no keytab and uses that ticket.
    void ticketCacheLogin()
    {
        freshCache();
        QCOMPARE(kinit({u"-k"_s, u"-t"_s, kdcFile(u"client.keytab"_s), clientPrincipal()}), 0);
        ClusterConnection connection(kerberosProfile({}), {});
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
    }

    void saslSslWithKerberos()
    {
        freshCache();
        ConnectionProfile profile = kerberosProfile(kdcFile(u"client.keytab"_s));
        profile.bootstrapServers = m_cluster.file(u"sasl-ssl-bootstrap"_s);
        profile.securityProtocol = SecurityProtocol::SaslSsl;
        profile.caFile = m_cluster.path(u"ca.pem"_s);
        ClusterConnection connection(profile, {});
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
    }

    void noTicketIsSaid()
    {
        freshCache(); // empty
        const KafkaError error = failedLogin(kerberosProfile({}));
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"no Kerberos ticket"_s), qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"kinit"_s), qPrintable(error.hint));
    }

    void wrongKeytabIsSaid()
    {
        freshCache();
        const KafkaError error = failedLogin(kerberosProfile(kdcFile(u"wrong.keytab"_s)));
        QVERIFY(!error.isNull());
        // kinit's own words, which librdkafka keeps to stderr.
        QVERIFY2(error.message.contains(u"kinit could not log in"_s) &&
                     error.message.contains(u"Password incorrect"_s),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"klist -k -t"_s), qPrintable(error.hint));
    }

    void wrongServiceNameIsSaid()
    {
        freshCache();
        ConnectionProfile profile = kerberosProfile(kdcFile(u"client.keytab"_s));
        profile.kerberos.serviceName = u"kafkax"_s;
        const KafkaError error = failedLogin(profile);
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"knows no service principal"_s),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"service name"_s), qPrintable(error.hint));
    }

    void expiredTicketIsSaid()
    {
        const QString cache = freshCache();
        QCOMPARE(kinit({u"-l"_s, u"2s"_s, u"-k"_s, u"-t"_s, kdcFile(u"client.keytab"_s),
                        clientPrincipal()}),
                 0);
        // Wait until klist says the cache holds no valid ticket any more.
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(u"klist"_s, {u"-s"_s, u"-c"_s, cache}) != 0,
                                 15000);
        const KafkaError error = failedLogin(kerberosProfile({}));
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"Kerberos ticket for"_s) &&
                     error.message.contains(u"has expired"_s),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"kinit"_s), qPrintable(error.hint));
    }

    // librdkafka runs kinit through the shell with the principal spliced in: a principal from an
    // imported file must never reach it.
    void shellCharactersAreRefused()
    {
        const QString marker = m_caches.filePath(u"ran"_s);
        ConnectionProfile profile = kerberosProfile(kdcFile(u"client.keytab"_s));
        profile.kerberos.principal = clientPrincipal() + u";touch "_s + marker;
        const KafkaError error = failedLogin(profile);
        QVERIFY2(error.message.contains(u"shell"_s), qPrintable(error.message));
        QVERIFY(!QFile::exists(marker));
    }

    // A ticket from a working KDC, then a krb5.conf whose KDC does not answer: the service ticket
    // for the broker cannot be had.
    void kdcUnreachableIsSaid()
    {
        freshCache();
        QCOMPARE(kinit({u"-k"_s, u"-t"_s, kdcFile(u"client.keytab"_s), clientPrincipal()}), 0);
        const QByteArray working = qgetenv("KRB5_CONFIG");
        QFile config(kdcFile(u"krb5.conf"_s));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(config.readAll());
        text.replace(QRegularExpression(u"kdc = 127\\.0\\.0\\.1:\\d+"_s), u"kdc = 127.0.0.1:9"_s);
        const QString dead = m_caches.filePath(u"dead-kdc.conf"_s);
        QFile deadFile(dead);
        QVERIFY(deadFile.open(QIODevice::WriteOnly));
        deadFile.write(text.toUtf8());
        deadFile.close();
        qputenv("KRB5_CONFIG", dead.toUtf8());
        const KafkaError error = failedLogin(kerberosProfile({}));
        qputenv("KRB5_CONFIG", working);
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"No Kerberos KDC could be reached"_s),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestKerberos)
#include "tst_kerberos.moc"
