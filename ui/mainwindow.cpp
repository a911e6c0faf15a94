#include "mainwindow.h"

#include "brokerspane.h"
#include "clusterview.h"
#include "connectiondialog.h"
#include "kafka/clusterconnection.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>

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
    resize(1200, 760);

    m_tabs->setObjectName(QStringLiteral("clusterTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open clusters"));
    setCentralWidget(m_tabs);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setAccessibleName(tr("Connection status"));
    statusBar()->addWidget(m_status, 1);

    QMenu *file = menuBar()->addMenu(tr("&Connection"));
    QAction *newAction = file->addAction(tr("&New Connection…"), this, &MainWindow::newConnection);
    newAction->setObjectName(QStringLiteral("actionNewConnection"));
    newAction->setShortcut(QKeySequence::New);
    m_profilesMenu = file->addMenu(tr("&Open"));
    m_profilesMenu->setObjectName(QStringLiteral("menuOpenConnection"));
    QAction *editAction =
        file->addAction(tr("&Edit Connection…"), this, &MainWindow::editConnection);
    editAction->setObjectName(QStringLiteral("actionEditConnection"));
    QAction *closeAction = file->addAction(tr("&Close Connection"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeCluster(m_tabs->currentIndex());
    });
    closeAction->setObjectName(QStringLiteral("actionCloseConnection"));
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (ClusterView *cluster = currentCluster())
            cluster->refresh();
    });
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *reconnect = view->addAction(tr("Re&connect"), this, [this] {
        if (ClusterView *cluster = currentCluster())
            cluster->reconnect();
    });
    reconnect->setObjectName(QStringLiteral("actionReconnect"));

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
    if (!profile.usesSasl() && !profile.usesTls()) {
        addClusterView(profile, {});
        return;
    }
    QPointer<MainWindow> self(this);
    m_secrets->read(profile.id,
                    [self, profile](const ProfileSecrets &secrets, const QString &warning) {
                        if (!self)
                            return;
                        if (!warning.isEmpty())
                            self->statusBar()->showMessage(warning, 15000);
                        self->addClusterView(profile, secrets);
                    });
}

void MainWindow::openBootstrap(const QString &bootstrapServers)
{
    addClusterView(ConnectionProfile::forBootstrap(bootstrapServers), {});
}

bool MainWindow::openProfileNamed(const QString &name)
{
    const auto profile = m_profiles->profileByName(name);
    if (!profile)
        return false;
    openProfile(*profile);
    return true;
}

void MainWindow::addClusterView(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    auto *cluster = new ClusterView(profile, secrets, m_tabs, m_settings);
    const int index = m_tabs->addTab(cluster, colorDot(profile.color), profile.name);
    m_tabs->setTabToolTip(index, profile.bootstrapServers);
    m_tabs->setCurrentIndex(index);
    connect(cluster, &ClusterView::statusChanged, this, &MainWindow::updateStatus);
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
                  "Qafka waits up to 3 seconds for them; the rest are not sent.",
                  nullptr, int(std::min<qint64>(inFlight, INT_MAX)))) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<ClusterView *> clusters;
    for (int i = 0; i < m_tabs->count(); ++i)
        clusters.append(qobject_cast<ClusterView *>(m_tabs->widget(i)));
    if (confirmClose(clusters))
        event->accept();
    else
        event->ignore();
}

void MainWindow::closeCluster(int index)
{
    if (!confirmClose({qobject_cast<ClusterView *>(m_tabs->widget(index))}))
        return;
    QWidget *widget = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete widget; // closes the connection, bounded
    updateStatus();
}

void MainWindow::updateStatus()
{
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
    m_secrets->read(current.id, [self, current](const ProfileSecrets &secrets, const QString &) {
        if (!self)
            return;
        ConnectionDialog dialog(self);
        dialog.setProfile(current, secrets);
        if (dialog.exec() == QDialog::Accepted) {
            self->closeCluster(self->m_tabs->currentIndex());
            self->saveFromDialog(dialog.profile(), dialog.secrets(), true);
        }
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
            self->addClusterView(profile, secrets);
    });
}

} // namespace Qafka
