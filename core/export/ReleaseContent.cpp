#include "core/export/ReleaseContent.h"

namespace etalon::core::release {

QList<const BundleUnit *> ReleaseContent::releasedUnits() const
{
    QList<const BundleUnit *> released;
    for (const BundleUnit &unit : units) {
        if (unit.released())
            released.append(&unit);
    }
    return released;
}

QMap<QString, int> ReleaseContent::classCounts() const
{
    QMap<QString, int> counts;
    for (const LabelClass &c : dataset.spec.schema.classes)
        counts.insert(c.code, 0);
    for (const BundleUnit *unit : releasedUnits()) {
        if (unit->studyClass)
            ++counts[*unit->studyClass];
    }
    return counts;
}

} // namespace etalon::core::release
