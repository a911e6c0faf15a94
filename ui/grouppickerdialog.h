#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Qafka {

// Picks consumer groups from a list that may hold thousands: a filter box over a checkable list.
class GroupPickerDialog : public QDialog
{
    Q_OBJECT
public:
    GroupPickerDialog(const QStringList &groups, const QStringList &checked,
                      QWidget *parent = nullptr);

    QStringList checkedGroups() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }
    void setChecked(const QString &group, bool checked);

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace Qafka
