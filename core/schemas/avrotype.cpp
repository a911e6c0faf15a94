#include "schemas/avrotype.h"

#include <QCoreApplication>
#include <QStringList>

namespace Qafka {

namespace {

QString describeLogical(const AvroType &type)
{
    using Logical = AvroType::Logical;
    switch (type.logical) {
    case Logical::Date:
        return QCoreApplication::translate("AvroCodec",
                                           "a date (\"2024-01-31\" or days since 1970)");
    case Logical::TimeMillis:
        return QCoreApplication::translate("AvroCodec",
                                           "a time of day (\"12:34:56.789\" or milliseconds)");
    case Logical::TimeMicros:
        return QCoreApplication::translate("AvroCodec",
                                           "a time of day (\"12:34:56.789012\" or microseconds)");
    case Logical::TimestampMillis:
        return QCoreApplication::translate(
            "AvroCodec", "a timestamp (\"2024-01-31T12:34:56.789Z\" or milliseconds since 1970)");
    case Logical::TimestampMicros:
        return QCoreApplication::translate(
            "AvroCodec",
            "a timestamp (\"2024-01-31T12:34:56.789012Z\" or microseconds since 1970)");
    case Logical::LocalTimestampMillis:
        return QCoreApplication::translate(
            "AvroCodec",
            "a local timestamp (\"2024-01-31T12:34:56.789\" or milliseconds since 1970)");
    case Logical::LocalTimestampMicros:
        return QCoreApplication::translate(
            "AvroCodec",
            "a local timestamp (\"2024-01-31T12:34:56.789012\" or microseconds since 1970)");
    case Logical::Decimal:
        return QCoreApplication::translate("AvroCodec", "a decimal number (precision %1, scale %2)")
            .arg(type.precision)
            .arg(type.scale);
    case Logical::Uuid:
        return QCoreApplication::translate("AvroCodec", "a UUID");
    case Logical::None:
        break;
    }
    return {};
}

} // namespace

const char *AvroType::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Boolean:
        return "boolean";
    case Kind::Int:
        return "int";
    case Kind::Long:
        return "long";
    case Kind::Float:
        return "float";
    case Kind::Double:
        return "double";
    case Kind::Bytes:
        return "bytes";
    case Kind::String:
        return "string";
    case Kind::Record:
        return "record";
    case Kind::Enum:
        return "enum";
    case Kind::Array:
        return "array";
    case Kind::Map:
        return "map";
    case Kind::Union:
        return "union";
    case Kind::Fixed:
        return "fixed";
    }
    return "";
}

std::string AvroType::unionName() const
{
    return isNamed() ? fullName : kindName(kind);
}

QString AvroType::describe() const
{
    if (logical != Logical::None)
        return describeLogical(*this);
    const QString name = QString::fromStdString(fullName);
    switch (kind) {
    case Kind::Null:
        return QCoreApplication::translate("AvroCodec", "null");
    case Kind::Boolean:
        return QCoreApplication::translate("AvroCodec", "a boolean");
    case Kind::Int:
        return QCoreApplication::translate("AvroCodec", "an int");
    case Kind::Long:
        return QCoreApplication::translate("AvroCodec", "a long");
    case Kind::Float:
        return QCoreApplication::translate("AvroCodec", "a float");
    case Kind::Double:
        return QCoreApplication::translate("AvroCodec", "a double");
    case Kind::Bytes:
        return QCoreApplication::translate("AvroCodec", "bytes in base64");
    case Kind::String:
        return QCoreApplication::translate("AvroCodec", "a string");
    case Kind::Record:
        return QCoreApplication::translate("AvroCodec", "an object (the record %1)").arg(name);
    case Kind::Enum:
        return QCoreApplication::translate("AvroCodec", "a symbol of the enum %1").arg(name);
    case Kind::Array:
        return QCoreApplication::translate("AvroCodec", "an array");
    case Kind::Map:
        return QCoreApplication::translate("AvroCodec", "an object (a map)");
    case Kind::Fixed:
        return QCoreApplication::translate("AvroCodec", "%n byte(s) in base64 (the fixed %1)",
                                           nullptr, int(fixedSize))
            .arg(name);
    case Kind::Union: {
        QStringList names;
        for (const AvroType *branch : branches)
            names << QString::fromStdString(branch->unionName());
        return QCoreApplication::translate("AvroCodec", "one of %1")
            .arg(names.join(QLatin1String(", ")));
    }
    }
    return {};
}

QString AvroType::displayName() const
{
    return QString::fromStdString(isNamed() ? fullName : std::string(kindName(kind)));
}

} // namespace Qafka
