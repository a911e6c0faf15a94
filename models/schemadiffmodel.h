#pragma once

#include "schemas/textdiff.h"
#include "tablemodel.h"

namespace Qafka {

// Two schema texts side by side: line number and text of the older version, then of the newer,
// one row per line pair. Removed lines are tinted red, added green, changed ones amber; each row
// also says so in its accessible description, for those who do not see the colour.
class SchemaDiffModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { LeftLineColumn, LeftTextColumn, RightLineColumn, RightTextColumn };

    explicit SchemaDiffModel(QObject *parent = nullptr);

    void setTexts(const QString &left, const QString &right);
    const QList<DiffRow> &diffRows() const { return m_rows; }
    // "2 lines added, 1 removed, 1 changed", or that the texts are the same.
    QString summary() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

private:
    QString kindText(DiffRow::Kind kind) const;

    QList<DiffRow> m_rows;
};

} // namespace Qafka
