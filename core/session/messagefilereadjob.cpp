#include "session/messagefilereadjob.h"

#include "messages/messagefile.h"

#include <QCoreApplication>
#include <QFile>

namespace Qafka {

namespace {

// Lets the job's thread report to the job without touching it after the job is gone.
class ReadRelay : public QObject
{
    Q_OBJECT
signals:
    void finished(const QList<Qafka::OutgoingMessage> &messages, const QString &error,
                  bool cancelled);
};

bool isJsonLinesPath(const QString &path)
{
    return path.endsWith(QLatin1String(".jsonl")) || path.endsWith(QLatin1String(".json")) ||
           path.endsWith(QLatin1String(".ndjson"));
}

} // namespace

MessageFileReadJob::MessageFileReadJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<Qafka::OutgoingMessage>>();
}

MessageFileReadJob::~MessageFileReadJob()
{
    cancel();
}

void MessageFileReadJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool MessageFileReadJob::read(const QString &path, QList<OutgoingMessage> *messages, QString *error,
                              const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("MessageFileReadJob", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (cancel && cancel->load())
        return false;
    if (!isJsonLinesPath(path)) {
        *messages = MessageFile::readPlainText(&file, cancel);
        return !(cancel && cancel->load());
    }
    QStringList errors;
    if (MessageFile::readJsonLines(&file, messages, &errors, cancel))
        return true;
    if (cancel && cancel->load())
        return false;
    *error = QCoreApplication::translate("MessageFileReadJob", "%n line(s) could not be read: %1",
                                         nullptr, int(errors.size()))
                 .arg(errors.mid(0, 5).join(QStringLiteral("; ")));
    return false;
}

void MessageFileReadJob::start(const QString &path)
{
    cancel();
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    std::shared_ptr<ReadRelay> relay(new ReadRelay, [](ReadRelay *r) { r->deleteLater(); });
    connect(relay.get(), &ReadRelay::finished, this,
            [this, cancelFlag](const QList<OutgoingMessage> &messages, const QString &error,
                               bool cancelled) {
                if (m_cancel != cancelFlag)
                    return; // superseded by a newer read
                m_running = false;
                emit finished(messages, error, cancelled || cancelFlag->load());
            });
    m_host = std::make_unique<WorkerHost>(
        [path, cancelFlag, relay] {
            QList<OutgoingMessage> messages;
            QString error;
            const bool ok = read(path, &messages, &error, cancelFlag.get());
            if (cancelFlag->load())
                emit relay->finished({}, {}, true);
            else
                emit relay->finished(ok ? messages : QList<OutgoingMessage>{}, error, false);
        },
        [cancelFlag] { cancelFlag->store(true); }, QStringLiteral("qafka-file-read"));
}

} // namespace Qafka

#include "messagefilereadjob.moc"
