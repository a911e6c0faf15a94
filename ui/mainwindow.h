#pragma once

#include "profiles/connectionprofile.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace Qafka {

class ClusterView;
class ProfileStore;
class SecretStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // How long closing the window waits for its clusters' worker threads.
    static constexpr int kQuitBudgetMs = 600;

    // Opens a cluster in a new tab once its secrets are read from the keychain.
    void openProfile(const ConnectionProfile &profile);
    // registryUrls: a Schema Registry for the session too (empty: none).
    void openBootstrap(const QString &bootstrapServers, const QString &registryUrls = {});
    bool openProfileNamed(const QString &name);

    QTabWidget *clusterTabs() const { return m_tabs; }
    ClusterView *currentCluster() const;
    ProfileStore *profileStore() const { return m_profiles.get(); }
    QLabel *statusLabel() const { return m_status; }

    // Reopens the clusters (and their panes) that were open when Qafka last closed; a saved
    // connection that has been deleted since is named in the status bar and skipped.
    void restoreSession();
    void saveSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Asks before closing while messages are still being sent; true when it may close.
    bool confirmClose(const QList<ClusterView *> &clusters);
    void newConnection();
    void editConnection();
    void saveFromDialog(const ConnectionProfile &profile, const ProfileSecrets &secrets, bool open);
    void closeCluster(int index);
    void rebuildProfilesMenu();
    void updateStatus();
    void addClusterView(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                        const QString &sessionKey);
    void createMenus();
    void createConnectionMenu();
    QMenu *createViewMenu();
    void createLanguageMenu(QMenu *view);
    QAction *addClusterAction(QMenu *menu, const QString &text, const char *name,
                              const QList<QKeySequence> &shortcuts,
                              const std::function<void(ClusterView *)> &slot);
    void chooseLanguage(const QString &code);
    void showAbout();

    QSettings *m_settings;
    SecretStore *m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QMenu *m_profilesMenu;
    QList<QAction *> m_clusterActions; // enabled while a cluster is open
    bool m_sessionRestored = false;    // only then does quitting write the list of open clusters
    struct PendingRestore
    {
        QStringList order;                // session keys in the saved tab order
        QHash<QString, QList<int>> panes; // session key -> pane of each tab still to open
        QString currentKey;               // the tab to select when all are open
        int pending = 0;
    } m_restore;
};

} // namespace Qafka
