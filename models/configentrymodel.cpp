#include "configentrymodel.h"

#include <QFont>

namespace Qafka {

ConfigEntryModel::ConfigEntryModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

QStringList ConfigEntryModel::columnTitles() const
{
    return {
        tr("Name"), tr("Value"), tr("Source"), tr("Read-only"), tr("Sensitive"),
    };
}

QVariant ConfigEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigEntry &entry = m_entries.at(index.row());
    if (role == IsDefaultRole)
        return entry.isDefault;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case ValueColumn:
            if (entry.isSensitive && entry.isNull)
                return role == SortRole ? QString() : tr("(sensitive, hidden by the broker)");
            if (entry.isNull)
                return role == SortRole ? QString() : tr("(null)");
            return entry.value;
        case SourceColumn:
            return configSourceName(entry.source);
        case ReadOnlyColumn:
            return role == SortRole ? QVariant(entry.isReadOnly)
                                    : QVariant(entry.isReadOnly ? tr("yes") : tr("no"));
        case SensitiveColumn:
            return role == SortRole ? QVariant(entry.isSensitive)
                                    : QVariant(entry.isSensitive ? tr("yes") : tr("no"));
        }
        return {};
    }
    if (role == Qt::FontRole && !entry.isDefault && index.column() <= ValueColumn) {
        // Values someone set stand out from the defaults.
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

void ConfigEntryModel::setEntries(const QList<ConfigEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ConfigEntryModel::clear()
{
    setEntries({});
}

} // namespace Qafka
