#include "createtopicdialog.h"

#include "semanticcolors.h"
#include "types/topicname.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Qafka {

CreateTopicDialog::CreateTopicDialog(const QStringList &existingTopics, int brokerCount,
                                     QWidget *parent)
    : QDialog(parent)
    , m_existing(existingTopics)
    , m_name(new QLineEdit(this))
    , m_partitions(new QSpinBox(this))
    , m_replication(new QSpinBox(this))
    , m_cleanup(new QComboBox(this))
    , m_retention(new QLineEdit(this))
    , m_minIsr(new QSpinBox(this))
    , m_extra(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("createTopicDialog"));
    setWindowTitle(tr("Create Topic"));
    m_name->setObjectName(QStringLiteral("topicNameEdit"));
    m_partitions->setObjectName(QStringLiteral("partitionsSpin"));
    m_partitions->setRange(1, 100000);
    m_partitions->setValue(1);
    m_replication->setObjectName(QStringLiteral("replicationSpin"));
    // 0 stands for "the broker's default.replication.factor".
    m_replication->setRange(0, std::max(brokerCount, 1) + 2);
    m_replication->setSpecialValueText(tr("broker default"));
    m_replication->setValue(0);
    m_replication->setToolTip(tr(
        "There are %n broker(s); a larger factor is refused by the broker.", nullptr, brokerCount));
    m_cleanup->setObjectName(QStringLiteral("cleanupCombo"));
    m_cleanup->addItem(tr("broker default"), QString());
    m_cleanup->addItem(QStringLiteral("delete"), QStringLiteral("delete"));
    m_cleanup->addItem(QStringLiteral("compact"), QStringLiteral("compact"));
    m_cleanup->addItem(QStringLiteral("compact,delete"), QStringLiteral("compact,delete"));
    m_retention->setObjectName(QStringLiteral("retentionEdit"));
    m_retention->setPlaceholderText(tr("broker default; milliseconds, -1 for forever"));
    m_minIsr->setObjectName(QStringLiteral("minIsrSpin"));
    m_minIsr->setRange(0, 10);
    m_minIsr->setSpecialValueText(tr("broker default"));
    m_extra->setObjectName(QStringLiteral("topicConfigsEdit"));
    m_extra->setPlaceholderText(tr("other topic configs, one name=value per line"));
    m_extra->setTabChangesFocus(true);
    m_extra->setMaximumHeight(m_extra->fontMetrics().height() * 5);
    m_message->setObjectName(QStringLiteral("createTopicMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Partitions:"), m_partitions);
    form->addRow(tr("&Replication factor:"), m_replication);
    form->addRow(tr("&Cleanup policy:"), m_cleanup);
    form->addRow(tr("Re&tention (ms):"), m_retention);
    form->addRow(tr("&Min in-sync replicas:"), m_minIsr);
    form->addRow(tr("&Other configs:"), m_extra);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_retention})
        connect(edit, &QLineEdit::textChanged, this, &CreateTopicDialog::validate);
    connect(m_extra, &QPlainTextEdit::textChanged, this, &CreateTopicDialog::validate);
    validate();
}

QString CreateTopicDialog::validationError() const
{
    const QString name = m_name->text().trimmed();
    if (QString error = TopicName::validate(name); !error.isEmpty())
        return error;
    if (m_existing.contains(name))
        return tr("A topic named “%1” exists already.").arg(name);
    if (!m_retention->text().trimmed().isEmpty()) {
        bool ok = false;
        const qint64 value = m_retention->text().trimmed().toLongLong(&ok);
        if (!ok || value < -1)
            return tr("Retention must be a number of milliseconds, or -1 for forever.");
    }
    const QStringList lines = m_extra->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.indexOf(u'=') <= 0)
            return tr("“%1” is not of the form name=value.").arg(line.trimmed());
    }
    return {};
}

void CreateTopicDialog::validate()
{
    const QString error = validationError();
    const QString warning = error.isEmpty()
                                ? TopicName::collisionWarning(m_name->text().trimmed(), m_existing)
                                : QString();
    m_create->setEnabled(error.isEmpty());
    m_message->setText(!error.isEmpty() ? error : warning);
    m_message->setStyleSheet(!error.isEmpty() ? semanticStyle(Meaning::Error)
                                              : semanticStyle(Meaning::Warning));
    // An empty name at the start is no error worth shouting about.
    m_message->setVisible(!m_message->text().isEmpty() && !m_name->text().isEmpty());
}

NewTopic CreateTopicDialog::topic() const
{
    NewTopic topic;
    topic.name = m_name->text().trimmed();
    topic.partitions = m_partitions->value();
    topic.replicationFactor = m_replication->value() == 0 ? -1 : m_replication->value();
    if (const QString cleanup = m_cleanup->currentData().toString(); !cleanup.isEmpty())
        topic.configs.append({QStringLiteral("cleanup.policy"), cleanup});
    if (const QString retention = m_retention->text().trimmed(); !retention.isEmpty())
        topic.configs.append({QStringLiteral("retention.ms"), retention});
    if (m_minIsr->value() > 0)
        topic.configs.append(
            {QStringLiteral("min.insync.replicas"), QString::number(m_minIsr->value())});
    const QStringList lines = m_extra->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            topic.configs.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return topic;
}

} // namespace Qafka
