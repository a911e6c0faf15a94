#include "deleterecordsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Qafka {

DeleteRecordsDialog::DeleteRecordsDialog(const TopicInfo &topic, const TopicStats &stats,
                                         QWidget *parent)
    : QDialog(parent)
    , m_topic(topic)
    , m_stats(stats)
    , m_partition(new QComboBox(this))
    , m_all(new QRadioButton(tr("&All records (purge)"), this))
    , m_beforeOffset(new QRadioButton(tr("Records &before offset:"), this))
    , m_offset(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_typed(new QLineEdit(this))
{
    setObjectName(QStringLiteral("deleteRecordsDialog"));
    setWindowTitle(tr("Delete Records of %1").arg(topic.name));
    m_partition->setObjectName(QStringLiteral("partitionCombo"));
    m_partition->addItem(tr("All partitions"), -1);
    for (const PartitionInfo &partition : topic.partitions)
        m_partition->addItem(tr("Partition %1").arg(partition.partition), partition.partition);
    m_all->setObjectName(QStringLiteral("purgeRadio"));
    m_beforeOffset->setObjectName(QStringLiteral("beforeOffsetRadio"));
    m_offset->setObjectName(QStringLiteral("offsetEdit"));
    m_all->setChecked(true);
    m_preview->setObjectName(QStringLiteral("deletePreview"));
    m_preview->setWordWrap(true);
    m_typed->setObjectName(QStringLiteral("confirmNameEdit"));
    m_typed->setAccessibleName(tr("Topic name to confirm"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Partition:"), m_partition);
    form->addRow(m_all);
    form->addRow(m_beforeOffset, m_offset);
    auto *prompt =
        new QLabel(tr("Type <b>%1</b> to confirm:").arg(topic.name.toHtmlEscaped()), this);
    prompt->setBuddy(m_typed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete Records"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAutoDefault(false);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Deleted records are gone for every consumer; this cannot be undone."), this));
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(prompt);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);

    connect(m_partition, &QComboBox::currentIndexChanged, this, &DeleteRecordsDialog::update);
    connect(m_all, &QRadioButton::toggled, this, &DeleteRecordsDialog::update);
    connect(m_offset, &QLineEdit::textChanged, this, &DeleteRecordsDialog::update);
    connect(m_typed, &QLineEdit::textChanged, this, &DeleteRecordsDialog::update);
    update();
}

QList<RecordDeletion> DeleteRecordsDialog::deletions() const
{
    QList<RecordDeletion> result;
    const int chosen = m_partition->currentData().toInt();
    const qint64 before = m_all->isChecked() ? -1 : m_offset->text().trimmed().toLongLong();
    for (const PartitionInfo &partition : m_topic.partitions) {
        if (chosen >= 0 && partition.partition != chosen)
            continue;
        // -1 asks for everything up to the high watermark (librdkafka's RD_KAFKA_OFFSET_END).
        result.append({partition.partition, before});
    }
    return result;
}

qint64 DeleteRecordsDialog::messagesToDelete() const
{
    if (!m_stats.hasOffsets)
        return -1;
    qint64 total = 0;
    const QList<RecordDeletion> planned = deletions();
    for (const RecordDeletion &deletion : planned) {
        if (deletion.partition >= m_stats.offsets.size())
            return -1;
        const PartitionOffsets offsets = m_stats.offsets.at(deletion.partition);
        const qint64 end = deletion.beforeOffset < 0
                               ? offsets.high
                               : std::min(deletion.beforeOffset, offsets.high);
        total += std::max<qint64>(0, end - offsets.low);
    }
    return total;
}

void DeleteRecordsDialog::update()
{
    m_offset->setEnabled(m_beforeOffset->isChecked());
    bool valid = true;
    QString preview;
    if (m_beforeOffset->isChecked()) {
        bool ok = false;
        const qint64 offset = m_offset->text().trimmed().toLongLong(&ok);
        if (!ok || offset < 0) {
            valid = false;
            preview = tr("Enter the first offset to keep.");
        }
    }
    if (valid) {
        const qint64 count = messagesToDelete();
        preview = count < 0
                      ? tr("How many messages would go is not known yet (watermarks not loaded).")
                      : tr("%1 message(s) will be deleted.").arg(QLocale().toString(count));
    }
    m_preview->setText(preview);
    m_delete->setEnabled(valid && m_typed->text() == m_topic.name);
}

} // namespace Qafka
