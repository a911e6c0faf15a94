#pragma once

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Qafka {

// Placeholders in a key, value or header value of the producer pane, expanded once per message
// when sending N copies: {{seq}}, {{seq:START}}, {{uuid}}, {{now}}, {{now:epochms}},
// {{random:MIN:MAX}}, {{pick:a|b|c}}; "\{{" writes a literal "{{". Other backslashes are kept
// as they are, and so is a backslash pair before "{{" (JSON's escaped backslash), so
// "C:\\logs\\{{seq}}" expands to "C:\\logs\\0". The text is compiled into segments once, so
// expand() does no parsing. Malformed placeholders are kept as literal text; validate() says what
// is wrong with them.
//
// expand() advances the instance's random generator: use one instance per thread.
class MessageTemplate
{
public:
    explicit MessageTemplate(const QString &text);

    // Empty when the text is valid, else a translated message naming the first bad placeholder
    // and its position (1-based, in characters).
    static QString validate(const QString &text);
    // Translated rich text describing the syntax, for the producer pane's help.
    static QString helpText();

    // Template text that expands to exactly this literal text ("{{" escaped as "\{{"), or
    // nullopt when the escape rules cannot express it (a backslash right before "{{").
    static std::optional<QString> escaped(const QString &literal);

    // False also means every expansion is the same, though it may still differ from the text
    // when the text uses the "\{{" escape.
    bool hasPlaceholders() const;
    QString expand(qint64 sequence) const;

    // For tests: a fixed clock and a reproducible sequence of random values.
    void setClock(std::function<QDateTime()> clock);
    void setRandomSeed(quint32 seed);

private:
    struct Segment
    {
        enum class Kind { Literal, Sequence, Uuid, NowIso, NowEpochMs, Random, Pick };
        Kind kind = Kind::Literal;
        QString text;        // Literal
        qint64 first = 0;    // Sequence: start; Random: minimum
        qint64 last = 0;     // Random: maximum
        QStringList choices; // Pick
    };

    static QList<Segment> compile(const QString &text, QString *error);
    static QString compilePlaceholder(QStringView body, Segment *segment);
    QString isoTime(qint64 msecs) const;
    qint64 randomBetween(qint64 minimum, qint64 maximum) const;
    QString randomUuid() const;

    QList<Segment> m_segments;
    qsizetype m_sizeHint = 0;
    std::function<QDateTime()> m_clock;
    mutable QRandomGenerator m_random;
    mutable qint64 m_isoSecond = 0;
    mutable QString m_isoPrefix;
};

} // namespace Qafka
