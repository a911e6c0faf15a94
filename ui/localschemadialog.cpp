#include "localschemadialog.h"

#include "filerow.h"
#include "schemas/localschemafile.h"
#include "semanticcolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QComboBox *typeCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setAccessibleName(LocalSchemaDialog::tr("Protobuf message type"));
    combo->lineEdit()->setPlaceholderText(LocalSchemaDialog::tr("Protobuf: the message type"));
    return combo;
}

} // namespace

LocalSchemaDialog::LocalSchemaDialog(const QString &topic, const Choice &key, const Choice &value,
                                     QWidget *parent)
    : QDialog(parent)
    , m_keyPath(new QLineEdit(key.path, this))
    , m_keyType(typeCombo(QStringLiteral("localKeyType"), this))
    , m_valuePath(new QLineEdit(value.path, this))
    , m_valueType(typeCombo(QStringLiteral("localValueType"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("localSchemaDialog"));
    setWindowTitle(tr("Schema Files for %1").arg(topic));
    m_keyPath->setObjectName(QStringLiteral("localKeyPath"));
    m_valuePath->setObjectName(QStringLiteral("localValuePath"));
    m_keyType->setCurrentText(key.messageType);
    m_valueType->setCurrentText(value.messageType);
    m_error->setObjectName(QStringLiteral("localSchemaError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(semanticStyle(Meaning::Error));
    m_error->hide();
    auto *intro = new QLabel(tr("Keys and values written without a registry decode with these "
                                "files: .avsc (Avro), .proto (Protobuf, imports next to it) or "
                                ".json (JSON Schema). Leave a side empty to show its bytes."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    addFileRow(form, this, tr("&Key schema file:"), m_keyPath, tr("Choose the key's schema file"));
    form->addRow(tr("Key message &type:"), m_keyType);
    addFileRow(form, this, tr("&Value schema file:"), m_valuePath,
               tr("Choose the value's schema file"));
    form->addRow(tr("Value &message type:"), m_valueType);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocalSchemaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocalSchemaDialog::reject);
    connect(m_keyPath, &QLineEdit::editingFinished, this,
            [this] { offerMessageTypes(m_keyPath, m_keyType); });
    connect(m_valuePath, &QLineEdit::editingFinished, this,
            [this] { offerMessageTypes(m_valuePath, m_valueType); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LocalSchemaDialog::offerMessageTypes(QLineEdit *path, QComboBox *type)
{
    QString error;
    const QString current = type->currentText();
    const auto codec = path->text().trimmed().isEmpty()
                           ? nullptr
                           : LocalSchemaFile::load(path->text().trimmed(), &error);
    type->clear();
    type->addItems(LocalSchemaFile::messageTypes(codec));
    type->setCurrentText(current);
}

LocalSchemaDialog::Choice LocalSchemaDialog::keyChoice() const
{
    return {m_keyPath->text().trimmed(), m_keyType->currentText().trimmed()};
}

LocalSchemaDialog::Choice LocalSchemaDialog::valueChoice() const
{
    return {m_valuePath->text().trimmed(), m_valueType->currentText().trimmed()};
}

bool LocalSchemaDialog::loadSide(QLineEdit *path, QComboBox *type,
                                 std::optional<LocalSchema> *schema)
{
    schema->reset();
    const QString file = path->text().trimmed();
    if (file.isEmpty())
        return true;
    QString error;
    auto codec = LocalSchemaFile::load(file, &error);
    if (!codec) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    const QStringList types = LocalSchemaFile::messageTypes(codec);
    const QString chosen = type->currentText().trimmed();
    if (!types.isEmpty() && !chosen.isEmpty() && !types.contains(chosen)) {
        m_error->setText(tr("%1 has no message type “%2”; it has: %3.")
                             .arg(QFileInfo(file).fileName(), chosen, types.join(u", ")));
        m_error->show();
        return false;
    }
    *schema =
        LocalSchema{codec, chosen.isEmpty() ? types.value(0) : chosen, QFileInfo(file).fileName()};
    return true;
}

bool LocalSchemaDialog::load()
{
    m_error->hide();
    return loadSide(m_keyPath, m_keyType, &m_keySchema) &&
           loadSide(m_valuePath, m_valueType, &m_valueSchema);
}

void LocalSchemaDialog::accept()
{
    if (load())
        QDialog::accept();
}

} // namespace Qafka
