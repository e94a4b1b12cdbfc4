#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QWidget>
#include <QWindow>

namespace etalon::bench {

/// Processes events until the widget's window is exposed (at most 10 s); false on time-out.
inline bool waitExposed(QWidget &w)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (w.windowHandle() && w.windowHandle()->isExposed())
            return true;
    }
    return false;
}

} // namespace etalon::bench
