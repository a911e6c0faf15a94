#include "messages/messagetemplate.h"

#include <QCoreApplication>
#include <QUuid>

#include <array>
#include <cstring>
#include <limits>
#include <optional>

namespace Qafka {

namespace {

std::optional<qint64> parseInteger(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

qsizetype precedingBackslashes(const QString &text, qsizetype position)
{
    qsizetype count = 0;
    while (position - count > 0 && text.at(position - count - 1) == u'\\')
        ++count;
    return count;
}

// An unclosed placeholder runs to the end of the text, which may be a whole JSON document.
QString excerpt(QStringView text)
{
    constexpr qsizetype maxLength = 60;
    if (text.size() <= maxLength)
        return text.toString();
    return text.left(maxLength).toString() + QChar(0x2026);
}

} // namespace

MessageTemplate::MessageTemplate(const QString &text)
    : m_segments(compile(text, nullptr))
    , m_random(QRandomGenerator::securelySeeded())
{
    for (const Segment &segment : std::as_const(m_segments))
        m_sizeHint += segment.kind == Segment::Kind::Literal ? segment.text.size() : 36;
}

QString MessageTemplate::validate(const QString &text)
{
    QString error;
    compile(text, &error);
    return error;
}

QList<MessageTemplate::Segment> MessageTemplate::compile(const QString &text, QString *error)
{
    QList<Segment> segments;
    QString literal;
    auto flushLiteral = [&] {
        if (literal.isEmpty())
            return;
        Segment segment;
        segment.text = literal;
        segments.append(segment);
        literal.clear();
    };
    auto report = [&](QStringView placeholder, qsizetype position, const QString &problem) {
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("MessageTemplate", "“%1” at character %2: %3")
                         .arg(excerpt(placeholder), QString::number(position + 1), problem);
    };

    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QStringView rest = QStringView(text).mid(i);
        // "\{{" is an escape, but in "\\{{" the backslashes are a JSON escaped backslash
        // followed by a placeholder, as in "C:\\logs\\{{seq}}.txt".
        if (rest.startsWith(u"\\{{") && precedingBackslashes(text, i) % 2 == 0) {
            literal += u"{{";
            i += 3;
            continue;
        }
        // In "{{{seq}}}" the placeholder is the innermost "{{", so JSON braces can surround it.
        if (!rest.startsWith(u"{{") || rest.startsWith(u"{{{")) {
            literal += text.at(i);
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(u"}}", i + 2);
        if (close < 0) {
            report(rest, i,
                   QCoreApplication::translate("MessageTemplate", "it is not closed with “}}”."));
            literal += rest;
            break;
        }
        const QStringView placeholder = QStringView(text).mid(i, close + 2 - i);
        Segment segment;
        const QString problem =
            compilePlaceholder(placeholder.mid(2, placeholder.size() - 4), &segment);
        if (problem.isEmpty()) {
            flushLiteral();
            segments.append(segment);
        } else {
            report(placeholder, i, problem);
            literal += placeholder;
        }
        i = close + 2;
    }
    flushLiteral();
    return segments;
}

QString MessageTemplate::compilePlaceholder(QStringView body, Segment *segment)
{
    const qsizetype colon = body.indexOf(u':');
    const QStringView name = (colon < 0 ? body : body.left(colon)).trimmed();
    const bool hasArgument = colon >= 0;
    const QStringView argument = hasArgument ? body.mid(colon + 1) : QStringView();

    if (name == u"seq") {
        segment->kind = Segment::Kind::Sequence;
        if (!hasArgument)
            return {};
        const auto start = parseInteger(argument);
        if (!start)
            return QCoreApplication::translate("MessageTemplate",
                                               "the start of the sequence must be a whole number.");
        segment->first = *start;
        return {};
    }
    if (name == u"uuid") {
        segment->kind = Segment::Kind::Uuid;
        return hasArgument
                   ? QCoreApplication::translate("MessageTemplate", "{{uuid}} takes no argument.")
                   : QString();
    }
    if (name == u"now") {
        if (!hasArgument) {
            segment->kind = Segment::Kind::NowIso;
            return {};
        }
        if (argument.trimmed() == u"epochms") {
            segment->kind = Segment::Kind::NowEpochMs;
            return {};
        }
        return QCoreApplication::translate("MessageTemplate",
                                           "unknown time format; use {{now}} or {{now:epochms}}.");
    }
    if (name == u"random") {
        segment->kind = Segment::Kind::Random;
        const qsizetype separator = argument.indexOf(u':');
        if (!hasArgument || separator < 0 || argument.indexOf(u':', separator + 1) >= 0)
            return QCoreApplication::translate("MessageTemplate",
                                               "write it as {{random:MIN:MAX}}.");
        const auto minimum = parseInteger(argument.left(separator));
        const auto maximum = parseInteger(argument.mid(separator + 1));
        if (!minimum || !maximum)
            return QCoreApplication::translate(
                "MessageTemplate", "the minimum and the maximum must be whole numbers.");
        if (*minimum > *maximum)
            return QCoreApplication::translate("MessageTemplate",
                                               "the minimum is greater than the maximum.");
        segment->first = *minimum;
        segment->last = *maximum;
        return {};
    }
    if (name == u"pick") {
        segment->kind = Segment::Kind::Pick;
        if (argument.isEmpty())
            return QCoreApplication::translate("MessageTemplate",
                                               "write the choices as {{pick:a|b|c}}.");
        for (const QStringView choice : argument.split(u'|'))
            segment->choices.append(choice.toString());
        return {};
    }
    return QCoreApplication::translate("MessageTemplate", "unknown placeholder.");
}

QString MessageTemplate::helpText()
{
    return QCoreApplication::translate(
        "MessageTemplate",
        "<p>Placeholders are replaced in each message sent, in the key, the value and the "
        "header values.</p>"
        "<table>"
        "<tr><td><code>{{seq}}</code></td>"
        "<td>the number of the message in the batch, from 0</td></tr>"
        "<tr><td><code>{{seq:1000}}</code></td>"
        "<td>the number of the message plus 1000</td></tr>"
        "<tr><td><code>{{uuid}}</code></td>"
        "<td>a random UUID, such as 7d444840-9dc0-41f6-a6b6-b1c4e4b8f0f2</td></tr>"
        "<tr><td><code>{{now}}</code></td>"
        "<td>the time in UTC, such as 2026-11-21T10:00:00.123Z</td></tr>"
        "<tr><td><code>{{now:epochms}}</code></td>"
        "<td>the time in milliseconds since 1970-01-01 UTC</td></tr>"
        "<tr><td><code>{{random:1:6}}</code></td>"
        "<td>a random whole number from 1 to 6, both included</td></tr>"
        "<tr><td><code>{{pick:red|green|blue}}</code></td>"
        "<td>one of the choices, at random</td></tr>"
        "<tr><td><code>\\{{</code></td><td>a literal <code>{{</code></td></tr>"
        "</table>"
        "<p>Other backslashes are kept as they are, so JSON escapes such as "
        "<code>\\\\</code> need no change.</p>");
}

bool MessageTemplate::hasPlaceholders() const
{
    for (const Segment &segment : m_segments) {
        if (segment.kind != Segment::Kind::Literal)
            return true;
    }
    return false;
}

std::optional<QString> MessageTemplate::escaped(const QString &literal)
{
    QString text = literal;
    text.replace(QStringLiteral("{{"), QStringLiteral("\\{{"));
    // A backslash before "{{" in the literal would pair with the added one: check, don't guess.
    if (MessageTemplate(text).expand(0) != literal)
        return std::nullopt;
    return text;
}

QString MessageTemplate::expand(qint64 sequence) const
{
    if (m_segments.isEmpty())
        return {};
    if (m_segments.size() == 1 && m_segments.first().kind == Segment::Kind::Literal)
        return m_segments.first().text;

    QString out;
    out.reserve(m_sizeHint);
    // All the time placeholders of one message show the same instant.
    std::optional<QDateTime> now;
    auto currentTime = [&]() -> const QDateTime & {
        if (!now)
            now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        return *now;
    };
    for (const Segment &segment : m_segments) {
        switch (segment.kind) {
        case Segment::Kind::Literal:
            out += segment.text;
            break;
        case Segment::Kind::Sequence:
            // Unsigned arithmetic wraps instead of overflowing.
            out += QString::number(qint64(quint64(sequence) + quint64(segment.first)));
            break;
        case Segment::Kind::Uuid:
            out += randomUuid();
            break;
        case Segment::Kind::NowIso:
            out += isoTime(currentTime().toMSecsSinceEpoch());
            break;
        case Segment::Kind::NowEpochMs:
            out += QString::number(currentTime().toMSecsSinceEpoch());
            break;
        case Segment::Kind::Random:
            out += QString::number(randomBetween(segment.first, segment.last));
            break;
        case Segment::Kind::Pick:
            out += segment.choices.at(qsizetype(m_random.bounded(quint64(segment.choices.size()))));
            break;
        }
    }
    return out;
}

void MessageTemplate::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void MessageTemplate::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

QString MessageTemplate::isoTime(qint64 msecs) const
{
    // QDateTime::toString() costs over a microsecond, most of the time per message, so the text
    // up to the second is reused for as long as the second lasts.
    const qint64 second = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    if (m_isoSecond != second || m_isoPrefix.isEmpty()) {
        m_isoSecond = second;
        m_isoPrefix = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC).toString(Qt::ISODate);
        if (m_isoPrefix.endsWith(u'Z'))
            m_isoPrefix.chop(1);
    }
    const int millisecond = int(msecs - second * 1000);
    const QChar fraction[] = {u'.', QChar(u'0' + millisecond / 100),
                              QChar(u'0' + millisecond / 10 % 10), QChar(u'0' + millisecond % 10),
                              u'Z'};
    return m_isoPrefix + QStringView(fraction, std::size(fraction));
}

qint64 MessageTemplate::randomBetween(qint64 minimum, qint64 maximum) const
{
    const quint64 span = quint64(maximum) - quint64(minimum);
    // bounded() excludes its limit, so the full 64-bit range needs the raw generator.
    const quint64 offset = span == std::numeric_limits<quint64>::max() ? m_random.generate64()
                                                                       : m_random.bounded(span + 1);
    return qint64(quint64(minimum) + offset);
}

QString MessageTemplate::randomUuid() const
{
    // Drawn from m_random rather than QUuid::createUuid() so that a seed reproduces it.
    std::array<char, 16> bytes;
    const quint64 high = m_random.generate64();
    const quint64 low = m_random.generate64();
    std::memcpy(bytes.data(), &high, sizeof high);
    std::memcpy(bytes.data() + 8, &low, sizeof low);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()))
        .toString(QUuid::WithoutBraces);
}

} // namespace Qafka
