#include "modaldialogs.h"

#include <QApplication>
#include <QDialog>
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

ModalWatch::ModalWatch(const char *className, const std::function<void(QWidget *)> &act)
    : m_poll(new QTimer(qApp))
{
    QObject::connect(
        m_poll, &QTimer::timeout, qApp, [poll = m_poll.data(), acted = m_acted, className, act] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->inherits(className))
                return;
            poll->stop();
            *acted = true;
            act(dialog);
            if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                open && open == dialog)
                open->reject();
        });
    m_poll->start(10);
}

ModalWatch::~ModalWatch()
{
    delete m_poll.data();
}
