#pragma once

#include <QSortFilterProxyModel>

namespace Qafka {

class ConsumerGroupListModel;

// The groups table's view of a ConsumerGroupListModel: filtered by a substring of the group id,
// sorted on raw values. Sorting by group id compares row numbers, since the rows are sorted by
// group id already: showing 10,000 groups sorted costs no string comparisons on the GUI thread.
class ConsumerGroupFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConsumerGroupFilterModel(ConsumerGroupListModel *groups, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Qafka
