#include "consumergroupfiltermodel.h"

#include "consumergrouplistmodel.h"

namespace Qafka {

ConsumerGroupFilterModel::ConsumerGroupFilterModel(ConsumerGroupListModel *groups, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(groups);
    setSortRole(ConsumerGroupListModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool ConsumerGroupFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The same order as comparing the ids (QString's, case-sensitive as this sort is).
    if (left.column() == ConsumerGroupListModel::GroupColumn &&
        sortCaseSensitivity() == Qt::CaseSensitive && !isSortLocaleAware())
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Qafka
