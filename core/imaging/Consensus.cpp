#include "core/imaging/Consensus.h"

#include <itkImage.h>
#include <itkImageRegionConstIterator.h>
#include <itkImageRegionIterator.h>
#include <itkSTAPLEImageFilter.h>

#include <algorithm>
#include <array>

namespace etalon::core::imaging {

namespace {

using Binary = itk::Image<unsigned char, 3>;
using Probability = itk::Image<double, 3>;

qint64 voxelCount(const std::array<int, 3> &size)
{
    return qint64(size[0]) * size[1] * size[2];
}

/// Label \a label of \a mask inside the box (inclusive lower, exclusive upper) as a binary image.
Binary::Pointer binaryOf(const MaskGeometry &mask, std::uint8_t label, const std::array<int, 3> &lo, const std::array<int, 3> &hi)
{
    auto image = Binary::New();
    Binary::RegionType region;
    region.SetSize({{std::size_t(hi[0] - lo[0]), std::size_t(hi[1] - lo[1]), std::size_t(hi[2] - lo[2])}});
    image->SetRegions(region);
    image->Allocate();
    unsigned char *out = image->GetBufferPointer();
    const qint64 nx = mask.size[0], ny = mask.size[1];
    for (int k = lo[2]; k < hi[2]; ++k)
        for (int j = lo[1]; j < hi[1]; ++j) {
            const std::uint8_t *row = mask.labels.data() + (qint64(k) * ny + j) * nx;
            for (int i = lo[0]; i < hi[0]; ++i)
                *out++ = row[i] == label ? 1 : 0;
        }
    return image;
}

} // namespace

namespace {

/// InvalidArgument unless both masks have one size and buffers that match it.
Result<void> checkPair(const MaskGeometry &a, const MaskGeometry &b)
{
    if (a.size != b.size)
        return Error{ErrorCode::InvalidArgument,
                     Consensus::tr("The two readers' masks have different sizes (%1x%2x%3 and %4x%5x%6); they cannot be "
                                   "combined. Check that both readings were drawn on the same series.")
                         .arg(a.size[0]).arg(a.size[1]).arg(a.size[2]).arg(b.size[0]).arg(b.size[1]).arg(b.size[2])};
    const qint64 n = voxelCount(a.size);
    if (n < 0 || qint64(a.labels.size()) != n || qint64(b.labels.size()) != n)
        return Error{ErrorCode::InvalidArgument,
                     Consensus::tr("A mask holds %1 voxels where its size %2x%3x%4 needs %5; the stored mask is damaged.")
                         .arg(qint64(a.labels.size()) != n ? a.labels.size() : b.labels.size())
                         .arg(a.size[0]).arg(a.size[1]).arg(a.size[2]).arg(n)};
    return {};
}

} // namespace

Result<MaskGeometry> Consensus::difference(const MaskGeometry &a, const MaskGeometry &b)
{
    if (Result<void> ok = checkPair(a, b); !ok)
        return ok.error();
    MaskGeometry out;
    out.size = a.size;
    out.labels.resize(a.labels.size());
    for (std::size_t v = 0; v < a.labels.size(); ++v)
        out.labels[v] = std::uint8_t((a.labels[v] ? 1 : 0) | (b.labels[v] ? 2 : 0));
    return out;
}

QString Consensus::name(ConsensusKind kind)
{
    switch (kind) {
    case ConsensusKind::Union: return tr("Union");
    case ConsensusKind::Intersection: return tr("Intersection");
    case ConsensusKind::Staple: return tr("STAPLE estimate");
    }
    return {};
}

Result<MaskGeometry> Consensus::combine(const MaskGeometry &a, const MaskGeometry &b, ConsensusKind kind)
{
    if (Result<void> ok = checkPair(a, b); !ok)
        return ok.error();
    const qint64 n = voxelCount(a.size);
    MaskGeometry out;
    out.size = a.size;
    out.labels.assign(std::size_t(n), 0);
    if (kind == ConsensusKind::Union) {
        for (qint64 v = 0; v < n; ++v)
            out.labels[std::size_t(v)] = a.labels[std::size_t(v)] ? a.labels[std::size_t(v)] : b.labels[std::size_t(v)];
        return out;
    }
    if (kind == ConsensusKind::Intersection) {
        for (qint64 v = 0; v < n; ++v)
            out.labels[std::size_t(v)] = a.labels[std::size_t(v)] == b.labels[std::size_t(v)] ? a.labels[std::size_t(v)] : 0;
        return out;
    }

    // STAPLE per label, each on the box around that label's voxels in either mask plus one
    // voxel (outside it both readers say background).
    const qint64 nx = a.size[0], ny = a.size[1];
    std::array<std::array<int, 6>, 256> boxes; // lo i, j, k, hi i, j, k (exclusive)
    boxes.fill({a.size[0], a.size[1], a.size[2], 0, 0, 0});
    for (const MaskGeometry *m : {&a, &b}) {
        qint64 v = 0;
        for (int k = 0; k < a.size[2]; ++k)
            for (int j = 0; j < a.size[1]; ++j)
                for (int i = 0; i < a.size[0]; ++i, ++v) {
                    const std::uint8_t l = m->labels[std::size_t(v)];
                    if (!l)
                        continue;
                    auto &box = boxes[l];
                    box[0] = std::min(box[0], i);
                    box[1] = std::min(box[1], j);
                    box[2] = std::min(box[2], k);
                    box[3] = std::max(box[3], i + 1);
                    box[4] = std::max(box[4], j + 1);
                    box[5] = std::max(box[5], k + 1);
                }
    }
    std::vector<float> best(std::size_t(n), 0.0f); // probability of the label chosen so far
    try {
        for (int label = 1; label < 256; ++label) {
            const auto &box = boxes[std::size_t(label)];
            if (box[3] == 0)
                continue;
            std::array<int, 3> lo{}, hi{};
            for (std::size_t d = 0; d < 3; ++d) {
                lo[d] = std::max(0, box[d] - 1);
                hi[d] = std::min(a.size[d], box[d + 3] + 1);
            }
            auto staple = itk::STAPLEImageFilter<Binary, Probability>::New();
            staple->SetInput(0, binaryOf(a, std::uint8_t(label), lo, hi));
            staple->SetInput(1, binaryOf(b, std::uint8_t(label), lo, hi));
            staple->SetForegroundValue(1);
            staple->SetMaximumIterations(200);
            staple->Update();
            const double *p = staple->GetOutput()->GetBufferPointer();
            for (int k = lo[2]; k < hi[2]; ++k)
                for (int j = lo[1]; j < hi[1]; ++j) {
                    const qint64 row = (qint64(k) * ny + j) * nx;
                    for (int i = lo[0]; i < hi[0]; ++i, ++p) {
                        const auto v = std::size_t(row + i);
                        if (*p >= 0.5 && float(*p) > best[v]) {
                            best[v] = float(*p);
                            out.labels[v] = std::uint8_t(label);
                        }
                    }
                }
        }
    } catch (const itk::ExceptionObject &e) {
        return Error{ErrorCode::InvalidArgument, tr("The STAPLE estimate failed: %1").arg(QString::fromUtf8(e.GetDescription()))};
    }
    return out;
}

} // namespace etalon::core::imaging
