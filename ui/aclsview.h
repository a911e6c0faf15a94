#pragma once

#include "types/acltypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Qafka {

class AclFilterModel;
class AclListModel;
class ClusterConnection;
class OperationStatus;

// The ACL bindings of a cluster (DescribeAcls), filtered by any field: "what may this principal
// do" and "who may do what on this topic or group" (resolved as the authorizer does, wildcard
// and prefixes included). Creates bindings through AclCreateDialog and deletes the selected ones
// after a confirmation that lists them; both are off on a read-only connection.
class AclsView : public QWidget
{
    Q_OBJECT
public:
    explicit AclsView(ClusterConnection *connection, QWidget *parent = nullptr);

    void refresh();
    // The steps after the dialogs; each returns the operation's id.
    quint64 createBindings(const QList<AclBinding> &bindings);
    quint64 deleteBindings(const QList<AclBinding> &bindings);
    QList<AclBinding> selectedBindings() const;
    // Shows what the principal may do, or who may do what on a resource.
    void showPrincipal(const QString &principal);
    void showResource(const QString &resourceType, const QString &name);

    AclListModel *model() const { return m_model; }
    AclFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *principalFilter() const { return m_principalFilter; }
    QComboBox *resourceTypeFilter() const { return m_resourceTypeFilter; }
    QLineEdit *resourceNameFilter() const { return m_resourceNameFilter; }
    QCheckBox *resolveResourceBox() const { return m_resolveResource; }
    QComboBox *operationFilter() const { return m_operationFilter; }
    QComboBox *permissionFilter() const { return m_permissionFilter; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *summaryLabel() const { return m_summary; }
    OperationStatus *operationStatus() const { return m_status; }
    bool hasLoaded() const { return m_loaded; }

signals:
    void loaded(); // a listing or its failure arrived

private:
    QLayout *buildFilterRow();
    void buildLayout();
    void connectParts();
    void applyFilter();
    void updateSummary();
    void updateButtons();
    void showListing(const QList<AclBinding> &bindings, const QString &failure);
    void openCreateDialog();
    void confirmDelete();

    ClusterConnection *m_connection;
    AclListModel *m_model;
    AclFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_principalFilter;
    QComboBox *m_resourceTypeFilter;
    QLineEdit *m_resourceNameFilter;
    QCheckBox *m_resolveResource;
    QComboBox *m_operationFilter;
    QComboBox *m_permissionFilter;
    QPushButton *m_refresh;
    QPushButton *m_create;
    QPushButton *m_delete;
    QLabel *m_summary;
    OperationStatus *m_status;
    QString m_failure;
    bool m_loaded = false;
};

} // namespace Qafka
