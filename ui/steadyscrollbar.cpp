#include "steadyscrollbar.h"

#include <QPaintEvent>
#include <QPainter>
#include <QStyleOptionSlider>

namespace Qafka {

SteadyScrollBar::SteadyScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{}

void SteadyScrollBar::sliderChange(SliderChange change)
{
    // Range, value and steps (an item view resets its steps whenever it lays out its rows) show
    // only through the handle; a new orientation changes everything.
    if (change == SliderOrientationChange || !m_paintedWhole) {
        m_picture = {};
        QScrollBar::sliderChange(change);
        return;
    }
    // A view sets its new range, then its new value: looked at once both are in.
    if (!m_checkPending) {
        m_checkPending = true;
        QMetaObject::invokeMethod(this, &SteadyScrollBar::repaintIfMoved, Qt::QueuedConnection);
    }
}

void SteadyScrollBar::repaintIfMoved()
{
    m_checkPending = false;
    if (look() != m_painted)
        update();
}

void SteadyScrollBar::paintEvent(QPaintEvent *event)
{
    // Only a paint of the whole bar says what all of it shows.
    m_paintedWhole = (QRegion(rect()) - event->region()).isEmpty();
    const Look now = look();
    if (m_paintedWhole)
        m_painted = now;
    if (drawsLive()) {
        m_picture = {};
        QScrollBar::paintEvent(event);
        return;
    }
    const QSize pixels = size() * devicePixelRatio();
    if (m_picture.isNull() || m_picture.size() != pixels || m_pictureLook != now) {
        m_picture = drawn();
        m_pictureLook = now;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
}

void SteadyScrollBar::changeEvent(QEvent *event)
{
    // A new palette, style or font draws differently with the same handle.
    m_picture = {};
    QScrollBar::changeEvent(event);
}

SteadyScrollBar::Look SteadyScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    Look look;
    look.handle =
        style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    look.state = option.state;
    look.activeControls = option.activeSubControls;
    look.atMinimum = option.sliderPosition <= option.minimum;
    look.atMaximum = option.sliderPosition >= option.maximum;
    return look;
}

bool SteadyScrollBar::drawsLive() const
{
    return isSliderDown() || repeatAction() != SliderNoAction || underMouse() ||
           style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this);
}

// What QScrollBar::paintEvent draws when nothing is pressed or hovered.
QPixmap SteadyScrollBar::drawn() const
{
    QPixmap picture(size() * devicePixelRatio());
    picture.setDevicePixelRatio(devicePixelRatio());
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    QStyleOptionSlider option;
    initStyleOption(&option);
    option.subControls = QStyle::SC_All;
    option.activeSubControls = QStyle::SC_None;
    style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, this);
    return picture;
}

} // namespace Qafka
