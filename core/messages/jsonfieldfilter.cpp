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

// Sets *error (when given) to message; returns false, for the parse steps to return.
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A position in the expression as the user counts it: the first character is 1.
QString position(qsizetype at)
{
    return QString::number(at + 1);
}

qsizetype skipSpaces(const QString &expression, qsizetype at)
{
    while (at < expression.size() && expression.at(at).isSpace())
        ++at;
    return at;
}

// A name step at `at`: "quoted" (with \ escaping the next character) or a plain word.
bool readName(const QString &expression, qsizetype &at, QString *name, QString *error)
{
    const qsizetype size = expression.size();
    const qsizetype start = at;
    if (at < size && expression.at(at) == u'"') {
        for (++at; at < size;) {
            const QChar c = expression.at(at++);
            if (c == u'"')
                return true;
            if (c == u'\\' && at < size)
                *name += expression.at(at++);
            else
                *name += c;
        }
        return fail(error,
                    QCoreApplication::translate(
                        "JsonFieldFilter", "The quoted name at position %1 has no closing quote.")
                        .arg(position(start)));
    }
    while (at < size && isWordCharacter(expression.at(at)))
        ++at;
    if (at == start)
        return fail(error, QCoreApplication::translate("JsonFieldFilter",
                                                       "A field name is missing at position %1.")
                               .arg(position(at)));
    *name = expression.mid(start, at - start);
    return true;
}

// An index step at `at`, which is a [: a whole number, negative from the end, in brackets.
bool readIndex(const QString &expression, qsizetype &at, qsizetype *index, QString *error)
{
    const qsizetype size = expression.size();
    const qsizetype start = at++;
    const qsizetype digitsStart = at;
    if (at < size && expression.at(at) == u'-')
        ++at;
    while (at < size && expression.at(at).isDigit() && expression.at(at).unicode() < 128)
        ++at;
    bool ok = false;
    *index = expression.mid(digitsStart, at - digitsStart).toLongLong(&ok);
    if (!ok || at == size || expression.at(at) != u']')
        return fail(error, QCoreApplication::translate("JsonFieldFilter",
                                                       "The array index at position %1 is not a "
                                                       "whole number in brackets, such as [0].")
                               .arg(position(start)));
    ++at;
    return true;
}

struct OperatorToken
{
    QLatin1StringView text;
    JsonFieldFilter::Operator op;
};

// The operator that text starts with, if any.
std::optional<OperatorToken> operatorAt(QStringView text)
{
    using Operator = JsonFieldFilter::Operator;
    static constexpr OperatorToken operators[] = {
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
    for (const OperatorToken &candidate : operators) {
        if (text.startsWith(candidate.text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

std::optional<JsonFieldFilter> JsonFieldFilter::parse(const QString &expression, QString *error)
{
    JsonFieldFilter filter;
    filter.m_expression = expression;
    qsizetype at = skipSpaces(expression, 0);
    if (at == expression.size()) {
        fail(error, QCoreApplication::translate("JsonFieldFilter", "The filter is empty."));
        return std::nullopt;
    }
    if (!filter.parsePath(expression, at, error))
        return std::nullopt;

    // The operator.
    at = skipSpaces(expression, at);
    if (at == expression.size())
        return filter; // Exists
    const std::optional<OperatorToken> token = operatorAt(QStringView(expression).sliced(at));
    if (!token) {
        fail(error, QCoreApplication::translate(
                        "JsonFieldFilter",
                        "Unexpected “%1” at position %2: expected an operator such as ==, "
                        "!=, <, > or ~, or the end of the filter.")
                        .arg(QString(expression.at(at)), position(at)));
        return std::nullopt;
    }
    filter.m_operator = token->op;
    const QString operatorText = token->text;
    at += token->text.size();

    // The operand.
    at = skipSpaces(expression, at);
    const QString operand = expression.sliced(at).trimmed();
    if (operand.isEmpty()) {
        fail(error, QCoreApplication::translate("JsonFieldFilter", "A value is missing after “%1”.")
                        .arg(operatorText));
        return std::nullopt;
    }
    const bool parsed = filter.m_operator == Operator::Match
                            ? filter.setPattern(operand, error)
                            : filter.setLiteral(operand, operatorText, at, error);
    if (!parsed)
        return std::nullopt;
    return filter;
}

// The path: an optional "$" root, then names and indexes, from `at` on. False with *error set
// on a syntax error.
bool JsonFieldFilter::parsePath(const QString &expression, qsizetype &at, QString *error)
{
    const qsizetype size = expression.size();
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
            if (!readName(expression, at, &step.name, error))
                return false;
            m_path.append(step);
        }
        while (at < size && expression.at(at) == u'[') {
            Step step;
            step.isIndex = true;
            if (!readIndex(expression, at, &step.index, error))
                return false;
            m_path.append(step);
        }
        if (at == size || expression.at(at) != u'.')
            return true;
        ++at;
        needName = true;
    }
}

// The pattern of ~: the contents of a quoted JSON string, or else the operand as written.
bool JsonFieldFilter::setPattern(const QString &operand, QString *error)
{
    const std::optional<QJsonValue> literal = jsonScalar(operand);
    // A pattern may well start with a quote; only a whole JSON string is unquoted.
    m_regex.setPattern(literal && literal->isString() ? literal->toString() : operand);
    if (!m_regex.isValid())
        return fail(error, QCoreApplication::translate(
                               "JsonFieldFilter",
                               "The regular expression is not valid: %1 (at character %2).")
                               .arg(m_regex.errorString(), position(m_regex.patternErrorOffset())));
    m_regex.optimize(); // compiled now, not on first use from a worker thread
    return true;
}

// The literal compared with: a JSON scalar, or else the operand as a string. operandStart is
// its position in the expression, for the error message.
bool JsonFieldFilter::setLiteral(const QString &operand, const QString &operatorText,
                                 qsizetype operandStart, QString *error)
{
    const std::optional<QJsonValue> literal = jsonScalar(operand);
    if (operand.startsWith(u'"') && !(literal && literal->isString()))
        return fail(error, QCoreApplication::translate(
                               "JsonFieldFilter",
                               "The quoted text at position %1 is not a valid JSON string; write "
                               "\\\" for a quote and \\\\ for a backslash inside it.")
                               .arg(position(operandStart)));
    if (!literal) {
        m_literalType = LiteralType::String;
        m_string = operand;
    } else if (literal->isNull()) {
        m_literalType = LiteralType::Null;
    } else if (literal->isBool()) {
        m_literalType = LiteralType::Bool;
        m_bool = literal->toBool();
    } else if (literal->isDouble()) {
        m_literalType = LiteralType::Number;
        m_number = literal->toDouble();
    } else {
        m_literalType = LiteralType::String;
        m_string = literal->toString();
    }
    const bool ordering = m_operator == Operator::Less || m_operator == Operator::LessOrEqual ||
                          m_operator == Operator::Greater || m_operator == Operator::GreaterOrEqual;
    if (ordering && m_literalType != LiteralType::Number && m_literalType != LiteralType::String)
        return fail(error, QCoreApplication::translate("JsonFieldFilter",
                                                       "“%1” compares numbers or strings, not %2.")
                               .arg(operatorText, operand));
    return true;
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
    return followPath(field) && test(field);
}

// Replaces field by the value at the path within it; false when there is none.
bool JsonFieldFilter::followPath(QJsonValue &field) const
{
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
    return true;
}

// The operator applied to the field's value and the literal (or pattern).
bool JsonFieldFilter::test(const QJsonValue &field) const
{
    switch (m_operator) {
    case Operator::Exists:
        return true;
    case Operator::Equal:
        return equalsLiteral(field);
    case Operator::NotEqual:
        return !equalsLiteral(field);
    case Operator::Less:
    case Operator::LessOrEqual:
    case Operator::Greater:
    case Operator::GreaterOrEqual: {
        const std::optional<int> order = compareWithLiteral(field);
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

bool JsonFieldFilter::equalsLiteral(const QJsonValue &field) const
{
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
}

// <0, 0, >0, or nullopt when the two cannot be ordered.
std::optional<int> JsonFieldFilter::compareWithLiteral(const QJsonValue &field) const
{
    if (m_literalType == LiteralType::Number && field.isDouble()) {
        const double number = field.toDouble();
        return number < m_number ? -1 : number > m_number ? 1 : 0;
    }
    if (m_literalType == LiteralType::String && field.isString())
        return QString::compare(field.toString(), m_string);
    return std::nullopt;
}

} // namespace Qafka
