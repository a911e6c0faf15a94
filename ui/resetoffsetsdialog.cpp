#include "resetoffsetsdialog.h"

#include "consumergrouplistmodel.h"
#include "session/groupmonitor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Qafka {

ResetOffsetsDialog::ResetOffsetsDialog(GroupMonitor *monitor, const ConsumerGroupLag &group,
                                       QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_group(group)
    , m_scope(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_dateTime(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_table(new QTableWidget(0, 6, this))
    , m_confirm(new QLineEdit(this))
    , m_resetButton(new QPushButton(tr("&Reset Offsets"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("resetOffsetsDialog"));
    setWindowTitle(tr("Reset Offsets of %1").arg(group.groupId));
    setUpSpecInputs();
    setUpPreview();
    buildLayout();
    connectSignals();
    updateInputs();
    if (m_monitor->isReadOnly())
        m_status->setText(tr("This connection is read-only: you can preview a reset, not do it."));
    else if (m_group.hasActiveMembers())
        m_status->setText(tr("The group has %n active member(s). Offsets can only be reset "
                             "while none of its consumers runs.",
                             nullptr, int(m_group.members.size())));
}

void ResetOffsetsDialog::setUpSpecInputs()
{
    m_scope->setObjectName(QStringLiteral("resetScope"));
    m_scope->setAccessibleName(tr("Topics to reset"));
    m_scope->addItem(tr("All topics of the group"), QString());
    QStringList topics;
    for (const GroupPartitionLag &row : m_group.partitions)
        if (!topics.contains(row.topic))
            topics.append(row.topic);
    for (const QString &topic : std::as_const(topics))
        m_scope->addItem(topic, topic);
    m_mode->setObjectName(QStringLiteral("resetMode"));
    m_mode->setAccessibleName(tr("Reset to"));
    m_mode->addItem(tr("Earliest offset"), int(OffsetResetMode::Earliest));
    m_mode->addItem(tr("Latest offset"), int(OffsetResetMode::Latest));
    m_mode->addItem(tr("Date and time"), int(OffsetResetMode::Timestamp));
    m_mode->addItem(tr("Specific offset"), int(OffsetResetMode::Offset));
    m_mode->addItem(tr("Shift by"), int(OffsetResetMode::ShiftBy));
    m_value->setObjectName(QStringLiteral("resetValue"));
    m_value->setAccessibleName(tr("Offset or shift"));
    m_value->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[-+]?\\d{1,18}")), this));
    m_dateTime->setObjectName(QStringLiteral("resetDateTime"));
    m_dateTime->setAccessibleName(tr("Date and time"));
    m_dateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_dateTime->setCalendarPopup(true);
}

void ResetOffsetsDialog::setUpPreview()
{
    m_previewButton->setObjectName(QStringLiteral("resetPreviewButton"));
    m_table->setObjectName(QStringLiteral("resetPreviewTable"));
    m_table->setAccessibleName(tr("Offsets before and after the reset"));
    m_table->setHorizontalHeaderLabels({tr("Topic"), tr("Partition"), tr("Current offset"),
                                        tr("New offset"), tr("Lag after"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confirm->setObjectName(QStringLiteral("resetConfirmEdit"));
    m_confirm->setAccessibleName(tr("Type the group id to confirm"));
    m_confirm->setPlaceholderText(m_group.groupId);
    m_resetButton->setObjectName(QStringLiteral("resetApplyButton"));
    m_status->setObjectName(QStringLiteral("resetStatus"));
    m_status->setWordWrap(true);
}

void ResetOffsetsDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Topics:"), m_scope);
    form->addRow(tr("Reset &to:"), m_mode);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Date and time:"), m_dateTime);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resetButton, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(
        tr("Type the group id <b>%1</b> to confirm:").arg(m_group.groupId.toHtmlEscaped()), this));
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    resize(720, 520);
}

void ResetOffsetsDialog::connectSignals()
{
    connect(m_previewButton, &QPushButton::clicked, this, &ResetOffsetsDialog::requestPreview);
    connect(m_resetButton, &QPushButton::clicked, this, &ResetOffsetsDialog::applyReset);
    connect(m_confirm, &QLineEdit::textChanged, this, &ResetOffsetsDialog::updateResetButton);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ResetOffsetsDialog::updateInputs);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ResetOffsetsDialog::invalidatePreview);
    connect(m_value, &QLineEdit::textChanged, this, &ResetOffsetsDialog::invalidatePreview);
    connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this,
            &ResetOffsetsDialog::invalidatePreview);
    connect(m_monitor, &GroupMonitor::resetPreviewReady, this, &ResetOffsetsDialog::onPreview);
    connect(m_monitor, &GroupMonitor::operationFinished, this, &ResetOffsetsDialog::onFinished);
}

OffsetResetSpec ResetOffsetsDialog::spec() const
{
    OffsetResetSpec spec;
    spec.mode = OffsetResetMode(m_mode->currentData().toInt());
    if (spec.mode == OffsetResetMode::Timestamp)
        spec.value = m_dateTime->dateTime().toMSecsSinceEpoch();
    else
        spec.value = m_value->text().toLongLong();
    return spec;
}

void ResetOffsetsDialog::updateInputs()
{
    const auto mode = OffsetResetMode(m_mode->currentData().toInt());
    m_value->setEnabled(mode == OffsetResetMode::Offset || mode == OffsetResetMode::ShiftBy);
    m_dateTime->setEnabled(mode == OffsetResetMode::Timestamp);
    invalidatePreview();
}

void ResetOffsetsDialog::invalidatePreview()
{
    m_hasPreview = false;
    m_table->setRowCount(0);
    updateResetButton();
}

void ResetOffsetsDialog::requestPreview()
{
    invalidatePreview();
    QList<TopicPartition> scope;
    const QString topic = m_scope->currentData().toString();
    if (!topic.isEmpty())
        for (const GroupPartitionLag &row : m_group.partitions)
            if (row.topic == topic)
                scope.append({row.topic, row.partition});
    m_status->setText(tr("Reading the partitions' offsets…"));
    m_previewButton->setEnabled(false);
    m_previewId = m_monitor->previewReset(m_group.groupId, scope, spec());
}

void ResetOffsetsDialog::onPreview(quint64 id, const OffsetResetPreview &preview,
                                   const KafkaError &error)
{
    if (id != m_previewId)
        return;
    m_previewButton->setEnabled(true);
    if (!error.isNull()) {
        m_status->setText(error.message);
        return;
    }
    m_preview = preview;
    m_hasPreview = true;
    m_table->setRowCount(int(preview.rows.size()));
    int changes = 0;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const OffsetResetRow &row = preview.rows.at(r);
        changes += row.changes ? 1 : 0;
        const QStringList cells = {row.topic,
                                   QString::number(row.partition),
                                   formatCount(row.current),
                                   formatCount(row.target),
                                   formatCount(row.lagAfter),
                                   row.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3 && row.changes) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (preview.groupHasActiveMembers)
        m_status->setText(tr("The group has active members now: stop its consumers before "
                             "resetting (the broker refuses, or a consumer would overwrite "
                             "the reset with its next commit)."));
    else
        m_status->setText(
            tr("%n partition(s) would change. Nothing has been written yet.", nullptr, changes));
    updateResetButton();
}

void ResetOffsetsDialog::updateResetButton()
{
    m_resetButton->setEnabled(!m_monitor->isReadOnly() && m_hasPreview &&
                              !m_preview.groupHasActiveMembers &&
                              m_confirm->text() == m_group.groupId && m_resetId == 0);
}

void ResetOffsetsDialog::applyReset()
{
    if (!m_resetButton->isEnabled())
        return;
    m_status->setText(tr("Resetting…"));
    m_resetId = m_monitor->applyReset(m_group.groupId, m_preview.rows);
    updateResetButton();
}

void ResetOffsetsDialog::onFinished(quint64 id, const QString &, const KafkaError &error)
{
    if (id != m_resetId)
        return;
    m_resetId = 0;
    if (error.isNull()) {
        m_status->setText(tr("The offsets of %1 were reset.").arg(m_group.groupId));
        m_confirm->clear();
        invalidatePreview();
    } else {
        m_status->setText(error.message + (error.hint.isEmpty() ? QString() : u' ' + error.hint));
        updateResetButton();
    }
    emit resetDone(error.isNull());
}

} // namespace Qafka
