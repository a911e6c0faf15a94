#include "registrysettingseditor.h"

#include "filerow.h"
#include "semanticcolors.h"
#include "session/schemaregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QLineEdit *makeLine(const QString &objectName, QWidget *parent, bool secret = false)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    if (secret) {
        line->setEchoMode(QLineEdit::Password);
        line->setPlaceholderText(RegistrySettingsEditor::tr("kept in the system keychain"));
    }
    return line;
}

} // namespace

RegistrySettingsEditor::RegistrySettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_urls(makeLine(QStringLiteral("registryUrlsEdit"), this))
    , m_authentication(new QComboBox(this))
    , m_username(makeLine(QStringLiteral("registryUserEdit"), this))
    , m_password(makeLine(QStringLiteral("registryPasswordEdit"), this, true))
    , m_token(makeLine(QStringLiteral("registryTokenEdit"), this, true))
    , m_caFile(makeLine(QStringLiteral("registryCaFileEdit"), this))
    , m_certFile(makeLine(QStringLiteral("registryCertFileEdit"), this))
    , m_keyFile(makeLine(QStringLiteral("registryKeyFileEdit"), this))
    , m_keyPassphrase(makeLine(QStringLiteral("registryKeyPassphraseEdit"), this, true))
    , m_skipVerification(new QCheckBox(tr("&Skip TLS verification (test registries only)"), this))
    , m_skipWarning(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("registrySettings"));
    m_urls->setPlaceholderText(tr("https://registry:8081[,https://other:8081…]"));
    m_authentication->setObjectName(QStringLiteral("registryAuthCombo"));
    m_authentication->addItem(tr("None"), int(RegistrySettings::Authentication::None));
    m_authentication->addItem(tr("Basic (user or API key and secret)"),
                              int(RegistrySettings::Authentication::Basic));
    m_authentication->addItem(tr("Bearer token"),
                              int(RegistrySettings::Authentication::BearerToken));
    m_skipVerification->setObjectName(QStringLiteral("registrySkipVerifyCheck"));
    m_skipWarning->setObjectName(QStringLiteral("registrySkipWarning"));
    m_skipWarning->setText(tr("Without verification anyone between Qafka and the registry can "
                              "read and change what passes, credentials included."));
    m_skipWarning->setWordWrap(true);
    m_skipWarning->setStyleSheet(semanticStyle(Meaning::Warning));
    m_test->setObjectName(QStringLiteral("registryTestButton"));
    m_result->setObjectName(QStringLiteral("registryTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildForm();
    connect(m_authentication, &QComboBox::currentIndexChanged, this,
            &RegistrySettingsEditor::updateEnabledFields);
    connect(m_skipVerification, &QCheckBox::toggled, this,
            &RegistrySettingsEditor::updateEnabledFields);
    connect(m_test, &QPushButton::clicked, this, &RegistrySettingsEditor::test);
    updateEnabledFields();
}

RegistrySettingsEditor::~RegistrySettingsEditor() = default;

void RegistrySettingsEditor::buildForm()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Registry &URLs:"), m_urls);
    form->addRow(tr("&Authentication:"), m_authentication);
    form->addRow(tr("User or API &key:"), m_username);
    form->addRow(tr("Secr&et:"), m_password);
    form->addRow(tr("T&oken:"), m_token);
    addFileRow(form, this, tr("&CA certificate (PEM):"), m_caFile,
               tr("Choose the registry's CA certificate"));
    addFileRow(form, this, tr("Client cer&tificate (PEM):"), m_certFile,
               tr("Choose the client certificate for the registry"));
    addFileRow(form, this, tr("Client &key (PEM):"), m_keyFile,
               tr("Choose the client key for the registry"));
    form->addRow(tr("Key pass&phrase:"), m_keyPassphrase);
    form->addRow(QString(), m_skipVerification);
    form->addRow(QString(), m_skipWarning);
    // The answer gets a line of its own: a diagnosis can take two or three lines.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void RegistrySettingsEditor::updateEnabledFields()
{
    const auto authentication =
        RegistrySettings::Authentication(m_authentication->currentData().toInt());
    m_username->setEnabled(authentication == RegistrySettings::Authentication::Basic);
    m_password->setEnabled(authentication == RegistrySettings::Authentication::Basic);
    m_token->setEnabled(authentication == RegistrySettings::Authentication::BearerToken);
    m_skipWarning->setVisible(m_skipVerification->isChecked());
}

void RegistrySettingsEditor::setSettings(const RegistrySettings &settings,
                                         const ProfileSecrets &secrets)
{
    m_urls->setText(settings.urls);
    m_authentication->setCurrentIndex(m_authentication->findData(int(settings.authentication)));
    m_username->setText(settings.username);
    m_password->setText(secrets.registryPassword);
    m_token->setText(secrets.registryToken);
    m_caFile->setText(settings.caFile);
    m_certFile->setText(settings.certificateFile);
    m_keyFile->setText(settings.keyFile);
    m_keyPassphrase->setText(secrets.registryKeyPassphrase);
    m_skipVerification->setChecked(settings.skipTlsVerification);
    updateEnabledFields();
}

RegistrySettings RegistrySettingsEditor::settings() const
{
    RegistrySettings settings;
    settings.urls = m_urls->text().trimmed();
    settings.authentication =
        RegistrySettings::Authentication(m_authentication->currentData().toInt());
    settings.username = m_username->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    settings.certificateFile = m_certFile->text().trimmed();
    settings.keyFile = m_keyFile->text().trimmed();
    settings.skipTlsVerification = m_skipVerification->isChecked();
    return settings;
}

void RegistrySettingsEditor::fillSecrets(ProfileSecrets *secrets) const
{
    const auto authentication = settings().authentication;
    secrets->registryPassword =
        authentication == RegistrySettings::Authentication::Basic ? m_password->text() : QString();
    secrets->registryToken = authentication == RegistrySettings::Authentication::BearerToken
                                 ? m_token->text()
                                 : QString();
    secrets->registryKeyPassphrase = m_keyPassphrase->text();
}

QString RegistrySettingsEditor::validationError() const
{
    const RegistrySettings current = settings();
    for (const QString &url : current.urlList()) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
            return tr("Schema Registry URL “%1” is not an http:// or https:// URL.").arg(url);
    }
    if (current.authentication == RegistrySettings::Authentication::Basic &&
        current.username.isEmpty())
        return tr("Basic authentication to the Schema Registry needs a user or API key.");
    if (!current.isConfigured() && current != RegistrySettings() &&
        current.authentication != RegistrySettings::Authentication::None)
        return tr("Registry credentials are set but no Schema Registry URL.");
    return {};
}

void RegistrySettingsEditor::test()
{
    if (const QString error = validationError(); !error.isEmpty() || !settings().isConfigured()) {
        m_result->setText(error.isEmpty() ? tr("Enter the registry's URL first.") : error);
        m_result->setStyleSheet(semanticStyle(Meaning::Error));
        return;
    }
    delete m_testRegistry;
    ProfileSecrets secrets;
    fillSecrets(&secrets);
    m_testRegistry = new SchemaRegistry(settings(), secrets, this);
    m_result->setText(tr("Asking the registry…"));
    m_result->setStyleSheet({});
    m_test->setEnabled(false);
    connect(m_testRegistry, &SchemaRegistry::tested, this,
            [this](quint64, bool ok, const QString &summary) {
                m_test->setEnabled(true);
                m_result->setText(summary);
                m_result->setStyleSheet(semanticStyle(ok ? Meaning::Success : Meaning::Error));
                emit tested(ok);
            });
    m_testRegistry->test();
}

} // namespace Qafka
