#pragma once

#include "profiles/connectionprofile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Qafka {

class SchemaRegistry;

// The Schema Registry part of a connection: URLs, basic or bearer authentication, TLS (CA file,
// client certificate and key, or no verification at all, with a warning), and a Test button that
// asks the registry and says in words what is wrong. Secrets are edited here but handed back
// apart from the settings, for the keychain.
class RegistrySettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RegistrySettingsEditor(QWidget *parent = nullptr);
    ~RegistrySettingsEditor() override;

    void setSettings(const RegistrySettings &settings, const ProfileSecrets &secrets);
    RegistrySettings settings() const;
    // Copies the registry's secrets into secrets, leaving the others alone.
    void fillSecrets(ProfileSecrets *secrets) const;
    QString validationError() const; // empty when the settings can be saved

    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }
    void test();

signals:
    void tested(bool ok);

private:
    void buildForm();
    void updateEnabledFields();

    QLineEdit *m_urls;
    QComboBox *m_authentication;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QLineEdit *m_keyPassphrase;
    QCheckBox *m_skipVerification;
    QLabel *m_skipWarning;
    QPushButton *m_test;
    QLabel *m_result;
    SchemaRegistry *m_testRegistry = nullptr;
};

} // namespace Qafka
