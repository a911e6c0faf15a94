#pragma once

#include "types/acltypes.h"

#include <QSortFilterProxyModel>

namespace Qafka {

// The bindings an AclFilter accepts, over an AclListModel: "what may this principal do" (the
// principal field) and "who may do what on this topic" (a resource resolved the way the
// authorizer does: its literal name, the wildcard, the prefixes of its name).
class AclFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AclFilterModel(QObject *parent = nullptr);

    void setFilter(const AclFilter &filter);
    const AclFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AclFilter m_filter;
};

} // namespace Qafka
