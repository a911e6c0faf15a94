#include "messages/jsonfieldfilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace Qafka {

namespace {

bool isWordCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'.':
    case u'[':
    case u']':
    case u'=':
    case u'!':
    case u'<':
    case u'>':
    case u'~':
        return false;
    default:
        return !c.isSpace();
    }
}

// The JSON scalar that text spells, or nullopt when it spells none.
std::optional<QJsonValue> jsonScalar(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    const QJsonValue value = document.array().at(0);
    if (value.isArray() || value.isObject())
        return std::nullopt;
    return value;
}

QString compactJson(const QJsonValue &value)
{
    // Wrapping in an array lets Qt serialise scalars too.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

std::optional<JsonFieldFilter> JsonFieldFilter::parse(const QString &expression, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<JsonFieldFilter> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto position = [](qsizetype at) { return QString::number(at + 1); };

    JsonFieldFilter filter;
    filter.m_expression = expression;
    const qsizetype size = expression.size();
    qsizetype at = 0;
    const auto skipSpaces = [&] {
        while (at < size && expression.at(at).isSpace())
            ++at;
    };

    skipSpaces();
    if (at == size)
        return fail(QCoreApplication::translate("JsonFieldFilter", "The filter is empty."));

    // The path.
    bool needName = true;
    if (expression.at(at) == u'$') {
        ++at;
        needName = false;
        if (at < size && expression.at(at) == u'.') {
            ++at;
            needName = true;
        }
    } else if (expression.at(at) == u'[') {
        needName = false;
    }
    for (;;) {
        if (needName) {
            Step step;
            if (at < size && expression.at(at) == u'"') {
                const qsizetype start = at++;
                bool closed = false;
                while (at < size) {
                    const QChar c = expression.at(at++);
                    if (c == u'"') {
                        closed = true;
                        break;
                    }
                    if (c == u'\\' && at < size)
                        step.name += expression.at(at++);
                    else
                        step.name += c;
                }
                if (!closed)
                    return fail(QCoreApplication::translate(
                                    "JsonFieldFilter",
                                    "The quoted name at position %1 has no closing quote.")
                                    .arg(position(start)));
            } else {
                const qsizetype start = at;
                while (at < size && isWordCharacter(expression.at(at)))
                    ++at;
                if (at == start)
                    return fail(QCoreApplication::translate(
                                    "JsonFieldFilter", "A field name is missing at position %1.")
                                    .arg(position(at)));
                step.name = expression.mid(start, at - start);
            }
            filter.m_path.append(step);
        }
        while (at < size && expression.at(at) == u'[') {
            const qsizetype start = at++;
            const qsizetype digitsStart = at;
            if (at < size && expression.at(at) == u'-')
                ++at;
            while (at < size && expression.at(at).isDigit() && expression.at(at).unicode() < 128)
                ++at;
            bool ok = false;
            const qsizetype index = expression.mid(digitsStart, at - digitsStart).toLongLong(&ok);
            if (!ok || at == size || expression.at(at) != u']')
                return fail(QCoreApplication::translate(
                                "JsonFieldFilter",
                                "The array index at position %1 is not a whole number in "
                                "brackets, such as [0].")
                                .arg(position(start)));
            ++at;
            Step step;
            step.index = index;
            step.isIndex = true;
            filter.m_path.append(step);
        }
        if (at < size && expression.at(at) == u'.') {
            ++at;
            needName = true;
            continue;
        }
        break;
    }

    // The operator.
    skipSpaces();
    if (at == size)
        return filter; // Exists
    static constexpr struct
    {
        QLatin1StringView text;
        Operator op;
    } operators[] = {
        // Two-character operators first, so "<=" is not read as "<".
        {QLatin1StringView("=="), Operator::Equal},
        {QLatin1StringView("!="), Operator::NotEqual},
        {QLatin1StringView("<="), Operator::LessOrEqual},
        {QLatin1StringView(">="), Operator::GreaterOrEqual},
        {QLatin1StringView("="), Operator::Equal},
        {QLatin1StringView("<"), Operator::Less},
        {QLatin1StringView(">"), Operator::Greater},
        {QLatin1StringView("~"), Operator::Match},
    };
    QString operatorText;
    for (const auto &candidate : operators) {
        if (QStringView(expression).sliced(at).startsWith(candidate.text)) {
            filter.m_operator = candidate.op;
            operatorText = candidate.text;
            at += candidate.text.size();
            break;
        }
    }
    if (operatorText.isEmpty())
        return fail(QCoreApplication::translate(
                        "JsonFieldFilter",
                        "Unexpected “%1” at position %2: expected an operator such as ==, !=, <, "
                        "> or ~, or the end of the filter.")
                        .arg(QString(expression.at(at)), position(at)));

    // The operand.
    skipSpaces();
    const qsizetype operandStart = at;
    const QString operand = expression.sliced(at).trimmed();
    if (operand.isEmpty())
        return fail(QCoreApplication::translate("JsonFieldFilter", "A value is missing after “%1”.")
                        .arg(operatorText));
    const std::optional<QJsonValue> literal = jsonScalar(operand);
    const bool quoted = literal && literal->isString();

    if (filter.m_operator == Operator::Match) {
        // A pattern may well start with a quote; only a whole JSON string is unquoted.
        filter.m_regex.setPattern(quoted ? literal->toString() : operand);
        if (!filter.m_regex.isValid())
            return fail(
                QCoreApplication::translate(
                    "JsonFieldFilter", "The regular expression is not valid: %1 (at character %2).")
                    .arg(filter.m_regex.errorString(),
                         position(filter.m_regex.patternErrorOffset())));
        filter.m_regex.optimize(); // compiled now, not on first use from a worker thread
        return filter;
    }

    if (operand.startsWith(u'"') && !quoted)
        return fail(QCoreApplication::translate(
                        "JsonFieldFilter",
                        "The quoted text at position %1 is not a valid JSON string; write \\\" for "
                        "a quote and \\\\ for a backslash inside it.")
                        .arg(position(operandStart)));
    if (!literal) {
        filter.m_literalType = LiteralType::String;
        filter.m_string = operand;
    } else if (literal->isNull()) {
        filter.m_literalType = LiteralType::Null;
    } else if (literal->isBool()) {
        filter.m_literalType = LiteralType::Bool;
        filter.m_bool = literal->toBool();
    } else if (literal->isDouble()) {
        filter.m_literalType = LiteralType::Number;
        filter.m_number = literal->toDouble();
    } else {
        filter.m_literalType = LiteralType::String;
        filter.m_string = literal->toString();
    }
    const bool ordering =
        filter.m_operator == Operator::Less || filter.m_operator == Operator::LessOrEqual ||
        filter.m_operator == Operator::Greater || filter.m_operator == Operator::GreaterOrEqual;
    if (ordering && filter.m_literalType != LiteralType::Number &&
        filter.m_literalType != LiteralType::String)
        return fail(QCoreApplication::translate("JsonFieldFilter",
                                                "“%1” compares numbers or strings, not %2.")
                        .arg(operatorText, operand));
    return filter;
}

bool JsonFieldFilter::matches(QByteArrayView value) const
{
    // Cheap rejection of what is not a JSON object or array.
    qsizetype at = 0;
    while (at < value.size() &&
           (value[at] == ' ' || value[at] == '\n' || value[at] == '\r' || value[at] == '\t'))
        ++at;
    if (at == value.size() || (value[at] != '{' && value[at] != '['))
        return false;

    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(value.data(), value.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    QJsonValue field =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    for (const Step &step : m_path) {
        if (step.isIndex) {
            if (!field.isArray())
                return false;
            const QJsonArray array = field.toArray();
            const qsizetype index = step.index < 0 ? array.size() + step.index : step.index;
            if (index < 0 || index >= array.size())
                return false;
            field = array.at(index);
        } else {
            if (!field.isObject())
                return false;
            const QJsonObject object = field.toObject();
            const auto it = object.constFind(step.name);
            if (it == object.constEnd())
                return false;
            field = it.value();
        }
    }

    const auto equal = [&] {
        switch (m_literalType) {
        case LiteralType::Null:
            return field.isNull();
        case LiteralType::Bool:
            return field.isBool() && field.toBool() == m_bool;
        case LiteralType::Number:
            return field.isDouble() && field.toDouble() == m_number;
        case LiteralType::String:
            return field.isString() && field.toString() == m_string;
        }
        return false;
    };
    // <0, 0, >0, or nullopt when the two cannot be ordered.
    const auto compare = [&]() -> std::optional<int> {
        if (m_literalType == LiteralType::Number && field.isDouble()) {
            const double number = field.toDouble();
            return number < m_number ? -1 : number > m_number ? 1 : 0;
        }
        if (m_literalType == LiteralType::String && field.isString())
            return QString::compare(field.toString(), m_string);
        return std::nullopt;
    };

    switch (m_operator) {
    case Operator::Exists:
        return true;
    case Operator::Equal:
        return equal();
    case Operator::NotEqual:
        return !equal();
    case Operator::Less:
    case Operator::LessOrEqual:
    case Operator::Greater:
    case Operator::GreaterOrEqual: {
        const std::optional<int> order = compare();
        if (!order)
            return false;
        switch (m_operator) {
        case Operator::Less:
            return *order < 0;
        case Operator::LessOrEqual:
            return *order <= 0;
        case Operator::Greater:
            return *order > 0;
        default:
            return *order >= 0;
        }
    }
    case Operator::Match:
        return m_regex.match(field.isString() ? field.toString() : compactJson(field)).hasMatch();
    }
    return false;
}

} // namespace Qafka
