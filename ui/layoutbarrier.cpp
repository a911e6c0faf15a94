#include "layoutbarrier.h"

#include <QResizeEvent>

namespace Qafka {

LayoutBarrier::LayoutBarrier(QWidget *child, QWidget *parent)
    : QWidget(parent)
    , m_child(child)
{
    m_child->setParent(this);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setFocusProxy(m_child);
}

QSize LayoutBarrier::sizeHint() const
{
    return {0, m_child->sizeHint().height()};
}

QSize LayoutBarrier::minimumSizeHint() const
{
    return sizeHint();
}

void LayoutBarrier::resizeEvent(QResizeEvent *event)
{
    m_child->setGeometry(QRect(QPoint(0, 0), event->size()));
}

} // namespace Qafka
