#pragma once

#include "schemas/subjecttypes.h"
#include "tablemodel.h"

#include <QHash>
#include <QSet>

namespace Qafka {

// The Schema Registry's subjects, one row each: type, latest version and id, compatibility level
// (the subject's own, or the registry's default, marked as such) and the topic it belongs to by
// the topic-name strategy (<topic>-key, <topic>-value) when that topic exists. The list comes at
// once; the details arrive in batches and update their rows in place.
class SubjectListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        TypeColumn,
        VersionColumn,
        IdColumn,
        CompatibilityColumn,
        TopicColumn
    };
    enum Role { SubjectRole = Qt::UserRole + 1, TopicRole, DeletedRole };

    explicit SubjectListModel(QObject *parent = nullptr);

    void setSubjects(const QList<SubjectSummary> &subjects);
    void updateDetails(const QList<SubjectSummary> &details);
    void setGlobalCompatibility(const QString &level);
    void setTopics(const QStringList &topics);

    const SubjectSummary *summary(int row) const;
    int rowOf(const QString &subject) const;
    QString globalCompatibility() const { return m_globalCompatibility; }
    int detailsKnownCount() const { return m_detailsKnown; }

    // "orders" for "orders-value" or "orders-key" (the topic-name strategy); empty otherwise.
    static QString topicNameOf(const QString &subject);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_subjects.size()); }
    QStringList columnTitles() const override;

private:
    QString displayText(const SubjectSummary &summary, int column) const;
    QString compatibilityText(const SubjectSummary &summary) const;
    QString linkedTopic(const SubjectSummary &summary) const;
    QString accessibleText(const SubjectSummary &summary) const;

    QList<SubjectSummary> m_subjects;
    QHash<QString, int> m_rows;
    QSet<QString> m_topics;
    QString m_globalCompatibility;
    int m_detailsKnown = 0;
};

} // namespace Qafka
