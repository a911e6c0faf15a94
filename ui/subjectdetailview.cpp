#include "subjectdetailview.h"

#include "jsonhighlighter.h"
#include "schemadiffview.h"
#include "session/schemaadmin.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Qafka {

namespace {

constexpr int VersionRole = Qt::UserRole + 1;

void setUpChooser(QComboBox *chooser, const QString &objectName, const QString &accessibleName)
{
    chooser->setObjectName(objectName);
    chooser->setAccessibleName(accessibleName);
    // Filled after the first show: grow with the longest "Version N (deleted)".
    chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

} // namespace

SubjectDetailView::SubjectDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_versionList(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_info(new QLabel(this))
    , m_references(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_diff(new SchemaDiffView(this))
{
    m_title->setObjectName(QStringLiteral("subjectTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_versionList->setObjectName(QStringLiteral("versionList"));
    m_versionList->setAccessibleName(tr("Versions"));
    m_info->setObjectName(QStringLiteral("versionInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_references->setObjectName(QStringLiteral("referenceList"));
    m_references->setAccessibleName(tr("References"));
    m_references->setMaximumHeight(m_references->fontMetrics().height() * 4 + 8);
    m_text->setObjectName(QStringLiteral("schemaText"));
    m_text->setAccessibleName(tr("Schema text"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_text->document(), palette());
    setUpChooser(m_older, QStringLiteral("olderVersion"), tr("Older version"));
    setUpChooser(m_newer, QStringLiteral("newerVersion"), tr("Newer version"));

    auto *schemaPage = new QWidget(m_tabs);
    auto *schemaLayout = new QVBoxLayout(schemaPage);
    schemaLayout->addWidget(m_info);
    auto *referencesLabel = new QLabel(tr("R&eferences:"), schemaPage);
    referencesLabel->setBuddy(m_references);
    schemaLayout->addWidget(referencesLabel);
    schemaLayout->addWidget(m_references);
    schemaLayout->addWidget(m_text, 1);
    auto *comparePage = new QWidget(m_tabs);
    auto *compareLayout = new QVBoxLayout(comparePage);
    auto *choice = new QHBoxLayout;
    auto *olderLabel = new QLabel(tr("&Compare version"), comparePage);
    olderLabel->setBuddy(m_older);
    auto *newerLabel = new QLabel(tr("&with version"), comparePage);
    newerLabel->setBuddy(m_newer);
    choice->addWidget(olderLabel);
    choice->addWidget(m_older);
    choice->addWidget(newerLabel);
    choice->addWidget(m_newer);
    choice->addStretch(1);
    compareLayout->addLayout(choice);
    compareLayout->addWidget(m_diff, 1);
    m_tabs->setObjectName(QStringLiteral("subjectTabs"));
    m_tabs->addTab(schemaPage, tr("&Schema"));
    m_tabs->addTab(comparePage, tr("Co&mpare"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_versionList);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({100, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    connect(m_versionList, &QListWidget::currentRowChanged, this,
            &SubjectDetailView::showCurrentVersion);
    connect(m_older, &QComboBox::currentIndexChanged, this, &SubjectDetailView::updateComparison);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &SubjectDetailView::updateComparison);
    connect(m_references, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit referenceActivated(item->data(Qt::UserRole).toString(),
                                item->data(VersionRole).toInt());
    });
    clear();
}

void SubjectDetailView::setAdmin(SchemaAdmin *admin)
{
    if (m_admin)
        m_admin->disconnect(this);
    m_admin = admin;
    if (!admin)
        return;
    connect(admin, &SchemaAdmin::versionsListed, this, &SubjectDetailView::onVersionsListed);
    connect(admin, &SchemaAdmin::versionRead, this, &SubjectDetailView::onVersionRead);
}

void SubjectDetailView::clear()
{
    m_subject.clear();
    m_versionsRequest = 0; // answers for the subject shown before are no longer wanted
    m_wantedVersion = -1;
    m_versions = {};
    m_read.clear();
    m_pretty.clear();
    m_pendingReads.clear();
    m_title->setText(tr("Choose a subject to see its versions."));
    m_versionList->clear();
    m_info->clear();
    m_references->clear();
    m_text->clear();
    m_older->clear();
    m_newer->clear();
    m_diff->clear();
}

void SubjectDetailView::showSubject(const QString &subject, int version)
{
    if (!m_admin)
        return;
    const bool same = subject == m_subject;
    if (!same) {
        clear();
        m_subject = subject;
    }
    m_wantedVersion = version;
    m_title->setText(tr("Subject %1 — reading its versions…").arg(subject));
    m_versionsRequest = m_admin->listVersions(subject);
}

void SubjectDetailView::onVersionsListed(quint64 id, const SubjectVersions &versions)
{
    if (id != m_versionsRequest)
        return;
    m_versions = versions;
    if (!versions.error.isEmpty()) {
        m_title->setText(tr("Subject %1").arg(m_subject));
        m_info->setText(versions.error);
        emit failed(versions.error);
        return;
    }
    m_title->setText(tr("Subject %1 — %n version(s)", nullptr,
                        int(versions.versions.size() + versions.deletedVersions.size()))
                         .arg(m_subject));
    fillVersionList(m_wantedVersion);
}

void SubjectDetailView::fillVersionList(int wanted)
{
    QList<std::pair<int, bool>> all; // version, deleted
    for (int version : m_versions.versions)
        all.append({version, false});
    if (m_showDeleted)
        for (int version : m_versions.deletedVersions)
            all.append({version, true});
    std::sort(all.begin(), all.end());
    const QSignalBlocker blocker(m_versionList);
    const QSignalBlocker olderBlocker(m_older);
    const QSignalBlocker newerBlocker(m_newer);
    m_versionList->clear();
    m_older->clear();
    m_newer->clear();
    int wantedRow = -1;
    int newestLiveRow = int(all.size()) - 1;
    for (int row = 0; row < all.size(); ++row) {
        const auto [version, deleted] = all.at(row);
        const QString text =
            deleted ? tr("Version %1 (deleted)").arg(version) : tr("Version %1").arg(version);
        auto *item = new QListWidgetItem(text, m_versionList);
        item->setData(VersionRole, version);
        if (deleted)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_older->addItem(text, version);
        m_newer->addItem(text, version);
        if (version == wanted)
            wantedRow = row;
        if (!deleted)
            newestLiveRow = row;
    }
    m_older->setCurrentIndex(std::max(0, int(all.size()) - 2));
    m_newer->setCurrentIndex(int(all.size()) - 1);
    m_versionList->setCurrentRow(wantedRow >= 0 ? wantedRow : newestLiveRow);
    showCurrentVersion();
    updateComparison();
}

int SubjectDetailView::currentVersion() const
{
    const QListWidgetItem *item = m_versionList->currentItem();
    return item ? item->data(VersionRole).toInt() : -1;
}

bool SubjectDetailView::currentVersionDeleted() const
{
    return m_versions.deletedVersions.contains(currentVersion());
}

RegistrySchema SubjectDetailView::currentSchema() const
{
    return m_read.value(currentVersion());
}

void SubjectDetailView::need(int version)
{
    if (version < 0 || m_read.contains(version))
        return;
    for (int pending : std::as_const(m_pendingReads))
        if (pending == version)
            return;
    m_pendingReads.insert(m_admin->readVersion(m_subject, version), version);
}

void SubjectDetailView::showCurrentVersion()
{
    const int version = currentVersion();
    if (version < 0)
        return;
    if (m_read.contains(version)) {
        showSchema(m_read.value(version));
        return;
    }
    m_info->setText(tr("Reading version %1…").arg(version));
    m_text->clear();
    m_references->clear();
    need(version);
}

void SubjectDetailView::onVersionRead(quint64 id, const RegistrySchema &schema,
                                      const QString &prettyText, const QString &error)
{
    const auto pending = m_pendingReads.constFind(id);
    if (pending == m_pendingReads.cend())
        return;
    const int version = pending.value();
    m_pendingReads.erase(pending);
    if (!error.isEmpty()) {
        if (version == currentVersion())
            m_info->setText(error);
        emit failed(error);
        return;
    }
    RegistrySchema read = schema;
    read.version = version;
    m_read.insert(version, read);
    m_pretty.insert(version, prettyText);
    if (version == currentVersion())
        showSchema(read);
    updateComparison();
}

void SubjectDetailView::showSchema(const RegistrySchema &schema)
{
    const bool deleted = m_versions.deletedVersions.contains(schema.version);
    QString info = tr("Version %1 · schema id %2 · %3")
                       .arg(schema.version)
                       .arg(schema.id)
                       .arg(displayNameOf(schema.format));
    if (deleted)
        info += u" · " + tr("soft-deleted");
    m_info->setText(info);
    m_references->clear();
    for (const SchemaReference &reference : schema.references) {
        auto *item = new QListWidgetItem(
            tr("%1 → %2, version %3").arg(reference.name, reference.subject).arg(reference.version),
            m_references);
        item->setData(Qt::UserRole, reference.subject);
        item->setData(VersionRole, reference.version);
    }
    if (schema.references.isEmpty())
        new QListWidgetItem(tr("(none)"), m_references);
    m_text->setPlainText(m_pretty.value(schema.version));
    emit versionShown();
}

void SubjectDetailView::compare(int older, int newer)
{
    m_older->setCurrentIndex(m_older->findData(older));
    m_newer->setCurrentIndex(m_newer->findData(newer));
    m_tabs->setCurrentIndex(1);
    updateComparison();
}

void SubjectDetailView::updateComparison()
{
    const int older = m_older->currentData().toInt();
    const int newer = m_newer->currentData().toInt();
    if (m_older->currentIndex() < 0 || m_newer->currentIndex() < 0) {
        m_diff->clear();
        return;
    }
    need(older);
    need(newer);
    if (!m_read.contains(older) || !m_read.contains(newer)) {
        m_diff->clear();
        return;
    }
    m_diff->setTexts(m_pretty.value(older), m_pretty.value(newer));
    emit comparisonShown();
}

} // namespace Qafka
