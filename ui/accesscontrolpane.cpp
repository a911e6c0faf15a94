#include "accesscontrolpane.h"

#include "aclsview.h"
#include "scramusersview.h"
#include "session/clusterconnection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Qafka {

AccessControlPane::AccessControlPane(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_tabs(new QTabWidget(this))
    , m_acls(new AclsView(connection, this))
    , m_users(new ScramUsersView(connection, this))
{
    setObjectName(QStringLiteral("accessControlPane"));
    m_tabs->setObjectName(QStringLiteral("accessControlTabs"));
    m_tabs->setAccessibleName(tr("Access control"));
    m_tabs->addTab(m_acls, tr("&ACLs"));
    m_tabs->addTab(m_users, tr("SCRAM &users"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AccessControlPane::refreshUnread);
    // Connected again (or at last) while the pane is open: what it shows may be stale.
    connect(connection, &ClusterConnection::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Connected || !isVisible())
            return;
        if (m_tabs->currentWidget() == m_acls)
            m_acls->refresh();
        else
            m_users->refresh();
    });
}

void AccessControlPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshUnread();
}

// Reads the current tab once; later reads are the user's (Refresh) or follow a change.
void AccessControlPane::refreshUnread()
{
    const ConnectionState state = m_connection->state();
    if (state != ConnectionState::Connected && state != ConnectionState::Degraded)
        return;
    if (m_tabs->currentWidget() == m_acls && !m_acls->hasLoaded())
        m_acls->refresh();
    else if (m_tabs->currentWidget() == m_users && !m_users->hasLoaded())
        m_users->refresh();
}

} // namespace Qafka
