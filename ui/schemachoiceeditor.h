#pragma once

#include "profiles/producertemplatestore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Qafka {

// Chooses the registry schema that encodes a key or a value: the subject (the topic-name
// strategy's "<topic>-key" / "<topic>-value" unless the user picks another, e.g. a record-name
// subject), the version ("latest" when empty) and the Protobuf message type.
class SchemaChoiceEditor : public QWidget
{
    Q_OBJECT
public:
    SchemaChoiceEditor(const QString &objectName, const QString &suffix, QWidget *parent = nullptr);

    void setSubjects(const QStringList &subjects);
    // The topic-name strategy's subject for topic, used while the user has not chosen another.
    void setTopic(const QString &topic);
    SchemaChoice choice() const;
    void setChoice(const SchemaChoice &choice);
    QString validationError() const;
    // A read-only connection registers nothing: the register field is hidden and ignored.
    void setRegisterAllowed(bool allowed);

private:
    QString m_suffix; // "-key" or "-value"
    QComboBox *m_subject;
    QLineEdit *m_version;
    QLineEdit *m_messageType;
    QLineEdit *m_registerFile;
    bool m_registerAllowed = true;
    bool m_subjectChosen = false;
};

} // namespace Qafka
