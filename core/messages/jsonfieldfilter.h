#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Qafka {

// A condition on one field of JSON message values, typed by the user in the message browser.
//
//   path                    the field exists (even when its value is null)
//   path == literal         equal; "=" works too
//   path != literal         the field exists and is not equal
//   path < <= > >= literal  numbers by value, strings by UTF-16 code units; other pairs don't match
//   path ~ pattern          the regular expression (QRegularExpression, unanchored) finds a match
//                           in the field's text: a string's value, otherwise its compact JSON
//                           (42, true, null, {"a":1})
//
// The path is an optional "$" root, then names and indexes: "$.customer.id", "customer.id",
// "items[0].sku", "matrix[1][2]", "items[-1]" (the last element), "$[0].id", and
// a."key with.dots"."quote \" inside" for names that are not plain words (a plain word is any run
// of characters other than whitespace, quotes, dots, brackets and = ! < > ~). "$" alone is the
// whole value.
//
// The literal is a JSON number, "string", true, false or null; anything else is taken as a
// string as written ("status == active" is "status == \"active\""), trimmed. For ~ the pattern
// is the contents of a "quoted" JSON string, or else the text after the operator as written.
//
// Equality is by JSON type: 42 == 42.0 and 1e2 == 100, but 42 == "42" is false. Numbers are
// compared as doubles, so integers beyond 2^53 lose precision.
//
// Only values that are a JSON object or array match anything (values whose first non-blank
// byte is not { or [ are rejected without parsing). matches() may be called from several
// threads at once on one instance.
class JsonFieldFilter
{
public:
    enum class Operator {
        Exists,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Match
    };

    // nullopt on a syntax error, with *error (if given) a sentence saying what is wrong.
    static std::optional<JsonFieldFilter> parse(const QString &expression, QString *error);

    bool matches(QByteArrayView value) const;

    QString expression() const { return m_expression; }
    Operator op() const { return m_operator; }

private:
    struct Step
    {
        QString name;        // an object member, when index is not set
        qsizetype index = 0; // an array element; negative counts from the end
        bool isIndex = false;
    };
    enum class LiteralType { Null, Bool, Number, String };

    JsonFieldFilter() = default;
    bool parsePath(const QString &expression, qsizetype &at, QString *error);
    bool setPattern(const QString &operand, QString *error);
    bool setLiteral(const QString &operand, const QString &operatorText, qsizetype operandStart,
                    QString *error);
    bool followPath(QJsonValue &field) const;
    bool test(const QJsonValue &field) const;
    bool equalsLiteral(const QJsonValue &field) const;
    std::optional<int> compareWithLiteral(const QJsonValue &field) const;

    QString m_expression;
    QList<Step> m_path;
    Operator m_operator = Operator::Exists;
    LiteralType m_literalType = LiteralType::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QRegularExpression m_regex;
};

} // namespace Qafka
