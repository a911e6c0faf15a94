#include "connectiondialog.h"
#include "connectsettingseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTest>

using namespace Qafka;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("missing child %s", name);
        return widget;
    }

private slots:
    void rejectsMalformedBootstrap()
    {
        ConnectionDialog dialog;
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "bootstrapEdit"), QStringLiteral("localhost"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(&dialog, "validationError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("has no port")));
    }

    void explainsWebAddressesAndListenerPrefixes()
    {
        ConnectionDialog dialog;
        auto *bootstrap = child<QLineEdit>(&dialog, "bootstrapEdit");
        bootstrap->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY2(dialog.validationError().contains(QStringLiteral("is a web address")),
                 qPrintable(dialog.validationError()));
        // A listener prefix that contradicts the chosen protocol says which to choose.
        bootstrap->setText(QStringLiteral("SASL_SSL://broker:9093"));
        QVERIFY2(dialog.validationError().contains(QStringLiteral("choose SASL_SSL")),
                 qPrintable(dialog.validationError()));
        bootstrap->setText(QStringLiteral("PLAINTEXT://broker:9092"));
        QCOMPARE(dialog.validationError(), QString());
    }

    void rejectsSecretsInExtraProperties()
    {
        ConnectionDialog dialog;
        child<QLineEdit>(&dialog, "bootstrapEdit")->setText(QStringLiteral("b:9092"));
        child<QPlainTextEdit>(&dialog, "extraPropertiesEdit")
            ->setPlainText(QStringLiteral("sasl.password=oops"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("holds a secret")));
        child<QPlainTextEdit>(&dialog, "extraPropertiesEdit")
            ->setPlainText(QStringLiteral("client.id=me"));
        QCOMPARE(dialog.validationError(), QString());
    }

    void buildsProfileAndSecrets()
    {
        ConnectionDialog dialog;
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Prod"));
        child<QLineEdit>(&dialog, "bootstrapEdit")->setText(QStringLiteral("b1:9093,b2:9093"));
        auto *protocol = child<QComboBox>(&dialog, "protocolCombo");
        protocol->setCurrentIndex(protocol->findText(QStringLiteral("SASL_SSL")));
        auto *mechanism = child<QComboBox>(&dialog, "mechanismCombo");
        mechanism->setCurrentIndex(mechanism->findText(QStringLiteral("SCRAM-SHA-256")));
        QVERIFY(child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());
        child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("ops"));
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("pw"));
        child<QCheckBox>(&dialog, "readOnlyCheck")->setChecked(true);
        auto *color = child<QComboBox>(&dialog, "colorCombo");
        color->setCurrentIndex(1);
        emit color->activated(1);

        const ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.name, QStringLiteral("Prod"));
        QCOMPARE(profile.securityProtocol, SecurityProtocol::SaslSsl);
        QCOMPARE(profile.saslMechanism, SaslMechanism::ScramSha256);
        QCOMPARE(profile.saslUsername, QStringLiteral("ops"));
        QVERIFY(profile.readOnly);
        QVERIFY(profile.color.isValid());
        QCOMPARE(dialog.secrets().saslPassword, QStringLiteral("pw"));

        // Kerberos: the user and password give way to the service name, principal and keytab;
        // a keytab needs the principal it holds.
        mechanism->setCurrentIndex(mechanism->findData(int(SaslMechanism::Gssapi)));
        QCOMPARE(mechanism->currentText(), QStringLiteral("GSSAPI (Kerberos)"));
        QVERIFY(!child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, "kerberosKeytabEdit")->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, "kerberosServiceEdit")->text(), QStringLiteral("kafka"));
        child<QLineEdit>(&dialog, "kerberosKeytabEdit")->setText(QStringLiteral("/k.keytab"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("principal")));
        // librdkafka runs kinit through the shell: an imported principal must not smuggle in a
        // command.
        child<QLineEdit>(&dialog, "kerberosPrincipalEdit")
            ->setText(QStringLiteral("ops@R; touch x"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("shell")));
        child<QLineEdit>(&dialog, "kerberosPrincipalEdit")->setText(QStringLiteral("ops@R"));
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        QCOMPARE(dialog.profile().kerberos,
                 (KerberosSettings{QStringLiteral("kafka"), QStringLiteral("ops@R"),
                                   QStringLiteral("/k.keytab")}));
        QVERIFY(mechanism->toolTip().contains(QStringLiteral("MSK IAM")));

        // OAuth: its rows appear only for OAUTHBEARER; the client secret goes with the secrets.
        auto *endpoint = child<QLineEdit>(&dialog, "oauthEndpointEdit");
        QVERIFY(!endpoint->isVisibleTo(&dialog));
        mechanism->setCurrentIndex(mechanism->findData(int(SaslMechanism::OAuthBearer)));
        QCOMPARE(mechanism->currentText(), QStringLiteral("OAUTHBEARER (OAuth 2 / OIDC)"));
        QVERIFY(endpoint->isVisibleTo(&dialog) && endpoint->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "kerberosKeytabEdit")->isEnabled());
        QVERIFY(dialog.validationError().contains(QStringLiteral("token endpoint")));
        endpoint->setText(QStringLiteral("https://idp.example.com/token"));
        child<QLineEdit>(&dialog, "oauthClientIdEdit")->setText(QStringLiteral("app"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("client secret")));
        auto *secret = child<QLineEdit>(&dialog, "oauthSecretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setText(QStringLiteral("s3cret"));
        child<QLineEdit>(&dialog, "oauthScopeEdit")->setText(QStringLiteral("kafka"));
        child<QLineEdit>(&dialog, "oauthExtensionsEdit")->setText(QStringLiteral("auth=x"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("auth")));
        child<QLineEdit>(&dialog, "oauthExtensionsEdit")
            ->setText(QStringLiteral("logicalCluster=lkc-1"));
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        QCOMPARE(
            dialog.profile().oauth,
            (OAuthSettings{QStringLiteral("https://idp.example.com/token"), QStringLiteral("app"),
                           QStringLiteral("kafka"), QStringLiteral("logicalCluster=lkc-1")}));
        QCOMPARE(dialog.secrets().oauthClientSecret, QStringLiteral("s3cret"));
        // An OAuth secret in the extra properties would be saved in plain text.
        child<QPlainTextEdit>(&dialog, "extraPropertiesEdit")
            ->setPlainText(QStringLiteral("sasl.oauthbearer.client.secret=s3cret"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("OAuth client secret field")));
        child<QPlainTextEdit>(&dialog, "extraPropertiesEdit")->clear();

        // Plaintext disables the SASL and TLS fields.
        protocol->setCurrentIndex(protocol->findText(QStringLiteral("PLAINTEXT")));
        QVERIFY(!child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "caFileEdit")->isEnabled());
    }

    // Connect clusters: added, named, edited, removed; their passwords travel apart from the
    // profile, under each cluster's name, for the keychain.
    void editsConnectClusters()
    {
        ConnectionDialog dialog;
        dialog.show();
        child<QLineEdit>(&dialog, "bootstrapEdit")->setText(QStringLiteral("127.0.0.1:9092"));
        ConnectSettingsEditor *editor = dialog.connectEditor();
        QVERIFY(!editor->nameEdit()->isEnabled() || editor->clusterList()->count() == 0);
        editor->addButton()->click();
        editor->nameEdit()->setText(QStringLiteral("eu"));
        editor->urlsEdit()->setText(QStringLiteral("ftp://connect:8083"));
        QVERIFY2(dialog.validationError().contains(QStringLiteral("not an http://")),
                 qPrintable(dialog.validationError()));
        editor->urlsEdit()->setText(QStringLiteral("https://connect:8083"));
        editor->userEdit()->setText(QStringLiteral("ops"));
        editor->passwordEdit()->setText(QStringLiteral("s3cret"));
        editor->addButton()->click();
        QCOMPARE(editor->clusterList()->count(), 2);
        QVERIFY2(dialog.validationError().contains(QStringLiteral("has no REST URL")),
                 qPrintable(dialog.validationError()));
        editor->nameEdit()->setText(QStringLiteral("eu"));
        editor->urlsEdit()->setText(QStringLiteral("http://c2:8083"));
        QVERIFY2(dialog.validationError().contains(QStringLiteral("Two Kafka Connect clusters")),
                 qPrintable(dialog.validationError()));
        editor->nameEdit()->setText(QStringLiteral("us"));
        QCOMPARE(dialog.validationError(), QString());
        const ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.connectClusters.size(), 2);
        QCOMPARE(profile.connectClusters.at(0).endpoint.username, QStringLiteral("ops"));
        QCOMPARE(profile.connectClusters.at(0).endpoint.authentication,
                 RestEndpointSettings::Authentication::Basic);
        QCOMPARE(dialog.secrets().connectSecrets.value(QStringLiteral("eu")).password,
                 QStringLiteral("s3cret"));
        // Back in a new dialog, secrets included; then the first one removed.
        ConnectionDialog again;
        again.setProfile(profile, dialog.secrets());
        QCOMPARE(again.connectEditor()->clusterList()->count(), 2);
        QCOMPARE(again.connectEditor()->passwordEdit()->text(), QStringLiteral("s3cret"));
        again.connectEditor()->removeButton()->click();
        QCOMPARE(again.profile().connectClusters.size(), 1);
        QCOMPARE(again.profile().connectClusters.first().name, QStringLiteral("us"));
        QVERIFY(again.secrets().connectSecrets.isEmpty());
    }

    void importsClientProperties()
    {
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/client-XXXXXX.properties"));
        QVERIFY(file.open());
        file.write(
            "bootstrap.servers=k1:9094\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\n"
            "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
            "username=\"app\" password=\"pw2\";\nlinger.ms=5\n");
        file.close();
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(dialog.importClientProperties(file.fileName()));
        QCOMPARE(child<QLineEdit>(&dialog, "bootstrapEdit")->text(), QStringLiteral("k1:9094"));
        QCOMPARE(child<QLineEdit>(&dialog, "usernameEdit")->text(), QStringLiteral("app"));
        QCOMPARE(dialog.secrets().saslPassword, QStringLiteral("pw2"));
        QVERIFY(dialog.importReport().contains(QStringLiteral("linger.ms")));
        QVERIFY(child<QLabel>(&dialog, "importReport")->isVisible());

        const QString shot = qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) +
                             u"/connection-dialog.png";
        QVERIFY(dialog.grab().save(shot));
    }

    // A Strimzi / Confluent Cloud style file: the OAuth rows show what it said, the client
    // secret goes with the secrets (the keychain), never into the extra properties.
    void importsOAuthClientProperties()
    {
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/oauth-XXXXXX.properties"));
        QVERIFY(file.open());
        file.write("bootstrap.servers=k1:9094\nsecurity.protocol=SASL_SSL\n"
                   "sasl.mechanism=OAUTHBEARER\n"
                   "sasl.login.callback.handler.class=org.apache.kafka.common.security."
                   "oauthbearer.OAuthBearerLoginCallbackHandler\n"
                   "sasl.oauthbearer.token.endpoint.url=https://idp/realms/k/protocol/"
                   "openid-connect/token\n"
                   "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer."
                   "OAuthBearerLoginModule required clientId=\"app\" clientSecret=\"s3cret\" "
                   "extension_logicalCluster=\"lkc-1\";\n");
        file.close();
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(dialog.importClientProperties(file.fileName()));
        QCOMPARE(child<QComboBox>(&dialog, "mechanismCombo")->currentData().toInt(),
                 int(SaslMechanism::OAuthBearer));
        auto *endpoint = child<QLineEdit>(&dialog, "oauthEndpointEdit");
        QVERIFY(endpoint->isVisible());
        QCOMPARE(endpoint->text(),
                 QStringLiteral("https://idp/realms/k/protocol/openid-connect/token"));
        QCOMPARE(child<QLineEdit>(&dialog, "oauthClientIdEdit")->text(), QStringLiteral("app"));
        QCOMPARE(child<QLineEdit>(&dialog, "oauthExtensionsEdit")->text(),
                 QStringLiteral("logicalCluster=lkc-1"));
        QCOMPARE(dialog.secrets().oauthClientSecret, QStringLiteral("s3cret"));
        QVERIFY(dialog.profile().extraProperties.isEmpty());
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        QVERIFY(!child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());

        const QString shot = qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) +
                             u"/connection-dialog-oauth.png";
        QVERIFY(dialog.grab().save(shot));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
