#include "schemadiffview.h"

#include "schemadiffmodel.h"
#include "tableviews.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Qafka {

SchemaDiffView::SchemaDiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaDiffModel(this))
    , m_summary(new QLabel(this))
    , m_table(makeTableView(QStringLiteral("schemaDiffTable"), tr("Schema differences"), this))
{
    m_summary->setObjectName(QStringLiteral("schemaDiffSummary"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(false); // the tints carry the meaning
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(SchemaDiffModel::LeftLineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SchemaDiffModel::RightLineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SchemaDiffModel::LeftTextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SchemaDiffModel::RightTextColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void SchemaDiffView::setTexts(const QString &older, const QString &newer)
{
    m_model->setTexts(older, newer);
    m_summary->setText(m_model->summary());
}

void SchemaDiffView::clear()
{
    m_model->setTexts({}, {});
    m_summary->clear();
}

} // namespace Qafka
