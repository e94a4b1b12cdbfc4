#pragma once

#include "core/Result.h"
#include "core/model/Volume.h"

namespace etalon::core::imaging {

/// Writes a volume as NIfTI-1 (.nii or .nii.gz by suffix) with the NIfTI reference library
/// bundled with ITK (ITK 5.2's NiftiImageIO cannot write scl_slope/scl_inter), with sform and
/// qform taken from the volume's patient geometry, converted from DICOM LPS to NIfTI RAS.
/// Stored values are written with the rescale in the header's scl_slope/scl_inter when the
/// rescale is the same for all slices; otherwise modality values are written as float32.
Result<void> writeNifti(const Volume &volume, const QString &path);

} // namespace etalon::core::imaging
