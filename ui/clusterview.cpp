#include "clusterview.h"

#include "accesscontrolpane.h"
#include "brokerspane.h"
#include "clusterhealth.h"
#include "connectpane.h"
#include "consumergroupspane.h"
#include "messages/messagetemplate.h"
#include "messagespane.h"
#include "platform/desktopnotifier.h"
#include "producerpane.h"
#include "schemaspane.h"
#include "session/clusterconnection.h"
#include "session/connectcluster.h"
#include "session/groupmonitor.h"
#include "session/schemaregistry.h"
#include "topicdetailsview.h"
#include "topicspane.h"
#include "types/browsetypes.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QUtf8StringView>
#include <QVBoxLayout>

#include <appinfo.h>

namespace Qafka {

namespace {

QList<ConnectCluster *> makeConnectClusters(const ConnectionProfile &profile,
                                            const ProfileSecrets &secrets, QObject *owner)
{
    QList<ConnectCluster *> clusters;
    for (const ConnectClusterSettings &settings : profile.connectClusters)
        clusters.append(
            new ConnectCluster(settings, secrets.connectSecrets.value(settings.name), owner));
    return clusters;
}

} // namespace

ClusterView::ClusterView(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                         QWidget *parent, QSettings *settings)
    : QWidget(parent)
    , m_connection(new ClusterConnection(profile, secrets, this))
    , m_registry(profile.registry.isConfigured()
                     ? new SchemaRegistry(profile.registry, secrets, this)
                     : nullptr)
    , m_colorBand(new QFrame(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_brokersPane(new BrokersPane(m_connection, this))
    , m_topicsPane(new TopicsPane(m_connection, this))
    , m_messagesPane(new MessagesPane(m_connection, this))
    , m_producerPane(
          new ProducerPane(m_connection, settings ? settings : new QSettings(this), this))
    , m_groupMonitor(new GroupMonitor(profile, secrets, this))
    , m_groupsPane(new ConsumerGroupsPane(m_groupMonitor, this))
    , m_schemasPane(new SchemasPane(m_connection, this))
    , m_connectPane(
          new ConnectPane(makeConnectClusters(profile, secrets, this), profile.readOnly, this))
    , m_accessPane(new AccessControlPane(m_connection, this))
    , m_notifier(new DesktopNotifier(QStringLiteral("Qafka"), this))
    , m_health(new QLabel(this))
    , m_bannerFrame(new QFrame(this))
    , m_bannerText(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("clusterView"));
    buildColorBand(profile);
    setUpNavigation();
    setUpHealthAndBanner();
    buildLayout();
    connectParts();
    m_messagesPane->setSchemaRegistry(m_registry);
    m_producerPane->setSchemaRegistry(m_registry);
    m_schemasPane->setSchemaRegistry(m_registry);
    updateHealth();
    connect(m_connection, &ClusterConnection::refreshFailed, this,
            [this] { onStateChanged(m_connection->state()); });
    m_connection->open();
}

// The band carries the profile's colour and says read-only, so prod never looks like dev.
void ClusterView::buildColorBand(const ConnectionProfile &profile)
{
    auto *bandLayout = new QHBoxLayout(m_colorBand);
    bandLayout->setContentsMargins(8, 3, 8, 3);
    auto *bandLabel = new QLabel(m_colorBand);
    bandLabel->setObjectName(QStringLiteral("clusterBandLabel"));
    QString bandText = u"<b>" + profile.name.toHtmlEscaped() + u"</b> · " +
                       profile.bootstrapServers.toHtmlEscaped();
    if (profile.readOnly)
        bandText += u" · " + tr("read-only");
    bandLabel->setText(bandText);
    bandLayout->addWidget(bandLabel);
    m_colorBand->setObjectName(QStringLiteral("clusterColorBand"));
    if (profile.color.isValid()) {
        const QColor text =
            profile.color.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
        m_colorBand->setAutoFillBackground(true);
        QPalette band = m_colorBand->palette();
        band.setColor(QPalette::Window, profile.color);
        band.setColor(QPalette::WindowText, text);
        m_colorBand->setPalette(band);
        bandLabel->setPalette(band);
    }
}

void ClusterView::setUpNavigation()
{
    m_navigation->setObjectName(QStringLiteral("clusterNavigation"));
    m_navigation->setAccessibleName(tr("Cluster sections"));
    m_navigation->addItem(tr("Brokers"));
    m_navigation->addItem(tr("Topics"));
    m_navigation->addItem(tr("Messages"));
    m_navigation->addItem(tr("Produce"));
    m_navigation->addItem(tr("Consumer groups"));
    m_navigation->addItem(tr("Schemas"));
    m_navigation->addItem(tr("Connect"));
    m_navigation->addItem(tr("Access control"));
    m_stack->addWidget(m_brokersPane);
    m_stack->addWidget(m_topicsPane);
    m_stack->addWidget(m_messagesPane);
    m_stack->addWidget(m_producerPane);
    m_stack->addWidget(m_groupsPane);
    m_stack->addWidget(m_schemasPane);
    m_stack->addWidget(m_connectPane);
    m_stack->addWidget(m_accessPane);
    m_navigation->setCurrentRow(0);
    // Never narrower than its longest entry, however much room the pane beside it wants.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) +
                                  2 * m_navigation->frameWidth() + 8);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
}

void ClusterView::setUpHealthAndBanner()
{
    m_health->setObjectName(QStringLiteral("clusterHealth"));
    m_health->setAccessibleDescription(tr("Cluster health"));
    m_health->setTextFormat(Qt::RichText);
    m_health->setContentsMargins(8, 0, 8, 0);

    m_bannerFrame->setObjectName(QStringLiteral("connectionBanner"));
    m_bannerFrame->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setObjectName(QStringLiteral("connectionBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setAccessibleDescription(tr("Connection problem"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retry, 0, Qt::AlignTop);
    m_bannerFrame->hide();
}

void ClusterView::buildLayout()
{
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("clusterSplitter"));
    body->addWidget(m_navigation);
    body->addWidget(m_stack);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setCollapsible(0, false);
    body->setCollapsible(1, false);
    body->setSizes({m_navigation->sizeHintForColumn(0) + 40, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_colorBand);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_health);
    layout->addWidget(body, 1);
}

void ClusterView::connectParts()
{
    connect(m_topicsPane, &TopicsPane::browseRequested, this, &ClusterView::browseTopic);
    connect(m_groupsPane, &ConsumerGroupsPane::browseRequested, this, &ClusterView::browseFrom);
    connect(m_messagesPane, &MessagesPane::sendAgainRequested, this, &ClusterView::sendAgain);
    connect(m_schemasPane, &SchemasPane::browseTopicRequested, this, &ClusterView::browseTopic);
    connect(m_retry, &QPushButton::clicked, this, &ClusterView::reconnect);
    m_topicsPane->details()->setGroupMonitor(m_groupMonitor);
    m_notifier->setDesktopEntry(QStringLiteral(QAFKA_APP_ID));
    connect(
        m_groupMonitor, &GroupMonitor::alert, this,
        [this](const QString &groupId, const QString &summary, const QString &body, bool urgent) {
            m_notifier->notify(m_connection->profile().name + u'/' + groupId,
                               m_connection->profile().name + QStringLiteral(": ") + summary, body,
                               urgent);
        });
    connect(m_connection, &ClusterConnection::stateChanged, this, &ClusterView::onStateChanged);
    connect(m_connection, &ClusterConnection::snapshotChanged, this, &ClusterView::statusChanged);
    connect(m_connection, &ClusterConnection::snapshotChanged, this, &ClusterView::updateHealth);
    connect(m_connection, &ClusterConnection::topicStatsChanged, this, &ClusterView::updateHealth);
}

ClusterView::~ClusterView()
{
    // Closing emits state changes; nobody may hear them from a half-destroyed view.
    m_connection->disconnect();
    m_connection->close();
    m_groupMonitor->disconnect();
    m_groupMonitor->close();
}

int ClusterView::currentPane() const
{
    return m_navigation->currentRow();
}

bool ClusterView::focusFilter()
{
    static const QStringList filters = {
        QStringLiteral("configSearch"), QStringLiteral("topicFilter"),
        QStringLiteral("messageFilter"), QStringLiteral("groupFilter"),
        QStringLiteral("subjectFilter")};
    QWidget *pane = m_stack->currentWidget();
    for (const QString &name : filters) {
        if (auto *field = pane->findChild<QLineEdit *>(name); field && field->isEnabled()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return true;
        }
    }
    return false;
}

void ClusterView::showPane(int index)
{
    m_navigation->setCurrentRow(index);
}

void ClusterView::browseTopic(const QString &topic)
{
    BrowseRequest request;
    request.topic = topic;
    request.start = BrowseRequest::Start::LastPerPartition;
    request.lastCount = 100;
    m_messagesPane->setRequest(request);
    showPane(MessagesPaneIndex);
    m_messagesPane->load();
}

void ClusterView::followTopic(const QString &topic)
{
    BrowseRequest request;
    request.topic = topic;
    request.start = BrowseRequest::Start::End;
    request.follow = true;
    m_messagesPane->setRequest(request);
    showPane(MessagesPaneIndex);
    m_messagesPane->load();
}

void ClusterView::browseFrom(const QString &topic, int partition, qint64 offset)
{
    BrowseRequest request;
    request.topic = topic;
    request.partitions = {partition};
    request.start = BrowseRequest::Start::Offset;
    request.offset = offset;
    request.maxMessages = 500;
    m_messagesPane->setRequest(request);
    showPane(MessagesPaneIndex);
    m_messagesPane->load();
    m_messagesPane->selectFirstMessageWhenLoaded();
}

void ClusterView::showGroup(const QString &groupId)
{
    showPane(GroupsPaneIndex);
    m_groupsPane->selectGroupWhenListed(groupId);
}

void ClusterView::sendAgain(const QString &topic, const OutgoingMessage &message)
{
    // The form holds text and expands templates: use it only when it reproduces the bytes.
    const auto asFormText = [](const std::optional<QByteArray> &bytes, QString *text) {
        if (!bytes)
            return true;
        if (!QUtf8StringView(*bytes).isValidUtf8())
            return false;
        const std::optional<QString> escaped = MessageTemplate::escaped(QString::fromUtf8(*bytes));
        if (!escaped)
            return false;
        *text = *escaped;
        return true;
    };
    ProducerTemplate form;
    form.topic = topic;
    form.partition = message.partition;
    bool exact = asFormText(message.key, &form.key) && asFormText(message.value, &form.value);
    form.keyMode = !message.key             ? ProducerTemplate::Mode::Null
                   : message.key->isEmpty() ? ProducerTemplate::Mode::Empty
                                            : ProducerTemplate::Mode::Text;
    form.valueMode = !message.value             ? ProducerTemplate::Mode::Null
                     : message.value->isEmpty() ? ProducerTemplate::Mode::Empty
                                                : ProducerTemplate::Mode::Text;
    for (const MessageHeader &header : message.headers) {
        QString value;
        // The form has no null header value; a null one cannot be reproduced there.
        if (!header.value || !asFormText(header.value, &value))
            exact = false;
        form.headers.append({header.key, value});
    }
    if (exact) {
        m_producerPane->setForm(form);
        showPane(ProducerPaneIndex);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Send Again"),
        tr("This message holds bytes the producer form cannot show as text (binary data or a null "
           "header value). Send it to %1, partition %2, exactly as it was read?")
            .arg(topic)
            .arg(message.partition),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_producerPane->setForm(form);
    showPane(ProducerPaneIndex);
    m_producerPane->sendMessages({message});
}

void ClusterView::updateHealth()
{
    if (m_connection->snapshot().takenAtMs == 0) {
        m_health->clear();
        m_health->hide();
        return;
    }
    m_health->setText(
        ClusterHealth::from(m_connection->snapshot(), m_connection->topicStats()).summary());
    m_health->show();
}

void ClusterView::reconnect()
{
    m_connection->open();
}

void ClusterView::refresh()
{
    m_connection->refreshNow();
}

void ClusterView::onStateChanged(ConnectionState state)
{
    const KafkaError error = m_connection->lastError();
    const KafkaError warning = m_connection->warning();
    QString text;
    if ((state == ConnectionState::Failed || state == ConnectionState::Degraded) &&
        !error.isNull()) {
        text = u"<b>" +
               (state == ConnectionState::Failed ? tr("Cannot connect.")
                                                 : tr("The cluster stopped answering; retrying.")) +
               u"</b> " + error.message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        if (!error.hint.isEmpty())
            text += u"<br><i>" + error.hint.toHtmlEscaped() + u"</i>";
        if (!error.code.isEmpty())
            text += u" <small>(" + error.code.toHtmlEscaped() + u")</small>";
    } else if (state == ConnectionState::Connected && !warning.isNull()) {
        text = u"<b>" + tr("Warning:") + u"</b> " + warning.message.toHtmlEscaped() + u"<br><i>" +
               warning.hint.toHtmlEscaped() + u"</i>";
    }
    m_bannerText->setText(text);
    m_bannerFrame->setVisible(!text.isEmpty());
    m_retry->setVisible(state == ConnectionState::Failed);
    emit statusChanged();
}

QString ClusterView::statusText() const
{
    const ConnectionState state = m_connection->state();
    QString text = m_connection->profile().name + u": " + connectionStateName(state);
    if (state == ConnectionState::Connected || state == ConnectionState::Degraded) {
        const ClusterSnapshot &snapshot = m_connection->snapshot();
        if (snapshot.takenAtMs > 0)
            text += u" · " + tr("metadata of %1")
                                 .arg(QLocale().toString(
                                     QDateTime::fromMSecsSinceEpoch(snapshot.takenAtMs).time(),
                                     QLocale::LongFormat));
    }
    if (m_connection->isReadOnly())
        text += u" · " + tr("read-only");
    return text;
}

} // namespace Qafka
