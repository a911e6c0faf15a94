#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace Qafka {

class SchemaAdmin;

// Changes the compatibility level of one subject, or the registry's default: shows the level in
// force and where it comes from, what the chosen level allows, and exactly what will change
// before anything is sent. A subject can also go back to the registry's default.
class CompatibilityDialog : public QDialog
{
    Q_OBJECT
public:
    // subject empty: the registry's default. ownLevel: the subject's own level, empty if none.
    CompatibilityDialog(SchemaAdmin *admin, const QString &subject, const QString &ownLevel,
                        const QString &globalLevel, QWidget *parent = nullptr);

    QComboBox *levelCombo() const { return m_levels; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *effectLabel() const { return m_effect; }
    QLabel *previewLabel() const { return m_preview; }
    QLabel *resultLabel() const { return m_result; }

    // What a level lets through, in words.
    static QString effectOf(const QString &level);

private:
    void updatePreview();
    void apply();
    QString chosenLevel() const; // empty: back to the registry's default

    SchemaAdmin *m_admin;
    QString m_subject;
    QString m_ownLevel;
    QString m_globalLevel;
    QComboBox *m_levels;
    QLabel *m_effect;
    QLabel *m_preview;
    QLabel *m_result;
    QPushButton *m_apply;
    quint64 m_request = 0;
};

} // namespace Qafka
