// bench/run connect: the Connect pane listing 500 connectors of a real Kafka Connect worker
// (started by bench/run on its own broker). The connectors are FileStreamSource connectors created
// STOPPED (the cheap set-up: running ones need a task each). connectors_list_ms, the headline,
// runs from the moment Connect's one overview answer (GET /connectors?expand=status&expand=info)
// reaches the GUI thread to the pane's table filled and painted; the GUI thread's worst stall is
// sampled by a 1 ms timer over the first listing and four refreshes. The peer is curl fetching
// the same overview: Connect's own answer time, for scale.

#include "connectorlistmodel.h"
#include "connectpane.h"
#include "platform/guithreadallocator.h"
#include "session/connectcluster.h"
#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTextStream>

using namespace Qafka;

namespace {

QStringList existingConnectors(QNetworkAccessManager &network, const QString &url)
{
    QNetworkRequest request(QUrl(url + QStringLiteral("/connectors")));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QStringList names;
    for (const auto &name : QJsonDocument::fromJson(reply->readAll()).array())
        names.append(name.toString());
    reply->deleteLater();
    return names;
}

QJsonObject sourceBody(const QString &name)
{
    const QJsonObject config{
        {QStringLiteral("connector.class"),
         QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector")},
        {QStringLiteral("tasks.max"), QStringLiteral("1")},
        {QStringLiteral("file"), QString(QStringLiteral("/tmp/qafka-bench-connect-") + name)},
        {QStringLiteral("topic"), QStringLiteral("qafka-bench-connect")},
        {QStringLiteral("topic.creation.default.replication.factor"), QStringLiteral("1")},
        {QStringLiteral("topic.creation.default.partitions"), QStringLiteral("1")}};
    return {{QStringLiteral("name"), name},
            {QStringLiteral("config"), config},
            {QStringLiteral("initial_state"), QStringLiteral("STOPPED")}};
}

// Creates bench-connector-NNNN up to count (those missing), eight requests at a time.
bool createConnectors(const QString &url, int count)
{
    QNetworkAccessManager network;
    const QStringList have = existingConnectors(network, url);
    QStringList wanted;
    for (int n = 0; n < count; ++n) {
        const QString name = QStringLiteral("bench-connector-%1").arg(n, 4, 10, QLatin1Char('0'));
        if (!have.contains(name))
            wanted.append(name);
    }
    QEventLoop loop;
    int next = 0;
    int done = 0;
    int failed = 0;
    std::function<void()> post = [&] {
        if (next >= wanted.size())
            return;
        QNetworkRequest request(QUrl(url + QStringLiteral("/connectors")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setTransferTimeout(60000);
        QNetworkReply *reply =
            network.post(request, QJsonDocument(sourceBody(wanted.at(next++))).toJson());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->error() != QNetworkReply::NoError) {
                ++failed;
                QTextStream(stderr) << "connectbench: " << reply->readAll() << '\n';
            }
            reply->deleteLater();
            if (++done == wanted.size())
                loop.quit();
            else
                post();
        });
    };
    for (int i = 0; i < 8; ++i)
        post();
    if (!wanted.isEmpty())
        loop.exec();
    return failed == 0;
}

qint64 curlOverviewMs(const QString &url)
{
    QList<qint64> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sf"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    url + QStringLiteral("/connectors?expand=status&expand=info")});
        curl.waitForFinished(60000);
        runs.append(clock.elapsed());
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    Qafka::setUpGuiThreadAllocator(); // as Qafka's main() does
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: connectbench CONNECT_URL [CONNECTORS]\n";
        return 2;
    }
    const QString url = QString::fromLocal8Bit(argv[1]);
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 500;
    QElapsedTimer setup;
    setup.start();
    if (!createConnectors(url, count)) {
        QTextStream(stderr) << "connectbench: creating connectors failed\n";
        return 1;
    }
    out << "connectors: " << count << '\n';
    out << "setup_s: " << setup.elapsed() / 1000 << '\n';
    out << "peer_curl_overview_ms: " << curlOverviewMs(url) << '\n';
    out.flush();

    ConnectClusterSettings settings;
    settings.name = QStringLiteral("bench");
    settings.endpoint.urls = url;
    ConnectCluster cluster(settings, {});
    QElapsedTimer clock;
    QList<qint64> fillMs;
    qint64 answered = -1;
    // Connected before the pane's own slot: the overview has just reached the GUI thread.
    QObject::connect(&cluster, &ConnectCluster::overviewChanged,
                     [&] { answered = clock.nsecsElapsed(); });
    ConnectPane pane({&cluster}, false);
    pane.resize(1400, 800);
    // After the pane's slot: the model holds the list; paint the table as a user sees it.
    QObject::connect(&cluster, &ConnectCluster::overviewChanged, [&] {
        pane.table()->viewport()->repaint();
        fillMs.append((clock.nsecsElapsed() - answered) / 1000000);
    });
    StallMeter meter;
    meter.start();
    clock.start();
    pane.show(); // the first show asks Connect
    const bool listed = runEventLoopUntil([&] { return fillMs.size() >= 1; }, 120000);
    const int rows = pane.model()->rowCount();
    const qint64 firstRequestMs = cluster.lastOverviewMs();
    for (int round = 0; listed && round < 4; ++round) {
        const auto before = fillMs.size();
        cluster.refreshNow();
        runEventLoopUntil([&] { return fillMs.size() > before; }, 60000);
    }
    meter.stop();
    if (!listed || rows < count) {
        QTextStream(stderr) << "connectbench: the pane listed " << rows
                            << " connectors: " << cluster.lastError() << '\n';
        return 1;
    }
    out << "rows: " << rows << '\n';
    out << "overview_request_ms: " << firstRequestMs << '\n';
    out << "refresh_fill_ms_max: " << *std::max_element(fillMs.begin() + 1, fillMs.end()) << '\n';
    out << "gui_stall_max_ms: " << meter.maxMs() << '\n';
    out << "connectors_list_ms: " << fillMs.first() << '\n';
    return 0;
}
