#pragma once

#include <QObject>

#include <functional>

namespace Qafka {

// The GUI-side end of a worker's signals. A signal sent from another thread holds Qt's lock for
// its receiver while it queues the call. Were the receiver the session object itself, the GUI
// thread would need that same lock whenever a pane connects to the object or disconnects from
// it, or one of its emits tidies away old connections, and would wait there whenever the worker
// (at a lower priority, on a busy machine) was preempted holding it: tst_chaos once saw the GUI
// thread wait 28 ms so. Routed through this object, which nothing else connects to, the two
// locks are different ones.
class WorkerReplies : public QObject
{
public:
    using QObject::QObject;

    // worker's signal calls receiver's slot (a member function or a signal) on this thread.
    template <typename Worker, typename Signal, typename Receiver, typename Slot>
    void route(const Worker *worker, Signal signal, Receiver *receiver, Slot slot,
               Qt::ConnectionType type = Qt::AutoConnection)
    {
        QObject::connect(
            worker, signal, this,
            [receiver, slot](const auto &...arguments) {
                std::invoke(slot, receiver, arguments...);
            },
            type);
    }
};

} // namespace Qafka
