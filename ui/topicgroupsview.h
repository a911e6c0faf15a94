#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Qafka {

class GroupMonitor;

// The topic's side of consumer groups: which groups read it (have committed offsets for it or are
// assigned its partitions), with their lag on this topic and their status.
class TopicGroupsView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicGroupsView(QWidget *parent = nullptr);

    void setMonitor(GroupMonitor *monitor);
    void setTopic(const QString &topic);
    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void update();

    GroupMonitor *m_monitor = nullptr;
    QString m_topic;
    QTableWidget *m_table;
    QLabel *m_note;
    bool m_viewing = false;
};

} // namespace Qafka
