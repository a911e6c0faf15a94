#pragma once

#include <QWidget>

class QTabWidget;

namespace Qafka {

class AclsView;
class ClusterConnection;
class ScramUsersView;

// Who may do what on a cluster: its ACL bindings and its SCRAM users, each in a tab, read when
// the pane is first shown (and on Refresh). A read-only connection can look but not change.
class AccessControlPane : public QWidget
{
    Q_OBJECT
public:
    explicit AccessControlPane(ClusterConnection *connection, QWidget *parent = nullptr);

    AclsView *aclsView() const { return m_acls; }
    ScramUsersView *scramUsersView() const { return m_users; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshUnread();

    ClusterConnection *m_connection;
    QTabWidget *m_tabs;
    AclsView *m_acls;
    ScramUsersView *m_users;
};

} // namespace Qafka
