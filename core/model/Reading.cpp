#include "core/model/Reading.h"

#include <algorithm>

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

std::array<int, 2> ContourGeometry::planeAxes() const
{
    switch (axis) {
    case 0:
        return {1, 2};
    case 1:
        return {0, 2};
    default:
        return {0, 1};
    }
}

Vec3 ContourGeometry::toIndex(int slice, const Point2 &p) const
{
    Vec3 index{};
    const auto [u, v] = planeAxes();
    index[std::size_t(u)] = p[0];
    index[std::size_t(v)] = p[1];
    index[std::size_t(axis < 0 || axis > 2 ? 2 : axis)] = slice;
    return index;
}

qint64 MaskDelta::voxelCount() const
{
    qint64 n = 0;
    for (const Run &r : runs)
        n += r.length;
    return n;
}

namespace {

/// Appends voxel \a index with new label \a label and old label \a old to \a delta,
/// extending the last run when it continues it.
void appendVoxel(MaskDelta &delta, qint64 index, std::uint8_t label, std::uint8_t old)
{
    if (!delta.runs.empty()) {
        MaskDelta::Run &last = delta.runs.back();
        if (last.label == label && last.start + last.length == index) {
            ++last.length;
            delta.before.push_back(old);
            return;
        }
    }
    delta.runs.push_back(MaskDelta::Run{index, 1, label});
    delta.before.push_back(old);
}

bool runsInside(const MaskDelta &delta, const MaskGeometry &mask)
{
    const qint64 n = qint64(mask.labels.size());
    qint64 total = 0;
    for (const MaskDelta::Run &r : delta.runs) {
        if (r.start < 0 || r.length < 0 || r.start + r.length > n)
            return false;
        total += r.length;
    }
    return total == qint64(delta.before.size());
}

} // namespace

MaskDelta MaskDelta::make(const MaskGeometry &mask, std::vector<qint64> voxels, std::uint8_t label, int onlyOver)
{
    std::sort(voxels.begin(), voxels.end());
    voxels.erase(std::unique(voxels.begin(), voxels.end()), voxels.end());
    MaskDelta delta;
    const qint64 n = qint64(mask.labels.size());
    for (qint64 index : voxels) {
        if (index < 0 || index >= n)
            continue;
        const std::uint8_t old = mask.labels[std::size_t(index)];
        if (old == label || (onlyOver >= 0 && old != onlyOver))
            continue;
        appendVoxel(delta, index, label, old);
    }
    return delta;
}

MaskDelta MaskDelta::difference(const MaskGeometry &before, const MaskGeometry &after)
{
    MaskDelta delta;
    if (before.labels.size() != after.labels.size())
        return delta;
    for (std::size_t index = 0; index < after.labels.size(); ++index) {
        if (before.labels[index] != after.labels[index])
            appendVoxel(delta, qint64(index), after.labels[index], before.labels[index]);
    }
    return delta;
}

bool MaskDelta::apply(MaskGeometry &mask) const
{
    if (!runsInside(*this, mask))
        return false;
    for (const Run &r : runs)
        std::fill_n(mask.labels.begin() + std::ptrdiff_t(r.start), r.length, r.label);
    return true;
}

bool MaskDelta::revert(MaskGeometry &mask) const
{
    if (!runsInside(*this, mask))
        return false;
    std::size_t b = 0;
    for (const Run &r : runs) {
        std::copy_n(before.begin() + std::ptrdiff_t(b), r.length, mask.labels.begin() + std::ptrdiff_t(r.start));
        b += std::size_t(r.length);
    }
    return true;
}

MaskDelta MaskDelta::inverted() const
{
    MaskDelta inverse;
    std::size_t b = 0;
    for (const Run &r : runs) {
        for (int x = 0; x < r.length; ++x, ++b)
            appendVoxel(inverse, r.start + x, before[b], r.label);
    }
    return inverse;
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
