#pragma once

#include "profiles/connectionprofile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Qafka {

class ConnectCluster;

// The Kafka Connect clusters of a connection: a list (add, remove) and, for the one selected,
// its name, REST URLs, basic authentication and TLS, with a Test button that asks Connect and
// says in words what is wrong. Secrets are edited here but handed back apart from the settings,
// for the keychain.
class ConnectSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectSettingsEditor(QWidget *parent = nullptr);

    void setClusters(const QList<ConnectClusterSettings> &clusters, const ProfileSecrets &secrets);
    QList<ConnectClusterSettings> clusters() const;
    // Copies the Connect clusters' secrets into secrets, leaving the others alone.
    void fillSecrets(ProfileSecrets *secrets) const;
    QString validationError() const; // empty when the settings can be saved

    QListWidget *clusterList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlsEdit() const { return m_urls; }
    QLineEdit *userEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }
    void test();

private:
    void buildLayout();
    void storeForm();
    void loadForm(int row);
    void addCluster();
    void removeCluster();

    QList<ConnectClusterSettings> m_clusters;
    QList<RestEndpointSecrets> m_secrets; // parallel to m_clusters
    int m_shownRow = -1;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_urls;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QLineEdit *m_keyPassphrase;
    QCheckBox *m_skipVerification;
    QPushButton *m_test;
    QLabel *m_result;
    ConnectCluster *m_testCluster = nullptr;
};

} // namespace Qafka
