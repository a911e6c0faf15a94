#include "ciskip.h"
#include "profiles/secretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

// Runs twice under CTest: inside scripts/with-keyring.sh (a real gnome-keyring Secret Service in a
// private D-Bus session) and with no D-Bus session bus at all.
class TestSecretStore : public QObject
{
    Q_OBJECT

    ProfileSecrets readBack(SecretStore &store, const QString &id, QString *warning)
    {
        bool done = false;
        ProfileSecrets result;
        store.read(id, [&](const ProfileSecrets &secrets, const QString &w) {
            result = secrets;
            *warning = w;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("keychain read did not answer");
        return result;
    }

    QString write(SecretStore &store, const QString &id, const ProfileSecrets &secrets)
    {
        bool done = false;
        QString warning;
        store.write(id, secrets, [&](const QString &w) {
            warning = w;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("keychain write did not answer");
        return warning;
    }

private slots:
    void roundTripInKeychain()
    {
        if (qEnvironmentVariable("QAFKA_EXPECT_KEYCHAIN") != u"1")
            QAFKA_SKIP_OUTSIDE_CI("run through scripts/with-keyring.sh (as the test command does)");
        const QString service = QStringLiteral("QafkaTest");
        const QString id = QStringLiteral("profile-1");
        {
            SecretStore store(service);
            ProfileSecrets secrets{QStringLiteral("pässword"), QStringLiteral("phrase"),
                                   QStringLiteral("sr-secret"), QStringLiteral("sr-token"),
                                   QStringLiteral("sr-key")};
            secrets.connectSecrets.insert(
                QStringLiteral("connect-eu"),
                {QStringLiteral("c-secret"), {}, QStringLiteral("c-key")});
            secrets.oauthClientSecret = QStringLiteral("oauth-secret");
            QCOMPARE(write(store, id, secrets), QString());
            QVERIFY(!store.hasMemoryOnlySecrets());
        }
        // The oracle: libsecret's own command line tool sees the entry QtKeychain wrote.
        QProcess lookup;
        lookup.setProcessChannelMode(QProcess::MergedChannels);
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      service, QStringLiteral("user"), QStringLiteral("connection/") + id});
        QVERIFY(lookup.waitForFinished(10000));
        const QByteArray found = lookup.readAll();
        QVERIFY2(found.contains("attribute.user = connection/profile-1"),
                 "secret-tool does not see the keychain entry");
        QVERIFY2(!found.contains("pässword"),
                 "the secret is not stored as plain text in the item's attributes");

        SecretStore fresh(service); // a new process would see the same
        QString warning;
        const ProfileSecrets back = readBack(fresh, id, &warning);
        QCOMPARE(warning, QString());
        QCOMPARE(back.saslPassword, QStringLiteral("pässword"));
        QCOMPARE(back.keyPassphrase, QStringLiteral("phrase"));
        QCOMPARE(back.registryPassword, QStringLiteral("sr-secret"));
        QCOMPARE(back.registryToken, QStringLiteral("sr-token"));
        QCOMPARE(back.registryKeyPassphrase, QStringLiteral("sr-key"));
        QCOMPARE(back.oauthClientSecret, QStringLiteral("oauth-secret"));
        QCOMPARE(back.connectSecrets.value(QStringLiteral("connect-eu")).password,
                 QStringLiteral("c-secret"));
        QCOMPARE(back.connectSecrets.value(QStringLiteral("connect-eu")).keyPassphrase,
                 QStringLiteral("c-key"));

        bool removed = false;
        fresh.remove(id, [&](const QString &w) {
            QCOMPARE(w, QString());
            removed = true;
        });
        QTRY_VERIFY(removed);
        QCOMPARE(readBack(fresh, id, &warning), ProfileSecrets());
    }

    void noKeychainKeepsSecretInMemory()
    {
        if (qEnvironmentVariable("QAFKA_EXPECT_KEYCHAIN") == u"1")
            QSKIP("this case runs without a D-Bus session (its own CTest entry)");
        SecretStore store(QStringLiteral("QafkaTest"));
        const QString warning =
            write(store, QStringLiteral("p2"), {QStringLiteral("pw"), QString()});
        QVERIFY2(warning.contains(QStringLiteral("in memory")), qPrintable(warning));
        QVERIFY(store.hasMemoryOnlySecrets());
        QString readWarning;
        QCOMPARE(readBack(store, QStringLiteral("p2"), &readWarning).saslPassword,
                 QStringLiteral("pw"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
