#include "session/messageexportjob.h"

#include "messages/messageexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

namespace Qafka {

namespace {

// Lets the job's thread report to the job without touching it after the job is gone.
class ExportRelay : public QObject
{
    Q_OBJECT
signals:
    void progress(qint64 done, qint64 total);
    void finished(qint64 written, const QString &error, bool cancelled);
};

} // namespace

MessageExportJob::MessageExportJob(QObject *parent)
    : QObject(parent)
{}

MessageExportJob::~MessageExportJob()
{
    cancel();
}

MessageExportJob::Format MessageExportJob::formatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv
                                                                      : Format::JsonLines;
}

void MessageExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MessageExportJob::start(const QString &path, Format format, const QString &topic,
                             const MessageStoreSnapshot &snapshot,
                             const MessageIndexListPtr &indexes,
                             const std::shared_ptr<const PayloadDecoder> &decoder)
{
    cancel();
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    std::shared_ptr<ExportRelay> relay(new ExportRelay, [](ExportRelay *r) { r->deleteLater(); });
    connect(relay.get(), &ExportRelay::progress, this, &MessageExportJob::progress);
    connect(relay.get(), &ExportRelay::finished, this,
            [this, cancelFlag](qint64 written, const QString &error, bool cancelled) {
                if (m_cancel == cancelFlag)
                    m_running = false;
                emit finished(written, error, cancelled);
            });
    m_host = std::make_unique<WorkerHost>(
        [=] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                emit relay->finished(0, tr("Cannot write %1: %2").arg(path, file.errorString()),
                                     false);
                return;
            }
            const qint64 total = indexes ? qint64(indexes->size()) : snapshot.size();
            QByteArray buffer;
            buffer.reserve(1 << 20);
            if (format == Format::Csv)
                buffer += MessageExport::csvHeader() + "\r\n";
            QElapsedTimer sinceProgress;
            sinceProgress.start();
            qint64 written = 0;
            for (qint64 i = 0; i < total; ++i) {
                const qint64 index = indexes ? (*indexes)[size_t(i)] : snapshot.firstIndex() + i;
                if (!snapshot.contains(index))
                    continue; // dropped before the filter caught up
                const MessageRecord &record = snapshot.record(index);
                const MessageBytes bytes = snapshot.bytes(record);
                buffer += format == Format::Csv
                              ? MessageExport::csvLine(topic, record, bytes)
                              : MessageExport::jsonLine(topic, record, bytes, decoder.get());
                buffer += format == Format::Csv ? QByteArrayView("\r\n") : QByteArrayView("\n");
                ++written;
                if (buffer.size() >= (1 << 20)) {
                    if (file.write(buffer) != buffer.size()) {
                        emit relay->finished(
                            written, tr("Writing %1 failed: %2").arg(path, file.errorString()),
                            false);
                        return;
                    }
                    buffer.clear();
                    if (cancelFlag->load()) {
                        file.cancelWriting();
                        emit relay->finished(written, {}, true);
                        return;
                    }
                    if (sinceProgress.elapsed() >= 100) {
                        emit relay->progress(i, total);
                        sinceProgress.restart();
                    }
                }
            }
            if (file.write(buffer) != buffer.size() || !file.commit()) {
                emit relay->finished(
                    written, tr("Writing %1 failed: %2").arg(path, file.errorString()), false);
                return;
            }
            emit relay->progress(total, total);
            emit relay->finished(written, {}, false);
        },
        [cancelFlag] { cancelFlag->store(true); }, QStringLiteral("qafka-export"));
}

} // namespace Qafka

#include "messageexportjob.moc"
