#include "configfiltermodel.h"

#include "configentrymodel.h"

namespace Qafka {

ConfigFilterModel::ConfigFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConfigEntryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConfigFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    invalidateFilter();
}

void ConfigFilterModel::setOnlyOverridden(bool onlyOverridden)
{
    if (m_onlyOverridden == onlyOverridden)
        return;
    m_onlyOverridden = onlyOverridden;
    invalidateFilter();
}

bool ConfigFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_onlyOverridden && model->index(sourceRow, ConfigEntryModel::NameColumn, sourceParent)
                                .data(ConfigEntryModel::IsDefaultRole)
                                .toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {int(ConfigEntryModel::NameColumn), int(ConfigEntryModel::ValueColumn)}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Qafka
