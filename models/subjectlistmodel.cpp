#include "subjectlistmodel.h"

#include "semanticcolors.h"

#include <QGuiApplication>
#include <QPalette>

namespace Qafka {

SubjectListModel::SubjectListModel(QObject *parent)
    : TableModel(6, parent)
{}

QStringList SubjectListModel::columnTitles() const
{
    return {tr("Subject"),   tr("Type"),          tr("Latest version"),
            tr("Schema id"), tr("Compatibility"), tr("Topic")};
}

void SubjectListModel::setSubjects(const QList<SubjectSummary> &subjects)
{
    beginResetModel();
    m_subjects = subjects;
    std::sort(
        m_subjects.begin(), m_subjects.end(),
        [](const SubjectSummary &a, const SubjectSummary &b) { return a.subject < b.subject; });
    m_rows.clear();
    m_rows.reserve(m_subjects.size());
    m_detailsKnown = 0;
    for (int row = 0; row < m_subjects.size(); ++row) {
        m_rows.insert(m_subjects.at(row).subject, row);
        m_detailsKnown += m_subjects.at(row).detailsKnown ? 1 : 0;
    }
    endResetModel();
}

void SubjectListModel::updateDetails(const QList<SubjectSummary> &details)
{
    int first = int(m_subjects.size());
    int last = -1;
    for (const SubjectSummary &detail : details) {
        const int row = m_rows.value(detail.subject, -1);
        if (row < 0)
            continue;
        SubjectSummary &summary = m_subjects[row];
        m_detailsKnown += summary.detailsKnown ? 0 : 1;
        const bool deleted = summary.deleted;
        summary = detail;
        summary.deleted = deleted;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    // One signal for the batch: a view repaints what it shows of that span, once.
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void SubjectListModel::setGlobalCompatibility(const QString &level)
{
    m_globalCompatibility = level;
    if (!m_subjects.isEmpty())
        emit dataChanged(index(0, CompatibilityColumn), index(rowCount() - 1, CompatibilityColumn));
}

void SubjectListModel::setTopics(const QStringList &topics)
{
    QSet<QString> topicSet(topics.begin(), topics.end());
    if (topicSet == m_topics)
        return;
    m_topics = std::move(topicSet);
    if (!m_subjects.isEmpty())
        emit dataChanged(index(0, TopicColumn), index(rowCount() - 1, TopicColumn));
}

const SubjectSummary *SubjectListModel::summary(int row) const
{
    return row >= 0 && row < m_subjects.size() ? &m_subjects.at(row) : nullptr;
}

int SubjectListModel::rowOf(const QString &subject) const
{
    return m_rows.value(subject, -1);
}

QString SubjectListModel::topicNameOf(const QString &subject)
{
    for (const QLatin1StringView suffix : {QLatin1StringView("-value"), QLatin1StringView("-key")})
        if (subject.endsWith(suffix) && subject.size() > suffix.size())
            return subject.chopped(suffix.size());
    return {};
}

QString SubjectListModel::compatibilityText(const SubjectSummary &summary) const
{
    if (summary.ownCompatibility)
        return summary.compatibility;
    if (!summary.detailsKnown || m_globalCompatibility.isEmpty())
        return {};
    return tr("%1 (default)").arg(m_globalCompatibility);
}

QString SubjectListModel::linkedTopic(const SubjectSummary &summary) const
{
    const QString topic = topicNameOf(summary.subject);
    return m_topics.contains(topic) ? topic : QString();
}

QString SubjectListModel::displayText(const SubjectSummary &summary, int column) const
{
    const bool known = summary.detailsKnown && summary.detailsError.isEmpty();
    switch (column) {
    case SubjectColumn:
        return summary.deleted ? tr("%1 (deleted)").arg(summary.subject) : summary.subject;
    case TypeColumn:
        return known ? displayNameOf(summary.format) : QString();
    case VersionColumn:
        return known && summary.latestVersion >= 0 ? QString::number(summary.latestVersion)
                                                   : QString();
    case IdColumn:
        return known && summary.latestId >= 0 ? QString::number(summary.latestId) : QString();
    case CompatibilityColumn:
        return compatibilityText(summary);
    case TopicColumn:
        return linkedTopic(summary);
    default:
        return {};
    }
}

QString SubjectListModel::accessibleText(const SubjectSummary &summary) const
{
    QStringList parts;
    if (summary.deleted)
        parts.append(tr("soft-deleted subject"));
    if (!summary.detailsKnown)
        parts.append(tr("details still loading"));
    else if (!summary.detailsError.isEmpty())
        parts.append(summary.detailsError);
    else if (!summary.ownCompatibility && !m_globalCompatibility.isEmpty())
        parts.append(tr("compatibility is the registry's default"));
    return parts.join(QStringLiteral("; "));
}

QVariant SubjectListModel::data(const QModelIndex &index, int role) const
{
    const SubjectSummary *row = summary(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return accessibleText(*row);
    case Qt::ForegroundRole:
        if (!row->detailsError.isEmpty())
            return semanticColor(Meaning::Error);
        if (row->deleted)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case SubjectRole:
        return row->subject;
    case TopicRole:
        return linkedTopic(*row);
    case DeletedRole:
        return row->deleted;
    default:
        return {};
    }
}

} // namespace Qafka
