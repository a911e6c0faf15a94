#include "connectsettingseditor.h"

#include "filerow.h"
#include "semanticcolors.h"
#include "session/connectcluster.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>

namespace Qafka {

ConnectSettingsEditor::ConnectSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_urls(new QLineEdit(m_form))
    , m_username(new QLineEdit(m_form))
    , m_password(new QLineEdit(m_form))
    , m_caFile(new QLineEdit(m_form))
    , m_certFile(new QLineEdit(m_form))
    , m_keyFile(new QLineEdit(m_form))
    , m_keyPassphrase(new QLineEdit(m_form))
    , m_skipVerification(new QCheckBox(tr("&Skip TLS verification (test servers only)"), m_form))
    , m_test(new QPushButton(tr("&Test"), m_form))
    , m_result(new QLabel(m_form))
{
    setObjectName(QStringLiteral("connectSettings"));
    m_list->setObjectName(QStringLiteral("connectClusterList"));
    m_list->setAccessibleName(tr("Kafka Connect clusters"));
    m_name->setObjectName(QStringLiteral("connectNameEdit"));
    m_urls->setObjectName(QStringLiteral("connectUrlsEdit"));
    m_urls->setPlaceholderText(tr("http://connect:8083[,http://other:8083…]"));
    m_username->setObjectName(QStringLiteral("connectUserEdit"));
    m_username->setPlaceholderText(tr("empty: no authentication"));
    for (QLineEdit *secret : {m_password, m_keyPassphrase}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(tr("kept in the system keychain"));
    }
    m_password->setObjectName(QStringLiteral("connectPasswordEdit"));
    m_test->setObjectName(QStringLiteral("connectTestButton"));
    m_result->setObjectName(QStringLiteral("connectTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildLayout();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeForm();
        loadForm(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (QListWidgetItem *item = m_list->item(m_shownRow))
            item->setText(name);
    });
    connect(m_add, &QPushButton::clicked, this, &ConnectSettingsEditor::addCluster);
    connect(m_remove, &QPushButton::clicked, this, &ConnectSettingsEditor::removeCluster);
    connect(m_test, &QPushButton::clicked, this, &ConnectSettingsEditor::test);
    loadForm(-1);
}

void ConnectSettingsEditor::buildLayout()
{
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("REST &URLs:"), m_urls);
    form->addRow(tr("&User (basic authentication):"), m_username);
    form->addRow(tr("Pass&word:"), m_password);
    addFileRow(form, m_form, tr("&CA certificate (PEM):"), m_caFile,
               tr("Choose Connect's CA certificate"));
    addFileRow(form, m_form, tr("Client cer&tificate (PEM):"), m_certFile,
               tr("Choose the client certificate for Connect"));
    addFileRow(form, m_form, tr("Client &key (PEM):"), m_keyFile,
               tr("Choose the client key for Connect"));
    form->addRow(tr("Key pass&phrase:"), m_keyPassphrase);
    form->addRow(QString(), m_skipVerification);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_result);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn, 1);
    layout->addWidget(m_form, 3);
}

void ConnectSettingsEditor::setClusters(const QList<ConnectClusterSettings> &clusters,
                                        const ProfileSecrets &secrets)
{
    m_shownRow = -1;
    m_clusters = clusters;
    m_secrets.clear();
    m_list->clear();
    for (const ConnectClusterSettings &cluster : clusters) {
        m_secrets.append(secrets.connectSecrets.value(cluster.name));
        m_list->addItem(cluster.name);
    }
    m_list->setCurrentRow(clusters.isEmpty() ? -1 : 0);
    loadForm(m_list->currentRow());
}

void ConnectSettingsEditor::storeForm()
{
    if (m_shownRow < 0 || m_shownRow >= m_clusters.size())
        return;
    ConnectClusterSettings &cluster = m_clusters[m_shownRow];
    cluster.name = m_name->text().trimmed();
    RestEndpointSettings &endpoint = cluster.endpoint;
    endpoint.urls = m_urls->text().trimmed();
    endpoint.username = m_username->text().trimmed();
    endpoint.authentication = endpoint.username.isEmpty()
                                  ? RestEndpointSettings::Authentication::None
                                  : RestEndpointSettings::Authentication::Basic;
    endpoint.caFile = m_caFile->text().trimmed();
    endpoint.certificateFile = m_certFile->text().trimmed();
    endpoint.keyFile = m_keyFile->text().trimmed();
    endpoint.skipTlsVerification = m_skipVerification->isChecked();
    m_secrets[m_shownRow] = {
        endpoint.username.isEmpty() ? QString() : m_password->text(), {}, m_keyPassphrase->text()};
}

void ConnectSettingsEditor::loadForm(int row)
{
    m_shownRow = row;
    const bool valid = row >= 0 && row < m_clusters.size();
    const ConnectClusterSettings cluster = valid ? m_clusters.at(row) : ConnectClusterSettings();
    const RestEndpointSecrets secrets = valid ? m_secrets.at(row) : RestEndpointSecrets();
    m_name->setText(cluster.name);
    m_urls->setText(cluster.endpoint.urls);
    m_username->setText(cluster.endpoint.username);
    m_password->setText(secrets.password);
    m_caFile->setText(cluster.endpoint.caFile);
    m_certFile->setText(cluster.endpoint.certificateFile);
    m_keyFile->setText(cluster.endpoint.keyFile);
    m_keyPassphrase->setText(secrets.keyPassphrase);
    m_skipVerification->setChecked(cluster.endpoint.skipTlsVerification);
    m_result->clear();
    m_form->setEnabled(valid);
    m_remove->setEnabled(valid);
}

void ConnectSettingsEditor::addCluster()
{
    storeForm();
    QString name = QStringLiteral("connect");
    for (int n = 2; std::any_of(m_clusters.cbegin(), m_clusters.cend(),
                                [&name](const auto &each) { return each.name == name; });
         ++n)
        name = QStringLiteral("connect-%1").arg(n);
    m_clusters.append(ConnectClusterSettings{name, {}});
    m_secrets.append(RestEndpointSecrets());
    m_shownRow = -1; // the new row's form is empty; nothing to store from it
    m_list->addItem(name);
    m_list->setCurrentRow(int(m_clusters.size()) - 1);
    m_urls->setFocus();
}

void ConnectSettingsEditor::removeCluster()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_shownRow = -1;
    m_clusters.removeAt(row);
    m_secrets.removeAt(row);
    delete m_list->takeItem(row);
    loadForm(m_list->currentRow());
}

QList<ConnectClusterSettings> ConnectSettingsEditor::clusters() const
{
    const_cast<ConnectSettingsEditor *>(this)->storeForm();
    return m_clusters;
}

void ConnectSettingsEditor::fillSecrets(ProfileSecrets *secrets) const
{
    const auto current = clusters();
    secrets->connectSecrets.clear();
    for (int row = 0; row < current.size(); ++row) {
        if (!m_secrets.at(row).isEmpty())
            secrets->connectSecrets.insert(current.at(row).name, m_secrets.at(row));
    }
}

QString ConnectSettingsEditor::validationError() const
{
    QSet<QString> names;
    for (const ConnectClusterSettings &cluster : clusters()) {
        if (cluster.name.isEmpty())
            return tr("Every Kafka Connect cluster needs a name.");
        if (names.contains(cluster.name))
            return tr("Two Kafka Connect clusters are named “%1”.").arg(cluster.name);
        names.insert(cluster.name);
        if (!cluster.endpoint.isConfigured())
            return tr("The Kafka Connect cluster “%1” has no REST URL.").arg(cluster.name);
        for (const QString &url : cluster.endpoint.urlList()) {
            const QUrl parsed(url);
            if (!parsed.isValid() || parsed.host().isEmpty() ||
                (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
                return tr("Kafka Connect URL “%1” is not an http:// or https:// URL.").arg(url);
        }
    }
    return {};
}

void ConnectSettingsEditor::test()
{
    storeForm();
    if (m_shownRow < 0)
        return;
    if (const QString error = validationError(); !error.isEmpty()) {
        m_result->setText(error);
        m_result->setStyleSheet(semanticStyle(Meaning::Error));
        return;
    }
    delete m_testCluster;
    m_testCluster = new ConnectCluster(m_clusters.at(m_shownRow), m_secrets.at(m_shownRow), this);
    m_result->setText(tr("Asking Connect…"));
    m_result->setStyleSheet({});
    m_test->setEnabled(false);
    connect(m_testCluster, &ConnectCluster::tested, this,
            [this](quint64, bool ok, const QString &summary) {
                m_test->setEnabled(true);
                m_result->setText(summary);
                m_result->setAccessibleName(summary);
                m_result->setStyleSheet(semanticStyle(ok ? Meaning::Success : Meaning::Error));
            });
    m_testCluster->test();
}

} // namespace Qafka
