#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Qafka {

// A SCRAM credential as DescribeUserScramCredentials tells it: the mechanism and the iteration
// count. The broker never gives the salted password back.
struct ScramCredential
{
    QString mechanism; // SCRAM-SHA-256 or SCRAM-SHA-512
    int iterations = 0;
    bool operator==(const ScramCredential &) const = default;
};

struct ScramUser
{
    QString name;
    QList<ScramCredential> credentials;
    bool operator==(const ScramUser &) const = default;
};

// Creates or changes (password set) or deletes (password empty and remove) one credential.
struct ScramCredentialWrite
{
    QString user;
    QString mechanism = QStringLiteral("SCRAM-SHA-512");
    int iterations = kDefaultIterations;
    QString password; // goes to the broker only; never logged or stored
    bool remove = false;

    // kafka-configs.sh's default, and the least a broker accepts.
    static constexpr int kDefaultIterations = 4096;
    static constexpr int kMaxIterations = 16384;
};

QStringList scramMechanisms();

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::ScramUser)
