#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Qafka {

// Desktop notifications through the freedesktop notification service on the session bus
// (org.freedesktop.Notifications). Calls are asynchronous, so a slow or hung notification server
// never blocks the GUI thread. Alerts with the same key replace each other's bubble instead of
// stacking up. Without a server the notification fails with a message; a system tray fallback,
// if any, belongs to the widgets layer.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(const QString &appName, QObject *parent = nullptr);

    // A notification server runs on the session bus, or can be started by it.
    bool isAvailable() const;
    // The "desktop-entry" hint (the application id), so servers show the app's name and icon.
    void setDesktopEntry(const QString &desktopEntry) { m_desktopEntry = desktopEntry; }
    void notify(const QString &key, const QString &summary, const QString &body, bool urgent);

signals:
    void sent(const QString &key, uint id);
    void failed(const QString &key, const QString &error);

private:
    QString m_appName;
    QString m_desktopEntry;
    QHash<QString, uint> m_ids;
};

} // namespace Qafka
