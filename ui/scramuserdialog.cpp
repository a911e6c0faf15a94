#include "scramuserdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Qafka {

ScramUserDialog::ScramUserDialog(const QString &user, const QString &mechanism, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(user, this))
    , m_mechanism(new QComboBox(this))
    , m_iterations(new QSpinBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("scramUserDialog"));
    setWindowTitle(user.isEmpty() ? tr("Create SCRAM User")
                                  : tr("Change Password of %1").arg(user));
    m_user->setObjectName(QStringLiteral("scramUserEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setReadOnly(!user.isEmpty());
    m_mechanism->setObjectName(QStringLiteral("scramMechanismBox"));
    m_mechanism->setAccessibleName(tr("Mechanism"));
    m_mechanism->addItems(scramMechanisms());
    m_mechanism->setCurrentText(mechanism.isEmpty() ? QStringLiteral("SCRAM-SHA-512") : mechanism);
    m_iterations->setObjectName(QStringLiteral("scramIterationsBox"));
    m_iterations->setAccessibleName(tr("Iterations"));
    m_iterations->setRange(ScramCredentialWrite::kDefaultIterations,
                           ScramCredentialWrite::kMaxIterations);
    m_iterations->setValue(ScramCredentialWrite::kDefaultIterations);
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ScramUserDialog::update);
    }
    m_password->setObjectName(QStringLiteral("scramPasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setObjectName(QStringLiteral("scramRepeatEdit"));
    m_repeat->setAccessibleName(tr("Password again"));
    m_message->setObjectName(QStringLiteral("scramMessage"));
    m_message->setWordWrap(true);
    connect(m_user, &QLineEdit::textChanged, this, &ScramUserDialog::update);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Mechanism:"), m_mechanism);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("scramSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    update();
}

ScramCredentialWrite ScramUserDialog::write() const
{
    return {m_user->text().trimmed(), m_mechanism->currentText(), m_iterations->value(),
            m_password->text(), false};
}

QString ScramUserDialog::validationError() const
{
    if (m_user->text().trimmed().isEmpty())
        return tr("Name the user.");
    if (m_password->text().isEmpty())
        return tr("Type the password.");
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    return {};
}

void ScramUserDialog::update()
{
    if (!m_save)
        return;
    const QString problem = validationError();
    m_message->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

} // namespace Qafka
