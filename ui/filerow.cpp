#include "filerow.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Qafka {

void addFileRow(QFormLayout *form, QWidget *owner, const QString &label, QLineEdit *line,
                const QString &title)
{
    auto *row = new QHBoxLayout;
    auto *browse = new QToolButton(owner);
    browse->setText(QStringLiteral("…"));
    browse->setAccessibleName(title);
    QObject::connect(browse, &QToolButton::clicked, owner, [owner, line, title] {
        const QString path = QFileDialog::getOpenFileName(owner, title, line->text());
        if (!path.isEmpty())
            line->setText(path);
    });
    row->addWidget(line, 1);
    row->addWidget(browse);
    auto *rowLabel = new QLabel(label, owner);
    rowLabel->setBuddy(line);
    form->addRow(rowLabel, row);
}

} // namespace Qafka
