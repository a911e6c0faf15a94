#include "aclfiltermodel.h"

#include "acllistmodel.h"

namespace Qafka {

AclFilterModel::AclFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void AclFilterModel::setFilter(const AclFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool AclFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *bindings = qobject_cast<const AclListModel *>(sourceModel());
    const AclBinding *binding = bindings ? bindings->binding(sourceRow) : nullptr;
    return binding && m_filter.accepts(*binding);
}

} // namespace Qafka
