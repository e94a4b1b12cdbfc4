#pragma once

#include "core/model/Volume.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace etalon::app {

/// The four standard screening views, in the order of the 2x2 hanging: top row R CC, L CC;
/// bottom row R MLO, L MLO.
enum class MammoView { RightCC, LeftCC, RightMlo, LeftMlo };

/// One projection image of a study as the mammography hanging sees it: which loaded volume
/// and which frame of it, and the header fields that say what it shows.
struct MammoImage {
    int volume = 0;              ///< index into the loaded volumes (0 = the data unit)
    int frame = 0;               ///< slice of that volume
    QString viewPosition;        ///< (0018,5101), e.g. "CC", "MLO"
    QString laterality;          ///< (0020,0062)/(0020,0060)/(0020,9072): "R" or "L"
    QString patientOrientation;  ///< (0020,0020) as stored, e.g. "P\L"
};

/// The image shown in each of the four places (nothing where the study has no such view).
using MammoLayout = std::array<std::optional<MammoImage>, 4>;

/// Picks an image for each view: CC is View Position "CC", MLO is "MLO" (exaggerated and
/// other additional views are not the screening pair and are left out); laterality R or L.
/// Images of the data unit (volume 0) win over comparison images, then the earlier one.
MammoLayout chooseMammoViews(const QList<MammoImage> &images);
/// Number of places filled.
int filledViews(const MammoLayout &layout);

QString mammoViewName(MammoView view); ///< "R CC", "L CC", "R MLO", "L MLO" (not translated: standard labels)
MammoView mammoViewAt(int index);

/// The mirroring rule, so that the breasts face each other and the chest walls meet in the
/// middle of the 2x2 grid: a right breast is shown with its chest wall at the picture's
/// right edge (nipple pointing left), a left breast with its chest wall at the left edge.
/// Patient Orientation's first value names the direction of increasing column (the
/// picture's rightward direction): for a right breast it must be posterior ("P", towards
/// the chest wall), for a left breast anterior ("A"). When it says the opposite the view is
/// mirrored. Without Patient Orientation the chest wall is taken to be the picture edge
/// with more (brighter, after MONOCHROME1 inversion) tissue: the breast touches the
/// detector's chest-wall edge over its whole height, while the other edge is mostly air.
bool mammoNeedsMirror(const QString &laterality, const QString &patientOrientation, const core::Volume &volume, int frame);

/// Whether the picture's left edge of \a frame holds more tissue than its right edge
/// (mean display brightness of the outer 5 % of columns); nothing for a flat image.
std::optional<bool> tissueOnLeftEdge(const core::Volume &volume, int frame);

} // namespace etalon::app
