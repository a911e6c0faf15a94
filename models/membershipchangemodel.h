#pragma once

#include "groups/membershipchange.h"
#include "tablemodel.h"

namespace Qafka {

// A consumer group's membership changes, newest first: when each began, how many members there
// were before and after, and what changed. What the lag chart's markers show, as a table.
class MembershipChangeModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MembersColumn, ChangeColumn, ColumnCount };

    explicit MembershipChangeModel(QObject *parent = nullptr);

    // The changes oldest first, as GroupHistory keeps them.
    void setChanges(const QList<MembershipChange> &changes);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_changes.size()); }
    QStringList columnTitles() const override;
    const MembershipChange &changeAt(int row) const;

    QList<MembershipChange> m_changes; // oldest first
};

} // namespace Qafka
