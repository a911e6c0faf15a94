#pragma once

#include "groups/grouptypes.h"
#include "types/clustertypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Qafka {

class GroupMonitor;

// Resets a consumer group's committed offsets like kafka-consumer-groups.sh --reset-offsets:
// to the earliest or latest offset, a date and time, a given offset, or shifted by N, for all of
// the group's topics or one. Nothing is written before a preview shows every partition's current
// and new offset; Reset needs the group id typed, a group without active members, and a
// connection that is not read-only.
class ResetOffsetsDialog : public QDialog
{
    Q_OBJECT
public:
    ResetOffsetsDialog(GroupMonitor *monitor, const ConsumerGroupLag &group,
                       QWidget *parent = nullptr);

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *valueEdit() const { return m_value; }
    QDateTimeEdit *dateTimeEdit() const { return m_dateTime; }
    QPushButton *previewButton() const { return m_previewButton; }
    QTableWidget *previewTable() const { return m_table; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *resetButton() const { return m_resetButton; }
    QLabel *statusLabel() const { return m_status; }

    OffsetResetSpec spec() const;
    void requestPreview();
    void applyReset();

signals:
    void resetDone(bool succeeded);

private:
    // The constructor's parts, in the order it runs them.
    void setUpSpecInputs();
    void setUpPreview();
    void buildLayout();
    void connectSignals();
    void onPreview(quint64 id, const OffsetResetPreview &preview, const KafkaError &error);
    void onFinished(quint64 id, const QString &description, const KafkaError &error);
    void updateInputs();
    void updateResetButton();
    void invalidatePreview();

    GroupMonitor *m_monitor;
    ConsumerGroupLag m_group;
    QComboBox *m_scope;
    QComboBox *m_mode;
    QLineEdit *m_value;
    QDateTimeEdit *m_dateTime;
    QPushButton *m_previewButton;
    QTableWidget *m_table;
    QLineEdit *m_confirm;
    QPushButton *m_resetButton;
    QLabel *m_status;
    quint64 m_previewId = 0;
    quint64 m_resetId = 0;
    bool m_hasPreview = false;
    OffsetResetPreview m_preview;
};

} // namespace Qafka
