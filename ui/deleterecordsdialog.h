#pragma once

#include "types/topictypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Qafka {

// Delete records of a topic: every record before an offset in one partition, or all records of
// one or all partitions. Shows how many messages go before anything is sent, and asks for the
// topic's name to be typed.
class DeleteRecordsDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteRecordsDialog(const TopicInfo &topic, const TopicStats &stats, QWidget *parent = nullptr);

    QList<RecordDeletion> deletions() const;
    qint64 messagesToDelete() const; // -1 when unknown
    QLabel *previewLabel() const { return m_preview; }
    QComboBox *partitionCombo() const { return m_partition; }
    QRadioButton *beforeOffsetRadio() const { return m_beforeOffset; }
    QLineEdit *offsetEdit() const { return m_offset; }
    QLineEdit *nameEdit() const { return m_typed; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void update();

    TopicInfo m_topic;
    TopicStats m_stats;
    QComboBox *m_partition;
    QRadioButton *m_all;
    QRadioButton *m_beforeOffset;
    QLineEdit *m_offset;
    QLabel *m_preview;
    QLineEdit *m_typed;
    QPushButton *m_delete;
};

} // namespace Qafka
