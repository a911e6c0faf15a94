#include "kafkatestcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The qafka binary itself, as a user starts it.
class TestAppCli : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_home;

    QProcessEnvironment environment(bool display) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        if (display) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        return env;
    }

    int runApp(const QStringList &args, bool display, QString *out, QString *err,
               int timeoutMs = 20000)
    {
        QProcess app;
        app.setProcessEnvironment(environment(display));
        app.start(qEnvironmentVariable("QAFKA_APP"), args);
        if (!app.waitForFinished(timeoutMs)) {
            app.kill();
            app.waitForFinished();
            return -100;
        }
        *out = QString::fromUtf8(app.readAllStandardOutput());
        *err = QString::fromUtf8(app.readAllStandardError());
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    }

private slots:
    void versionAndHelpWithoutDisplay()
    {
        QString out;
        QString err;
        QCOMPARE(runApp({QStringLiteral("--version")}, false, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("librdkafka 2.")), qPrintable(out + err));
        QCOMPARE(runApp({QStringLiteral("--help")}, false, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("--bootstrap")));
        QVERIFY(out.contains(QStringLiteral("--profile")));
        QVERIFY(out.contains(QStringLiteral("--schema-registry")));
        QVERIFY(out.contains(QStringLiteral("--topic")));
        QVERIFY(out.contains(QStringLiteral("--group")));
    }

    void bootstrapOpensClusterAndShowsBrokers()
    {
        QVERIFY(m_cluster.isAvailable());
        QString out;
        QString err;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runApp({QStringLiteral("--bootstrap"), m_cluster.bootstrap(),
                         QStringLiteral("--exit-when-brokers-shown")},
                        true, &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("brokers-shown")), qPrintable(out + err));
        qInfo() << "process start to brokers shown:" << timer.elapsed() << "ms";
    }

    void unknownProfileIsAnError()
    {
        QString out;
        QString err;
        QCOMPARE(runApp({QStringLiteral("--profile"), QStringLiteral("nope")}, true, &out, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("no saved connection named")));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
