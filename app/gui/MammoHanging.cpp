#include "app/gui/MammoHanging.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace etalon::app {

namespace {

std::optional<MammoView> viewOf(const MammoImage &image)
{
    const bool right = image.laterality == QLatin1String("R");
    const bool left = image.laterality == QLatin1String("L");
    if (!right && !left)
        return std::nullopt;
    if (image.viewPosition == QLatin1String("CC"))
        return right ? MammoView::RightCC : MammoView::LeftCC;
    if (image.viewPosition == QLatin1String("MLO"))
        return right ? MammoView::RightMlo : MammoView::LeftMlo;
    return std::nullopt;
}

} // namespace

MammoLayout chooseMammoViews(const QList<MammoImage> &images)
{
    MammoLayout layout;
    for (const MammoImage &image : images) {
        const auto view = viewOf(image);
        if (!view)
            continue;
        auto &slot = layout[std::size_t(*view)];
        if (!slot || (image.volume == 0 && slot->volume != 0))
            slot = image;
    }
    return layout;
}

int filledViews(const MammoLayout &layout)
{
    return int(std::count_if(layout.begin(), layout.end(), [](const auto &slot) { return slot.has_value(); }));
}

QString mammoViewName(MammoView view)
{
    switch (view) {
    case MammoView::RightCC: return QStringLiteral("R CC");
    case MammoView::LeftCC: return QStringLiteral("L CC");
    case MammoView::RightMlo: return QStringLiteral("R MLO");
    case MammoView::LeftMlo: return QStringLiteral("L MLO");
    }
    return {};
}

MammoView mammoViewAt(int index)
{
    return static_cast<MammoView>(std::clamp(index, 0, 3));
}

std::optional<bool> tissueOnLeftEdge(const core::Volume &volume, int frame)
{
    const int nx = volume.columns(), ny = volume.rows();
    if (nx < 2 || ny < 1 || frame < 0 || frame >= volume.slices() || !volume.voxels)
        return std::nullopt;
    const int band = std::max(1, nx / 20);
    const int rowStep = std::max(1, ny / 256);
    double left = 0.0, right = 0.0;
    for (int j = 0; j < ny; j += rowStep) {
        for (int i = 0; i < band; ++i) {
            left += volume.storedValue(i, j, frame);
            right += volume.storedValue(nx - 1 - i, j, frame);
        }
    }
    if (left == right)
        return std::nullopt;
    const bool inverted = volume.photometric == core::Photometric::Monochrome1;
    return inverted ? left < right : left > right;
}

bool mammoNeedsMirror(const QString &laterality, const QString &patientOrientation, const core::Volume &volume, int frame)
{
    const bool right = laterality == QLatin1String("R");
    const QString rowDirection = patientOrientation.section(QLatin1Char('\\'), 0, 0).trimmed();
    // Increasing column should point to the chest wall (P) for R, away from it (A) for L.
    if (rowDirection.contains(QLatin1Char('A')) || rowDirection.contains(QLatin1Char('P'))) {
        const bool pointsPosterior = rowDirection.contains(QLatin1Char('P'));
        return right ? !pointsPosterior : pointsPosterior;
    }
    const auto tissueLeft = tissueOnLeftEdge(volume, frame);
    if (!tissueLeft)
        return false;
    // R: chest wall wanted at the right edge; L: at the left edge.
    return right ? *tissueLeft : !*tissueLeft;
}

} // namespace etalon::app
