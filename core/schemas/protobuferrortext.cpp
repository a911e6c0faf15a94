#include "schemas/protobuferrortext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Qafka::ProtobufErrorText {

namespace {

// "uint32" for TYPE_UINT32, "com.acme.Order.Status" for type.googleapis.com/com.acme.Order.Status.
QString typeInWords(const QString &type)
{
    if (type.startsWith(u"TYPE_"))
        return type.mid(5).toLower();
    return type.section(u'/', -1);
}

// The sentence for "invalid value V for type T" at path.
QString invalidValue(const QString &path, const QString &value, const QString &type)
{
    static const QRegularExpression oneof(uR"(^oneof field '([^']*)' is already set)"_qs);
    static const QRegularExpression detailed(uR"(^Field '[^']*', (.*)$)"_qs);
    if (const auto match = oneof.match(value); match.hasMatch())
        return QCoreApplication::translate("ProtobufCodec",
                                           "the JSON sets more than one field of the oneof “%1”")
            .arg(match.captured(1));
    if (const auto match = detailed.match(value); match.hasMatch())
        return QCoreApplication::translate("ProtobufCodec", "“%1” is not a valid %2: %3")
            .arg(path, typeInWords(type), inWords(match.captured(1).toStdString()));
    return QCoreApplication::translate("ProtobufCodec", "the value %1 of “%2” is not a valid %3")
        .arg(value, path, typeInWords(type));
}

} // namespace

QString inWords(const std::string &message)
{
    QString words = QString::fromStdString(message).trimmed();
    if (words.endsWith(u'.'))
        words.chop(1);
    if (words.size() > 1 && words.at(0).isUpper() && words.at(1).isLower())
        words[0] = words.at(0).toLower();
    return words;
}

QString jsonError(const std::string &message, const QString &messageType)
{
    // "(lines[0]) colour: Cannot find field.", "(id): invalid value 5 for type TYPE_STRING",
    // ": Root element must be a message."; a parse error adds lines that quote the input.
    static const QRegularExpression located(uR"(^(?:\(([^)]*)\))? ?([^:]*): (.*)$)"_qs);
    static const QRegularExpression invalid(uR"(^invalid value (.*) for type (\S+)$)"_qs);
    const std::string firstLine = message.substr(0, message.find('\n'));
    const auto match = located.match(QString::fromStdString(firstLine));
    if (!match.hasMatch())
        return inWords(firstLine);
    QStringList steps{match.captured(1), match.captured(2)};
    steps.removeAll(QString());
    const QString path = steps.join(u'.');
    const QString what = match.captured(3);
    static const QRegularExpression missing(uR"(^missing field (.*)$)"_qs);
    if (const auto field = missing.match(what); field.hasMatch())
        return QCoreApplication::translate("ProtobufCodec",
                                           "the JSON leaves out the required field “%1”")
            .arg(QStringList{steps + QStringList{field.captured(1)}}.join(u'.'));
    if (what == u"Cannot find field.")
        return QCoreApplication::translate("ProtobufCodec", "%1 has no field “%2”")
            .arg(messageType, path);
    if (const auto value = invalid.match(what); value.hasMatch())
        return invalidValue(path, value.captured(1), value.captured(2));
    if (what == u"Root element must be a message.")
        return QCoreApplication::translate("ProtobufCodec",
                                           "the JSON is not an object, as a %1 message must be")
            .arg(messageType);
    if (path.isEmpty())
        return inWords(what.toStdString());
    return QCoreApplication::translate("ProtobufCodec", "“%1”: %2")
        .arg(path, inWords(what.toStdString()));
}

} // namespace Qafka::ProtobufErrorText
