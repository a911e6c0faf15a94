#include "connectiondialog.h"

#include "connectsettingseditor.h"
#include "filerow.h"
#include "profiles/clientpropertiesimporter.h"
#include "registrysettingseditor.h"
#include "semanticcolors.h"
#include "types/bootstrapaddress.h"
#include "types/kafkaconfig.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QLineEdit *makeLine(const QString &objectName, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    return line;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(makeLine(QStringLiteral("nameEdit"), this))
    , m_bootstrap(makeLine(QStringLiteral("bootstrapEdit"), this))
    , m_protocol(new QComboBox(this))
    , m_mechanism(new QComboBox(this))
    , m_username(makeLine(QStringLiteral("usernameEdit"), this))
    , m_password(makeLine(QStringLiteral("passwordEdit"), this))
    , m_kerberosService(makeLine(QStringLiteral("kerberosServiceEdit"), this))
    , m_kerberosPrincipal(makeLine(QStringLiteral("kerberosPrincipalEdit"), this))
    , m_kerberosKeytab(makeLine(QStringLiteral("kerberosKeytabEdit"), this))
    , m_oauthEndpoint(makeLine(QStringLiteral("oauthEndpointEdit"), this))
    , m_oauthClientId(makeLine(QStringLiteral("oauthClientIdEdit"), this))
    , m_oauthSecret(makeLine(QStringLiteral("oauthSecretEdit"), this))
    , m_oauthScope(makeLine(QStringLiteral("oauthScopeEdit"), this))
    , m_oauthExtensions(makeLine(QStringLiteral("oauthExtensionsEdit"), this))
    , m_caFile(makeLine(QStringLiteral("caFileEdit"), this))
    , m_certFile(makeLine(QStringLiteral("certFileEdit"), this))
    , m_keyFile(makeLine(QStringLiteral("keyFileEdit"), this))
    , m_keyPassphrase(makeLine(QStringLiteral("keyPassphraseEdit"), this))
    , m_verifyHostname(new QCheckBox(tr("&Verify the broker's host name"), this))
    , m_extra(new QPlainTextEdit(this))
    , m_readOnly(new QCheckBox(tr("&Read-only: never change anything on this cluster"), this))
    , m_colorChoice(new QComboBox(this))
    , m_registry(new RegistrySettingsEditor(this))
    , m_connect(new ConnectSettingsEditor(this))
    , m_report(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection"));
    setUpFields();
    setUpColorChoice();
    QFormLayout *form = buildForm();
    m_form = form;
    setUpMessagesAndButtons();

    // Three pages: the cluster, and the Schema Registry and Connect clusters beside it.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("connectionTabs"));
    auto *kafkaPage = new QWidget(tabs);
    kafkaPage->setLayout(form);
    tabs->addTab(kafkaPage, tr("&Kafka"));
    tabs->addTab(m_registry, tr("&Schema Registry"));
    tabs->addTab(m_connect, tr("Kafka &Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_report);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateEnabledFields();
}

void ConnectionDialog::setUpFields()
{
    m_bootstrap->setPlaceholderText(tr("host:port[,host:port…]"));
    for (auto protocol : {SecurityProtocol::Plaintext, SecurityProtocol::Ssl,
                          SecurityProtocol::SaslPlaintext, SecurityProtocol::SaslSsl})
        m_protocol->addItem(securityProtocolName(protocol), int(protocol));
    for (auto mechanism :
         {SaslMechanism::Plain, SaslMechanism::ScramSha256, SaslMechanism::ScramSha512})
        m_mechanism->addItem(saslMechanismName(mechanism), int(mechanism));
    m_mechanism->addItem(tr("GSSAPI (Kerberos)"), int(SaslMechanism::Gssapi));
    m_mechanism->addItem(tr("OAUTHBEARER (OAuth 2 / OIDC)"), int(SaslMechanism::OAuthBearer));
    m_mechanism->setToolTip(tr("AWS MSK IAM is not offered: it needs a SigV4 token provider, "
                               "which librdkafka does not have. Use SCRAM or mutual TLS with "
                               "MSK."));
    m_kerberosService->setText(QStringLiteral("kafka"));
    m_kerberosService->setToolTip(
        tr("The first part of the brokers' Kerberos principal: NAME/broker-host@REALM"));
    m_kerberosPrincipal->setPlaceholderText(tr("alice@EXAMPLE.COM"));
    m_kerberosKeytab->setPlaceholderText(tr("empty: the ticket you got with kinit"));
    m_oauthEndpoint->setPlaceholderText(
        tr("https://idp.example.com/realms/kafka/protocol/openid-connect/token"));
    m_oauthEndpoint->setToolTip(tr("The identity provider's token endpoint: Qafka gets tokens "
                                   "there with the client-credentials grant and renews them "
                                   "before they expire."));
    m_oauthSecret->setEchoMode(QLineEdit::Password);
    m_oauthSecret->setPlaceholderText(tr("kept in the system keychain"));
    m_oauthScope->setPlaceholderText(tr("optional, space-separated"));
    m_oauthExtensions->setPlaceholderText(tr("optional: logicalCluster=lkc-1234,identityPoolId=…"));
    m_oauthExtensions->setToolTip(tr("SASL extensions sent with the token, key=value separated "
                                     "by commas (Confluent Cloud asks for logicalCluster and "
                                     "identityPoolId)."));
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_keyPassphrase->setPlaceholderText(tr("kept in the system keychain"));
    m_certFile->setToolTip(tr("A PEM certificate (with its key, or the key in the file below), or "
                              "a PKCS#12 bundle (.p12 or .pfx) opened with the key passphrase."));
    m_extra->setObjectName(QStringLiteral("extraPropertiesEdit"));
    m_extra->setPlaceholderText(tr("librdkafka properties, one name=value per line"));
    m_extra->setTabChangesFocus(true);
    m_extra->setMaximumHeight(m_extra->fontMetrics().height() * 5);
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_verifyHostname->setChecked(true);
}

void ConnectionDialog::setUpColorChoice()
{
    m_colorChoice->setObjectName(QStringLiteral("colorCombo"));
    m_colorChoice->addItem(tr("None"), QColor());
    m_colorChoice->addItem(tr("Red (production)"), QColor(0xc6, 0x28, 0x28));
    m_colorChoice->addItem(tr("Orange (staging)"), QColor(0xef, 0x6c, 0x00));
    m_colorChoice->addItem(tr("Green (development)"), QColor(0x2e, 0x7d, 0x32));
    m_colorChoice->addItem(tr("Blue"), QColor(0x15, 0x65, 0xc0));
    m_colorChoice->addItem(tr("Other…"), QColor());
    connect(m_colorChoice, &QComboBox::activated, this, [this](int index) {
        if (index == m_colorChoice->count() - 1) {
            const QColor chosen = QColorDialog::getColor(m_color, this, tr("Connection colour"));
            if (chosen.isValid())
                setColor(chosen);
        } else {
            m_color = m_colorChoice->itemData(index).value<QColor>();
        }
    });
}

QFormLayout *ConnectionDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Bootstrap servers:"), m_bootstrap);
    form->addRow(tr("Security &protocol:"), m_protocol);
    form->addRow(tr("SASL &mechanism:"), m_mechanism);
    form->addRow(tr("&User:"), m_username);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Kerberos ser&vice name:"), m_kerberosService);
    form->addRow(tr("Kerberos pr&incipal:"), m_kerberosPrincipal);
    addFileRow(form, this, tr("Kerberos keyt&ab:"), m_kerberosKeytab, tr("Choose the keytab"));
    form->addRow(tr("OAuth token &endpoint:"), m_oauthEndpoint);
    form->addRow(tr("OAuth client I&D:"), m_oauthClientId);
    form->addRow(tr("OAut&h client secret:"), m_oauthSecret);
    form->addRow(tr("OAuth scope:"), m_oauthScope);
    form->addRow(tr("OAuth SAS&L extensions:"), m_oauthExtensions);
    addFileRow(form, this, tr("&CA certificate (PEM):"), m_caFile, tr("Choose the CA certificate"));
    addFileRow(form, this, tr("Client cer&tificate (PEM or PKCS#12):"), m_certFile,
               tr("Choose the client certificate"));
    addFileRow(form, this, tr("Client &key (PEM):"), m_keyFile, tr("Choose the client key"));
    form->addRow(tr("Key pass&phrase:"), m_keyPassphrase);
    form->addRow(QString(), m_verifyHostname);
    form->addRow(tr("E&xtra properties:"), m_extra);
    form->addRow(tr("C&olour:"), m_colorChoice);
    form->addRow(QString(), m_readOnly);
    return form;
}

void ConnectionDialog::setUpMessagesAndButtons()
{
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setWordWrap(true);
    m_report->hide();
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(semanticStyle(Meaning::Error));
    m_error->hide();

    auto *import =
        m_buttons->addButton(tr("&Import client.properties…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a Kafka client.properties file"), QString(),
            tr("Properties files (*.properties *.conf);;All files (*)"));
        if (!path.isEmpty())
            importClientProperties(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_protocol, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updateEnabledFields);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updateEnabledFields);
}

void ConnectionDialog::setColor(const QColor &color)
{
    m_color = color;
    int index = m_colorChoice->count() - 1;
    for (int i = 1; i < m_colorChoice->count() - 1; ++i) {
        if (m_colorChoice->itemData(i).value<QColor>() == color)
            index = i;
    }
    if (!color.isValid())
        index = 0;
    m_colorChoice->setCurrentIndex(index);
}

void ConnectionDialog::updateEnabledFields()
{
    const auto protocol = SecurityProtocol(m_protocol->currentData().toInt());
    const bool sasl =
        protocol == SecurityProtocol::SaslPlaintext || protocol == SecurityProtocol::SaslSsl;
    const bool tls = protocol == SecurityProtocol::Ssl || protocol == SecurityProtocol::SaslSsl;
    const auto mechanism = SaslMechanism(m_mechanism->currentData().toInt());
    const bool kerberos = sasl && mechanism == SaslMechanism::Gssapi;
    const bool oauth = sasl && mechanism == SaslMechanism::OAuthBearer;
    m_mechanism->setEnabled(sasl);
    for (QWidget *w : {m_username, m_password})
        w->setEnabled(sasl && !kerberos && !oauth);
    for (QWidget *w : {m_kerberosService, m_kerberosPrincipal, m_kerberosKeytab})
        w->setEnabled(kerberos);
    // Each login's own rows only while it is chosen: the form stays short.
    for (QWidget *w :
         {m_oauthEndpoint, m_oauthClientId, m_oauthSecret, m_oauthScope, m_oauthExtensions}) {
        w->setEnabled(oauth);
        if (m_form)
            m_form->setRowVisible(w, oauth);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_certFile),
                       static_cast<QWidget *>(m_keyFile), static_cast<QWidget *>(m_keyPassphrase),
                       static_cast<QWidget *>(m_verifyHostname)})
        w->setEnabled(tls);
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    m_id = profile.id;
    m_name->setText(profile.name);
    m_bootstrap->setText(profile.bootstrapServers);
    m_protocol->setCurrentIndex(m_protocol->findData(int(profile.securityProtocol)));
    m_mechanism->setCurrentIndex(m_mechanism->findData(int(profile.saslMechanism)));
    m_username->setText(profile.saslUsername);
    m_password->setText(secrets.saslPassword);
    m_kerberosService->setText(profile.kerberos.serviceName);
    m_kerberosPrincipal->setText(profile.kerberos.principal);
    m_kerberosKeytab->setText(profile.kerberos.keytab);
    m_oauthEndpoint->setText(profile.oauth.tokenEndpointUrl);
    m_oauthClientId->setText(profile.oauth.clientId);
    m_oauthSecret->setText(secrets.oauthClientSecret);
    m_oauthScope->setText(profile.oauth.scope);
    m_oauthExtensions->setText(profile.oauth.extensions);
    m_caFile->setText(profile.caFile);
    m_certFile->setText(profile.certificateFile);
    m_keyFile->setText(profile.keyFile);
    m_keyPassphrase->setText(secrets.keyPassphrase);
    m_verifyHostname->setChecked(profile.verifyHostname);
    QStringList extra;
    for (const auto &[name, value] : profile.extraProperties)
        extra.append(name + u'=' + value);
    m_extra->setPlainText(extra.join(u'\n'));
    m_readOnly->setChecked(profile.readOnly);
    m_registry->setSettings(profile.registry, secrets);
    m_connect->setClusters(profile.connectClusters, secrets);
    setColor(profile.color);
    updateEnabledFields();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.id = m_id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_id;
    profile.name = m_name->text().trimmed().isEmpty() ? m_bootstrap->text().trimmed()
                                                      : m_name->text().trimmed();
    profile.bootstrapServers = m_bootstrap->text().trimmed();
    profile.securityProtocol = SecurityProtocol(m_protocol->currentData().toInt());
    profile.saslMechanism = SaslMechanism(m_mechanism->currentData().toInt());
    profile.saslUsername = m_username->text().trimmed();
    profile.kerberos = {m_kerberosService->text().trimmed(), m_kerberosPrincipal->text().trimmed(),
                        m_kerberosKeytab->text().trimmed()};
    profile.oauth = {m_oauthEndpoint->text().trimmed(), m_oauthClientId->text().trimmed(),
                     m_oauthScope->text().trimmed(), m_oauthExtensions->text().trimmed()};
    profile.caFile = m_caFile->text().trimmed();
    profile.certificateFile = m_certFile->text().trimmed();
    profile.keyFile = m_keyFile->text().trimmed();
    profile.verifyHostname = m_verifyHostname->isChecked();
    const QStringList lines = m_extra->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            profile.extraProperties.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    profile.readOnly = m_readOnly->isChecked();
    profile.color = m_color;
    profile.registry = m_registry->settings();
    profile.connectClusters = m_connect->clusters();
    return profile;
}

ProfileSecrets ConnectionDialog::secrets() const
{
    ProfileSecrets secrets;
    secrets.saslPassword = m_password->text();
    secrets.keyPassphrase = m_keyPassphrase->text();
    secrets.oauthClientSecret = m_oauthSecret->text();
    m_registry->fillSecrets(&secrets);
    m_connect->fillSecrets(&secrets);
    return secrets;
}

QString ConnectionDialog::validationError() const
{
    const BootstrapAddress bootstrap = BootstrapAddress::parse(m_bootstrap->text());
    if (!bootstrap.isValid())
        return bootstrap.error();
    const ConnectionProfile p = profile();
    if (const auto hint = bootstrap.securityProtocolHint(); hint && *hint != p.securityProtocol)
        return tr("The address says %1, but the security protocol chosen is %2: choose %1 under "
                  "Security protocol, or remove the “%1://” prefix.")
            .arg(securityProtocolName(*hint), securityProtocolName(p.securityProtocol));
    if (p.usesKerberos() && !p.kerberos.problem().isEmpty())
        return p.kerberos.problem();
    if (p.usesTls() && isPkcs12File(p.certificateFile) && !p.keyFile.isEmpty())
        return tr("A PKCS#12 bundle holds its own key: leave the client key empty.");
    if (p.usesOAuth() && !p.oauth.problem().isEmpty())
        return p.oauth.problem();
    if (p.usesOAuth() && m_oauthSecret->text().isEmpty())
        return tr("OAuth needs the client secret the identity provider issued.");
    if (p.usesPassword() && p.saslUsername.isEmpty())
        return tr("SASL needs a user name.");
    if (QString registryError = m_registry->validationError(); !registryError.isEmpty())
        return registryError;
    if (QString connectError = m_connect->validationError(); !connectError.isEmpty())
        return connectError;
    const QStringList lines = m_extra->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return tr("Extra property “%1” is not of the form name=value.").arg(line.trimmed());
        const QString name = line.left(eq).trimmed();
        if (KafkaConfig::isSecretPropertyName(name))
            return tr("“%1” holds a secret: use the password, passphrase or OAuth client secret "
                      "field, which the keychain keeps, instead of the extra properties, which "
                      "are saved in plain text.")
                .arg(name);
    }
    return {};
}

void ConnectionDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

bool ConnectionDialog::importClientProperties(const QString &path)
{
    const ClientPropertiesImport imported = ClientPropertiesImporter::importFile(path);
    if (!imported.error.isEmpty()) {
        m_report->setText(imported.error);
        m_report->show();
        return false;
    }
    ConnectionProfile merged = imported.profile;
    merged.id = m_id;
    if (!m_name->text().trimmed().isEmpty())
        merged.name = m_name->text().trimmed();
    merged.readOnly = m_readOnly->isChecked();
    merged.color = m_color;
    setProfile(merged, imported.secrets);
    QString report = tr("Imported %1.").arg(path);
    if (!imported.ignored.isEmpty())
        report += u' ' + tr("Not carried over:") + u"\n• " +
                  imported.ignored.join(QStringLiteral("\n• "));
    m_report->setText(report);
    m_report->show();
    return true;
}

QString ConnectionDialog::importReport() const
{
    return m_report->isVisible() || !m_report->isHidden() ? m_report->text() : QString();
}

} // namespace Qafka
