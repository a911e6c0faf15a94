#include "modaldialogs.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

void whenModal(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()); }));
        act(dialog);
        if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            open->reject();
    });
}
