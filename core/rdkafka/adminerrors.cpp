#include "rdkafka/adminerrors.h"

#include <QCoreApplication>

namespace Qafka {

KafkaError makeError(rd_kafka_resp_err_t code, const QString &message)
{
    return {message, QString::fromUtf8(rd_kafka_err2name(code)), {}};
}

bool fail(KafkaError *error, rd_kafka_resp_err_t code, const QString &message)
{
    *error = makeError(code, message);
    return false;
}

QString brokerText(rd_kafka_resp_err_t code, const char *text)
{
    return text && *text ? QString::fromUtf8(text) : QString::fromUtf8(rd_kafka_err2str(code));
}

QString brokerText(const rd_kafka_error_t *error)
{
    return brokerText(rd_kafka_error_code(error), rd_kafka_error_string(error));
}

KafkaError noAnswer(bool stopped, int timeoutMs, const Sentence &failed)
{
    return makeError(
        RD_KAFKA_RESP_ERR__TIMED_OUT,
        failed(stopped ? QCoreApplication::translate("TopicAdmin", "the request was cancelled.")
                       : QCoreApplication::translate("TopicAdmin", "no answer within %1 s.")
                             .arg(timeoutMs / 1000.0)));
}

void Failures::add(rd_kafka_resp_err_t code, const QString &line)
{
    if (m_seen.contains(line))
        return;
    m_seen.insert(line);
    if (m_lines.isEmpty())
        m_code = code;
    if (m_lines.size() < m_listed)
        m_lines.append(line);
    ++m_count;
}

bool Failures::report(KafkaError *error) const
{
    if (m_count == 0)
        return true;
    QStringList lines = m_lines;
    if (m_count > m_lines.size())
        lines.append(QCoreApplication::translate("TopicAdmin", "And %n more.", nullptr,
                                                 int(m_count - m_lines.size())));
    return fail(error, m_code, lines.join(u'\n'));
}

} // namespace Qafka
