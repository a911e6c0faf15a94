#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Qafka {

// Filters the topic list by a substring or a regular expression on the name, hides internal topics
// unless asked, and sorts on raw values (numbers as numbers).
class TopicFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TopicFilterModel(QObject *parent = nullptr);

    // Returns false (and keeps the old filter) when pattern is not a valid regular expression.
    bool setFilter(const QString &pattern, bool isRegex);
    void setShowInternal(bool show);
    QString filterError() const { return m_error; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QRegularExpression m_regex;
    bool m_isRegex = false;
    bool m_showInternal = false;
    QString m_error;
};

} // namespace Qafka
