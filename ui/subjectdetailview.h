#pragma once

#include "schemas/schematypes.h"
#include "schemas/subjecttypes.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace Qafka {

class SchemaAdmin;
class SchemaDiffView;

// One subject of the registry: its versions (soft-deleted ones marked), the chosen version's
// schema pretty-printed and highlighted with its id and references, and a side-by-side comparison
// of any two versions. Reads what it shows through SchemaAdmin, each version once.
class SubjectDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit SubjectDetailView(QWidget *parent = nullptr);

    void setAdmin(SchemaAdmin *admin);
    // Shows subject; version -1 picks the newest live one once the versions are known.
    void showSubject(const QString &subject, int version = -1);
    // Soft-deleted versions are listed (marked) only on request, like soft-deleted subjects.
    void setShowDeleted(bool show) { m_showDeleted = show; }
    void clear();

    QString subject() const { return m_subject; }
    int currentVersion() const;
    bool currentVersionDeleted() const;
    // The chosen version's schema once read; id -1 before.
    RegistrySchema currentSchema() const;
    // Its text as shown (pretty-printed on the worker); empty before it is read.
    QString currentText() const { return m_pretty.value(currentVersion()); }
    const SubjectVersions &versions() const { return m_versions; }

    QListWidget *versionList() const { return m_versionList; }
    QListWidget *referenceList() const { return m_references; }
    QPlainTextEdit *schemaText() const { return m_text; }
    QLabel *infoLabel() const { return m_info; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *olderCombo() const { return m_older; }
    QComboBox *newerCombo() const { return m_newer; }
    SchemaDiffView *diffView() const { return m_diff; }
    // Compares two versions (switches to the comparison tab).
    void compare(int older, int newer);

signals:
    void referenceActivated(const QString &subject, int version);
    void versionShown(); // the chosen version's schema is on screen
    void comparisonShown();
    void failed(const QString &error);

private:
    void onVersionsListed(quint64 id, const SubjectVersions &versions);
    void onVersionRead(quint64 id, const RegistrySchema &schema, const QString &prettyText,
                       const QString &error);
    void fillVersionList(int wanted);
    void showCurrentVersion();
    void showSchema(const RegistrySchema &schema);
    void updateComparison();
    void need(int version);

    SchemaAdmin *m_admin = nullptr;
    QString m_subject;
    SubjectVersions m_versions;
    QHash<int, RegistrySchema> m_read;  // version -> schema, of this subject
    QHash<int, QString> m_pretty;       // version -> its text as shown
    QHash<quint64, int> m_pendingReads; // request -> version
    quint64 m_versionsRequest = 0;
    int m_wantedVersion = -1;
    bool m_showDeleted = false;
    QLabel *m_title;
    QListWidget *m_versionList;
    QTabWidget *m_tabs;
    QLabel *m_info;
    QListWidget *m_references;
    QPlainTextEdit *m_text;
    QComboBox *m_older;
    QComboBox *m_newer;
    SchemaDiffView *m_diff;
};

} // namespace Qafka
