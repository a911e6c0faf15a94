#include "scramusersview.h"

#include "destructiveconfirmdialog.h"
#include "operationstatus.h"
#include "scramuserdialog.h"
#include "scramusermodel.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Qafka {

ScramUsersView::ScramUsersView(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new ScramUserModel(this))
    , m_view(makeTableView(QStringLiteral("scramUserView"), tr("SCRAM users"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_create(new QPushButton(tr("&New user…"), this))
    , m_change(new QPushButton(tr("C&hange password…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_summary(new QLabel(this))
    , m_status(new OperationStatus(connection, this))
{
    setObjectName(QStringLiteral("scramUsersView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setObjectName(QStringLiteral("scramRefreshButton"));
    m_create->setObjectName(QStringLiteral("scramCreateButton"));
    m_change->setObjectName(QStringLiteral("scramChangeButton"));
    m_delete->setObjectName(QStringLiteral("scramDeleteButton"));
    m_summary->setObjectName(QStringLiteral("scramSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildLayout();
    connectParts();
    updateSummary();
    updateButtons();
}

void ScramUsersView::buildLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_create);
    buttons->addWidget(m_change);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

void ScramUsersView::connectParts()
{
    connect(m_connection, &ClusterConnection::scramUsersReady, this,
            [this](const QList<ScramUser> &users) { showListing(users, {}); });
    connect(m_connection, &ClusterConnection::scramUsersFailed, this,
            [this](const KafkaError &error) { showListing({}, error.message); });
    connect(m_refresh, &QPushButton::clicked, this, &ScramUsersView::refresh);
    connect(m_create, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_change, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_delete, &QPushButton::clicked, this, &ScramUsersView::confirmDelete);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScramUsersView::updateButtons);
    // After a failure too: part of a write may have been applied.
    connect(m_status, &OperationStatus::finished, this, &ScramUsersView::refresh);
}

void ScramUsersView::refresh()
{
    m_connection->requestScramUsers();
}

// A listing, or (failure set) why there is none.
void ScramUsersView::showListing(const QList<ScramUser> &users, const QString &failure)
{
    m_failure = failure;
    m_model->setUsers(users);
    // Names are worth reading in full; Qt measures at most 1,000 rows for this.
    m_view->resizeColumnsToContents();
    m_loaded = true;
    updateSummary();
    updateButtons();
    emit loaded();
}

void ScramUsersView::updateSummary()
{
    m_summary->setStyleSheet(m_failure.isEmpty() ? QString() : semanticStyle(Meaning::Error));
    m_summary->setText(!m_failure.isEmpty() ? m_failure
                       : m_loaded           ? tr("%n user(s).", nullptr, m_model->userCount())
                                            : tr("Reading the SCRAM users…"));
    m_summary->setAccessibleName(m_summary->text());
}

void ScramUsersView::updateButtons()
{
    const bool writable = !m_connection->isReadOnly();
    const bool selected = selectedRow() >= 0;
    m_create->setEnabled(writable);
    m_change->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
    const QString readOnly = writable ? QString() : tr("This connection is read-only.");
    for (QPushButton *button : {m_create, m_change, m_delete})
        button->setToolTip(readOnly);
}

int ScramUsersView::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

quint64 ScramUsersView::saveCredential(const ScramCredentialWrite &write)
{
    const quint64 id = m_connection->alterScramCredential(write);
    m_status->track(id, tr("Saving the %1 password of %2…").arg(write.mechanism, write.user));
    return id;
}

quint64 ScramUsersView::deleteCredential(const QString &user, const QString &mechanism)
{
    ScramCredentialWrite write;
    write.user = user;
    write.mechanism = mechanism;
    write.remove = true;
    const quint64 id = m_connection->alterScramCredential(write);
    m_status->track(id, tr("Deleting the %1 credential of %2…").arg(mechanism, user));
    return id;
}

void ScramUsersView::openDialog(bool forSelected)
{
    const ScramUserModel::Row *row = forSelected ? m_model->credential(selectedRow()) : nullptr;
    if (forSelected && !row)
        return;
    ScramUserDialog dialog(row ? row->user : QString(), row ? row->credential.mechanism : QString(),
                           this);
    if (dialog.exec() == QDialog::Accepted)
        saveCredential(dialog.write());
}

void ScramUsersView::confirmDelete()
{
    const ScramUserModel::Row *row = m_model->credential(selectedRow());
    if (!row)
        return;
    // Copies: a listing that arrives while the dialog is open replaces the model's rows.
    const QString user = row->user;
    const QString mechanism = row->credential.mechanism;
    DestructiveConfirmDialog dialog(
        tr("Delete SCRAM Credential"),
        tr("Delete the %1 credential of this user? Clients logging in with it are refused from "
           "then on.")
            .arg(mechanism),
        {user}, tr("&Delete"), this);
    if (dialog.exec() == QDialog::Accepted)
        deleteCredential(user, mechanism);
}

} // namespace Qafka
