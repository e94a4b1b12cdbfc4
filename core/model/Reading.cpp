#include "core/model/Reading.h"

namespace etalon::core {

FindingKind kindOf(const FindingGeometry &geometry)
{
    struct Visitor {
        FindingKind operator()(const PointGeometry &) const { return FindingKind::Point; }
        FindingKind operator()(const BoxGeometry &) const { return FindingKind::Box; }
        FindingKind operator()(const ContourGeometry &) const { return FindingKind::Contour; }
        FindingKind operator()(const MaskGeometry &) const { return FindingKind::Mask; }
    };
    return std::visit(Visitor{}, geometry);
}

QString readingStateName(ReadingState state)
{
    switch (state) {
    case ReadingState::Assigned:
        return QStringLiteral("assigned");
    case ReadingState::InProgress:
        return QStringLiteral("in_progress");
    case ReadingState::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

} // namespace etalon::core
