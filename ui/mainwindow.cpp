#include "mainwindow.h"

#include "aboutdialog.h"
#include "applanguage.h"
#include "brokerspane.h"
#include "clusterview.h"
#include "connectiondialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "session/clusterconnection.h"
#include "session/workerhost.h"
#include "types/bootstrapaddress.h"
#include "viewlayoutstore.h"
#include "windowplacement.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include <array>
#include <functional>
#include <optional>

namespace Qafka {

namespace {

QIcon colorDot(const QColor &color)
{
    if (!color.isValid())
        return {};
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(2, 2, 12, 12);
    return QIcon(pixmap);
}

constexpr QLatin1StringView kGeometryKey("layout/mainWindow");
constexpr QLatin1StringView kSessionKey("session/clusters");
constexpr QLatin1StringView kCurrentKey("session/current");
const QString kBootstrapPrefix = QStringLiteral("bootstrap:");
// On each ClusterView: how the session names it (a profile id, or kBootstrapPrefix + servers).
constexpr char kSessionKeyProperty[] = "qafkaSessionKey";

} // namespace

MainWindow::MainWindow(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(std::make_unique<ProfileStore>(settings))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_profilesMenu(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Qafka"));

    m_tabs->setObjectName(QStringLiteral("clusterTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open clusters"));
    setCentralWidget(m_tabs);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setAccessibleDescription(tr("Connection status"));
    statusBar()->addWidget(m_status, 1);

    createMenus();
    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray()))
        setGeometry(firstWindowGeometry(screen()->availableGeometry()));

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeCluster);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    rebuildProfilesMenu();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Close the clusters while the window is still whole.
    m_tabs->disconnect(this);
    while (m_tabs->count() > 0) {
        QWidget *widget = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete widget;
    }
    // The window goes when the application quits: its clusters' workers, all retired just now,
    // wind down in parallel before the application object is torn down around them (a tab
    // closed earlier never waits). Bounded; main() leaves anything slower to the process's end.
    waitForRetiredWorkerThreads(kQuitBudgetMs);
}

void MainWindow::createMenus()
{
    createConnectionMenu();
    QMenu *view = createViewMenu();
    view->addSeparator();
    createLanguageMenu(view);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Qafka"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

// An action that applies to the current cluster tab, enabled only while there is one.
QAction *MainWindow::addClusterAction(QMenu *menu, const QString &text, const char *name,
                                      const QList<QKeySequence> &shortcuts,
                                      const std::function<void(ClusterView *)> &slot)
{
    QAction *action = menu->addAction(text, this, [this, slot] {
        if (ClusterView *cluster = currentCluster())
            slot(cluster);
    });
    action->setObjectName(QLatin1StringView(name));
    action->setShortcuts(shortcuts);
    m_clusterActions.append(action);
    return action;
}

void MainWindow::createConnectionMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&Connection"));
    QAction *newAction = file->addAction(tr("&New Connection…"), this, &MainWindow::newConnection);
    newAction->setObjectName(QStringLiteral("actionNewConnection"));
    newAction->setShortcuts(QKeySequence::New);
    m_profilesMenu = file->addMenu(tr("&Open"));
    m_profilesMenu->setObjectName(QStringLiteral("menuOpenConnection"));
    QAction *editAction =
        file->addAction(tr("&Edit Connection…"), this, &MainWindow::editConnection);
    editAction->setObjectName(QStringLiteral("actionEditConnection"));
    m_clusterActions.append(editAction);
    QAction *closeAction = file->addAction(tr("&Close Connection"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeCluster(m_tabs->currentIndex());
    });
    closeAction->setObjectName(QStringLiteral("actionCloseConnection"));
    closeAction->setShortcuts(QKeySequence::Close);
    m_clusterActions.append(closeAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(QKeySequence::Quit);
}

QMenu *MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    addClusterAction(view, tr("&Refresh"), "actionRefresh",
                     QKeySequence::keyBindings(QKeySequence::Refresh),
                     [](ClusterView *cluster) { cluster->refresh(); });
    addClusterAction(view, tr("Re&connect"), "actionReconnect", {},
                     [](ClusterView *cluster) { cluster->reconnect(); });
    addClusterAction(view, tr("&Find…"), "actionFind",
                     QKeySequence::keyBindings(QKeySequence::Find),
                     [](ClusterView *cluster) { cluster->focusFilter(); });
    view->addSeparator();
    const std::array<QString, 6> paneNames = {tr("&Brokers"),         tr("&Topics"),
                                              tr("&Messages"),        tr("&Produce Message…"),
                                              tr("Consumer &Groups"), tr("&Schemas")};
    const std::array<const char *, 6> paneActions = {"actionShowBrokers",  "actionShowTopics",
                                                     "actionShowMessages", "actionProduce",
                                                     "actionShowGroups",   "actionShowSchemas"};
    for (int pane = 0; pane < int(paneNames.size()); ++pane) {
        // Ctrl+1 … Ctrl+6 in the order of the cluster's navigation; Ctrl+P also produces.
        QAction *action =
            addClusterAction(view, paneNames.at(pane), paneActions.at(pane),
                             {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + pane))},
                             [pane](ClusterView *cluster) { cluster->showPane(pane); });
        if (pane == ClusterView::ProducerPaneIndex)
            action->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P),
                                  QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + pane))});
    }
    return view;
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("menuLanguage"));
    auto *languages = new QActionGroup(language);
    const QString chosen = AppLanguage::chosen(*m_settings);
    for (const AppLanguage::Choice &choice : AppLanguage::choices()) {
        QAction *action = language->addAction(choice.name);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        action->setCheckable(true);
        action->setChecked(choice.code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = choice.code] { chooseLanguage(code); });
    }
}

void MainWindow::chooseLanguage(const QString &code)
{
    AppLanguage::choose(m_settings, code);
    QMessageBox::information(this, tr("Language"),
                             tr("Qafka will use the new language the next time it starts."));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::saveSession()
{
    QStringList clusters;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *cluster = qobject_cast<ClusterView *>(m_tabs->widget(i));
        clusters.append(cluster->property(kSessionKeyProperty).toString() + u'|' +
                        QString::number(cluster->currentPane()) + u'|' +
                        cluster->connection()->profile().name);
        if (i != m_tabs->currentIndex())
            ViewLayoutStore::save(cluster, m_settings);
    }
    // Tabs share one layout per view; the one the user looked at last is kept.
    if (ClusterView *cluster = currentCluster())
        ViewLayoutStore::save(cluster, m_settings);
    m_settings->setValue(kGeometryKey, saveGeometry());
    // A run started on one cluster (--bootstrap, --profile, the sandbox) leaves the user's own
    // session alone.
    if (m_sessionRestored) {
        m_settings->setValue(kSessionKey, clusters);
        m_settings->setValue(kCurrentKey, m_tabs->currentIndex());
    }
}

void MainWindow::restoreSession()
{
    m_sessionRestored = true;
    const QStringList clusters = m_settings->value(kSessionKey).toStringList();
    const int current = m_settings->value(kCurrentKey, -1).toInt();
    QStringList gone;
    QList<std::function<void()>> opens;
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const QStringList fields = clusters.at(i).split(u'|');
        if (fields.size() < 3)
            continue;
        const QString &key = fields.at(0);
        std::optional<ConnectionProfile> profile;
        if (!key.startsWith(kBootstrapPrefix) && !(profile = m_profiles->profile(key))) {
            gone.append(QStringList(fields.mid(2)).join(u'|'));
            continue;
        }
        m_restore.order.append(key);
        m_restore.panes[key].append(fields.at(1).toInt());
        if (i == current)
            m_restore.currentKey = key;
        if (profile)
            opens.append([this, profile = *profile] { openProfile(profile); });
        else
            opens.append([this, key] { openBootstrap(key.mid(kBootstrapPrefix.size())); });
    }
    // Profiles with secrets open once the keychain answers, in any order: addClusterView puts
    // each tab in its saved place and selects the saved current tab after the last one.
    m_restore.pending = int(opens.size());
    for (const auto &open : std::as_const(opens))
        open();
    if (!gone.isEmpty())
        statusBar()->showMessage(
            tr("Not reopened, the saved connection no longer exists: %1").arg(gone.join(u", ")),
            30000);
}

ClusterView *MainWindow::currentCluster() const
{
    return qobject_cast<ClusterView *>(m_tabs->currentWidget());
}

void MainWindow::rebuildProfilesMenu()
{
    m_profilesMenu->clear();
    const auto profiles = m_profiles->profiles();
    for (const ConnectionProfile &profile : profiles) {
        QAction *action = m_profilesMenu->addAction(colorDot(profile.color), profile.name);
        action->setObjectName(QStringLiteral("actionOpen_") + profile.id);
        connect(action, &QAction::triggered, this, [this, id = profile.id] {
            if (auto profile = m_profiles->profile(id))
                openProfile(*profile);
        });
    }
    if (profiles.isEmpty())
        m_profilesMenu->addAction(tr("No saved connections"))->setEnabled(false);
}

void MainWindow::openProfile(const ConnectionProfile &profile)
{
    const bool registrySecrets =
        profile.registry.authentication != RegistrySettings::Authentication::None ||
        !profile.registry.keyFile.isEmpty() || !profile.registry.certificateFile.isEmpty();
    if (!profile.usesSasl() && !profile.usesTls() && !registrySecrets) {
        addClusterView(profile, {}, profile.id);
        return;
    }
    QPointer<MainWindow> self(this);
    m_secrets->read(profile.id,
                    [self, profile](const ProfileSecrets &secrets, const QString &warning) {
                        if (!self)
                            return;
                        if (!warning.isEmpty())
                            self->statusBar()->showMessage(warning, 15000);
                        self->addClusterView(profile, secrets, profile.id);
                    });
}

void MainWindow::openBootstrap(const QString &bootstrapServers, const QString &registryUrls)
{
    ConnectionProfile profile = ConnectionProfile::forBootstrap(bootstrapServers);
    profile.registry.urls = registryUrls;
    // "SASL_SSL://host:9093" says how to talk to the broker, not only where it is.
    if (const auto hint = BootstrapAddress::parse(bootstrapServers).securityProtocolHint())
        profile.securityProtocol = *hint;
    addClusterView(profile, {}, kBootstrapPrefix + bootstrapServers);
}

bool MainWindow::openProfileNamed(const QString &name)
{
    const auto profile = m_profiles->profileByName(name);
    if (!profile)
        return false;
    openProfile(*profile);
    return true;
}

void MainWindow::addClusterView(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                                const QString &sessionKey)
{
    auto *cluster = new ClusterView(profile, secrets, m_tabs, m_settings);
    cluster->setProperty(kSessionKeyProperty, sessionKey);
    const auto restoredPanes = m_restore.panes.find(sessionKey);
    const bool restoring = restoredPanes != m_restore.panes.end() && !restoredPanes->isEmpty();
    int index = m_tabs->count();
    if (restoring) {
        // After every tab that comes before it in the saved order (or was not saved).
        const qsizetype mine = m_restore.order.indexOf(sessionKey);
        index = 0;
        for (int i = 0; i < m_tabs->count(); ++i) {
            const QString other = m_tabs->widget(i)->property(kSessionKeyProperty).toString();
            if (m_restore.order.indexOf(other) < mine)
                index = i + 1;
        }
    }
    index = m_tabs->insertTab(index, cluster, colorDot(profile.color), profile.name);
    m_tabs->setTabToolTip(index, profile.bootstrapServers);
    connect(cluster, &ClusterView::statusChanged, this, &MainWindow::updateStatus);
    ViewLayoutStore::restore(cluster, *m_settings);
    if (restoring) {
        cluster->showPane(restoredPanes->takeFirst());
        if (--m_restore.pending <= 0) {
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (m_tabs->widget(i)->property(kSessionKeyProperty) == m_restore.currentKey)
                    m_tabs->setCurrentIndex(i);
            }
            m_restore = {};
        }
    } else {
        m_tabs->setCurrentIndex(index);
    }
    updateStatus();
}

bool MainWindow::confirmClose(const QList<ClusterView *> &clusters)
{
    qint64 inFlight = 0;
    for (ClusterView *cluster : clusters)
        inFlight += cluster->connection()->messagesInFlight();
    if (inFlight <= 0)
        return true;
    return QMessageBox::question(
               this, tr("Messages Still Being Sent"),
               tr("%n message(s) have not been acknowledged by the broker yet. Close anyway? "
                  "Qafka gives them half a second; the rest are not sent.",
                  nullptr, int(std::min<qint64>(inFlight, INT_MAX)))) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<ClusterView *> clusters;
    for (int i = 0; i < m_tabs->count(); ++i)
        clusters.append(qobject_cast<ClusterView *>(m_tabs->widget(i)));
    if (!confirmClose(clusters))
        return event->ignore();
    saveSession();
    event->accept();
}

void MainWindow::closeCluster(int index)
{
    if (!confirmClose({qobject_cast<ClusterView *>(m_tabs->widget(index))}))
        return;
    QWidget *widget = m_tabs->widget(index);
    ViewLayoutStore::save(widget, m_settings);
    m_tabs->removeTab(index);
    delete widget; // closes the connection, bounded
    updateStatus();
}

void MainWindow::updateStatus()
{
    for (QAction *action : std::as_const(m_clusterActions))
        action->setEnabled(currentCluster() != nullptr);
    if (ClusterView *cluster = currentCluster())
        m_status->setText(cluster->statusText());
    else
        m_status->setText(tr("No cluster open. Use Connection ▸ New Connection (Ctrl+N)."));
}

void MainWindow::newConnection()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        saveFromDialog(dialog.profile(), dialog.secrets(), true);
}

void MainWindow::editConnection()
{
    ClusterView *cluster = currentCluster();
    if (!cluster)
        return;
    const ConnectionProfile current = cluster->connection()->profile();
    QPointer<MainWindow> self(this);
    // The keychain answers later, and the dialog runs its own event loop: by then another tab may
    // be current, or this one closed. The edit replaces the tab it was asked for, if still open.
    QPointer<ClusterView> edited(cluster);
    m_secrets->read(
        current.id, [self, edited, current](const ProfileSecrets &secrets, const QString &) {
            if (!self)
                return;
            ConnectionDialog dialog(self);
            dialog.setProfile(current, secrets);
            if (dialog.exec() != QDialog::Accepted)
                return;
            bool open = true;
            if (edited && self->m_tabs->indexOf(edited) >= 0) {
                self->closeCluster(self->m_tabs->indexOf(edited));
                open = !edited; // closing may be declined (messages in flight): then no second tab
            }
            self->saveFromDialog(dialog.profile(), dialog.secrets(), open);
        });
}

void MainWindow::saveFromDialog(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                                bool open)
{
    m_profiles->save(profile);
    rebuildProfilesMenu();
    QPointer<MainWindow> self(this);
    m_secrets->write(profile.id, secrets, [self, profile, secrets, open](const QString &warning) {
        if (!self)
            return;
        if (!warning.isEmpty())
            QMessageBox::warning(self, tr("Keychain"), warning);
        if (open)
            self->addClusterView(profile, secrets, profile.id);
    });
}

} // namespace Qafka
