#include "appinfo.h"
#include "applanguage.h"
#include "brokerlistmodel.h"
#include "brokerspane.h"
#include "clusterview.h"
#include "mainwindow.h"
#include "platform/guithreadallocator.h"
#include "profiles/secretstore.h"
#include "session/clusterconnection.h"
#include "session/workerhost.h"
#include "types/clustertypes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Qafka: browse, produce to and watch Apache Kafka clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("bootstrap"),
                      QCoreApplication::translate(
                          "main", "Open the cluster at these bootstrap servers (plaintext)."),
                      QStringLiteral("host:port[,...]")});
    parser.addOption(
        {QStringLiteral("schema-registry"),
         QCoreApplication::translate("main", "With --bootstrap: decode messages through the Schema "
                                             "Registry at this URL."),
         QStringLiteral("url[,...]")});
    parser.addOption({QStringLiteral("topic"),
                      QCoreApplication::translate(
                          "main", "With --bootstrap or --profile: open Messages on this topic, "
                                  "reading from the end and following new messages."),
                      QStringLiteral("topic")});
    parser.addOption(
        {QStringLiteral("group"),
         QCoreApplication::translate("main", "With --bootstrap or --profile: open Consumer "
                                             "groups with this group's lag."),
         QStringLiteral("group")});
    parser.addOption(
        {QStringLiteral("profile"),
         QCoreApplication::translate("main", "Open the saved connection of this name."),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("exit-when-brokers-shown"),
                      QCoreApplication::translate(
                          "main", "Print when the brokers pane is first filled, then quit "
                                  "(for benchmarks and smoke tests).")});
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after-ms"),
        QStringLiteral(
            "Once the brokers pane is first filled, wait this many milliseconds, then "
            "quit as if the user closed the window (for tests of how fast Qafka exits)."),
        QStringLiteral("ms"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfter);
}

// Every worker thread was told to stop when its cluster closed; they wind down in parallel. One
// stuck in a librdkafka call that cannot be interrupted must not hold the process: after the
// budget it is left to the operating system (everything the user sees was saved already).
int finishWorkerThreads(int exitCode)
{
    // The window already waited (MainWindow::kQuitBudgetMs); this is for anything retired since.
    constexpr int kExitBudgetMs = 100;
    if (!Qafka::waitForRetiredWorkerThreads(kExitBudgetMs)) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
    return exitCode;
}

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Qafka"));
    QCoreApplication::setApplicationName(QStringLiteral("Qafka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QAFKA_VERSION " (librdkafka ") +
                                            Qafka::ClusterConnection::librdkafkaVersion() +
                                            QStringLiteral(", Qt ") +
                                            QString::fromLatin1(qVersion()) + u')');
}

// --topic and --group: the pane a kcat or kafka-consumer-groups.sh user would look at first.
void openAsked(Qafka::ClusterView *cluster, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("topic")))
        cluster->followTopic(parser.value(QStringLiteral("topic")));
    if (parser.isSet(QStringLiteral("group")))
        cluster->showGroup(parser.value(QStringLiteral("group")));
}

int runMainWindow(QApplication &app, QSettings &settings, const QCommandLineParser &parser)
{
    Qafka::SecretStore secrets(QStringLiteral("Qafka"));
    Qafka::MainWindow window(&settings, &secrets);
    window.show();

    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        if (!window.openProfileNamed(name)) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "qafka: no saved connection named “%1”")
                                       .arg(name)
                                << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("bootstrap")))
        window.openBootstrap(parser.value(QStringLiteral("bootstrap")),
                             parser.value(QStringLiteral("schema-registry")));
    if (!parser.isSet(QStringLiteral("profile")) && !parser.isSet(QStringLiteral("bootstrap")))
        window.restoreSession();
    else if (Qafka::ClusterView *cluster = window.currentCluster())
        openAsked(cluster, parser);

    const bool exitWhenShown = parser.isSet(QStringLiteral("exit-when-brokers-shown"));
    const bool quitAfter = parser.isSet(QStringLiteral("quit-after-ms"));
    if (exitWhenShown || quitAfter) {
        const int quitDelayMs = parser.value(QStringLiteral("quit-after-ms")).toInt();
        const auto onBrokersShown = [exitWhenShown, quitDelayMs] {
            std::puts("brokers-shown");
            std::fflush(stdout);
            if (exitWhenShown)
                return QCoreApplication::exit(0);
            // As if the user closed the window: the clusters close, then the process ends.
            QTimer::singleShot(quitDelayMs, qApp, [] {
                std::puts("quitting");
                std::fflush(stdout);
                QApplication::closeAllWindows();
            });
        };
        QObject::connect(window.clusterTabs(), &QTabWidget::currentChanged, &app,
                         [&window, onBrokersShown] {
                             Qafka::ClusterView *cluster = window.currentCluster();
                             if (!cluster)
                                 return;
                             QObject::connect(cluster->brokersPane()->brokerModel(),
                                              &QAbstractItemModel::rowsInserted, qApp,
                                              onBrokersShown, Qt::SingleShotConnection);
                         });
        if (window.currentCluster())
            emit window.clusterTabs()->currentChanged(0);
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Before any thread starts: the GUI thread must never wait for another thread's arena.
    Qafka::setUpGuiThreadAllocator();
    // --help and --version must work without a display, so answer them before QApplication.
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationInfo();
    QGuiApplication::setDesktopFileName(QStringLiteral(QAFKA_APP_ID));
    QIcon icon(QStringLiteral(":/icons/qafka-256.png"));
    icon.addFile(QStringLiteral(":/icons/qafka-32.png"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(QAFKA_APP_ID), icon));
    QSettings settings;
    Qafka::AppLanguage::install(&app, Qafka::AppLanguage::chosen(settings));
    Qafka::registerClusterTypes();

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    // The window and its clusters are gone before the worker threads are waited for.
    const int exitCode = runMainWindow(app, settings, parser);
    settings.sync(); // finishWorkerThreads() may end the process without running destructors
    return finishWorkerThreads(exitCode);
}
