#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Qafka {

// Confirms a destructive operation: names every target, and for a single target asks the user to
// type its name before the button that does it is enabled.
class DestructiveConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    DestructiveConfirmDialog(const QString &title, const QString &question,
                             const QStringList &targets, const QString &actionText,
                             QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    bool requiresTypedName() const { return m_targets.size() == 1; }

private:
    QStringList m_targets;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace Qafka
