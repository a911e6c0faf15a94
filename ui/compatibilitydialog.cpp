#include "compatibilitydialog.h"

#include "schemas/subjecttypes.h"
#include "semanticcolors.h"
#include "session/schemaadmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CompatibilityDialog::CompatibilityDialog(SchemaAdmin *admin, const QString &subject,
                                         const QString &ownLevel, const QString &globalLevel,
                                         QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_subject(subject)
    , m_ownLevel(ownLevel)
    , m_globalLevel(globalLevel)
    , m_levels(new QComboBox(this))
    , m_effect(wrappingLabel(QStringLiteral("compatibilityEffect"), this))
    , m_preview(wrappingLabel(QStringLiteral("compatibilityPreview"), this))
    , m_result(wrappingLabel(QStringLiteral("compatibilityResult"), this))
{
    setObjectName(QStringLiteral("compatibilityDialog"));
    setWindowTitle(subject.isEmpty() ? tr("Default Compatibility") : tr("Subject Compatibility"));
    auto *current = wrappingLabel(QStringLiteral("compatibilityCurrent"), this);
    if (subject.isEmpty())
        current->setText(tr("The registry's default level, used by every subject without one of "
                            "its own, is %1.")
                             .arg(globalLevel));
    else if (!ownLevel.isEmpty())
        current->setText(tr("%1 has its own level: %2.").arg(subject, ownLevel));
    else
        current->setText(tr("%1 has no level of its own: the registry's default, %2, applies.")
                             .arg(subject, globalLevel));
    m_levels->setObjectName(QStringLiteral("compatibilityLevel"));
    m_levels->setAccessibleName(tr("Compatibility level"));
    if (!subject.isEmpty())
        m_levels->addItem(tr("The registry's default (%1)").arg(globalLevel), QString());
    for (const QString &level : compatibilityLevels())
        m_levels->addItem(level, level);
    const QString initial = subject.isEmpty() ? globalLevel : ownLevel;
    m_levels->setCurrentIndex(std::max(0, m_levels->findData(initial)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("applyCompatibility"));
    connect(m_apply, &QPushButton::clicked, this, &CompatibilityDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_levels, &QComboBox::currentIndexChanged, this, &CompatibilityDialog::updatePreview);
    connect(m_admin, &SchemaAdmin::changed, this, [this](quint64 id, const QString &error) {
        if (id != m_request)
            return;
        if (error.isEmpty()) {
            accept();
            return;
        }
        m_result->setStyleSheet(semanticStyle(Meaning::Error));
        m_result->setText(error);
        m_apply->setEnabled(true);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Level:"), m_levels);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addWidget(m_preview);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updatePreview();
}

QString CompatibilityDialog::chosenLevel() const
{
    return m_levels->currentData().toString();
}

void CompatibilityDialog::updatePreview()
{
    const QString chosen = chosenLevel();
    const QString effective = chosen.isEmpty() ? m_globalLevel : chosen;
    m_effect->setText(effectOf(effective));
    const QString before = m_subject.isEmpty() ? m_globalLevel : m_ownLevel;
    const QString target = m_subject.isEmpty() ? tr("the registry's default") : m_subject;
    if (chosen == before)
        m_preview->setText(tr("No change: %1 stays as it is.").arg(target));
    else if (chosen.isEmpty())
        m_preview->setText(tr("Removes %1's own level %2; the registry's default %3 applies.")
                               .arg(m_subject, m_ownLevel, m_globalLevel));
    else
        m_preview->setText(
            tr("Changes %1 from %2 to %3.")
                .arg(target, before.isEmpty() ? tr("the default (%1)").arg(m_globalLevel) : before,
                     chosen));
    m_apply->setEnabled(chosen != before);
    m_result->clear();
}

void CompatibilityDialog::apply()
{
    m_apply->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Applying…"));
    m_request = m_admin->setCompatibility(m_subject, chosenLevel());
}

QString CompatibilityDialog::effectOf(const QString &level)
{
    if (level == u"BACKWARD")
        return tr("Consumers using a new version can read data written with the previous one: "
                  "fields may be removed, and fields with defaults added. Upgrade consumers "
                  "first.");
    if (level == u"BACKWARD_TRANSITIVE")
        return tr("Consumers using a new version can read data written with every earlier "
                  "version. Upgrade consumers first.");
    if (level == u"FORWARD")
        return tr("Consumers using the previous version can read data written with a new one: "
                  "fields may be added, and fields with defaults removed. Upgrade producers "
                  "first.");
    if (level == u"FORWARD_TRANSITIVE")
        return tr("Consumers using any earlier version can read data written with a new one. "
                  "Upgrade producers first.");
    if (level == u"FULL")
        return tr("Backward and forward compatible with the previous version: only fields with "
                  "defaults may be added or removed. Upgrade in any order.");
    if (level == u"FULL_TRANSITIVE")
        return tr("Backward and forward compatible with every earlier version. Upgrade in any "
                  "order.");
    if (level == u"NONE")
        return tr("The registry checks nothing: any new version is accepted, and consumers may "
                  "fail on records they cannot read.");
    return {};
}

} // namespace Qafka
