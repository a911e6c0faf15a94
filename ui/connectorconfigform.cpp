#include "connectorconfigform.h"

#include "semanticcolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace Qafka {

namespace {

// The dialog has its own name field.
bool hasNoRow(const QString &field)
{
    return field == u"name";
}

// The plugin's own fields (no group) come right after Connect's "Common" ones: they are the ones
// to fill in.
QStringList groupOrder(const ConnectValidation &validation)
{
    QStringList order = validation.groups;
    order.insert(order.isEmpty() ? 0 : 1, QString());
    for (const ConnectFieldCheck &field : validation.fields) {
        if (!order.contains(field.group))
            order.append(field.group);
    }
    return order;
}

QList<ConnectFieldCheck> sortedFields(const ConnectValidation &validation)
{
    const QStringList groups = groupOrder(validation);
    QList<ConnectFieldCheck> fields = validation.fields;
    std::stable_sort(fields.begin(), fields.end(), [&](const auto &a, const auto &b) {
        return std::pair(groups.indexOf(a.group), a.order) <
               std::pair(groups.indexOf(b.group), b.order);
    });
    return fields;
}

QString hintOf(const ConnectFieldCheck &field)
{
    if (!field.hasDefault)
        return field.required ? ConnectorConfigForm::tr("required")
                              : ConnectorConfigForm::tr("not set");
    return field.defaultValue.isEmpty()
               ? ConnectorConfigForm::tr("default: empty")
               : ConnectorConfigForm::tr("default: %1").arg(field.defaultValue);
}

} // namespace

ConnectorConfigForm::ConnectorConfigForm(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_groups(new QVBoxLayout(m_content))
    , m_empty(new QLabel(tr("Choose a plugin, or validate a configuration that names its "
                            "connector.class, to see the fields the plugin declares."),
                         m_content))
{
    setObjectName(QStringLiteral("connectorConfigForm"));
    setAccessibleName(tr("Connector configuration fields"));
    setWidgetResizable(true);
    m_empty->setObjectName(QStringLiteral("connectorConfigFormEmpty"));
    m_empty->setWordWrap(true);
    m_groups->addWidget(m_empty);
    m_groups->addStretch(1);
    setWidget(m_content);
}

void ConnectorConfigForm::applyValidation(const ConnectValidation &validation,
                                          const QJsonObject &config, bool showErrors)
{
    bool reshaped = false;
    {
        // Building rows is not an edit: one change at the end, if the rows changed.
        const QSignalBlocker quiet(this);
        reshaped = removeRowsNotIn(validation);
        for (const ConnectFieldCheck &field : sortedFields(validation)) {
            if (hasNoRow(field.name))
                continue;
            if (!m_rows.contains(field.name)) {
                Row row = makeRow(field);
                // The form's own value wins over the one sent: the user may have edited since.
                setRowValue(row, (m_extra.contains(field.name) ? m_extra.take(field.name)
                                                               : config.value(field.name))
                                     .toString());
                insertRow(field.name, row);
                reshaped = true;
            }
            updateRow(m_rows.value(field.name), field, showErrors);
        }
    }
    m_empty->setVisible(m_rows.isEmpty());
    if (reshaped)
        emit changed();
}

void ConnectorConfigForm::setValues(const QJsonObject &config)
{
    {
        const QSignalBlocker quiet(this); // one change, not one per field
        m_given = config;
        m_extra = QJsonObject();
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            setRowValue(it.value(), config.value(it.key()).toString());
        for (auto it = config.begin(); it != config.end(); ++it) {
            if (!m_rows.contains(it.key()))
                m_extra.insert(it.key(), it.value());
        }
    }
    emit changed();
}

void ConnectorConfigForm::setValue(const QString &field, const QString &value)
{
    if (m_rows.contains(field)) {
        setRowValue(m_rows.value(field), value); // the editor says it changed
        return;
    }
    m_extra.insert(field, value);
    emit changed();
}

QJsonObject ConnectorConfigForm::values() const
{
    QJsonObject config = m_extra;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString value = valueOf(it.value());
        const QJsonValue given = m_given.value(it.key());
        if (given.isString() && given.toString() == value) { // as given, even empty
            config.insert(it.key(), value);
            continue;
        }
        const QString edited = it.value().type == u"PASSWORD" ? value : value.trimmed();
        if (!edited.isEmpty())
            config.insert(it.key(), edited);
    }
    return config;
}

QWidget *ConnectorConfigForm::editorOf(const QString &field) const
{
    return m_rows.value(field).editor;
}

QLabel *ConnectorConfigForm::errorLabelOf(const QString &field) const
{
    return m_rows.value(field).errors;
}

void ConnectorConfigForm::focusField(const QString &field)
{
    const Row row = m_rows.value(field);
    if (!row.editor)
        return;
    ensureWidgetVisible(row.cell);
    row.editor->setFocus(Qt::OtherFocusReason);
}

ConnectorConfigForm::Row ConnectorConfigForm::makeRow(const ConnectFieldCheck &field)
{
    Row row;
    row.type = field.type;
    row.group = field.group;
    row.order = field.order;
    row.editor = makeEditor(field);
    row.editor->setObjectName(QStringLiteral("field:") + field.name);
    const QString shown = field.displayName.isEmpty() ? field.name : field.displayName;
    row.editor->setAccessibleName(field.required ? tr("%1 (required)").arg(shown) : shown);
    row.editor->setToolTip(field.name + (field.documentation.isEmpty()
                                             ? QString()
                                             : QStringLiteral("\n\n") + field.documentation));
    // The key under the display name: people who know Connect look for "topics.regex".
    row.label = new QLabel(QStringLiteral("%1%2<br><small>%3</small>")
                               .arg(shown.toHtmlEscaped(),
                                    field.required ? QStringLiteral(" *") : QString(),
                                    field.name.toHtmlEscaped()),
                           m_content);
    row.label->setBuddy(row.editor);
    row.label->setToolTip(row.editor->toolTip());
    row.errors = new QLabel(m_content);
    row.errors->setObjectName(QStringLiteral("fieldErrors:") + field.name);
    row.errors->setWordWrap(true);
    row.errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = row.errors->palette();
    errorPalette.setColor(QPalette::WindowText, semanticColor(Meaning::Error, errorPalette));
    row.errors->setPalette(errorPalette);
    row.cell = new QWidget(m_content);
    auto *cell = new QVBoxLayout(row.cell);
    cell->setContentsMargins(0, 0, 0, 0);
    cell->addWidget(row.editor);
    cell->addWidget(row.errors);
    return row;
}

QWidget *ConnectorConfigForm::makeEditor(const ConnectFieldCheck &field)
{
    if (field.type == u"BOOLEAN") {
        auto *choice = new QComboBox(m_content);
        choice->addItem(field.hasDefault ? tr("Default (%1)").arg(field.defaultValue)
                                         : tr("Not set"),
                        QString());
        choice->addItem(QStringLiteral("true"), QStringLiteral("true"));
        choice->addItem(QStringLiteral("false"), QStringLiteral("false"));
        connect(choice, &QComboBox::currentIndexChanged, this, &ConnectorConfigForm::changed);
        return choice;
    }
    if (field.type == u"CLASS" || !field.recommendedValues.isEmpty()) {
        auto *choice = new QComboBox(m_content);
        choice->setEditable(true);
        choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // long class names
        choice->setInsertPolicy(QComboBox::NoInsert);
        choice->addItems(field.recommendedValues);
        choice->setEditText(QString());
        choice->lineEdit()->setPlaceholderText(hintOf(field));
        connect(choice, &QComboBox::editTextChanged, this, &ConnectorConfigForm::changed);
        return choice;
    }
    auto *edit = new QLineEdit(m_content);
    edit->setPlaceholderText(hintOf(field));
    if (field.type == u"PASSWORD")
        edit->setEchoMode(QLineEdit::Password);
    connect(edit, &QLineEdit::textChanged, this, &ConnectorConfigForm::changed);
    return edit;
}

void ConnectorConfigForm::insertRow(const QString &name, Row row)
{
    QFormLayout *layout = groupLayout(row.group);
    const int position = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &other) {
        return other.group == row.group && other.order <= row.order;
    }));
    layout->insertRow(position, row.label, row.cell);
    m_rows.insert(name, row);
}

QFormLayout *ConnectorConfigForm::groupLayout(const QString &group)
{
    QGroupBox *box = m_groupBoxes.value(group);
    if (!box) {
        box = new QGroupBox(group.isEmpty() ? tr("Plugin") : group, m_content);
        box->setObjectName(QStringLiteral("fieldGroup:") + group);
        box->setAccessibleName(box->title());
        auto *layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        m_groups->insertWidget(m_groups->count() - 1, box); // before the stretch
        m_groupBoxes.insert(group, box);
    }
    return static_cast<QFormLayout *>(box->layout());
}

// Returns whether any went.
bool ConnectorConfigForm::removeRowsNotIn(const ConnectValidation &validation)
{
    QSet<QString> named;
    for (const ConnectFieldCheck &field : validation.fields)
        named.insert(field.name);
    QStringList gone;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!named.contains(it.key()))
            gone.append(it.key());
    }
    for (const QString &name : std::as_const(gone)) {
        // A value the form was given stays if unedited; one typed into a field that went, goes.
        const QString value = valueOf(m_rows.value(name));
        if (m_given.value(name).isString() && m_given.value(name).toString() == value)
            m_extra.insert(name, value);
        removeRow(name);
    }
    return !gone.isEmpty();
}

void ConnectorConfigForm::removeRow(const QString &name)
{
    const Row row = m_rows.take(name);
    QGroupBox *box = m_groupBoxes.value(row.group);
    auto *layout = static_cast<QFormLayout *>(box->layout());
    layout->removeRow(row.cell); // deletes the label, editor and errors with it
    if (layout->rowCount() == 0) {
        m_groupBoxes.remove(row.group);
        delete box;
    }
}

void ConnectorConfigForm::updateRow(const Row &row, const ConnectFieldCheck &field, bool showErrors)
{
    const QString errors = showErrors ? field.errors.join(u'\n') : QString();
    row.errors->setText(errors);
    row.errors->setAccessibleName(errors);
    row.errors->setVisible(!errors.isEmpty());
    row.editor->setAccessibleDescription(errors.isEmpty() ? field.documentation : errors);
    row.label->setVisible(field.visible);
    row.cell->setVisible(field.visible);
    auto *choice = qobject_cast<QComboBox *>(row.editor);
    if (!choice || !choice->isEditable())
        return;
    QStringList listed;
    for (int i = 0; i < choice->count(); ++i)
        listed.append(choice->itemText(i));
    if (listed == field.recommendedValues)
        return;
    const QString typed = choice->currentText();
    const QSignalBlocker blocker(choice);
    choice->clear();
    choice->addItems(field.recommendedValues);
    choice->setEditText(typed);
}

QString ConnectorConfigForm::valueOf(const Row &row)
{
    if (auto *choice = qobject_cast<QComboBox *>(row.editor))
        return choice->isEditable() ? choice->currentText() : choice->currentData().toString();
    return static_cast<QLineEdit *>(row.editor)->text();
}

void ConnectorConfigForm::setRowValue(const Row &row, const QString &value)
{
    auto *choice = qobject_cast<QComboBox *>(row.editor);
    if (choice && choice->isEditable()) {
        choice->setEditText(value);
    } else if (choice) {
        int index = choice->findData(value);
        if (index < 0)
            index = choice->findData(value.toLower()); // Connect reads "TRUE" as true
        if (index < 0) { // not a boolean: shown as it is, for Connect to refuse
            choice->addItem(value, value);
            index = choice->count() - 1;
        }
        choice->setCurrentIndex(index);
    } else {
        static_cast<QLineEdit *>(row.editor)->setText(value);
    }
}

} // namespace Qafka
