#include "aclcli.h"
#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

// ACLs and SCRAM users through ClusterConnection (the app's own worker path) on the secure node,
// which runs Kafka's StandardAuthorizer, checked against kafka-acls.sh and kafka-configs.sh and
// by logging in as the user the test created.
class TestAccessControl : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_secure{QStringLiteral("secure")};
    KafkaTestCluster m_single{QStringLiteral("single")};

    static KafkaError runWrite(ClusterConnection &connection, const std::function<quint64()> &write)
    {
        QSignalSpy finished(&connection, &ClusterConnection::operationFinished);
        const quint64 id = write();
        for (int waited = 0; waited < 60; ++waited) {
            for (const QList<QVariant> &signal : std::as_const(finished))
                if (signal.at(0).toULongLong() == id)
                    return signal.at(2).value<KafkaError>();
            finished.wait(1000);
        }
        return {QStringLiteral("no answer"), QStringLiteral("TIMEOUT"), {}};
    }

    static QList<AclBinding> readAcls(ClusterConnection &connection, KafkaError *error)
    {
        QSignalSpy ready(&connection, &ClusterConnection::aclsReady);
        QSignalSpy failed(&connection, &ClusterConnection::aclsFailed);
        connection.requestAcls();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000))
            *error = {QStringLiteral("no answer"), QStringLiteral("TIMEOUT"), {}};
        else if (!failed.isEmpty())
            *error = failed.first().at(0).value<KafkaError>();
        return ready.isEmpty() ? QList<AclBinding>{}
                               : ready.first().at(0).value<QList<AclBinding>>();
    }

    static QList<ScramUser> readUsers(ClusterConnection &connection, KafkaError *error)
    {
        QSignalSpy ready(&connection, &ClusterConnection::scramUsersReady);
        QSignalSpy failed(&connection, &ClusterConnection::scramUsersFailed);
        connection.requestScramUsers();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000))
            *error = {QStringLiteral("no answer"), QStringLiteral("TIMEOUT"), {}};
        else if (!failed.isEmpty())
            *error = failed.first().at(0).value<KafkaError>();
        return ready.isEmpty() ? QList<ScramUser>{} : ready.first().at(0).value<QList<ScramUser>>();
    }

    ConnectionProfile scramLogin(const QString &user) const
    {
        ConnectionProfile profile = saslSslProfile(m_secure);
        profile.saslUsername = user;
        return profile;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_secure.isAvailable(), "secure-node fixture missing");
        QVERIFY2(m_single.isAvailable(), "single-node fixture missing");
    }

    // Qafka's producer and consumer bundles are kafka-acls.sh's --producer and --consumer, and
    // what Qafka lists equals kafka-acls.sh --list; deleting removes exactly the chosen ones.
    void aclsEqualTheCli()
    {
        ClusterConnection connection(plaintextProfile(m_secure.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        const QString ours = KafkaTestCluster::uniqueName(QStringLiteral("User:qafka-acl-"));
        const QString theirs = ours + QStringLiteral("-cli");
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("acl-topic-"));
        const QString group = KafkaTestCluster::uniqueName(QStringLiteral("acl-group-"));
        QList<AclBinding> written =
            producerAcls(ours, QStringLiteral("*"), topic, QStringLiteral("LITERAL"));
        written += consumerAcls(ours, QStringLiteral("*"), topic, group, QStringLiteral("LITERAL"));
        const AclBinding deny{QStringLiteral("TOPIC"),     QStringLiteral("acl-secret-"),
                              QStringLiteral("PREFIXED"),  ours,
                              QStringLiteral("127.0.0.1"), QStringLiteral("READ"),
                              QStringLiteral("DENY")};
        written.append(deny);
        const KafkaError created =
            runWrite(connection, [&] { return connection.createAcls(written); });
        QVERIFY2(created.isNull(), qPrintable(created.message));

        for (const char *role : {"--producer", "--consumer"})
            m_secure.script(QStringLiteral("acls"),
                            {QStringLiteral("--bootstrap-server"), m_secure.bootstrap(),
                             QStringLiteral("--add"), QStringLiteral("--allow-principal"), theirs,
                             QString::fromLatin1(role), QStringLiteral("--topic"), topic,
                             QStringLiteral("--group"), group});

        KafkaError error;
        const QList<AclBinding> listed = readAcls(connection, &error);
        QVERIFY2(error.isNull(), qPrintable(error.message));
        const QList<AclBinding> cli = cliAcls(m_secure);
        QCOMPARE(ofPrincipals(listed, {ours, theirs}), ofPrincipals(cli, {ours, theirs}));
        QList<AclBinding> expected = written;
        std::sort(expected.begin(), expected.end());
        // producer: WRITE, DESCRIBE, CREATE; consumer: READ and DESCRIBE (again) on the topic,
        // READ on the group; the deny.
        QCOMPARE(ofPrincipals(listed, {ours}).size(), 6);
        QList<AclBinding> cliAsOurs = ofPrincipals(cli, {theirs});
        for (AclBinding &binding : cliAsOurs)
            binding.principal = ours;
        QList<AclBinding> oursWithoutDeny = ofPrincipals(listed, {ours});
        oursWithoutDeny.removeAll(deny);
        // The CLI writes DESCRIBE once; Qafka's two bundles both name it, the broker keeps one.
        QCOMPARE(oursWithoutDeny, cliAsOurs);

        const QList<AclBinding> gone = {deny, written.first()};
        const KafkaError deleted =
            runWrite(connection, [&] { return connection.deleteAcls(gone); });
        QVERIFY2(deleted.isNull(), qPrintable(deleted.message));
        const QList<AclBinding> after = ofPrincipals(cliAcls(m_secure), {ours});
        QCOMPARE(after.size(), 4);
        for (const AclBinding &binding : gone)
            QVERIFY(!after.contains(binding));

        const KafkaError cleaned = runWrite(connection, [&] {
            return connection.deleteAcls(ofPrincipals(cli, {ours, theirs}));
        });
        QVERIFY2(cleaned.isNull(), qPrintable(cleaned.message));
        QVERIFY(ofPrincipals(cliAcls(m_secure), {ours, theirs}).isEmpty());
    }

    // A SCRAM user made by Qafka: listed as kafka-configs.sh lists it, able to log in with its
    // password and no other, seeing the topic an ACL written by Qafka lets it describe, and
    // refused once its credential is deleted.
    void scramUserLogsInWithTheAclsGiven()
    {
        ClusterConnection admin(plaintextProfile(m_secure.bootstrap()), {});
        QVERIFY(openAndSettle(admin) >= 0);
        const QString user = KafkaTestCluster::uniqueName(QStringLiteral("qafka-user-"));
        const QString password = QStringLiteral("s3cret-%1").arg(user.size());
        for (const auto &[mechanism, iterations] :
             {std::pair{QStringLiteral("SCRAM-SHA-256"), 8192},
              std::pair{QStringLiteral("SCRAM-SHA-512"), 4096}}) {
            const ScramCredentialWrite write{user, mechanism, iterations, password, false};
            const KafkaError error =
                runWrite(admin, [&] { return admin.alterScramCredential(write); });
            QVERIFY2(error.isNull(), qPrintable(error.message));
        }
        KafkaError error;
        const QList<ScramUser> users = readUsers(admin, &error);
        QVERIFY2(error.isNull(), qPrintable(error.message));
        const auto found = std::find_if(users.cbegin(), users.cend(),
                                        [&](const ScramUser &each) { return each.name == user; });
        QVERIFY(found != users.cend());
        QCOMPARE(found->credentials, cliScramCredentials(m_secure, user));
        QCOMPARE(found->credentials.size(), 2);

        const QString topic = createTopicAndWait(admin, QStringLiteral("acl-visible-"), 1);
        QVERIFY(!topic.isEmpty());
        const AclBinding describe{QStringLiteral("TOPIC"),   topic,
                                  QStringLiteral("LITERAL"), QStringLiteral("User:") + user,
                                  QStringLiteral("*"),       QStringLiteral("DESCRIBE"),
                                  QStringLiteral("ALLOW")};
        error = runWrite(admin, [&] { return admin.createAcls({describe}); });
        QVERIFY2(error.isNull(), qPrintable(error.message));

        ClusterConnection login(scramLogin(user), {password, {}});
        QVERIFY(openAndSettle(login) >= 0);
        QVERIFY2(login.state() == ConnectionState::Connected,
                 qPrintable(login.lastError().message));
        QStringList visible;
        for (const TopicInfo &each : login.snapshot().topics)
            visible.append(each.name);
        QCOMPARE(visible, QStringList{topic}); // the authorizer hides every other topic

        ClusterConnection wrong(scramLogin(user), {password + u'x', {}});
        openAndSettle(wrong);
        QVERIFY(wrong.state() != ConnectionState::Connected);
        QCOMPARE(wrong.lastError().code, QStringLiteral("_AUTHENTICATION"));

        ScramCredentialWrite remove{user, QStringLiteral("SCRAM-SHA-512"), 0, {}, true};
        error = runWrite(admin, [&] { return admin.alterScramCredential(remove); });
        QVERIFY2(error.isNull(), qPrintable(error.message));
        QCOMPARE(cliScramCredentials(m_secure, user),
                 (QList<ScramCredential>{{QStringLiteral("SCRAM-SHA-256"), 8192}}));
        ClusterConnection refused(scramLogin(user), {password, {}});
        openAndSettle(refused);
        QVERIFY(refused.state() != ConnectionState::Connected);
        runWrite(admin, [&] { return admin.deleteAcls({describe}); });
        remove.mechanism = QStringLiteral("SCRAM-SHA-256");
        runWrite(admin, [&] { return admin.alterScramCredential(remove); });
    }

    // A login without DESCRIBE/ALTER on the cluster is told so in words.
    void loginWithoutRightsIsToldInWords()
    {
        ConnectionProfile profile = scramLogin(m_secure.file(QStringLiteral("limited-user")));
        ClusterConnection limited(profile, {m_secure.file(QStringLiteral("limited-password")), {}});
        QVERIFY(openAndSettle(limited) >= 0);
        KafkaError error;
        readAcls(limited, &error);
        QCOMPARE(error.code, QStringLiteral("CLUSTER_AUTHORIZATION_FAILED"));
        QVERIFY2(error.message.contains(QStringLiteral("may not read the ACLs")),
                 qPrintable(error.message));
        error = {};
        readUsers(limited, &error);
        QCOMPARE(error.code, QStringLiteral("CLUSTER_AUTHORIZATION_FAILED"));
        QVERIFY2(error.message.contains(QStringLiteral("may not list SCRAM users")),
                 qPrintable(error.message));
        const AclBinding any{QStringLiteral("TOPIC"),   QStringLiteral("x"),
                             QStringLiteral("LITERAL"), QStringLiteral("User:x"),
                             QStringLiteral("*"),       QStringLiteral("READ"),
                             QStringLiteral("ALLOW")};
        error = runWrite(limited, [&] { return limited.createAcls({any}); });
        QVERIFY2(error.message.contains(QStringLiteral("may not change ACLs")),
                 qPrintable(error.message));
    }

    // Reading works on a read-only connection; every write is refused before it leaves.
    void readOnlyLooksButDoesNotChange()
    {
        ConnectionProfile profile = plaintextProfile(m_secure.bootstrap());
        profile.readOnly = true;
        ClusterConnection connection(profile, {});
        QVERIFY(openAndSettle(connection) >= 0);
        KafkaError error;
        readAcls(connection, &error);
        QVERIFY2(error.isNull(), qPrintable(error.message));
        const AclBinding any{QStringLiteral("TOPIC"),   QStringLiteral("ro"),
                             QStringLiteral("LITERAL"), QStringLiteral("User:ro"),
                             QStringLiteral("*"),       QStringLiteral("READ"),
                             QStringLiteral("ALLOW")};
        error = runWrite(connection, [&] { return connection.createAcls({any}); });
        QCOMPARE(error.code, QString(kReadOnlyErrorCode));
        error = runWrite(connection, [&] {
            return connection.alterScramCredential({QStringLiteral("ro"),
                                                    QStringLiteral("SCRAM-SHA-512"), 4096,
                                                    QStringLiteral("pw"), false});
        });
        QCOMPARE(error.code, QString(kReadOnlyErrorCode));
        QVERIFY(!cliAcls(m_secure).contains(any));
    }

    // A cluster without an authorizer says it keeps no ACLs; a broker before 2.7 says it cannot
    // list SCRAM users (this function also runs on the 2.5 row of the version matrix).
    void clusterWithoutAuthorizerIsSaid()
    {
        ClusterConnection connection(plaintextProfile(m_single.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        KafkaError error;
        readAcls(connection, &error);
        QCOMPARE(error.code, QStringLiteral("SECURITY_DISABLED"));
        QVERIFY2(error.message.contains(QStringLiteral("runs without an authorizer")) ||
                     error.message.contains(QStringLiteral("run without an authorizer")),
                 qPrintable(error.message));
        error = {};
        readUsers(connection, &error);
        if (m_single.isAtLeast(2, 7)) {
            QVERIFY2(error.isNull(), qPrintable(error.message));
        } else {
            qInfo() << "SCRAM on" << m_single.version() << ":" << error.code << error.message;
            QVERIFY2(error.message.contains(QStringLiteral("Kafka 2.7")),
                     qPrintable(error.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
