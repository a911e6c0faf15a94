#pragma once

#include <QSortFilterProxyModel>

namespace Qafka {

// Sorting on raw values and a "search" that matches name or value, plus an option to show only the
// entries that differ from their defaults.
class ConfigFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConfigFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setOnlyOverridden(bool onlyOverridden);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_onlyOverridden = false;
};

} // namespace Qafka
