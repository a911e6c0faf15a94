#pragma once

#include "tablemodel.h"
#include "types/scramtypes.h"

namespace Qafka {

// The SCRAM users of a cluster, one row per credential: user, mechanism, iterations (what
// DescribeUserScramCredentials and kafka-configs.sh --describe --entity-type users tell).
class ScramUserModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, MechanismColumn, IterationsColumn };
    struct Row
    {
        QString user;
        ScramCredential credential;
        bool operator==(const Row &) const = default;
    };

    explicit ScramUserModel(QObject *parent = nullptr);

    void setUsers(const QList<ScramUser> &users);
    const Row *credential(int row) const;
    int userCount() const { return m_userCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

private:
    QList<Row> m_rows;
    int m_userCount = 0;
};

} // namespace Qafka
