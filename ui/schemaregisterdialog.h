#pragma once

#include "schemas/schematypes.h"
#include "schemas/subjecttypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Qafka {

class SchemaAdmin;
class SchemaDiffView;

// Registers a new version of a subject (or a new subject's first): the schema is edited here,
// checked against the subject's compatibility level by the registry first, its differences from
// the latest version shown, and only a schema that passed that check can be registered.
class SchemaRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    // latest: the version to start from (format, references) and latestText its text as shown,
    // or id -1 for a new subject, whose name is then typed here.
    SchemaRegisterDialog(SchemaAdmin *admin, const QString &subject, const RegistrySchema &latest,
                         const QString &latestText, QWidget *parent = nullptr);

    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *formatCombo() const { return m_format; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *registerButton() const { return m_register; }
    QLabel *verdictLabel() const { return m_verdict; }
    SchemaDiffView *diffView() const { return m_diff; }
    int registeredId() const { return m_registeredId; }
    QString subject() const;

private:
    void buildLayout();
    void connectParts();
    RegistrySchema edited() const;
    void contentChanged();
    void check();
    void showVerdict(const CompatibilityVerdict &verdict);
    void registerSchema();
    void showError(const QString &text);

    SchemaAdmin *m_admin;
    RegistrySchema m_latest;
    QString m_latestText; // pretty-printed, what the diff compares with
    QLineEdit *m_subject;
    QComboBox *m_format;
    QPlainTextEdit *m_editor;
    QPushButton *m_check;
    QPushButton *m_register;
    QLabel *m_verdict;
    SchemaDiffView *m_diff;
    quint64 m_checkRequest = 0;
    quint64 m_registerRequest = 0;
    QString m_checkedText; // the text that passed the check; an edit means a new check
    int m_registeredId = -1;
};

} // namespace Qafka
