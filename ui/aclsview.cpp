#include "aclsview.h"

#include "aclcreatedialog.h"
#include "aclfiltermodel.h"
#include "acllistmodel.h"
#include "destructiveconfirmdialog.h"
#include "operationstatus.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Qafka {

namespace {

QStringList allOperations()
{
    QStringList operations;
    for (const QString &type : aclResourceTypes())
        for (const QString &operation : aclOperations(type))
            if (!operations.contains(operation))
                operations.append(operation);
    std::sort(operations.begin(), operations.end());
    return operations;
}

// A filter combo whose first entry means "any value" (an empty filter field).
QComboBox *makeAnyCombo(const QString &objectName, const QString &accessibleName,
                        const QStringList &values, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->addItem(AclsView::tr("any"), QString());
    for (const QString &value : values)
        box->addItem(value, value);
    return box;
}

} // namespace

AclsView::AclsView(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new AclListModel(this))
    , m_filter(new AclFilterModel(this))
    , m_view(makeTableView(QStringLiteral("aclView"), tr("ACL bindings"), this))
    , m_principalFilter(new QLineEdit(this))
    , m_resourceTypeFilter(makeAnyCombo(QStringLiteral("aclResourceTypeFilter"),
                                        tr("Resource type filter"), aclResourceTypes(), this))
    , m_resourceNameFilter(new QLineEdit(this))
    , m_resolveResource(new QCheckBox(tr("As the &authorizer applies them"), this))
    , m_operationFilter(makeAnyCombo(QStringLiteral("aclOperationFilter"), tr("Operation filter"),
                                     allOperations(), this))
    , m_permissionFilter(makeAnyCombo(QStringLiteral("aclPermissionFilter"),
                                      tr("Permission filter"),
                                      {QStringLiteral("ALLOW"), QStringLiteral("DENY")}, this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_create(new QPushButton(tr("&Create…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_summary(new QLabel(this))
    , m_status(new OperationStatus(connection, this))
{
    setObjectName(QStringLiteral("aclsView"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_principalFilter->setObjectName(QStringLiteral("aclPrincipalFilter"));
    m_principalFilter->setAccessibleName(tr("Principal filter"));
    m_principalFilter->setPlaceholderText(tr("Principal, e.g. User:alice"));
    m_principalFilter->setClearButtonEnabled(true);
    m_resourceNameFilter->setObjectName(QStringLiteral("aclResourceNameFilter"));
    m_resourceNameFilter->setAccessibleName(tr("Resource name filter"));
    m_resourceNameFilter->setPlaceholderText(tr("Resource name"));
    m_resourceNameFilter->setClearButtonEnabled(true);
    m_resolveResource->setObjectName(QStringLiteral("aclResolveResource"));
    m_resolveResource->setToolTip(
        tr("Show every binding that applies to the named resource: its literal name, the "
           "wildcard *, and prefixes of its name"));
    m_refresh->setObjectName(QStringLiteral("aclRefreshButton"));
    m_create->setObjectName(QStringLiteral("aclCreateButton"));
    m_delete->setObjectName(QStringLiteral("aclDeleteButton"));
    m_summary->setObjectName(QStringLiteral("aclSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildLayout();
    connectParts();
    updateSummary();
    updateButtons();
}

QLayout *AclsView::buildFilterRow()
{
    auto *row = new QHBoxLayout;
    auto *principalLabel = new QLabel(tr("&Principal:"), this);
    principalLabel->setBuddy(m_principalFilter);
    auto *resourceLabel = new QLabel(tr("&Resource:"), this);
    resourceLabel->setBuddy(m_resourceTypeFilter);
    auto *operationLabel = new QLabel(tr("&Operation:"), this);
    operationLabel->setBuddy(m_operationFilter);
    auto *permissionLabel = new QLabel(tr("Per&mission:"), this);
    permissionLabel->setBuddy(m_permissionFilter);
    row->addWidget(principalLabel);
    row->addWidget(m_principalFilter, 2);
    row->addWidget(resourceLabel);
    row->addWidget(m_resourceTypeFilter);
    row->addWidget(m_resourceNameFilter, 2);
    row->addWidget(m_resolveResource);
    row->addWidget(operationLabel);
    row->addWidget(m_operationFilter);
    row->addWidget(permissionLabel);
    row->addWidget(m_permissionFilter);
    return row;
}

void AclsView::buildLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_create);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildFilterRow());
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

void AclsView::connectParts()
{
    connect(m_connection, &ClusterConnection::aclsReady, this,
            [this](const QList<AclBinding> &bindings) { showListing(bindings, {}); });
    connect(m_connection, &ClusterConnection::aclsFailed, this,
            [this](const KafkaError &error) { showListing({}, error.message); });
    for (QLineEdit *edit : {m_principalFilter, m_resourceNameFilter})
        connect(edit, &QLineEdit::textChanged, this, &AclsView::applyFilter);
    for (QComboBox *box : {m_resourceTypeFilter, m_operationFilter, m_permissionFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &AclsView::applyFilter);
    connect(m_resolveResource, &QCheckBox::toggled, this, &AclsView::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &AclsView::refresh);
    connect(m_create, &QPushButton::clicked, this, &AclsView::openCreateDialog);
    connect(m_delete, &QPushButton::clicked, this, &AclsView::confirmDelete);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AclsView::updateButtons);
    // After a failure too: part of a bundle may have been written.
    connect(m_status, &OperationStatus::finished, this, &AclsView::refresh);
}

void AclsView::refresh()
{
    m_connection->requestAcls();
}

// A listing, or (failure set) why there is none.
void AclsView::showListing(const QList<AclBinding> &bindings, const QString &failure)
{
    m_failure = failure;
    m_model->setBindings(bindings);
    // Names are worth reading in full; Qt measures at most 1,000 rows for this.
    m_view->resizeColumnsToContents();
    m_loaded = true;
    updateSummary();
    updateButtons();
    emit loaded();
}

void AclsView::applyFilter()
{
    AclFilter filter;
    filter.principal = m_principalFilter->text().trimmed();
    filter.resourceType = m_resourceTypeFilter->currentData().toString();
    filter.resourceName = m_resourceNameFilter->text().trimmed();
    filter.resolveResource = m_resolveResource->isChecked();
    filter.operation = m_operationFilter->currentData().toString();
    filter.permission = m_permissionFilter->currentData().toString();
    m_filter->setFilter(filter);
    updateSummary();
}

void AclsView::showPrincipal(const QString &principal)
{
    m_principalFilter->setText(principal);
    m_resourceTypeFilter->setCurrentIndex(0);
    m_resourceNameFilter->clear();
}

void AclsView::showResource(const QString &resourceType, const QString &name)
{
    m_principalFilter->clear();
    m_resourceTypeFilter->setCurrentIndex(
        std::max(0, m_resourceTypeFilter->findData(resourceType)));
    m_resourceNameFilter->setText(name);
    m_resolveResource->setChecked(true);
}

void AclsView::updateSummary()
{
    if (!m_failure.isEmpty()) {
        m_summary->setStyleSheet(semanticStyle(Meaning::Error));
        m_summary->setText(m_failure);
    } else {
        m_summary->setStyleSheet({});
        const int all = m_model->rowCount();
        const int shown = m_filter->rowCount();
        m_summary->setText(!m_loaded ? tr("Reading the ACLs…")
                           : shown == all
                               ? tr("%n binding(s).", nullptr, all)
                               : tr("%1 of %n binding(s) shown.", nullptr, all).arg(shown));
    }
    m_summary->setAccessibleName(m_summary->text());
}

void AclsView::updateButtons()
{
    const bool writable = !m_connection->isReadOnly();
    const QString readOnly = tr("This connection is read-only.");
    m_create->setEnabled(writable);
    m_delete->setEnabled(writable && !selectedBindings().isEmpty());
    m_create->setToolTip(writable ? tr("Create a binding, or the bindings a producer or a "
                                       "consumer needs")
                                  : readOnly);
    m_delete->setToolTip(writable ? tr("Delete the selected bindings") : readOnly);
}

QList<AclBinding> AclsView::selectedBindings() const
{
    QList<AclBinding> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const AclBinding *binding = m_model->binding(m_filter->mapToSource(index).row()))
            selected.append(*binding);
    return selected;
}

quint64 AclsView::createBindings(const QList<AclBinding> &bindings)
{
    const quint64 id = m_connection->createAcls(bindings);
    m_status->track(id, tr("Creating %n binding(s)…", nullptr, int(bindings.size())));
    return id;
}

quint64 AclsView::deleteBindings(const QList<AclBinding> &bindings)
{
    const quint64 id = m_connection->deleteAcls(bindings);
    m_status->track(id, tr("Deleting %n binding(s)…", nullptr, int(bindings.size())));
    return id;
}

void AclsView::openCreateDialog()
{
    AclCreateDialog dialog(m_model->principals(), this);
    if (!m_principalFilter->text().trimmed().isEmpty())
        dialog.principalBox()->setCurrentText(m_principalFilter->text().trimmed());
    if (dialog.exec() == QDialog::Accepted)
        createBindings(dialog.bindings());
}

void AclsView::confirmDelete()
{
    const QList<AclBinding> bindings = selectedBindings();
    if (bindings.isEmpty())
        return;
    QStringList targets;
    for (const AclBinding &binding : bindings)
        targets.append(binding.summary());
    DestructiveConfirmDialog dialog(
        tr("Delete ACL Bindings"),
        tr("Delete these %n binding(s)? Clients that rely on them lose that access at once.",
           nullptr, int(bindings.size())),
        targets, tr("&Delete"), this, false);
    if (dialog.exec() == QDialog::Accepted)
        deleteBindings(bindings);
}

} // namespace Qafka
