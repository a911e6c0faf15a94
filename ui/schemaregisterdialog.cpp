#include "schemaregisterdialog.h"

#include "jsonhighlighter.h"
#include "schemadiffview.h"
#include "semanticcolors.h"
#include "session/schemaadmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Qafka {

SchemaRegisterDialog::SchemaRegisterDialog(SchemaAdmin *admin, const QString &subject,
                                           const RegistrySchema &latest, const QString &latestText,
                                           QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_latest(latest)
    , m_latestText(latest.id >= 0 ? latestText : QString())
    , m_subject(new QLineEdit(subject, this))
    , m_format(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check Compatibility"), this))
    , m_register(new QPushButton(tr("&Register"), this))
    , m_verdict(new QLabel(this))
    , m_diff(new SchemaDiffView(this))
{
    setObjectName(QStringLiteral("schemaRegisterDialog"));
    setWindowTitle(latest.id >= 0 ? tr("Register a New Version of %1").arg(subject)
                                  : tr("Register a New Subject"));
    m_subject->setObjectName(QStringLiteral("registerSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setReadOnly(latest.id >= 0);
    m_subject->setPlaceholderText(tr("e.g. orders-value"));
    m_format->setObjectName(QStringLiteral("registerFormat"));
    m_format->setAccessibleName(tr("Schema type"));
    m_format->addItem(QStringLiteral("Avro"), int(SchemaFormat::Avro));
    m_format->addItem(QStringLiteral("Protobuf"), int(SchemaFormat::Protobuf));
    m_format->addItem(QStringLiteral("JSON Schema"), int(SchemaFormat::Json));
    m_format->setCurrentIndex(m_format->findData(int(latest.format)));
    m_format->setEnabled(latest.id < 0); // a subject keeps its type
    m_editor->setObjectName(QStringLiteral("schemaEditor"));
    m_editor->setAccessibleName(tr("Schema"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(m_latestText);
    if (latest.format != SchemaFormat::Protobuf)
        new JsonHighlighter(m_editor->document(), palette());
    m_check->setObjectName(QStringLiteral("checkCompatibilityButton"));
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setEnabled(false);
    m_register->setAutoDefault(false);
    m_verdict->setObjectName(QStringLiteral("compatibilityVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Edit the schema, then check it against the subject's compatibility "
                          "level. Only a schema that passes can be registered."));
    buildLayout();
    connectParts();
    m_diff->setTexts(m_latestText, m_editor->toPlainText());
}

void SchemaRegisterDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Type:"), m_format);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_register, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    resize(900, 700);
}

void SchemaRegisterDialog::connectParts()
{
    connect(m_check, &QPushButton::clicked, this, &SchemaRegisterDialog::check);
    connect(m_register, &QPushButton::clicked, this, &SchemaRegisterDialog::registerSchema);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &SchemaRegisterDialog::contentChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &SchemaRegisterDialog::contentChanged);
    connect(m_admin, &SchemaAdmin::compatibilityChecked, this,
            [this](quint64 id, const CompatibilityVerdict &verdict) {
                if (id == m_checkRequest)
                    showVerdict(verdict);
            });
    connect(m_admin, &SchemaAdmin::registered, this,
            [this](quint64 id, int schemaId, const QString &error) {
                if (id != m_registerRequest)
                    return;
                if (!error.isEmpty()) {
                    showError(error);
                    return;
                }
                m_registeredId = schemaId;
                accept();
            });
}

QString SchemaRegisterDialog::subject() const
{
    return m_subject->text().trimmed();
}

RegistrySchema SchemaRegisterDialog::edited() const
{
    RegistrySchema schema;
    schema.format = SchemaFormat(m_format->currentData().toInt());
    schema.text = m_editor->toPlainText();
    schema.references = m_latest.references;
    return schema;
}

void SchemaRegisterDialog::contentChanged()
{
    // Whatever passed the check is no longer what would be registered.
    m_checkedText.clear();
    m_register->setEnabled(false);
    m_diff->setTexts(m_latestText, m_editor->toPlainText());
}

void SchemaRegisterDialog::check()
{
    if (subject().isEmpty()) {
        showError(tr("Name the subject first."));
        return;
    }
    m_check->setEnabled(false);
    m_verdict->setStyleSheet({});
    m_verdict->setText(tr("Asking the registry…"));
    m_checkRequest = m_admin->checkCompatibility(subject(), edited());
}

void SchemaRegisterDialog::showVerdict(const CompatibilityVerdict &verdict)
{
    m_check->setEnabled(true);
    if (!verdict.error.isEmpty()) {
        showError(verdict.error);
        return;
    }
    if (!verdict.compatible) {
        showError(tr("Not compatible with the subject's compatibility level. The registry says: "
                     "%1")
                      .arg(verdict.reasons.isEmpty() ? tr("(no reason given)")
                                                     : verdict.reasons.join(u"\n")));
        return;
    }
    m_verdict->setStyleSheet(semanticStyle(Meaning::Success));
    m_verdict->setText(
        verdict.newSubject
            ? tr("%1 has no versions yet: this schema will be its first.").arg(subject())
            : tr("Compatible with the latest version of %1. Register it to make "
                 "it the newest version.")
                  .arg(subject()));
    m_checkedText = m_editor->toPlainText();
    m_register->setEnabled(true);
}

void SchemaRegisterDialog::registerSchema()
{
    if (m_checkedText.isNull() || m_checkedText != m_editor->toPlainText())
        return;
    m_register->setEnabled(false);
    m_check->setEnabled(false);
    m_verdict->setText(tr("Registering…"));
    m_registerRequest = m_admin->registerVersion(subject(), edited());
}

void SchemaRegisterDialog::showError(const QString &text)
{
    m_verdict->setStyleSheet(semanticStyle(Meaning::Error));
    m_verdict->setText(text);
    m_check->setEnabled(true);
}

} // namespace Qafka
