#pragma once

#include "types/clustertypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Qafka {

// Edits one configuration entry of a topic or broker, or resets it to its default, and shows the
// change as "name: before → after" before anything is sent.
class ConfigEditDialog : public QDialog
{
    Q_OBJECT
public:
    ConfigEditDialog(const QString &resourceLabel, const ConfigEntry &entry,
                     QWidget *parent = nullptr);

    ConfigChange change() const;
    QString diffText() const;
    QLineEdit *valueEdit() const { return m_value; }
    QCheckBox *resetCheck() const { return m_reset; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void update();

    ConfigEntry m_entry;
    QLineEdit *m_value;
    QCheckBox *m_reset;
    QLabel *m_diff;
    QPushButton *m_apply;
};

} // namespace Qafka
