#pragma once

#include <QPixmap>
#include <QRect>
#include <QScrollBar>
#include <QStyle>

namespace Qafka {

// A scroll bar that draws itself only when what it shows changes, and otherwise repaints from a
// picture of its last drawing. A table following a topic lays out its rows ten times a second;
// each time QAbstractScrollArea raises both scroll bars above the viewport, which repaints them,
// and QScrollBar also repaints on every change of range, value or steps, even when its handle
// stays on the same pixels. Qt's raster engine hands each bar's gradient fill to its thread pool
// and waits for it: on a busy two-core machine that held the GUI thread for up to 150 ms. A
// picture is copied on the GUI thread in microseconds.
class SteadyScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    explicit SteadyScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the style draws that a change of range, value or state can alter.
    struct Look
    {
        QRect handle;
        QStyle::State state;
        QStyle::SubControls activeControls;
        bool atMinimum = false;
        bool atMaximum = false;
        bool operator==(const Look &) const = default;
    };
    Look look() const;
    void repaintIfMoved();
    // While the reader presses or hovers it, or with a style that fades it, it draws as
    // QScrollBar does.
    bool drawsLive() const;
    QPixmap drawn() const;

    Look m_painted;
    bool m_paintedWhole = false; // the last paint covered the whole bar: m_painted is on screen
    bool m_checkPending = false;
    QPixmap m_picture;
    Look m_pictureLook;
};

} // namespace Qafka
