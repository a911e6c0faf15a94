#include "scramusermodel.h"

namespace Qafka {

ScramUserModel::ScramUserModel(QObject *parent)
    : TableModel(3, parent)
{}

QStringList ScramUserModel::columnTitles() const
{
    return {tr("User"), tr("Mechanism"), tr("Iterations")};
}

void ScramUserModel::setUsers(const QList<ScramUser> &users)
{
    QList<Row> next;
    for (const ScramUser &user : users)
        for (const ScramCredential &credential : user.credentials)
            next.append({user.name, credential});
    m_userCount = int(users.size());
    replaceRows(m_rows, next, [](const Row &a, const Row &b) {
        return a.user == b.user && a.credential.mechanism == b.credential.mechanism;
    });
}

const ScramUserModel::Row *ScramUserModel::credential(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant ScramUserModel::data(const QModelIndex &index, int role) const
{
    const Row *row = credential(index.row());
    if (!row)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserColumn:
            return row->user;
        case MechanismColumn:
            return row->credential.mechanism;
        case IterationsColumn:
            return row->credential.iterations;
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleDescriptionRole)
        return tr("User %1, %2, %3 iterations")
            .arg(row->user, row->credential.mechanism)
            .arg(row->credential.iterations);
    if (role == Qt::TextAlignmentRole && index.column() == IterationsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace Qafka
