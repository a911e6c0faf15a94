// DesktopNotifier against a fake notification server on a private session bus (the tests run
// inside dbus-run-session): what reaches the server, urgency, replacing the bubble per key, and
// failing cleanly when no server is there.

#include "ciskip.h"
#include "platform/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

struct ReceivedNotification
{
    QString appName;
    uint replacesId = 0;
    QString summary;
    QString body;
    QVariantMap hints;
};

} // namespace

// Answers Notify like a notification daemon, numbering bubbles from 1 and keeping the number of a
// replaced one.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<ReceivedNotification> received;

public slots:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                             const QString &summary, const QString &body,
                             const QStringList &actions, const QVariantMap &hints,
                             int expireTimeout)
    {
        Q_UNUSED(appIcon);
        Q_UNUSED(actions);
        Q_UNUSED(expireTimeout);
        received.append({appName, replacesId, summary, body, hints});
        return replacesId != 0 ? replacesId : ++m_lastId;
    }

private:
    uint m_lastId = 41;
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    // The server has a connection of its own, so calls really travel through the bus daemon.
    QDBusConnection serverBus()
    {
        return QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                             QStringLiteral("qafka-fake-notifications"));
    }

private slots:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QAFKA_SKIP_OUTSIDE_CI("No D-Bus session bus; run under dbus-run-session");
    }

    void noServerFails()
    {
        DesktopNotifier notifier(QStringLiteral("Qafka"));
        if (notifier.isAvailable())
            QAFKA_SKIP_OUTSIDE_CI("A real notification server is on this bus");
        QSignalSpy sent(&notifier, &DesktopNotifier::sent);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        notifier.notify(QStringLiteral("group:orders"), QStringLiteral("Lag"), QStringLiteral("x"),
                        false);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("group:orders"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("no notification service")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(sent.size(), 0);
    }

    void notifyReachesServerAndReplacesPerKey()
    {
        FakeNotificationServer server;
        QDBusConnection bus = serverBus();
        QVERIFY(bus.registerObject(kPath, &server, QDBusConnection::ExportScriptableSlots));
        QVERIFY(bus.registerService(kService));
        const auto unregister = qScopeGuard([&bus] {
            bus.unregisterService(kService);
            bus.unregisterObject(kPath);
            QDBusConnection::disconnectFromBus(bus.name());
        });

        DesktopNotifier notifier(QStringLiteral("Qafka"));
        notifier.setDesktopEntry(QStringLiteral("io.github.qafka.Qafka"));
        QVERIFY(notifier.isAvailable());
        QSignalSpy sent(&notifier, &DesktopNotifier::sent);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);

        notifier.notify(QStringLiteral("group:orders"), QStringLiteral("Lag of orders"),
                        QStringLiteral("12 000 messages behind"), true);
        QVERIFY(sent.wait(5000));
        QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("group:orders"));
        QCOMPARE(sent.at(0).at(1).toUInt(), 42u);
        QCOMPARE(server.received.size(), 1);
        const ReceivedNotification first = server.received.at(0);
        QCOMPARE(first.appName, QStringLiteral("Qafka"));
        QCOMPARE(first.replacesId, 0u);
        QCOMPARE(first.summary, QStringLiteral("Lag of orders"));
        QCOMPARE(first.body, QStringLiteral("12 000 messages behind"));
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).metaType(),
                 QMetaType::fromType<uchar>());
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.qafka.Qafka"));

        // Another group gets a bubble of its own; the same group replaces its previous one.
        notifier.notify(QStringLiteral("group:billing"), QStringLiteral("Lag of billing"),
                        QStringLiteral("5 messages behind"), false);
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(server.received.at(1).replacesId, 0u);
        QCOMPARE(server.received.at(1).hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(sent.at(1).at(1).toUInt(), 43u);

        notifier.notify(QStringLiteral("group:orders"), QStringLiteral("Lag of orders"),
                        QStringLiteral("15 000 messages behind"), false);
        QTRY_COMPARE(sent.size(), 3);
        QCOMPARE(server.received.at(2).replacesId, 42u);
        QCOMPARE(server.received.at(2).body, QStringLiteral("15 000 messages behind"));
        QCOMPARE(sent.at(2).at(1).toUInt(), 42u);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
