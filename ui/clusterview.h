#pragma once

#include "profiles/connectionprofile.h"
#include "types/clustertypes.h"
#include "types/messagetypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QFrame;
class QSettings;

namespace Qafka {

class AccessControlPane;
class BrokersPane;
class MessagesPane;
class ClusterConnection;
class ConnectPane;
class ConsumerGroupsPane;
class DesktopNotifier;
class GroupMonitor;
class ProducerPane;
class SchemaRegistry;
class SchemasPane;
class TopicsPane;

// Everything shown for one open cluster: a colour band naming it, the navigation list (Brokers,
// Topics, Messages, Produce, Consumer groups, Schemas, Connect, Access control), the pane stack,
// and a banner that explains a failed connection.
class ClusterView : public QWidget
{
    Q_OBJECT
public:
    // settings keeps the producer's templates and history; nullptr: the application's settings.
    ClusterView(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                QWidget *parent = nullptr, QSettings *settings = nullptr);
    ~ClusterView() override;

    ClusterConnection *connection() const { return m_connection; }
    SchemaRegistry *schemaRegistry() const { return m_registry; } // nullptr: none configured
    BrokersPane *brokersPane() const { return m_brokersPane; }
    TopicsPane *topicsPane() const { return m_topicsPane; }
    ProducerPane *producerPane() const { return m_producerPane; }
    MessagesPane *messagesPane() const { return m_messagesPane; }
    ConsumerGroupsPane *groupsPane() const { return m_groupsPane; }
    SchemasPane *schemasPane() const { return m_schemasPane; }
    ConnectPane *connectPane() const { return m_connectPane; }
    AccessControlPane *accessControlPane() const { return m_accessPane; }
    GroupMonitor *groupMonitor() const { return m_groupMonitor; }
    QLabel *healthLabel() const { return m_health; }
    enum Pane {
        BrokersPaneIndex,
        TopicsPaneIndex,
        MessagesPaneIndex,
        ProducerPaneIndex,
        GroupsPaneIndex,
        SchemasPaneIndex,
        ConnectPaneIndex,
        AccessControlPaneIndex
    };
    // Opens the messages pane on this topic and starts loading its newest messages.
    void browseTopic(const QString &topic);
    // Opens the messages pane on this topic reading from the end and following, as
    // `kcat -C -t T -o end` does (qafka --topic).
    void followTopic(const QString &topic);
    // Messages of one partition from an offset, the message at that offset selected.
    void browseFrom(const QString &topic, int partition, qint64 offset);
    // Opens the consumer groups pane with this group selected once it is listed (qafka --group).
    void showGroup(const QString &groupId);
    // "Send again" from the browser: the producer form gets the message when it is text; bytes
    // that are not (or that a template would change) are offered to send exactly as read.
    void sendAgain(const QString &topic, const OutgoingMessage &message);
    void showPane(int index);
    int currentPane() const;
    // Ctrl+F: puts the keyboard in the current pane's filter or search field, if it has one.
    bool focusFilter();
    QListWidget *navigation() const { return m_navigation; }
    QLabel *banner() const { return m_bannerText; }
    QString statusText() const;

    void reconnect();
    void refresh();

signals:
    void statusChanged();

private:
    // The constructor's steps, in order.
    void buildColorBand(const ConnectionProfile &profile);
    void setUpNavigation();
    void setUpHealthAndBanner();
    void buildLayout();
    void connectParts();

    void onStateChanged(ConnectionState state);
    void updateHealth();

    ClusterConnection *m_connection;
    SchemaRegistry *m_registry;
    QFrame *m_colorBand;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    BrokersPane *m_brokersPane;
    TopicsPane *m_topicsPane;
    MessagesPane *m_messagesPane;
    ProducerPane *m_producerPane;
    GroupMonitor *m_groupMonitor;
    ConsumerGroupsPane *m_groupsPane;
    SchemasPane *m_schemasPane;
    ConnectPane *m_connectPane;
    AccessControlPane *m_accessPane;
    DesktopNotifier *m_notifier;
    QLabel *m_health;
    QFrame *m_bannerFrame;
    QLabel *m_bannerText;
    QPushButton *m_retry;
};

} // namespace Qafka
