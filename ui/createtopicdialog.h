#pragma once

#include "types/topictypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Qafka {

class CreateTopicDialog : public QDialog
{
    Q_OBJECT
public:
    CreateTopicDialog(const QStringList &existingTopics, int brokerCount,
                      QWidget *parent = nullptr);

    NewTopic topic() const;
    QString validationError() const; // empty when the form can be sent
    QLabel *messageLabel() const { return m_message; }

private:
    void validate();

    QStringList m_existing;
    QLineEdit *m_name;
    QSpinBox *m_partitions;
    QSpinBox *m_replication;
    QComboBox *m_cleanup;
    QLineEdit *m_retention;
    QSpinBox *m_minIsr;
    QPlainTextEdit *m_extra;
    QLabel *m_message;
    QPushButton *m_create;
};

} // namespace Qafka
