#include "modaldialogs.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

void whenModal(const std::function<void(QWidget *)> &act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()); }));
        act(dialog);
        if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            open->reject();
    });
}

void whenModal(const char *className, const std::function<void(QWidget *)> &act)
{
    auto *poll = new QTimer(qApp);
    auto *deadline = new QElapsedTimer;
    deadline->start();
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, deadline, className, act] {
        QWidget *dialog = QApplication::activeModalWidget();
        const bool found = dialog && dialog->inherits(className);
        if (!found && deadline->elapsed() < 60000)
            return;
        poll->stop();
        poll->deleteLater();
        delete deadline;
        if (!found)
            return;
        act(dialog);
        if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            open && open == dialog)
            open->reject();
    });
    poll->start(10);
}
