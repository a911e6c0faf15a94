#include "accessibilitychecks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>

// Text that does not fit where it is shown: labels, buttons, check boxes, tabs and column headers.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto check = [&](const QWidget *widget, const QString &text, int available, int needed) {
        const QWidget *named =
            qobject_cast<const QHeaderView *>(widget) ? widget->parentWidget() : widget;
        if (widget->isVisible() && !text.isEmpty() && needed > available)
            clipped.append(QStringLiteral("%1 “%2”: %3 px for %4 px")
                               .arg(named->objectName().isEmpty()
                                        ? QString::fromLatin1(named->metaObject()->className())
                                        : named->objectName(),
                                    text)
                               .arg(available)
                               .arg(needed));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->wordWrap() || label->textFormat() == Qt::RichText ||
            Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
            continue;
        // A label may elide on purpose; then it says so in its tooltip.
        if (!label->toolTip().isEmpty())
            continue;
        const QString text = label->text().split(u'\n').first();
        check(label, text, label->contentsRect().width(),
              label->fontMetrics().horizontalAdvance(QString(text).remove(u'&')));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            continue;
        check(button, button->text(), button->width(), button->minimumSizeHint().width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (bar->elideMode() != Qt::ElideNone || bar->usesScrollButtons())
            continue;
        for (int i = 0; i < bar->count(); ++i)
            check(bar, bar->tabText(i), bar->tabRect(i).width(),
                  bar->fontMetrics().horizontalAdvance(bar->tabText(i)));
    }
    for (QTableView *view : root->findChildren<QTableView *>()) {
        QHeaderView *header = view->horizontalHeader();
        if (!view->isVisible() || !view->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || section == header->count() - 1)
                continue;
            const QString title =
                view->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            // What the style needs for the title, its margins and the sort arrow.
            check(header, title, header->sectionSize(section), header->sectionSizeHint(section));
        }
    }
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row)
            check(list, list->item(row)->text(), list->viewport()->width(),
                  list->fontMetrics().horizontalAdvance(list->item(row)->text()) + 8);
    }
    return clipped;
}

// Visible controls whose accessible name (what a screen reader, through AT-SPI, says) is empty.
QStringList unnamedControls(QWidget *root, const QString &where)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const bool control =
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget) || widget->inherits("QChartView") ||
            widget->inherits("QPlainTextEdit") || widget->inherits("QTextEdit");
        // Parts of a control that the control itself names.
        if (!control || qobject_cast<QTabBar *>(widget->parentWidget()) ||
            (qobject_cast<QLineEdit *>(widget) &&
             qobject_cast<QComboBox *>(widget->parentWidget())) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            widget->inherits("QToolBarExtension") || widget->inherits("QHeaderView") ||
            widget->inherits("QScrollBar"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed.append(where + QStringLiteral(": ") +
                           QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                           widget->objectName());
    }
    return unnamed;
}

// Visible labels whose text a screen reader cannot read: neither the accessible name nor the
// description holds it (a label given a fixed accessible name hides its message behind it).
QStringList unreadableMessages(QWidget *root, const QString &where)
{
    QStringList unreadable;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
            continue;
        QString text = label->text();
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text.remove(u'&'); // mnemonics
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString description =
            accessible ? accessible->text(QAccessible::Description) : QString();
        const QString simplified = text.simplified();
        if (!name.simplified().remove(u'&').contains(simplified) &&
            !description.simplified().contains(simplified))
            unreadable.append(where + QStringLiteral(": ") + label->objectName() +
                              QStringLiteral(" “") + simplified.left(60) +
                              QStringLiteral("” read as “") + name + u'”');
    }
    return unreadable;
}
