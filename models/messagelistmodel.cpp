#include "messagelistmodel.h"

#include "messages/messagedecoding.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace Qafka {

namespace {

constexpr qsizetype kPreviewChars = 200;

QString timestampTypeName(quint32 type)
{
    switch (TimestampType(type)) {
    case TimestampType::CreateTime:
        return MessageListModel::tr("Create");
    case TimestampType::LogAppendTime:
        return MessageListModel::tr("Log append");
    case TimestampType::NotAvailable:
        break;
    }
    return MessageListModel::tr("None");
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : TableModel(ColumnCount, parent)
    , m_viewRunner(new MessageViewRunner(this))
    , m_previews(new DecodedPreviews([this] { return m_store.snapshot(); }, this))
{
    qRegisterMetaType<Qafka::MessageIndexListPtr>();
    connect(m_viewRunner, &MessageViewRunner::progress, this, &MessageListModel::viewProgress);
    connect(m_previews, &DecodedPreviews::updated, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, KeyColumn), index(rowCount() - 1, ValueColumn));
    });
}

void MessageListModel::setDecoder(std::shared_ptr<const PayloadDecoder> decoder)
{
    m_previews->setDecoder(std::move(decoder));
}

const DecodedField *MessageListModel::decodedField(qint64 absolute, bool key) const
{
    const auto &decoder = m_previews->decoder();
    if (!decoder)
        return nullptr;
    const MessageBytes bytes = m_store.bytes(absolute);
    if (!decoder->handles(key ? bytes.key : bytes.value, key, bytes.headers))
        return nullptr;
    const DecodedMessage *decoded = m_previews->find(absolute);
    return decoded ? (key ? &decoded->key : &decoded->value) : nullptr;
}

QString MessageListModel::payloadText(const MessageRecord &record, qint64 absolute, bool key) const
{
    const MessageBytes bytes = m_store.bytes(record);
    const auto &payload = key ? bytes.key : bytes.value;
    if (!payload)
        return key ? tr("(null)") : tr("(null: tombstone)");
    if (payload->isEmpty())
        return tr("(empty)");
    const DecodedField *decoded = decodedField(absolute, key);
    if (decoded && decoded->state == DecodedField::State::Decoded)
        return MessageDecoding::preview(QByteArrayView(decoded->json), kPreviewChars);
    return MessageDecoding::preview(payload, kPreviewChars);
}

QVariant MessageListModel::payloadToolTip(qint64 absolute, bool key) const
{
    const DecodedField *decoded = decodedField(absolute, key);
    if (!decoded)
        return {};
    if (decoded->state != DecodedField::State::Decoded)
        return decoded->reason;
    QString text = decoded->schemaKey.id >= 0 || decoded->schemaKey.isGuid()
                       ? tr("%1, schema %2")
                             .arg(registryNameOf(decoded->format), decoded->schemaKey.toString())
                       : tr("%1, local schema file").arg(registryNameOf(decoded->format));
    if (!decoded->problems.isEmpty())
        text += u'\n' + tr("Does not match its schema: %1").arg(decoded->problems.first());
    return text;
}

MessageListModel::~MessageListModel()
{
    m_viewRunner->cancel();
}

qint64 MessageListModel::absoluteIndex(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const qint64 index = m_view ? (*m_view)[size_t(row)] : m_store.firstIndex() + row;
    return m_store.contains(index) ? index : -1;
}

int MessageListModel::rowOf(qint64 absoluteIndex) const
{
    if (!m_store.contains(absoluteIndex))
        return -1;
    if (!m_view)
        return int(absoluteIndex - m_store.firstIndex());
    const auto found = std::find(m_view->begin(), m_view->end(), absoluteIndex);
    return found == m_view->end() ? -1 : int(found - m_view->begin());
}

MessageIndexListPtr MessageListModel::shownIndexes() const
{
    return m_view;
}

QString MessageListModel::displayText(const MessageRecord &record, qint64 absolute,
                                      int column) const
{
    switch (column) {
    case PartitionColumn:
        return QString::number(record.partition);
    case OffsetColumn:
        return QString::number(record.offset);
    case TimestampColumn:
        if (record.timestampMs < 0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(record.timestampMs)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case TimestampTypeColumn:
        return timestampTypeName(record.timestampType);
    case KeyColumn:
    case ValueColumn:
        return payloadText(record, absolute, column == KeyColumn);
    case HeadersColumn:
        return QString::number(HeaderBlob::count(m_store.bytes(record).headers));
    case SizeColumn:
        return QLocale().formattedDataSize(record.payloadBytes(), 1,
                                           QLocale::DataSizeTraditionalFormat);
    }
    return {};
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 absolute = absoluteIndex(index.row());
    if (role == AbsoluteIndexRole)
        return absolute;
    if (absolute < 0) {
        if (role == Qt::DisplayRole && index.column() == ValueColumn)
            return tr("(dropped: over the memory cap)");
        return {};
    }
    const MessageRecord &record = m_store.record(absolute);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, absolute, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (index.column() == KeyColumn || index.column() == ValueColumn)
            return payloadToolTip(absolute, index.column() == KeyColumn);
        if (role == Qt::AccessibleDescriptionRole)
            return {};
        if (index.column() == SizeColumn)
            return tr("Key %1 B, value %2 B, headers %3 B")
                .arg(record.keyBytes())
                .arg(record.valueBytes())
                .arg(record.headersLength);
        if (index.column() == TimestampColumn && record.timestampMs >= 0)
            return tr("%1 ms since the epoch (%2)")
                .arg(record.timestampMs)
                .arg(QDateTime::fromMSecsSinceEpoch(record.timestampMs, Qt::UTC)
                         .toString(Qt::ISODateWithMs));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PartitionColumn || index.column() == OffsetColumn ||
            index.column() == HeadersColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
    case Qt::ForegroundRole: {
        // Null and empty keys and values are markers, not text: set them apart.
        const bool key = index.column() == KeyColumn;
        if (!key && index.column() != ValueColumn)
            return {};
        const quint32 length = key ? record.keyLength : record.valueLength;
        if (length != 0 && length != MessageRecord::kNullLength)
            return {};
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Unlike the other tables, row numbers down the side (what QAbstractItemModel answers).
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return TableModel::headerData(section, orientation, role);
}

QStringList MessageListModel::columnTitles() const
{
    return {
        tr("Partition"), tr("Offset"), tr("Timestamp"), tr("Time type"),
        tr("Key"),       tr("Value"),  tr("Headers"),   tr("Size"),
    };
}

MessageSortKey MessageListModel::sortKeyFor(int column)
{
    switch (column) {
    case PartitionColumn:
        return MessageSortKey::Partition;
    case OffsetColumn:
        return MessageSortKey::Offset;
    case TimestampColumn:
    case TimestampTypeColumn:
        return MessageSortKey::Timestamp;
    case KeyColumn:
        return MessageSortKey::Key;
    case ValueColumn:
        return MessageSortKey::Value;
    case HeadersColumn:
        return MessageSortKey::Headers;
    case SizeColumn:
        return MessageSortKey::Size;
    }
    return MessageSortKey::Arrival;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    const MessageSortKey key = column < 0 ? MessageSortKey::Arrival : sortKeyFor(column);
    if (key == m_sortKey && order == m_sortOrder)
        return;
    m_sortKey = key;
    m_sortOrder = order;
    startJob(true);
}

void MessageListModel::setFilter(std::shared_ptr<const MessageFilter> filter)
{
    m_filter = std::move(filter);
    startJob(true);
}

void MessageListModel::setCap(qint64 maxMessages, qint64 maxPayloadBytes)
{
    m_store.setCap(maxMessages, maxPayloadBytes);
    const qint64 excess = m_store.excessCount();
    if (excess <= 0)
        return;
    if (!m_view)
        beginRemoveRows({}, 0, int(excess - 1));
    m_store.dropOldest(excess);
    if (!m_view)
        endRemoveRows();
    else
        startJob(false);
    emit droppedChanged(m_store.droppedCount());
}

void MessageListModel::clear()
{
    m_viewRunner->cancel();
    m_previews->clear();
    beginResetModel();
    m_store.clear();
    m_view.reset();
    m_viewCoveredEnd = 0;
    ++m_viewGeneration;
    m_jobRunning = false;
    m_jobWanted = false;
    m_restartWanted = false;
    endResetModel();
    emit droppedChanged(0);
    // A filter or sort stays in force for the next load; start with an empty view for it.
    if (m_filter || m_sortKey != MessageSortKey::Arrival)
        m_view = std::make_shared<MessageIndexList>();
}

void MessageListModel::appendBatches(const QList<MessageBatch> &batches)
{
    qint64 count = 0;
    for (const MessageBatch &batch : batches)
        count += batch.records.size();
    if (count == 0)
        return;
    if (!m_view) {
        const int first = int(m_store.size());
        beginInsertRows({}, first, first + int(count) - 1);
        for (const MessageBatch &batch : batches)
            m_store.append(batch);
        endInsertRows();
        if (const qint64 excess = m_store.excessCount(); excess > 0) {
            beginRemoveRows({}, 0, int(excess - 1));
            m_store.dropOldest(excess);
            endRemoveRows();
            emit droppedChanged(m_store.droppedCount());
        }
        return;
    }
    for (const MessageBatch &batch : batches)
        m_store.append(batch);
    if (const qint64 excess = m_store.excessCount(); excess > 0) {
        m_store.dropOldest(excess);
        emit droppedChanged(m_store.droppedCount());
    }
    startJob(false);
}

qint64 MessageListModel::dropOldestToFit(const QList<MessageBatch> &batches)
{
    if (m_view)
        return 0;
    qint64 count = 0;
    qint64 payloadBytes = 0;
    for (const MessageBatch &batch : batches) {
        count += batch.records.size();
        payloadBytes += batch.payloadBytes;
    }
    const qint64 dropped = qMin(m_store.excessCount(count, payloadBytes), m_store.size());
    if (dropped <= 0)
        return 0;
    beginRemoveRows({}, 0, int(dropped - 1));
    m_store.dropOldest(dropped);
    endRemoveRows();
    emit droppedChanged(m_store.droppedCount());
    return dropped;
}

bool MessageListModel::shiftInAtCap(const QList<MessageBatch> &batches)
{
    const qint64 cap = m_store.maxMessages();
    if (m_view || cap <= 0)
        return false;
    qint64 count = 0;
    qint64 payloadBytes = 0;
    for (const MessageBatch &batch : batches) {
        count += batch.records.size();
        payloadBytes += batch.payloadBytes;
    }
    const qint64 size = m_store.size();
    const qint64 dropped = size + count - cap;
    if (count == 0 || dropped <= 0 || dropped > size)
        return false;
    if (const qint64 maxBytes = m_store.maxPayloadBytes(); maxBytes > 0) {
        qint64 droppedBytes = 0;
        for (qint64 i = 0; i < dropped; ++i)
            droppedBytes += m_store.record(m_store.firstIndex() + i).payloadBytes();
        if (m_store.payloadBytes() - droppedBytes + payloadBytes > maxBytes)
            return false;
    }
    const int oldRows = int(size);
    const qint64 inserted = count - dropped;
    if (inserted > 0)
        beginInsertRows({}, oldRows, oldRows + int(inserted) - 1);
    m_store.dropOldest(dropped);
    for (const MessageBatch &batch : batches)
        m_store.append(batch);
    if (inserted > 0)
        endInsertRows();
    emit rowsShifted(dropped);
    emit dataChanged(index(0, 0), index(oldRows - 1, ColumnCount - 1));
    emit droppedChanged(m_store.droppedCount());
    return true;
}

void MessageListModel::startJob(bool fromScratch)
{
    if (fromScratch) {
        ++m_viewGeneration;
        m_viewRunner->cancel();
        m_jobRunning = false;
        m_jobWanted = false;
        if (!m_filter && m_sortKey == MessageSortKey::Arrival) {
            // Back to the plain table: no job needed.
            if (m_view) {
                beginResetModel();
                m_view.reset();
                endResetModel();
            }
            emit viewReady();
            return;
        }
    } else if (m_jobRunning) {
        m_jobWanted = true;
        return;
    }
    MessageViewJob job;
    job.snapshot = m_store.snapshot();
    job.base = fromScratch ? nullptr : m_view;
    job.from = fromScratch ? m_store.firstIndex() : m_viewCoveredEnd;
    job.filter = m_filter;
    job.decoder = m_previews->decoder();
    job.sortKey = m_sortKey;
    job.order = m_sortOrder;
    const qint64 coveredEnd = m_store.endIndex();
    const quint64 generation = m_viewGeneration;

    m_jobRunning = true;
    m_viewRunner->start(std::move(job),
                        [this, generation, coveredEnd, fromScratch](MessageIndexListPtr result) {
                            onJobDone(generation, std::move(result), coveredEnd, fromScratch);
                        });
}

void MessageListModel::onJobDone(quint64 generation, MessageIndexListPtr result, qint64 coveredEnd,
                                 bool fromScratch)
{
    if (generation != m_viewGeneration || !result)
        return;
    m_jobRunning = false;
    const bool arrival = m_sortKey == MessageSortKey::Arrival;
    if (fromScratch || !m_view) {
        beginResetModel();
        m_view = std::move(result);
        endResetModel();
    } else if (arrival) {
        // Arrival order: dropped messages were a prefix, new ones are a suffix.
        const qint64 oldest = m_store.firstIndex();
        const auto firstKept = std::lower_bound(m_view->begin(), m_view->end(), oldest);
        const int removed = int(firstKept - m_view->begin());
        const int keptCount = int(m_view->size()) - removed;
        if (removed > 0) {
            beginRemoveRows({}, 0, removed - 1);
            auto trimmed = std::make_shared<MessageIndexList>(firstKept, m_view->cend());
            m_view = trimmed;
            endRemoveRows();
        }
        // The job pruned against its own snapshot; the store may have dropped more since.
        auto firstNew = std::lower_bound(result->begin(), result->end(), oldest);
        const qint64 resultKept = qint64(result->end() - firstNew);
        if (resultKept > keptCount) {
            beginInsertRows({}, keptCount, int(resultKept) - 1);
            m_view = std::make_shared<MessageIndexList>(firstNew, result->cend());
            endInsertRows();
        }
    } else {
        emit layoutAboutToBeChanged();
        const QModelIndexList persistent = persistentIndexList();
        QList<qint64> absolutes;
        absolutes.reserve(persistent.size());
        for (const QModelIndex &index : persistent)
            absolutes.append(absoluteIndex(index.row()));
        m_view = std::move(result);
        // One pass over the new rows finds every remembered message, however many are selected.
        QHash<qint64, int> newRows;
        for (qint64 absolute : std::as_const(absolutes))
            if (absolute >= 0)
                newRows.insert(absolute, -1);
        for (size_t row = 0; row < m_view->size() && !newRows.isEmpty(); ++row) {
            const auto found = newRows.find((*m_view)[row]);
            if (found != newRows.end())
                *found = int(row);
        }
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int row = newRows.value(absolutes[i], -1);
            moved.append(row < 0 ? QModelIndex() : index(row, persistent[i].column()));
        }
        changePersistentIndexList(persistent, moved);
        emit layoutChanged();
    }
    m_viewCoveredEnd = coveredEnd;
    emit viewReady();
    if (m_jobWanted || m_viewCoveredEnd < m_store.endIndex()) {
        m_jobWanted = false;
        startJob(false);
    }
}

} // namespace Qafka
