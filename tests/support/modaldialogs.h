#pragma once

#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QWidget;

// Runs act on the next modal dialog once it is open: a pane's exec() blocks the test until then.
// A failed check inside act leaves the dialog open; it is rejected then, or exec() never returns.
void whenModal(const std::function<void(QWidget *)> &act);

// Watches, while it lives, for the next modal dialog that inherits className, without blocking:
// for a dialog that opens after, or on top of, the one being acted on. Keep it for as long as the
// dialog may take to open; it stops watching when it goes, so it cannot act on another test's
// dialog. acted() says whether the dialog came.
class ModalWatch
{
public:
    ModalWatch(const char *className, const std::function<void(QWidget *)> &act);
    ~ModalWatch();
    ModalWatch(const ModalWatch &) = delete;
    ModalWatch &operator=(const ModalWatch &) = delete;

    bool acted() const { return *m_acted; }

private:
    QPointer<QTimer> m_poll;
    std::shared_ptr<bool> m_acted = std::make_shared<bool>(false);
};
