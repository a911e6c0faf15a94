#include "configeditdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qafka {

ConfigEditDialog::ConfigEditDialog(const QString &resourceLabel, const ConfigEntry &entry,
                                   QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_value(new QLineEdit(entry.isSensitive ? QString() : entry.value, this))
    , m_reset(new QCheckBox(tr("&Reset to the default (remove this override)"), this))
    , m_diff(new QLabel(this))
{
    setObjectName(QStringLiteral("configEditDialog"));
    setWindowTitle(tr("Change %1 of %2").arg(entry.name, resourceLabel));
    m_value->setObjectName(QStringLiteral("configValueEdit"));
    m_reset->setObjectName(QStringLiteral("resetToDefaultCheck"));
    m_reset->setEnabled(!entry.isDefault);
    m_diff->setObjectName(QStringLiteral("configDiff"));
    m_diff->setTextFormat(Qt::RichText);
    m_diff->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Setting:"),
                 new QLabel(QStringLiteral("<b>%1</b> (%2)")
                                .arg(entry.name.toHtmlEscaped(), configSourceName(entry.source)),
                            this));
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_reset);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Only this setting changes; every other setting of %1 stays as it is.")
                       .arg(resourceLabel.toHtmlEscaped()),
                   this));
    layout->addLayout(form);
    layout->addWidget(m_diff);
    layout->addWidget(buttons);

    connect(m_value, &QLineEdit::textChanged, this, &ConfigEditDialog::update);
    connect(m_reset, &QCheckBox::toggled, this, &ConfigEditDialog::update);
    update();
}

ConfigChange ConfigEditDialog::change() const
{
    ConfigChange change;
    change.name = m_entry.name;
    change.op = m_reset->isChecked() ? ConfigChange::Op::Delete : ConfigChange::Op::Set;
    change.value = m_reset->isChecked() ? QString() : m_value->text();
    return change;
}

QString ConfigEditDialog::diffText() const
{
    const QString before =
        m_entry.isSensitive ? tr("(hidden)") : (m_entry.isNull ? tr("(null)") : m_entry.value);
    const QString after = m_reset->isChecked() ? tr("the default") : m_value->text();
    return QStringLiteral("%1: %2 → %3").arg(m_entry.name, before, after);
}

void ConfigEditDialog::update()
{
    m_value->setEnabled(!m_reset->isChecked());
    const bool unchanged =
        !m_reset->isChecked() && !m_entry.isSensitive && m_value->text() == m_entry.value;
    m_apply->setEnabled(!unchanged);
    m_diff->setText(unchanged ? tr("No change yet.")
                              : tr("Will apply: <b>%1</b>").arg(diffText().toHtmlEscaped()));
}

} // namespace Qafka
