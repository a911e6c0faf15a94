#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Qafka {

// Confirms a destructive operation: names every target, and for a single target asks the user to
// type its name before the button that does it is enabled (unless typedName is false: targets
// such as ACL bindings have no name a person could type).
class DestructiveConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    DestructiveConfirmDialog(const QString &title, const QString &question,
                             const QStringList &targets, const QString &actionText,
                             QWidget *parent = nullptr, bool typedName = true);

    QLineEdit *nameEdit() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    bool requiresTypedName() const { return m_typedName && m_targets.size() == 1; }

private:
    QStringList m_targets;
    bool m_typedName = true;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace Qafka
