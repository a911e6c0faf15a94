#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <algorithm>

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

    // Replaces rows with next. When sameItem says every row is the same item as before, in the
    // same order, the rows change in place, each changed row announced (views keep selection and
    // scroll position); otherwise the model resets.
    template <typename Row, typename SameItem>
    void replaceRows(QList<Row> &rows, const QList<Row> &next, SameItem sameItem)
    {
        if (!std::equal(rows.cbegin(), rows.cend(), next.cbegin(), next.cend(), sameItem)) {
            beginResetModel();
            rows = next;
            endResetModel();
            return;
        }
        for (int row = 0; row < next.size(); ++row) {
            if (rows.at(row) == next.at(row))
                continue;
            rows[row] = next.at(row);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }

private:
    const int m_columnCount;
};

} // namespace Qafka
