#pragma once

#include "profiles/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Qafka {

class ConnectSettingsEditor;
class RegistrySettingsEditor;

// Creates or edits a connection profile. Secrets are edited here but handed back separately, so the
// caller can put them in the keychain and the profile in settings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets);
    ConnectionProfile profile() const;
    ProfileSecrets secrets() const;

    // Fills the form from a Java client.properties file and shows what was not carried over.
    bool importClientProperties(const QString &path);
    QString validationError() const; // empty when the form can be saved
    QString importReport() const;
    RegistrySettingsEditor *registryEditor() const { return m_registry; }
    ConnectSettingsEditor *connectEditor() const { return m_connect; }

    void accept() override;

private:
    // The constructor's parts, in the order it runs them.
    void setUpFields();
    void setUpColorChoice();
    QFormLayout *buildForm();
    void setUpMessagesAndButtons();
    void updateEnabledFields();
    void setColor(const QColor &color);

    QString m_id;
    QColor m_color;
    QLineEdit *m_name;
    QLineEdit *m_bootstrap;
    QComboBox *m_protocol;
    QComboBox *m_mechanism;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_kerberosService;
    QLineEdit *m_kerberosPrincipal;
    QLineEdit *m_kerberosKeytab;
    QLineEdit *m_oauthEndpoint;
    QLineEdit *m_oauthClientId;
    QLineEdit *m_oauthSecret;
    QLineEdit *m_oauthScope;
    QLineEdit *m_oauthExtensions;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QLineEdit *m_keyPassphrase;
    QCheckBox *m_verifyHostname;
    QPlainTextEdit *m_extra;
    QCheckBox *m_readOnly;
    QComboBox *m_colorChoice;
    RegistrySettingsEditor *m_registry;
    ConnectSettingsEditor *m_connect;
    QLabel *m_report;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form = nullptr;
};

} // namespace Qafka
