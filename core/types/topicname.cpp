#include "types/topicname.h"

#include <QCoreApplication>

namespace Qafka {

QString TopicName::validate(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("TopicName", "A topic name cannot be empty.");
    if (name == u"." || name == u"..")
        return QCoreApplication::translate("TopicName", "A topic name cannot be “.” or “..”.");
    if (name.size() > maxLength)
        return QCoreApplication::translate(
                   "TopicName", "A topic name can have at most 249 characters; this one has %1.")
            .arg(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool legal = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!legal)
            return QCoreApplication::translate("TopicName",
                                               "“%1” is not allowed in a topic name: use letters, "
                                               "digits, “.”, “_” and “-”.")
                .arg(c);
    }
    return {};
}

QString TopicName::collisionWarning(const QString &name, const QStringList &existing)
{
    QString normalised = name;
    normalised.replace(u'.', u'_');
    for (const QString &other : existing) {
        if (other == name)
            continue;
        QString otherNormalised = other;
        otherNormalised.replace(u'.', u'_');
        if (otherNormalised == normalised)
            return QCoreApplication::translate(
                       "TopicName",
                       "“%1” collides with the existing topic “%2”: Kafka's metric names "
                       "do not tell “.” from “_”.")
                .arg(name, other);
    }
    return {};
}

} // namespace Qafka
