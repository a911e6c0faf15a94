#pragma once

#include "tablemodel.h"
#include "types/clustertypes.h"

namespace Qafka {

// The configuration of one resource (a broker here; topics later), as DescribeConfigs returns it.
class ConfigEntryModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ValueColumn,
        SourceColumn,
        ReadOnlyColumn,
        SensitiveColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IsDefaultRole };

    explicit ConfigEntryModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<ConfigEntry> &entries);
    void clear();
    const ConfigEntry &entry(int row) const { return m_entries.at(row); }

private:
    int rows() const override { return int(m_entries.size()); }
    QStringList columnTitles() const override;

    QList<ConfigEntry> m_entries;
};

} // namespace Qafka
