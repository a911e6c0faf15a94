#include "viewlayoutstore.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace Qafka {

namespace {

constexpr char kPendingState[] = "qafkaPendingSplitterState";

QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("layout/splitters/") + splitter->objectName();
}

QString headerKey(const QAbstractItemView *view)
{
    return QStringLiteral("layout/columns/") + view->objectName();
}

QHeaderView *horizontalHeaderOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// Restores a splitter's sizes once it is shown and laid out: sizes restored earlier are rescaled
// by the first layout, which gives the extra room by stretch factor, not in proportion.
class SplitterRestorer : public QObject
{
public:
    SplitterRestorer(QSplitter *splitter, const QByteArray &state)
        : QObject(splitter)
        , m_state(state)
    {
        // Until restored, saving keeps this state, not the sizes of a pane never shown.
        splitter->setProperty(kPendingState, state);
        splitter->installEventFilter(this);
        if (splitter->isVisible())
            QMetaObject::invokeMethod(
                this, [this] { restore(); }, Qt::QueuedConnection);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Show)
            QMetaObject::invokeMethod(
                this, [this] { restore(); }, Qt::QueuedConnection);
        return false;
    }

private:
    void restore()
    {
        auto *splitter = static_cast<QSplitter *>(parent());
        splitter->restoreState(m_state);
        splitter->setProperty(kPendingState, QVariant());
        deleteLater();
    }

    QByteArray m_state;
};

} // namespace

void ViewLayoutStore::save(const QWidget *root, QSettings *settings)
{
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        const QVariant pending = splitter->property(kPendingState);
        settings->setValue(splitterKey(splitter),
                           pending.isValid() ? pending.toByteArray() : splitter->saveState());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QHeaderView *header = horizontalHeaderOf(view);
        // A header without sections has nothing worth keeping (its model is not set yet).
        if (!view->objectName().isEmpty() && header && header->count() > 0)
            settings->setValue(headerKey(view), header->saveState());
    }
}

void ViewLayoutStore::restore(QWidget *root, const QSettings &settings)
{
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(splitterKey(splitter)).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            new SplitterRestorer(splitter, state);
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = horizontalHeaderOf(view);
        const QByteArray state = settings.value(headerKey(view)).toByteArray();
        // A saved layout with another number of columns (an older version) is ignored.
        if (!view->objectName().isEmpty() && header && header->model() && header->count() > 0 &&
            !state.isEmpty()) {
            const QByteArray before = header->saveState();
            if (!header->restoreState(state) || header->count() != header->model()->columnCount())
                header->restoreState(before);
            else
                header->setProperty(kRestoredProperty, true);
        }
    }
}

} // namespace Qafka
