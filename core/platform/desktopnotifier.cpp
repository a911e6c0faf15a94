#include "platform/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

namespace Qafka {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

// Urgency levels of the notification specification.
constexpr uchar kUrgencyNormal = 1;
constexpr uchar kUrgencyCritical = 2;

} // namespace

DesktopNotifier::DesktopNotifier(const QString &appName, QObject *parent)
    : QObject(parent)
    , m_appName(appName)
{}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusConnectionInterface *daemon = bus.interface();
    return daemon->isServiceRegistered(kService).value() ||
           daemon->activatableServiceNames().value().contains(kService);
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body,
                             bool urgent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        emit failed(key, tr("Desktop notifications are unavailable: no D-Bus session bus."));
        return;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(urgent ? kUrgencyCritical : kUrgencyNormal));
    if (!m_desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);

    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << m_appName << m_ids.value(key) << QString() << summary << body << QStringList() << hints
         << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](auto *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            const QDBusError error = reply.error();
            if (error.type() == QDBusError::ServiceUnknown)
                emit failed(key, tr("Desktop notifications are unavailable: no notification "
                                    "service is running."));
            else
                emit failed(
                    key,
                    tr("The desktop notification could not be shown: %1").arg(error.message()));
            return;
        }
        m_ids.insert(key, reply.value());
        emit sent(key, reply.value());
    });
}

} // namespace Qafka
