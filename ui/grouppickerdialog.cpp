#include "grouppickerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Qafka {

GroupPickerDialog::GroupPickerDialog(const QStringList &groups, const QStringList &checked,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("groupPickerDialog"));
    setWindowTitle(tr("Compare Groups"));
    for (const QString &group : groups) {
        auto *item = new QStandardItem(group);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(checked.contains(group) ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("groupPickerFilter"));
    m_filter->setAccessibleName(tr("Filter groups"));
    m_filter->setPlaceholderText(tr("Filter groups"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("groupPickerList"));
    m_list->setAccessibleName(tr("Groups to compare"));
    m_list->setModel(m_proxy);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *label = new QLabel(tr("Draw the total lag of these groups on one chart, beside the "
                                "selected group:"),
                             this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);
}

QStringList GroupPickerDialog::checkedGroups() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            result.append(item->text());
    }
    return result;
}

void GroupPickerDialog::setChecked(const QString &group, bool checked)
{
    const QList<QStandardItem *> items = m_model->findItems(group);
    for (QStandardItem *item : items)
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace Qafka
