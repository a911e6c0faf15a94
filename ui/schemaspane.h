#pragma once

#include "schemas/subjecttypes.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Qafka {

class ClusterConnection;
class SchemaAdmin;
class SchemaRegistry;
class SubjectDetailView;
class SubjectListModel;

// The Schema Registry of a connection: its subjects (filterable; type, latest version, id,
// compatibility and topic), one subject's versions, schemas and differences, and the changes an
// operator makes there (register a version after the registry's compatibility check, change a
// compatibility level, soft or permanent deletes behind a confirmation that names the target).
// No change is offered on a read-only connection.
class SchemasPane : public QWidget
{
    Q_OBJECT
public:
    explicit SchemasPane(ClusterConnection *connection, QWidget *parent = nullptr);

    // nullptr: the connection has no registry; the pane says how to add one.
    void setSchemaRegistry(SchemaRegistry *registry);
    void refresh();
    // Selects subject (clearing a filter that hides it) and shows version (-1: the newest).
    bool selectSubject(const QString &subject, int version = -1);

    SubjectListModel *subjectModel() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QTableView *subjectTable() const { return m_table; }
    SubjectDetailView *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *showDeletedBox() const { return m_showDeleted; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *globalLabel() const { return m_global; }
    QAction *newSubjectAction() const { return m_newSubject; }
    QAction *newVersionAction() const { return m_newVersion; }
    QAction *compatibilityAction() const { return m_compatibility; }
    QAction *globalCompatibilityAction() const { return m_globalCompatibility; }
    QAction *deleteVersionAction() const { return m_deleteVersion; }
    QAction *purgeVersionAction() const { return m_purgeVersion; }
    QAction *deleteSubjectAction() const { return m_deleteSubject; }
    QAction *purgeSubjectAction() const { return m_purgeSubject; }
    QAction *browseTopicAction() const { return m_browseTopic; }

signals:
    void browseTopicRequested(const QString &topic);
    // The subject list and every subject's details are in.
    void subjectsLoaded();

protected:
    // The registry is asked when the pane is first shown, not when the connection opens.
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void connectParts();
    QWidget *buildToolbar();
    void createActions();
    SchemaAdmin *ensureAdmin();
    void connectAdmin();
    void onSubjectsListed(quint64 id, const QList<SubjectSummary> &subjects, const QString &error);
    void onDetails(quint64 id, const QList<SubjectSummary> &details);
    void onChanged(quint64 id, const QString &error);
    void currentSubjectChanged();
    void updateActions();
    void updateStatus();
    QString currentSubject() const;
    const SubjectSummary *currentSummary() const;
    void registerVersion(bool newSubject);
    void changeCompatibility(bool global);
    void deleteSchema(bool wholeSubject, bool permanent);
    void showError(const QString &text);

    ClusterConnection *m_connection;
    SchemaRegistry *m_registry = nullptr;
    SchemaAdmin *m_admin = nullptr;
    SubjectListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    SubjectDetailView *m_details;
    QLineEdit *m_filterEdit;
    QCheckBox *m_showDeleted;
    QLabel *m_global;
    QLabel *m_status;
    QLabel *m_noRegistry;
    QWidget *m_body;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_newSubject = nullptr;
    QAction *m_newVersion = nullptr;
    QAction *m_compatibility = nullptr;
    QAction *m_globalCompatibility = nullptr;
    QAction *m_deleteVersion = nullptr;
    QAction *m_purgeVersion = nullptr;
    QAction *m_deleteSubject = nullptr;
    QAction *m_purgeSubject = nullptr;
    QAction *m_browseTopic = nullptr;
    quint64 m_listRequest = 0;
    quint64 m_globalRequest = 0;
    quint64 m_changeRequest = 0;
    bool m_listing = false;
    bool m_askedOnce = false;
    QString m_listError;
    QString m_message;         // the outcome of the last change, kept beside the counts
    QString m_changeTarget;    // what the pending delete deletes, for its outcome
    QString m_selectAfterList; // a subject just registered, selected once the list has it
};

} // namespace Qafka
