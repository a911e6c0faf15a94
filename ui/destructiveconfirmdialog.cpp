#include "destructiveconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qafka {

DestructiveConfirmDialog::DestructiveConfirmDialog(const QString &title, const QString &question,
                                                   const QStringList &targets,
                                                   const QString &actionText, QWidget *parent,
                                                   bool typedName)
    : QDialog(parent)
    , m_targets(targets)
    , m_typedName(typedName)
{
    setObjectName(QStringLiteral("destructiveConfirmDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    layout->addWidget(questionLabel);

    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("targetList"));
    list->setAccessibleName(tr("Affected"));
    list->addItems(targets);
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(int(targets.size()), 8) + 8);
    layout->addWidget(list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionText, QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    // Enter must never confirm by accident.
    m_confirm->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (requiresTypedName()) {
        auto *prompt =
            new QLabel(tr("Type <b>%1</b> to confirm:").arg(targets.first().toHtmlEscaped()), this);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmNameEdit"));
        m_typed->setAccessibleName(tr("Name to confirm"));
        prompt->setBuddy(m_typed);
        layout->addWidget(prompt);
        layout->addWidget(m_typed);
        m_confirm->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_confirm->setEnabled(text == m_targets.first()); });
    }
    layout->addWidget(buttons);
}

} // namespace Qafka
