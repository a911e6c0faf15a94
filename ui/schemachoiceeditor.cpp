#include "schemachoiceeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>

namespace Qafka {

SchemaChoiceEditor::SchemaChoiceEditor(const QString &objectName, const QString &suffix,
                                       QWidget *parent)
    : QWidget(parent)
    , m_suffix(suffix)
    , m_subject(new QComboBox(this))
    , m_version(new QLineEdit(this))
    , m_messageType(new QLineEdit(this))
    , m_registerFile(new QLineEdit(this))
{
    setObjectName(objectName);
    m_subject->setObjectName(objectName + QStringLiteral("Subject"));
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->completer()->setFilterMode(Qt::MatchContains);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMinimumContentsLength(24);
    m_version->setObjectName(objectName + QStringLiteral("Version"));
    m_version->setPlaceholderText(tr("latest"));
    m_version->setValidator(new QIntValidator(1, 1000000, m_version));
    m_version->setAccessibleName(tr("Schema version"));
    m_version->setMaximumWidth(fontMetrics().horizontalAdvance(u"latest0000"_qs));
    m_messageType->setObjectName(objectName + QStringLiteral("MessageType"));
    m_messageType->setPlaceholderText(tr("Protobuf message (first if empty)"));
    m_messageType->setAccessibleName(tr("Protobuf message type"));
    m_registerFile->setObjectName(objectName + QStringLiteral("RegisterFile"));
    m_registerFile->setPlaceholderText(tr("register a schema file first (optional)"));
    m_registerFile->setAccessibleName(tr("Schema file to register before sending"));
    m_registerFile->setToolTip(tr("Off when empty. The file (.avsc, .proto or .json) is "
                                  "registered under the subject, then used to encode."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *subjectLabel = new QLabel(tr("Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    layout->addWidget(subjectLabel);
    layout->addWidget(m_subject, 2);
    auto *versionLabel = new QLabel(tr("Version:"), this);
    versionLabel->setBuddy(m_version);
    layout->addWidget(versionLabel);
    layout->addWidget(m_version);
    layout->addWidget(m_messageType, 1);
    layout->addWidget(m_registerFile, 1);
    connect(m_subject, &QComboBox::textActivated, this, [this] { m_subjectChosen = true; });
    connect(m_subject->lineEdit(), &QLineEdit::textEdited, this,
            [this] { m_subjectChosen = true; });
}

void SchemaChoiceEditor::setSubjects(const QStringList &subjects)
{
    const QString current = m_subject->currentText();
    m_subject->clear();
    m_subject->addItems(subjects);
    m_subject->setCurrentText(current);
}

void SchemaChoiceEditor::setTopic(const QString &topic)
{
    if (!m_subjectChosen && !topic.isEmpty())
        m_subject->setCurrentText(topic + m_suffix);
}

SchemaChoice SchemaChoiceEditor::choice() const
{
    SchemaChoice choice;
    choice.subject = m_subject->currentText().trimmed();
    bool ok = false;
    const int version = m_version->text().toInt(&ok);
    choice.version = ok ? version : -1;
    choice.messageType = m_messageType->text().trimmed();
    if (m_registerAllowed)
        choice.registerFile = m_registerFile->text().trimmed();
    return choice;
}

void SchemaChoiceEditor::setChoice(const SchemaChoice &choice)
{
    m_subjectChosen = !choice.subject.isEmpty();
    m_subject->setCurrentText(choice.subject);
    m_version->setText(choice.version < 0 ? QString() : QString::number(choice.version));
    m_messageType->setText(choice.messageType);
    m_registerFile->setText(choice.registerFile);
}

void SchemaChoiceEditor::setRegisterAllowed(bool allowed)
{
    m_registerAllowed = allowed;
    m_registerFile->setVisible(allowed);
}

QString SchemaChoiceEditor::validationError() const
{
    if (choice().subject.isEmpty())
        return tr("Choose the subject whose schema encodes the %1.")
            .arg(m_suffix == u"-key" ? tr("key") : tr("value"));
    return {};
}

} // namespace Qafka
