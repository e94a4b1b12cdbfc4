#pragma once

#include "core/Result.h"
#include "core/export/ReleaseContent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace etalon::core::release {

/// The label tables of a release bundle, written into its root folder (UTF-8, RFC 4180 CSV
/// with a header row, '\n' line ends, fields quoted when they hold a comma, quote or newline;
/// numbers with '.' decimals). No original UID, login, comment or file path appears in them.
/// - labels.csv: one row per unit (all of content.units, excluded ones included):
///   study_id (pseudonym), study_instance_uid, series_instance_uid (de-identified),
///   modality, final_class, final_class_name, verification_level, outcome (agreed,
///   arbitrated, excluded), exclusion_reason, label_corrections, findings, dicom_folder.
/// - readings.csv: one row per reading of every unit: study_id, reader (pseudonym), role
///   (primary/arbitration), reader_years_experience, reader_degree, state, class, findings,
///   seconds_spent.
/// - findings.csv: one row per finding of the final labels and of every reading: study_id,
///   source ("final" or the reader pseudonym), finding (1-based within its source), kind
///   (point, box, contour, mask), label, label_name, attributes (JSON), slice_first,
///   slice_last, index_i/j/k (point centre / box centre / contour centroid / mask centroid),
///   patient_x/y/z (mm, DICOM LPS, via the unit's geometry), size_i/j/k (voxels: box extent,
///   contour or mask bounding box), diameter_mm (points), area_mm2 (contours: summed
///   polygon areas), volume_mm3 (masks: voxels × voxel volume), voxels (masks).
/// - annotations_coco.json: COCO object detection format for the 2D units (one slice):
///   images (id, file_name = the unit's slice file in the bundle, width, height,
///   study_id), categories (the schema's finding labels, id = 1-based index, name = code,
///   supercategory "finding"), annotations from the final labels' boxes (bbox [x, y, w, h]
///   in pixels, area) and contours (segmentation polygons [x1, y1, ...] with pixel-edge
///   coordinates: index + 0.5, bbox, area), iscrowd 0; plus "info" (dataset code, version,
///   date) and "licenses" (the documentation's licence).
///
/// Details the columns above leave open:
/// - labels.csv writes each unit's fields as the content holds them (final_class of an excluded
///   unit is whatever the collector set, usually empty); findings = number of final findings.
/// - findings.csv: a mask gives one row per label value present in it (its segments, rising
///   value; they share the finding number; label = findingLabels[value-1]); an empty mask one
///   row with voxels 0. Slices are k indices: a point's rounded k, a box's k0..k1, an axial
///   contour's first/last slice key, a coronal/sagittal contour's voxel-centre k range
///   (ceil(min k)..floor(max k)), a mask segment's k range. The contour centroid is the
///   area-weighted centroid of its polygons (vertex mean when all are degenerate); contour
///   sizes are vertex extents in the plane and the number of slices spanned along its axis;
///   mask sizes are voxel bounding boxes. Without a unit geometry the patient columns,
///   area_mm2 and volume_mm3 stay empty. Attributes are compact JSON (empty when none).
/// - COCO: a released unit counts as 2D when its geometry has one slice and it has a slice
///   file; boxes must lie on slice 0, contours on axis 2 slice 0. Box annotations carry no
///   "segmentation" key. Coordinates are clipped to the image; an annotation with no area
///   left is skipped. A schema without finding labels gets one category {1, "finding"}.
/// Errors: CorruptData for a damaged mask, InvalidArgument for a 2D final finding whose label
/// the schema lacks (both name the study), IoError when a file cannot be written; files are
/// written only after all four were built.
class BundleTables {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::release::BundleTables)
public:
    /// Writes the four files into bundleDir; returns their bundle-relative paths.
    static Result<QStringList> write(const ReleaseContent &content, const QString &bundleDir);
};

} // namespace etalon::core::release
