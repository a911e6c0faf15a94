#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Qafka {

// A flat table: no index has children, and the horizontal header reads from the column titles
// the subclass supplies. The titles come from the subclass so they keep its translation context.
// (QAbstractTableModel::flags already adds Qt::ItemNeverHasChildren.)
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    explicit TableModel(int columnCount, QObject *parent = nullptr);

    virtual int rows() const = 0;
    // One title per column, in column order, each through the subclass's tr().
    virtual QStringList columnTitles() const = 0;
    // The header's tooltip for a column; empty for none.
    virtual QString columnToolTip(int column) const;

private:
    const int m_columnCount;
};

} // namespace Qafka
