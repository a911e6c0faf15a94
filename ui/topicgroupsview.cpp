#include "topicgroupsview.h"

#include "consumergrouplistmodel.h"
#include "session/groupmonitor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Qafka {

TopicGroupsView::TopicGroupsView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 6, this))
    , m_note(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("topicGroupsTable"));
    m_table->setAccessibleName(tr("Consumer groups reading the topic"));
    m_table->setHorizontalHeaderLabels(
        {tr("Group"), tr("State"), tr("Partitions"), tr("Lag"), tr("Max time lag"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void TopicGroupsView::setMonitor(GroupMonitor *monitor)
{
    m_monitor = monitor;
    connect(monitor, &GroupMonitor::roundReady, this, &TopicGroupsView::update);
    update();
}

void TopicGroupsView::setTopic(const QString &topic)
{
    m_topic = topic;
    update();
}

void TopicGroupsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_monitor && !m_viewing) {
        m_viewing = true;
        m_monitor->setViewing(true);
    }
}

void TopicGroupsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_monitor && m_viewing) {
        m_viewing = false;
        m_monitor->setViewing(false);
    }
}

void TopicGroupsView::update()
{
    if (!m_monitor)
        return;
    if (!m_monitor->hasRound()) {
        m_note->setText(tr("Reading consumer groups…"));
        m_table->setRowCount(0);
        return;
    }
    const QList<GroupMonitor::TopicReader> readers = m_monitor->readersOf(m_topic);
    m_note->setText(readers.isEmpty()
                        ? tr("No consumer group reads %1.").arg(m_topic)
                        : tr("%n group(s) read %1.", nullptr, int(readers.size())).arg(m_topic));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(readers.size()));
    for (int r = 0; r < readers.size(); ++r) {
        const GroupMonitor::TopicReader &reader = readers.at(r);
        const QStringList cells = {reader.groupId,
                                   reader.state,
                                   QString::number(reader.partitions),
                                   formatCount(reader.lag),
                                   formatSeconds(reader.maxTimeLagSeconds, false),
                                   lagStatusName(reader.verdict.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 5) {
                item->setToolTip(reader.verdict.reason);
                item->setForeground(statusColor(reader.verdict.status));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

} // namespace Qafka
