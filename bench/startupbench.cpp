// bench/run startup: milliseconds from starting the qafka process to its brokers pane being filled
// against a real broker. Runs the app several times and reports min, median and max.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: startupbench QAFKA_BINARY BOOTSTRAP [RUNS]\n";
        return 2;
    }
    const QString binary = args.at(1);
    const QString bootstrap = args.at(2);
    const int runs = args.size() > 3 ? args.at(3).toInt() : 10;

    QList<qint64> times;
    QTextStream out(stdout);
    for (int run = 0; run < runs + 1; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(binary, {QStringLiteral("--bootstrap"), bootstrap,
                               QStringLiteral("--exit-when-brokers-shown")});
        bool shown = false;
        while (!shown && process.waitForReadyRead(20000))
            shown = process.readAllStandardOutput().contains("brokers-shown");
        const qint64 elapsed = timer.elapsed();
        process.waitForFinished(10000);
        if (!shown) {
            QTextStream(stderr) << "startupbench: the brokers pane was never filled: "
                                << process.readAllStandardError() << '\n';
            return 1;
        }
        if (run > 0) // the first run warms the page cache
            times.append(elapsed);
    }
    std::sort(times.begin(), times.end());
    out << "runs: " << times.size() << '\n';
    out << "startup_min_ms: " << times.first() << '\n';
    out << "startup_max_ms: " << times.last() << '\n';
    out << "startup_ms: " << times.at(times.size() / 2) << '\n';
    return 0;
}
