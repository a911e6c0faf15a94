#include "schemas/avropath.h"

#include <QByteArray>

namespace Qafka {

namespace {

// A key that reads well after a dot: letters, digits, _ and -, not starting with a digit.
bool isPlainKey(std::string_view key)
{
    if (key.empty() || (key.front() >= '0' && key.front() <= '9'))
        return false;
    for (const char c : key) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

QString AvroPath::toString() const
{
    QByteArray text("$");
    for (const Step &step : m_steps) {
        const QByteArray name(step.name.data(), qsizetype(step.name.size()));
        switch (step.kind) {
        case Step::Kind::Field:
            text += '.' + name;
            break;
        case Step::Kind::Index:
            text += '[' + QByteArray::number(qint64(step.index)) + ']';
            break;
        case Step::Kind::Key:
            if (isPlainKey(step.name)) {
                text += '.' + name;
            } else {
                QByteArray escaped = name;
                escaped.replace('\\', "\\\\").replace('"', "\\\"");
                text += "[\"" + escaped + "\"]";
            }
            break;
        }
    }
    return QString::fromUtf8(text);
}

} // namespace Qafka
