#pragma once

#include "types/clustertypes.h"

#include <QAbstractTableModel>

namespace Qafka {

// The configuration of one resource (a broker here; topics later), as DescribeConfigs returns it.
class ConfigEntryModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setEntries(const QList<ConfigEntry> &entries);
    void clear();
    const ConfigEntry &entry(int row) const { return m_entries.at(row); }

private:
    QList<ConfigEntry> m_entries;
};

} // namespace Qafka
