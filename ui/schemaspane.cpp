#include "schemaspane.h"

#include "compatibilitydialog.h"
#include "destructiveconfirmdialog.h"
#include "schemaregisterdialog.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "session/schemaadmin.h"
#include "session/schemaregistry.h"
#include "subjectdetailview.h"
#include "subjectlistmodel.h"
#include "tableviews.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qafka {

SchemasPane::SchemasPane(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new SubjectListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(makeTableView(QStringLiteral("subjectTable"), tr("Subjects"), this))
    , m_details(new SubjectDetailView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_showDeleted(new QCheckBox(tr("Show &deleted"), this))
    , m_global(new QLabel(this))
    , m_status(new QLabel(this))
    , m_noRegistry(new QLabel(this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("schemasPane"));
    createActions();
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(SubjectListModel::SubjectColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_filter);
    m_table->sortByColumn(SubjectListModel::SubjectColumn, Qt::AscendingOrder);
    fitColumn(m_table, SubjectListModel::SubjectColumn, 220);
    for (int column : {SubjectListModel::TypeColumn, SubjectListModel::VersionColumn,
                       SubjectListModel::IdColumn})
        fitColumn(m_table, column,
                  m_table->fontMetrics().horizontalAdvance(QStringLiteral("Protobuf")) + 12);
    fitColumn(m_table, SubjectListModel::CompatibilityColumn,
              m_table->fontMetrics().horizontalAdvance(QStringLiteral("BACKWARD (default)")) + 12);
    m_filterEdit->setObjectName(QStringLiteral("subjectFilter"));
    m_filterEdit->setAccessibleName(tr("Filter subjects"));
    m_filterEdit->setPlaceholderText(tr("Filter subjects"));
    m_filterEdit->setClearButtonEnabled(true);
    m_showDeleted->setObjectName(QStringLiteral("showDeletedSubjects"));
    m_global->setObjectName(QStringLiteral("globalCompatibility"));
    m_status->setObjectName(QStringLiteral("schemasStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noRegistry->setObjectName(QStringLiteral("noRegistryLabel"));
    m_noRegistry->setWordWrap(true);
    m_noRegistry->setText(tr("This connection has no Schema Registry. Add its URL on the Schema "
                             "Registry tab of the connection's settings to see its subjects "
                             "here."));
    m_details->setObjectName(QStringLiteral("subjectDetails"));
    buildLayout();
    connectParts();
    setSchemaRegistry(nullptr);
}

void SchemasPane::buildLayout()
{
    auto *split = new QSplitter(Qt::Horizontal, m_body);
    split->setObjectName(QStringLiteral("schemasSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(1, 1);
    split->setSizes({720, 560});
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(buildToolbar());
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_global);
    auto *globalButton = new QToolButton(m_body);
    globalButton->setDefaultAction(m_globalCompatibility);
    statusRow->addWidget(globalButton);
    bodyLayout->addLayout(statusRow);
    bodyLayout->addWidget(split, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noRegistry);
    layout->addWidget(m_body, 1);
}

void SchemasPane::connectParts()
{
    // The pane's actions on the table too (right click, or the Menu key).
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_browseTopic, m_newVersion, m_compatibility, m_deleteVersion,
                         m_purgeVersion, m_deleteSubject, m_purgeSubject, m_refresh});
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showDeleted, &QCheckBox::toggled, this, &SchemasPane::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchemasPane::currentSubjectChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == SubjectListModel::TopicColumn)
            m_browseTopic->trigger();
    });
    connect(m_details, &SubjectDetailView::referenceActivated, this,
            [this](const QString &subject, int version) {
                if (!subject.isEmpty())
                    selectSubject(subject, version);
            });
    connect(m_details->versionList(), &QListWidget::currentRowChanged, this,
            &SchemasPane::updateActions);
    connect(m_connection, &ClusterConnection::snapshotChanged, this,
            [this](const ClusterSnapshot &snapshot) {
                QStringList topics;
                topics.reserve(snapshot.topics.size());
                for (const TopicInfo &topic : snapshot.topics)
                    topics.append(topic.name);
                m_model->setTopics(topics);
            });
}

void SchemasPane::createActions()
{
    const auto make = [this](const QString &text, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        addAction(action);
        return action;
    };
    m_refresh = make(tr("&Refresh"), "refreshSubjects");
    m_newSubject = make(tr("New &Subject…"), "newSubject");
    m_newVersion = make(tr("New &Version…"), "newVersion");
    m_compatibility = make(tr("&Compatibility…"), "subjectCompatibility");
    m_globalCompatibility = make(tr("De&fault Compatibility…"), "defaultCompatibility");
    m_deleteVersion = make(tr("Soft-Delete Version…"), "softDeleteVersion");
    m_purgeVersion = make(tr("Delete Version Permanently…"), "purgeVersion");
    m_deleteSubject = make(tr("Soft-Delete Subject…"), "softDeleteSubject");
    m_purgeSubject = make(tr("Delete Subject Permanently…"), "purgeSubject");
    m_browseTopic = make(tr("&Browse Topic"), "browseSubjectTopic");
    connect(m_refresh, &QAction::triggered, this, &SchemasPane::refresh);
    connect(m_newSubject, &QAction::triggered, this, [this] { registerVersion(true); });
    connect(m_newVersion, &QAction::triggered, this, [this] { registerVersion(false); });
    connect(m_compatibility, &QAction::triggered, this, [this] { changeCompatibility(false); });
    connect(m_globalCompatibility, &QAction::triggered, this,
            [this] { changeCompatibility(true); });
    connect(m_deleteVersion, &QAction::triggered, this, [this] { deleteSchema(false, false); });
    connect(m_purgeVersion, &QAction::triggered, this, [this] { deleteSchema(false, true); });
    connect(m_deleteSubject, &QAction::triggered, this, [this] { deleteSchema(true, false); });
    connect(m_purgeSubject, &QAction::triggered, this, [this] { deleteSchema(true, true); });
    connect(m_browseTopic, &QAction::triggered, this, [this] {
        if (const SubjectSummary *summary = currentSummary()) {
            const QString topic = m_model
                                      ->data(m_model->index(m_model->rowOf(summary->subject), 0),
                                             SubjectListModel::TopicRole)
                                      .toString();
            if (!topic.isEmpty())
                emit browseTopicRequested(topic);
        }
    });
}

QWidget *SchemasPane::buildToolbar()
{
    auto *bar = new QWidget(m_body);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [bar, row](QAction *action) {
        auto *tool = new QToolButton(bar);
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(tool);
        return tool;
    };
    row->addWidget(m_filterEdit, 1);
    row->addWidget(m_showDeleted);
    button(m_refresh);
    button(m_newSubject);
    button(m_newVersion);
    button(m_compatibility);
    button(m_browseTopic);
    m_deleteButton = new QToolButton(bar);
    m_deleteButton->setObjectName(QStringLiteral("deleteSchemaButton"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setAccessibleName(tr("Delete"));
    m_deleteButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_deleteButton);
    menu->addActions({m_deleteVersion, m_purgeVersion});
    menu->addSeparator();
    menu->addActions({m_deleteSubject, m_purgeSubject});
    m_deleteButton->setMenu(menu);
    row->addWidget(m_deleteButton);
    return bar;
}

void SchemasPane::setSchemaRegistry(SchemaRegistry *registry)
{
    if (m_admin)
        m_admin->disconnect(this);
    m_registry = registry;
    m_admin = nullptr; // made on the first refresh: no thread for a pane nobody opens
    m_askedOnce = false;
    m_noRegistry->setVisible(!registry);
    m_body->setVisible(registry != nullptr);
    m_details->setAdmin(nullptr);
    updateActions();
}

SchemaAdmin *SchemasPane::ensureAdmin()
{
    if (!m_admin && m_registry) {
        m_admin = m_registry->admin();
        m_details->setAdmin(m_admin);
        connectAdmin();
    }
    return m_admin;
}

void SchemasPane::connectAdmin()
{
    connect(m_admin, &SchemaAdmin::subjectsListed, this, &SchemasPane::onSubjectsListed);
    connect(m_admin, &SchemaAdmin::subjectDetails, this, &SchemasPane::onDetails);
    connect(m_admin, &SchemaAdmin::changed, this, &SchemasPane::onChanged);
    connect(m_admin, &SchemaAdmin::globalCompatibilityRead, this,
            [this](quint64 id, const QString &level, const QString &error) {
                if (id != m_globalRequest)
                    return;
                m_model->setGlobalCompatibility(level);
                m_global->setText(error.isEmpty() ? tr("Default compatibility: %1").arg(level)
                                                  : tr("Default compatibility: unknown"));
                m_global->setToolTip(error);
            });
}

void SchemasPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_askedOnce && m_registry)
        refresh();
}

void SchemasPane::refresh()
{
    if (!ensureAdmin())
        return;
    m_details->setShowDeleted(m_showDeleted->isChecked());
    m_askedOnce = true;
    m_listing = true;
    m_listError.clear();
    m_listRequest = m_admin->listSubjects(m_showDeleted->isChecked());
    m_globalRequest = m_admin->readGlobalCompatibility();
    updateStatus();
}

void SchemasPane::onSubjectsListed(quint64 id, const QList<SubjectSummary> &subjects,
                                   const QString &error)
{
    if (id != m_listRequest)
        return;
    const QString selected =
        m_selectAfterList.isEmpty() ? currentSubject() : std::exchange(m_selectAfterList, {});
    m_listError = error;
    m_listing = error.isEmpty() && !subjects.isEmpty();
    {
        // The reset drops the current row; the subject is chosen again just below.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setSubjects(subjects);
    }
    updateStatus();
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        selectSubject(selected,
                      selected == m_details->subject() ? m_details->currentVersion() : -1);
    else
        m_details->clear();
    if (!m_listing)
        emit subjectsLoaded();
}

void SchemasPane::onDetails(quint64 id, const QList<SubjectSummary> &details)
{
    if (id != m_listRequest)
        return;
    m_model->updateDetails(details);
    if (m_model->detailsKnownCount() >= m_model->rowCount() && m_listing) {
        m_listing = false;
        emit subjectsLoaded();
    }
    updateStatus();
    updateActions();
}

void SchemasPane::updateStatus()
{
    QString text;
    if (!m_listError.isEmpty()) {
        m_status->setStyleSheet(semanticStyle(Meaning::Error));
        m_status->setText(m_listError);
        return;
    }
    const int count = m_model->rowCount();
    if (m_listing && count == 0)
        text = tr("Reading the subjects…");
    else if (m_listing)
        text = tr("%n subject(s); reading details of %1…", nullptr, count)
                   .arg(count - m_model->detailsKnownCount());
    else
        text = tr("%n subject(s)", nullptr, count);
    // Apicurio's Confluent API lists at most 1,000 subjects unless told otherwise.
    if (count == 1000 && !m_listing)
        text += u" · " + tr("exactly 1,000: the registry may list no more than that (Apicurio's "
                            "registry.ccompat.max-subjects), so some subjects may be missing");
    if (!m_message.isEmpty())
        text += u" · " + m_message;
    m_status->setStyleSheet({});
    m_status->setText(text);
}

QString SchemasPane::currentSubject() const
{
    const SubjectSummary *summary = currentSummary();
    return summary ? summary->subject : QString();
}

const SubjectSummary *SchemasPane::currentSummary() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->summary(current.row()) : nullptr;
}

bool SchemasPane::selectSubject(const QString &subject, int version)
{
    const int row = m_model->rowOf(subject);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_details->showSubject(subject, version);
    updateActions();
    return true;
}

void SchemasPane::currentSubjectChanged()
{
    const QString subject = currentSubject();
    if (subject.isEmpty())
        m_details->clear();
    else
        m_details->showSubject(subject);
    updateActions();
}

void SchemasPane::updateActions()
{
    const bool writable = m_registry && !m_connection->isReadOnly();
    const SubjectSummary *summary = currentSummary();
    const bool version = summary && m_details->currentVersion() >= 0;
    const auto show = [](QAction *action, bool visible, bool enabled) {
        action->setVisible(visible);
        action->setEnabled(visible && enabled);
    };
    show(m_refresh, m_registry != nullptr, true);
    show(m_newSubject, writable, true);
    show(m_newVersion, writable, summary && !summary->deleted && summary->detailsKnown);
    show(m_compatibility, writable, summary && !summary->deleted && summary->detailsKnown);
    show(m_globalCompatibility, writable, !m_model->globalCompatibility().isEmpty());
    show(m_deleteVersion, writable, version && !m_details->currentVersionDeleted());
    show(m_purgeVersion, writable, version);
    show(m_deleteSubject, writable, summary && !summary->deleted);
    show(m_purgeSubject, writable, summary != nullptr);
    m_deleteButton->setVisible(writable);
    m_browseTopic->setEnabled(summary &&
                              !m_model
                                   ->data(m_model->index(m_model->rowOf(summary->subject), 0),
                                          SubjectListModel::TopicRole)
                                   .toString()
                                   .isEmpty());
}

void SchemasPane::showError(const QString &text)
{
    m_message.clear();
    m_status->setStyleSheet(semanticStyle(Meaning::Error));
    m_status->setText(text);
}

void SchemasPane::registerVersion(bool newSubject)
{
    if (!m_admin || m_connection->isReadOnly())
        return;
    RegistrySchema latest;
    QString subject;
    if (!newSubject) {
        latest = m_details->currentSchema();
        subject = currentSubject();
        if (subject.isEmpty() || latest.id < 0)
            return;
    }
    SchemaRegisterDialog dialog(m_admin, subject, latest, m_details->currentText(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message = tr("Registered %1: schema id %2.").arg(dialog.subject()).arg(dialog.registeredId());
    m_selectAfterList = dialog.subject();
    refresh();
}

void SchemasPane::changeCompatibility(bool global)
{
    if (!m_admin || m_connection->isReadOnly())
        return;
    const SubjectSummary *summary = global ? nullptr : currentSummary();
    if (!global && !summary)
        return;
    CompatibilityDialog dialog(m_admin, summary ? summary->subject : QString(),
                               summary && summary->ownCompatibility ? summary->compatibility
                                                                    : QString(),
                               m_model->globalCompatibility(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message = global ? tr("Changed the registry's default compatibility.")
                       : tr("Changed the compatibility of %1.").arg(summary->subject);
    refresh();
}

// Soft or permanent, a version or the whole subject: a confirmation that names it first.
void SchemasPane::deleteSchema(bool wholeSubject, bool permanent)
{
    if (!m_admin || m_connection->isReadOnly())
        return;
    const QString subject = currentSubject();
    const int version = wholeSubject ? -1 : m_details->currentVersion();
    if (subject.isEmpty() || (!wholeSubject && version < 0))
        return;
    const QString target = wholeSubject ? subject : tr("%1 version %2").arg(subject).arg(version);
    QString question =
        wholeSubject
            ? tr("Soft-delete the subject %1 and all its versions? Producers can no longer use "
                 "it; it stays readable with “Show deleted” and can be deleted permanently later.")
                  .arg(subject)
            : tr("Soft-delete version %1 of %2? It stays readable with “Show deleted” and can "
                 "be deleted permanently later.")
                  .arg(version)
                  .arg(subject);
    if (permanent)
        question = tr("Permanently delete %1? This cannot be undone: messages encoded with its "
                      "schema will no longer decode, in Qafka or in any consumer that looks the "
                      "schema up in this registry.")
                       .arg(target);
    DestructiveConfirmDialog dialog(
        permanent ? tr("Delete Permanently") : tr("Soft-Delete"), question, {target},
        permanent ? tr("Delete &Permanently") : tr("&Soft-Delete"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message = permanent ? tr("Deleting %1 permanently…").arg(target)
                          : tr("Soft-deleting %1…").arg(target);
    updateStatus();
    m_changeRequest = m_admin->deleteSchema(subject, version, permanent);
    m_changeTarget = target;
}

void SchemasPane::onChanged(quint64 id, const QString &error)
{
    if (id != m_changeRequest)
        return;
    if (!error.isEmpty()) {
        showError(tr("%1 was not deleted: %2").arg(m_changeTarget, error));
        return;
    }
    m_message = tr("Deleted %1.").arg(m_changeTarget);
    refresh();
}

} // namespace Qafka
