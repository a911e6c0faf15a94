#include "connectorconfigdialog.h"

#include "connectorconfigform.h"
#include "jsonhighlighter.h"
#include "schemadiffview.h"
#include "session/connectcluster.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QString prettyText(const QJsonObject &config)
{
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented));
}

} // namespace

ConnectorConfigDialog::ConnectorConfigDialog(ConnectCluster *cluster, const QString &name,
                                             const QJsonObject &current,
                                             const QList<ConnectPlugin> &plugins, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_current(current)
    , m_creating(name.isEmpty())
    , m_name(new QLineEdit(name, this))
    , m_plugin(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ConnectorConfigForm(this))
    , m_editor(new QPlainTextEdit(this))
    , m_errors(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_validate(new QPushButton(tr("&Validate"), this))
    , m_save(new QPushButton(m_creating ? tr("&Create") : tr("&Save"), this))
{
    setObjectName(QStringLiteral("connectorConfigDialog"));
    setWindowTitle(m_creating ? tr("New connector") : tr("Configuration of %1").arg(name));
    buildLayout(plugins);
    m_form->setValues(current); // kept whole until the plugin's fields arrive
    m_editor->setPlainText(m_creating ? QStringLiteral("{\n}\n") : prettyText(current));
    connect(cluster, &ConnectCluster::validated, this, &ConnectorConfigDialog::onValidated);
    connect(cluster, &ConnectCluster::connectorWritten, this, &ConnectorConfigDialog::onWritten);
    connect(m_validate, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_save, &QPushButton::clicked, this, [this] { check(true); });
    if (!m_creating) // the form needs the plugin's fields
        readFields(current);
}

void ConnectorConfigDialog::buildLayout(const QList<ConnectPlugin> &plugins)
{
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("connectorNameEdit"));
    m_name->setReadOnly(!m_creating);
    form->addRow(tr("&Name:"), m_name);
    m_plugin->setObjectName(QStringLiteral("connectorPluginBox"));
    m_plugin->addItem(tr("(paste or write the configuration)"));
    for (const ConnectPlugin &plugin : plugins) {
        if (plugin.type == u"source" || plugin.type == u"sink")
            m_plugin->addItem(plugin.className, plugin.className);
    }
    connect(m_plugin, &QComboBox::activated, this, &ConnectorConfigDialog::startFromPlugin);
    if (m_creating)
        form->addRow(tr("Start from &plugin:"), m_plugin);
    else
        m_plugin->hide();
    m_status->setObjectName(QStringLiteral("connectorConfigStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_validate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildEditors(), 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(800, 680);
}

QWidget *ConnectorConfigDialog::buildEditors()
{
    m_tabs->setObjectName(QStringLiteral("connectorConfigTabs"));
    m_tabs->addTab(m_form, tr("&Fields"));
    m_editor->setObjectName(QStringLiteral("connectorConfigEditor"));
    m_editor->setAccessibleName(tr("Connector configuration (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_editor->document(), palette());
    m_tabs->addTab(m_editor, tr("&JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConnectorConfigDialog::onTabChanged);
    m_errors->setObjectName(QStringLiteral("connectorConfigErrors"));
    m_errors->setAccessibleName(tr("Validation errors"));
    m_errors->setRootIsDecorated(false);
    m_errors->setHeaderLabels({tr("Field"), tr("Error")});
    connect(m_errors, &QTreeWidget::itemActivated, this, &ConnectorConfigDialog::showErrorOf);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    if (!m_creating) {
        m_diff = new SchemaDiffView(split);
        m_diff->setObjectName(QStringLiteral("connectorConfigDiff"));
        split->addWidget(m_diff);
        connect(m_editor, &QPlainTextEdit::textChanged, this, &ConnectorConfigDialog::showChanges);
        connect(m_form, &ConnectorConfigForm::changed, this, &ConnectorConfigDialog::showChanges);
    }
    split->addWidget(m_errors);
    for (int i = 0; i < split->count(); ++i) // the fields first; the errors are a summary
        split->setStretchFactor(i, split->widget(i) == m_tabs ? 4 : 1);
    return split;
}

QJsonObject ConnectorConfigDialog::parseConfig(const QString &text, QString *name, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("The configuration is not JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : tr("The configuration must be a JSON object of names and values.");
        return {};
    }
    QJsonObject config = document.object();
    // POST /connectors' form: {"name": ..., "config": {...}}.
    if (config.value(u"config").isObject()) {
        if (name && name->isEmpty())
            *name = config.value(u"name").toString();
        config = config.value(u"config").toObject();
    }
    for (auto it = config.begin(); it != config.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject() || value.isArray()) {
            *error = tr("“%1” must be a single value, not a list or an object.").arg(it.key());
            return {};
        }
        if (!value.isString()) // Connect's configuration is strings only
            it.value() = value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                        : value.toVariant().toString();
    }
    return config;
}

void ConnectorConfigDialog::startFromPlugin(int index)
{
    const QString className = m_plugin->itemData(index).toString();
    if (className.isEmpty())
        return;
    QString name = m_name->text().trimmed();
    QString error;
    QJsonObject config = currentConfig(&name, &error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    takeName(name);
    config.insert(QStringLiteral("connector.class"), className);
    if (!config.contains(u"tasks.max"))
        config.insert(QStringLiteral("tasks.max"), QStringLiteral("1"));
    if (m_tabs->currentWidget() == m_editor) {
        m_form->setValues(config);
        m_editor->setPlainText(prettyText(config));
    } else { // typed, not given: the other plugin's fields go with them
        m_form->setValue(QStringLiteral("connector.class"), className);
        m_form->setValue(QStringLiteral("tasks.max"), config.value(u"tasks.max").toString());
    }
    readFields(config);
}

void ConnectorConfigDialog::onTabChanged(int index)
{
    const int left = m_shownTab;
    m_shownTab = index;
    if (m_tabs->widget(index) == m_editor) {
        m_editor->setPlainText(prettyText(m_form->values()));
        return;
    }
    if (m_tabs->widget(left) != m_editor)
        return;
    QString name;
    QString error;
    const QJsonObject config = parseConfig(m_editor->toPlainText(), &name, &error);
    if (!error.isEmpty()) { // stays on the JSON until it reads
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentWidget(m_editor);
        m_shownTab = m_tabs->currentIndex();
        m_status->setText(error);
        return;
    }
    takeName(name);
    m_form->setValues(config);
    // Another plugin, or one the form has no fields of yet: its fields are asked for.
    const QString className = config.value(u"connector.class").toString();
    if (!className.isEmpty() && className != m_fieldsOf)
        readFields(config);
}

// A new connector's name from a pasted POST body, unless one is typed.
void ConnectorConfigDialog::takeName(const QString &name)
{
    if (m_creating && m_name->text().trimmed().isEmpty() && !name.isEmpty())
        m_name->setText(name);
}

void ConnectorConfigDialog::readFields(QJsonObject config)
{
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        config.insert(QStringLiteral("name"), name);
    askConnect(config, Purpose::ReadFields);
}

// The configuration of the tab in front.
QJsonObject ConnectorConfigDialog::currentConfig(QString *name, QString *error) const
{
    if (m_tabs->currentWidget() == m_editor)
        return parseConfig(m_editor->toPlainText(), name, error);
    return m_form->values();
}

void ConnectorConfigDialog::showChanges()
{
    const QString edited = m_tabs->currentWidget() == m_editor ? m_editor->toPlainText()
                                                               : prettyText(m_form->values());
    m_diff->setTexts(prettyText(m_current), edited);
}

void ConnectorConfigDialog::showErrorOf(QTreeWidgetItem *item)
{
    const QString field = item->text(0);
    if (!m_form->editorOf(field))
        return;
    m_tabs->setCurrentWidget(m_form);
    m_form->focusField(field);
}

void ConnectorConfigDialog::askConnect(const QJsonObject &config, Purpose purpose)
{
    m_purpose = purpose;
    m_validated = config;
    m_validation = m_cluster->validate(config);
    setBusy(true);
    m_status->setText(purpose == Purpose::ReadFields
                          ? tr("Asking Connect for the plugin's fields…")
                          : tr("Connect is checking the configuration…"));
}

void ConnectorConfigDialog::check(bool thenSave)
{
    QString name = m_name->text().trimmed();
    QString error;
    QJsonObject config = currentConfig(&name, &error);
    takeName(name);
    if (error.isEmpty() && thenSave && name.isEmpty())
        error = tr("Name the connector.");
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    config.insert(QStringLiteral("name"), name); // the validation checks it too
    askConnect(config, thenSave ? Purpose::CheckThenSave : Purpose::Check);
}

void ConnectorConfigDialog::onValidated(quint64 id, const ConnectValidation &validation,
                                        const QString &error)
{
    if (id != m_validation)
        return;
    setBusy(false);
    m_errors->clear();
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    // Reading the fields is not a check: nothing was filled in yet.
    m_form->applyValidation(validation, m_validated, m_purpose != Purpose::ReadFields);
    m_fieldsOf = m_validated.value(u"connector.class").toString();
    int fieldsWithErrors = 0;
    for (const ConnectFieldCheck &field : validation.fields) {
        if (field.errors.isEmpty() || m_purpose == Purpose::ReadFields)
            continue;
        ++fieldsWithErrors;
        m_errors->addTopLevelItem(new QTreeWidgetItem({field.name, field.errors.join(u' ')}));
    }
    if (m_purpose == Purpose::ReadFields) {
        m_status->setText(m_creating ? tr("Fill in the fields (* required), then validate.")
                                     : QString());
        return;
    }
    if (fieldsWithErrors > 0) {
        m_status->setText(tr("Connect found problems in %n field(s).", nullptr, fieldsWithErrors));
        return;
    }
    m_status->setText(tr("Connect accepts this configuration."));
    if (m_purpose != Purpose::CheckThenSave)
        return;
    const QString name = m_name->text().trimmed();
    QJsonObject config = m_validated;
    config.insert(QStringLiteral("name"), name);
    m_write = m_cluster->writeConnector(name, config, m_creating);
    setBusy(true);
}

void ConnectorConfigDialog::onWritten(quint64 id, const QString &, const QString &error)
{
    if (id != m_write)
        return;
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    accept();
}

void ConnectorConfigDialog::setBusy(bool busy)
{
    m_validate->setEnabled(!busy);
    m_save->setEnabled(!busy);
    // What is being checked (and then written) cannot change meanwhile; reading the fields can.
    const bool locked = busy && m_purpose != Purpose::ReadFields;
    m_tabs->setEnabled(!locked);
    m_name->setEnabled(!locked);
    m_plugin->setEnabled(!locked);
}

} // namespace Qafka
