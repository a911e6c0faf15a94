#pragma once

#include <QWidget>

namespace Qafka {

// Holds one widget that changes its text often (a status line) so that the change stops here.
// A widget's updateGeometry() invalidates its parent's layout, which asks the top of the layout
// chain to lay itself out again: for a status line in the messages pane that is the whole pane,
// its splitter and a table of millions of rows, several times a second while following a topic.
// This box has no layout: it sizes its child itself, and a change of the child's size hint only
// reaches it. Its height is the child's hinted height; its width is what the layout gives it.
class LayoutBarrier : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutBarrier(QWidget *child, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_child;
};

} // namespace Qafka
