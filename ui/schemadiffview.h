#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Qafka {

class SchemaDiffModel;

// Two schema texts side by side with their differences tinted, and a line that counts them.
class SchemaDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaDiffView(QWidget *parent = nullptr);

    void setTexts(const QString &older, const QString &newer);
    void clear();

    SchemaDiffModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *table() const { return m_table; }

private:
    SchemaDiffModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace Qafka
