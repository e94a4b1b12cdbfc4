#pragma once

#include "core/Result.h"
#include "core/model/LabelSchema.h"
#include "core/model/Reading.h"
#include "core/model/Volume.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Mask and contour export for the release bundle (namespace `release`, shared by the
/// core/export pieces: `export` is a C++ keyword). Every writer takes the series' Volume as loaded by dicom::VolumeLoader: its
/// geometry places the voxels in patient space and its sourceFiles (one file per slice, in
/// slice order) are the images the DICOM objects reference.
namespace etalon::core::release {

/// What a writer wrote.
struct MaskExportReport {
    QString path;
    int slices = 0;           ///< slices covered (source images referenced)
    int frames = 0;           ///< SEG: frames written (segments × slices)
    QList<int> labelValues;   ///< SEG: mask values written as segments 1..n, in that order
    int rois = 0;             ///< RTSTRUCT: ROIs written
    int contours = 0;         ///< RTSTRUCT: contours (one per slice of each ROI)
};

/// Writes \a mask (0 = background, n = label n) as a uint8 NIfTI-1 label map (.nii.gz or
/// .nii), with the series' geometry: the sform/qform map voxel (i,j,k) to the same patient
/// point as VolumeGeometry::indexToPatient, converted from DICOM LPS to NIfTI RAS (x and y
/// negated), as imaging::writeNifti does for images. The mask must have the series' size.
Result<MaskExportReport> writeNiftiLabelMap(const MaskGeometry &mask, const Volume &series, const QString &path);

/// Options of the derived DICOM objects.
struct DerivedSeriesOptions {
    QString seriesDescription;   ///< e.g. "Etalon masks, reader consensus"
    int seriesNumber = 9001;
    QString contentLabel = QStringLiteral("ETALON"); ///< SEG Content Label / RTSTRUCT label (CS-like, ≤ 16 chars)
    QString creatorName;         ///< Content Creator's Name (PN, e.g. a pseudonymised reader), may be empty
    QString softwareVersion = QStringLiteral("1.0");
};

/// Writes \a mask as a binary DICOM Segmentation (DCMTK dcmseg). One segment per label value
/// present in the mask (value n described by \a labels[n-1]: Segment Label = name,
/// Segment Description = code, Recommended Display CIELab Value from the colour; category
/// SCT 49755003 "Morphologically Altered Structure", type SCT 52988006 "Lesion", algorithm
/// MANUAL). Each segment has one frame per source slice, empty slices included, so every
/// frame's Plane Position and Derivation Image (Source Image Sequence with the slice's SOP
/// Instance UID) keep the full geometry; dimensions: Referenced Segment Number, Image Position
/// (Patient). Patient, study and Frame of Reference come from the first source file; the
/// Common Instance Reference lists all source images. Errors name \a path: no labelled voxel,
/// size mismatch, a value without label, source files not one per slice or unreadable.
Result<MaskExportReport> writeDicomSeg(const MaskGeometry &mask, const Volume &series, const QList<LabelClass> &labels,
                                       const QString &path, const DerivedSeriesOptions &options = {});

/// One ROI of a structure set: a contour finding with its label's description.
struct ContourRoi {
    QString name;           ///< ROI Name, e.g. the label's name plus a finding number
    QString colour;         ///< "#rrggbb" → ROI Display Color
    QString description;    ///< ROI Description (e.g. the label code), may be empty
    ContourGeometry contour;
};

/// Writes \a rois as an RT Structure Set (DCMTK dcmrt). Only axial contours (axis 2) are
/// accepted: each slice's polygon becomes one CLOSED_PLANAR contour whose points are the
/// vertices mapped to patient coordinates (mm, LPS) by VolumeGeometry::indexToPatient, with a
/// Contour Image Sequence naming that slice's SOP Instance UID. Referenced Frame of Reference
/// lists every source image. Patient and study come from the first source file. Errors name
/// \a path: no ROI, a contour on another axis, a slice outside the series.
Result<MaskExportReport> writeRtStruct(const QList<ContourRoi> &rois, const Volume &series, const QString &path,
                                       const DerivedSeriesOptions &options = {});

} // namespace etalon::core::release
