#pragma once

#include "tablemodel.h"
#include "types/acltypes.h"

namespace Qafka {

// Every ACL binding of a cluster, one row each, in kafka-acls.sh's terms: principal, host,
// operation, permission (DENY in the error colour), resource type, name and pattern type.
class AclListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        PrincipalColumn,
        HostColumn,
        OperationColumn,
        PermissionColumn,
        ResourceTypeColumn,
        ResourceNameColumn,
        PatternColumn
    };

    explicit AclListModel(QObject *parent = nullptr);

    void setBindings(const QList<AclBinding> &bindings);
    const QList<AclBinding> &bindings() const { return m_bindings; }
    const AclBinding *binding(int row) const;
    QStringList principals() const; // each once, sorted

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_bindings.size()); }
    QStringList columnTitles() const override;
    QString columnToolTip(int column) const override;

private:
    static QString text(const AclBinding &binding, int column);

    QList<AclBinding> m_bindings;
};

} // namespace Qafka
