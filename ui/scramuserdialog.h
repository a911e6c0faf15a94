#pragma once

#include "types/scramtypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Qafka {

// Creates a SCRAM user or sets a new password for one. The password is typed twice, never shown,
// never stored: it leaves this dialog only in the write that goes to the broker.
class ScramUserDialog : public QDialog
{
    Q_OBJECT
public:
    // user empty: a new user; otherwise that user's password is changed.
    explicit ScramUserDialog(const QString &user, const QString &mechanism = {},
                             QWidget *parent = nullptr);

    ScramCredentialWrite write() const;
    QString validationError() const;

    QLineEdit *userEdit() const { return m_user; }
    QComboBox *mechanismBox() const { return m_mechanism; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

private:
    void update();

    QLineEdit *m_user;
    QComboBox *m_mechanism;
    QSpinBox *m_iterations;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace Qafka
