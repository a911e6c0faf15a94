// Chaos beside the cluster: the real Schema Registry and the real Kafka Connect worker frozen
// with SIGSTOP (their sockets stay open, nothing answers, as a hung service looks) while Qafka
// asks them for subjects, a schema by id and the connector overview. Each question ends within
// its time limit with words that say the service did not answer, the GUI thread does not stall
// meanwhile, and once the services run again (SIGCONT) the same questions are answered.
// Both are frozen at once, so the test waits out the longer time limit only once.

#include "connecttestworker.h"
#include "http/connecterrors.h"
#include "http/registryresponse.h"
#include "schemaregistrytestserver.h"
#include "session/connectcluster.h"
#include "session/schemaregistry.h"
#include "stallmeter.h"
#include "tracingapplication.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qafka;

namespace {

constexpr double maxGuiStallMs = 50;
#if defined(__SANITIZE_ADDRESS__)
constexpr bool stallsAreMeaningful = false; // see tst_chaos.cpp
#else
constexpr bool stallsAreMeaningful = true;
#endif

qint64 pidIn(const QString &dir)
{
    QFile file(dir + QStringLiteral("/pid"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : -1;
}

} // namespace

class TestChaosServices : public QObject
{
    Q_OBJECT

    SchemaRegistryTestServer m_registry;
    ConnectTestWorker m_connect;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_registry.isAvailable(), "schema_registry fixture missing");
        QVERIFY2(m_connect.isAvailable(), "connect_worker fixture missing");
        QVERIFY(pidIn(m_registry.dir()) > 0);
        QVERIFY(pidIn(m_connect.dir()) > 0);
    }

    void frozenRegistryAndConnectAreToldThenRecover();
};

void TestChaosServices::frozenRegistryAndConnectAreToldThenRecover()
{
    // A schema of Qafka's own making, and a Connect overview, while both services run.
    RegistrySettings registrySettings;
    registrySettings.urls = m_registry.url();
    SchemaRegistry registry(registrySettings, {});
    const QString subject =
        QStringLiteral("chaos-%1-value").arg(QDateTime::currentMSecsSinceEpoch());
    RegistrySchema schema;
    schema.format = SchemaFormat::Json;
    schema.text = QStringLiteral(R"({"type":"object","properties":{"n":{"type":"integer"}}})");
    QSignalSpy registered(&registry, &SchemaRegistry::schemaRegistered);
    registry.registerSchema(subject, schema);
    QVERIFY(registered.wait(30000));
    const int schemaId = registered.first().at(1).toInt();
    QVERIFY2(schemaId > 0, qPrintable(registered.first().at(2).toString()));

    ConnectClusterSettings connectSettings;
    connectSettings.name = QStringLiteral("chaos");
    connectSettings.endpoint.urls = m_connect.url();
    ConnectCluster connect(connectSettings, {});
    connect.setRefreshInterval(3600000); // only the test's own questions
    QString connectError;                // the first error an overview reports
    QObject::connect(&connect, &ConnectCluster::overviewChanged, this, [&] {
        if (connectError.isEmpty())
            connectError = connect.lastError();
    });
    connect.refreshNow();
    QVERIFY(
        QTest::qWaitFor([&] { return connect.hasOverview() && !connect.isRefreshing(); }, 60000));
    QVERIFY2(connect.lastError().isEmpty(), qPrintable(connect.lastError()));

    // Freeze both; a failed check must not leave them frozen for the tests after this one.
    const qint64 registryPid = pidIn(m_registry.dir());
    const qint64 connectPid = pidIn(m_connect.dir());
    const auto thaw = qScopeGuard([&] {
        ::kill(pid_t(registryPid), SIGCONT);
        ::kill(pid_t(connectPid), SIGCONT);
    });
    QCOMPARE(::kill(pid_t(registryPid), SIGSTOP), 0);
    QCOMPARE(::kill(pid_t(connectPid), SIGSTOP), 0);

    StallMeter stalls;
    stalls.setWitnessed(stallsAreMeaningful);
    stalls.start();
    QElapsedTimer frozen;
    frozen.start();
    // The subjects, a schema by id through a catalog that never saw it, the connectors.
    QSignalSpy listed(&registry, &SchemaRegistry::subjectsListed);
    registry.listSubjects();
    SchemaRegistry fresh(registrySettings, {});
    fresh.catalog()->setRetryInterval(5000);
    QCOMPARE(fresh.catalog()->lookup(SchemaKey::forId(schemaId)).state,
             SchemaCatalog::State::Pending);
    connect.refreshNow();
    const auto catalogState = [&] { return fresh.catalog()->lookup(SchemaKey::forId(schemaId)); };
    const bool allTold = runEventLoopUntil(
        [&] {
            return !listed.isEmpty() && catalogState().state == SchemaCatalog::State::Failed &&
                   !connect.isRefreshing() && !connect.lastError().isEmpty();
        },
        connectTimeoutMs + registryTimeoutMs);
    const qint64 toldMs = frozen.elapsed();
    stalls.stop();
    const QString subjectsError = listed.isEmpty() ? QString() : listed.first().at(2).toString();
    qInfo().noquote() << "told after" << toldMs << "ms:" << subjectsError << "|"
                      << catalogState().reason << "|" << connectError;
    qInfo() << "GUI stall max" << stalls.maxMs() << "ms, less waiting for a core or the hypervisor"
            << stalls.maxOwnMs() << "ms";
    qInfo().noquote() << "worst own stall:" << stalls.describeWorstOwn();
    QVERIFY2(allTold, "a question to a frozen service was never answered");
    QVERIFY(!subjectsError.isEmpty());
    QVERIFY(!catalogState().reason.isEmpty());
    QVERIFY(!connectError.isEmpty());
    QVERIFY(toldMs < connectTimeoutMs + registryTimeoutMs);
    if (stallsAreMeaningful)
        QVERIFY2(
            stalls.maxOwnMs() < maxGuiStallMs,
            qPrintable(
                QStringLiteral("the GUI thread stalled %1 ms of its own").arg(stalls.maxOwnMs())));

    // Thawed, the same questions are answered.
    QCOMPARE(::kill(pid_t(registryPid), SIGCONT), 0);
    QCOMPARE(::kill(pid_t(connectPid), SIGCONT), 0);
    listed.clear();
    registry.listSubjects();
    QVERIFY(listed.wait(30000));
    QVERIFY2(listed.first().at(2).toString().isEmpty(),
             qPrintable(listed.first().at(2).toString()));
    QVERIFY(listed.first().at(1).toStringList().contains(subject));
    QVERIFY(QTest::qWaitFor([&] { return catalogState().state == SchemaCatalog::State::Ready; },
                            30000));
    // A worker frozen past its session rejoins its group first: ask until it answers again.
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!connect.isRefreshing() && !connect.lastError().isEmpty())
                connect.refreshNow();
            return !connect.isRefreshing() && connect.lastError().isEmpty();
        },
        90000));
}

// The allocator set up as Qafka's main() sets it up (TracingApplication).
int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestChaosServices test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_chaos_services.moc"
