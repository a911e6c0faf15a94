// bench/run schemas: the schemas pane listing 5,000 subjects of a real registry (Apicurio,
// started by bench/run). subjects_list_ms, the headline, runs from the moment the registry's
// subject list reaches the GUI thread to the pane's table filled and painted; the GUI thread's
// worst stall is sampled by a 1 ms timer from the request until every subject's details (type,
// latest version, id, compatibility: two requests each, six at a time) are in. The peer is curl
// fetching the same list (the registry's own answer time), for scale.

#include "platform/guithreadallocator.h"
#include "schemaspane.h"
#include "session/clusterconnection.h"
#include "session/schemaadmin.h"
#include "session/schemaregistry.h"
#include "stallmeter.h"
#include "subjectlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

using namespace Qafka;

namespace {

// Registers count subjects bench-N-value (a small Avro record each), one request at a time:
// Apicurio's in-memory store fails parallel registrations (duplicate content ids).
bool registerSubjects(const QString &registry, int count)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    int next = 0;
    int done = 0;
    int failed = 0;
    std::function<void()> post = [&] {
        if (next >= count)
            return;
        const int n = next++;
        const QString schema =
            QStringLiteral("{\"type\":\"record\",\"name\":\"R%1\",\"fields\":[{\"name\":\"id\","
                           "\"type\":\"long\"}]}")
                .arg(n);
        QNetworkRequest request(QUrl(
            registry +
            QStringLiteral("/subjects/bench-%1-value/versions").arg(n, 5, 10, QLatin1Char('0'))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/vnd.schemaregistry.v1+json"));
        request.setTransferTimeout(30000);
        QNetworkReply *reply = network.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("schema"), schema}}).toJson());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->error() != QNetworkReply::NoError) {
                ++failed;
                QTextStream(stderr) << "schemasbench: " << reply->errorString() << '\n';
            }
            reply->deleteLater();
            if (++done == count)
                loop.quit();
            else
                post();
        });
    };
    post();
    loop.exec();
    return failed == 0;
}

qint64 curlListMs(const QString &registry)
{
    QList<qint64> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sf"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    registry + QStringLiteral("/subjects")});
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
        QTextStream(stderr) << "usage: schemasbench REGISTRY_URL [SUBJECTS]\n";
        return 2;
    }
    const QString registry = QString::fromLocal8Bit(argv[1]);
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;

    QElapsedTimer setup;
    setup.start();
    if (!registerSubjects(registry, count)) {
        QTextStream(stderr) << "schemasbench: registering subjects failed\n";
        return 1;
    }
    out << "subjects: " << count << '\n';
    out << "setup_s: " << setup.elapsed() / 1000 << '\n';
    out << "peer_curl_subjects_ms: " << curlListMs(registry) << '\n';
    out.flush();

    ConnectionProfile profile = ConnectionProfile::forBootstrap(QStringLiteral("127.0.0.1:9"));
    profile.registry.urls = registry;
    ClusterConnection connection(profile, ProfileSecrets{}); // never opened: no broker needed
    SchemaRegistry schemaRegistry(profile.registry, ProfileSecrets{});
    SchemaAdmin *admin = schemaRegistry.admin();
    SchemasPane pane(&connection);
    QElapsedTimer clock;
    qint64 answered = -1;
    qint64 filled = -1;
    // Connected before the pane's own slot: the list has just reached the GUI thread.
    QObject::connect(admin, &SchemaAdmin::subjectsListed, [&] { answered = clock.nsecsElapsed(); });
    pane.setSchemaRegistry(&schemaRegistry);
    pane.resize(1400, 800);
    QSignalSpy loaded(&pane, &SchemasPane::subjectsLoaded);
    pane.show(); // the first show asks (and connects the pane to the admin); let that pass
    loaded.wait(120000);
    // Connected after the pane's slot: the model holds the list; paint the table as a user sees it.
    QObject::connect(admin, &SchemaAdmin::subjectsListed, [&] {
        pane.subjectTable()->viewport()->repaint();
        filled = clock.nsecsElapsed();
    });

    StallMeter meter;
    loaded.clear();
    meter.start();
    clock.start();
    pane.refresh();
    if (!loaded.wait(300000)) {
        QTextStream(stderr) << "schemasbench: the details did not all arrive\n";
        return 1;
    }
    const qint64 detailsMs = clock.elapsed();
    meter.stop();
    const int rows = pane.subjectModel()->rowCount();

    QElapsedTimer filterClock;
    filterClock.start();
    pane.filterEdit()->setText(QStringLiteral("bench-0049"));
    const qint64 filterMs = filterClock.elapsed();
    const int matching = pane.filterModel()->rowCount();

    out << "rows: " << rows << '\n';
    out << "list_request_to_filled_ms: " << filled / 1000000 << '\n';
    out << "details_complete_ms: " << detailsMs << '\n';
    out << "filter_ms: " << filterMs << " (" << matching << " rows)\n";
    out << "gui_stall_p99_ms: " << meter.p99Ms() << '\n';
    out << "gui_stall_max_ms: " << meter.maxMs() << '\n';
    out << "subjects_list_ms: " << double(filled - answered) / 1e6 << '\n';
    return rows >= count ? 0 : 1;
}
