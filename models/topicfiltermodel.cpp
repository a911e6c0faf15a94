#include "topicfiltermodel.h"

#include "topiclistmodel.h"

namespace Qafka {

TopicFilterModel::TopicFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TopicListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool TopicFilterModel::setFilter(const QString &pattern, bool isRegex)
{
    if (isRegex) {
        QRegularExpression regex(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid()) {
            m_error = tr("Not a valid regular expression: %1").arg(regex.errorString());
            return false;
        }
        regex.optimize();
        m_regex = regex;
    }
    m_error.clear();
    m_text = pattern;
    m_isRegex = isRegex;
    invalidateFilter();
    return true;
}

void TopicFilterModel::setShowInternal(bool show)
{
    if (m_showInternal == show)
        return;
    m_showInternal = show;
    invalidateFilter();
}

bool TopicFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index =
        sourceModel()->index(sourceRow, TopicListModel::NameColumn, sourceParent);
    if (!m_showInternal && index.data(TopicListModel::InternalRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString name = index.data(TopicListModel::NameRole).toString();
    return m_isRegex ? m_regex.match(name).hasMatch() : name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Qafka
