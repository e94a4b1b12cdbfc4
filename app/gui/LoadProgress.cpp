#include "app/gui/LoadProgress.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProgressBar>

namespace etalon::app {

std::function<bool(int, int)> progressOn(QProgressBar *bar, std::shared_ptr<std::atomic<bool>> cancel)
{
    QPointer<QProgressBar> target(bar);
    return [target, cancel](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [target, done, total] {
                if (target) {
                    target->setRange(0, total);
                    target->setValue(done);
                }
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
}

} // namespace etalon::app
