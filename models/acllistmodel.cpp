#include "acllistmodel.h"

#include "semanticcolors.h"

#include <QSet>

#include <algorithm>

namespace Qafka {

AclListModel::AclListModel(QObject *parent)
    : TableModel(7, parent)
{}

QStringList AclListModel::columnTitles() const
{
    return {tr("Principal"),     tr("Host"),          tr("Operation"), tr("Permission"),
            tr("Resource type"), tr("Resource name"), tr("Pattern")};
}

QString AclListModel::columnToolTip(int column) const
{
    switch (column) {
    case ResourceNameColumn:
        return tr("\"*\" with a LITERAL pattern means every resource of the type");
    case PatternColumn:
        return tr("LITERAL: the name exactly; PREFIXED: every resource whose name starts with it");
    default:
        return {};
    }
}

void AclListModel::setBindings(const QList<AclBinding> &bindings)
{
    replaceRows(m_bindings, bindings, [](const auto &a, const auto &b) { return a == b; });
}

const AclBinding *AclListModel::binding(int row) const
{
    return row >= 0 && row < m_bindings.size() ? &m_bindings.at(row) : nullptr;
}

QStringList AclListModel::principals() const
{
    QSet<QString> seen;
    for (const AclBinding &each : m_bindings)
        seen.insert(each.principal);
    QStringList sorted(seen.cbegin(), seen.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QString AclListModel::text(const AclBinding &binding, int column)
{
    switch (column) {
    case PrincipalColumn:
        return binding.principal;
    case HostColumn:
        return binding.host;
    case OperationColumn:
        return binding.operation;
    case PermissionColumn:
        return binding.permission;
    case ResourceTypeColumn:
        return binding.resourceType;
    case ResourceNameColumn:
        return binding.resourceName;
    case PatternColumn:
        return binding.patternType;
    default:
        return {};
    }
}

QVariant AclListModel::data(const QModelIndex &index, int role) const
{
    const AclBinding *row = binding(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*row, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return row->summary();
    case Qt::ForegroundRole:
        if (index.column() == PermissionColumn && row->permission == u"DENY")
            return semanticColor(Meaning::Error);
        return {};
    default:
        return {};
    }
}

} // namespace Qafka
