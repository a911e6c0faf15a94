#pragma once

#include "types/scramtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Qafka {

class ClusterConnection;
class OperationStatus;
class ScramUserModel;

// The SCRAM users of a cluster (DescribeUserScramCredentials): create a user or change a
// password through ScramUserDialog, delete a credential after a confirmation that names it. The
// writes are off on a read-only connection.
class ScramUsersView : public QWidget
{
    Q_OBJECT
public:
    explicit ScramUsersView(ClusterConnection *connection, QWidget *parent = nullptr);

    void refresh();
    // The step after the dialogs; returns the operation's id.
    quint64 saveCredential(const ScramCredentialWrite &write);
    quint64 deleteCredential(const QString &user, const QString &mechanism);

    ScramUserModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *summaryLabel() const { return m_summary; }
    OperationStatus *operationStatus() const { return m_status; }
    bool hasLoaded() const { return m_loaded; }

signals:
    void loaded();

private:
    void buildLayout();
    void connectParts();
    void showListing(const QList<ScramUser> &users, const QString &failure);
    void updateSummary();
    void updateButtons();
    int selectedRow() const;
    void openDialog(bool forSelected);
    void confirmDelete();

    ClusterConnection *m_connection;
    ScramUserModel *m_model;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_create;
    QPushButton *m_change;
    QPushButton *m_delete;
    QLabel *m_summary;
    OperationStatus *m_status;
    QString m_failure;
    bool m_loaded = false;
};

} // namespace Qafka
