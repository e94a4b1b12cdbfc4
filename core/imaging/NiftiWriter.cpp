#include "core/imaging/NiftiWriter.h"

#include <QCoreApplication>
#include <QFile>

#include <QFileInfo>
#include <QScopeGuard>

#include <nifti1_io.h>

#include <memory>
#include <new>
#include <vector>

namespace etalon::core::imaging {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::imaging", text);
}

int niftiTypeOf(PixelType type)
{
    switch (type) {
    case PixelType::UInt8: return NIFTI_TYPE_UINT8;
    case PixelType::Int8: return NIFTI_TYPE_INT8;
    case PixelType::UInt16: return NIFTI_TYPE_UINT16;
    case PixelType::Int16: return NIFTI_TYPE_INT16;
    case PixelType::UInt32: return NIFTI_TYPE_UINT32;
    case PixelType::Int32: return NIFTI_TYPE_INT32;
    case PixelType::Float32: return NIFTI_TYPE_FLOAT32;
    case PixelType::Float64: return NIFTI_TYPE_FLOAT64;
    }
    return NIFTI_TYPE_UINT8;
}

/// Modality values of every voxel, for volumes whose rescale differs between slices.
std::unique_ptr<float[]> modalityValues(const Volume &v)
{
    auto values = std::make_unique_for_overwrite<float[]>(v.geometry.voxelCount());
    std::size_t n = 0;
    for (int k = 0; k < v.slices(); ++k)
        for (int j = 0; j < v.rows(); ++j)
            for (int i = 0; i < v.columns(); ++i)
                values[n++] = float(v.modalityValue(i, j, k));
    return values;
}

} // namespace

Result<void> writeNifti(const Volume &volume, const QString &path)
{
    if (!volume.voxels || volume.geometry.voxelCount() == 0)
        return makeError(ErrorCode::InvalidArgument, tr("Nothing to write to %1: the volume is empty.").arg(path));
    if (volume.samplesPerPixel != 1 && !(volume.samplesPerPixel == 3 && volume.pixelType == PixelType::UInt8))
        return makeError(ErrorCode::Unsupported,
                         tr("Cannot write %1: NIfTI colour images must be 8-bit RGB, this volume has %2 samples of %3.")
                             .arg(path)
                             .arg(volume.samplesPerPixel)
                             .arg(pixelTypeName(volume.pixelType)));

    const bool perSliceRescale = volume.samplesPerPixel == 1 && volume.sliceRescale.size() > 1;
    std::unique_ptr<float[]> converted;
    const void *buffer = volume.voxels.get();
    PixelType type = volume.pixelType;
    if (perSliceRescale) {
        try {
            converted = modalityValues(volume);
        } catch (const std::bad_alloc &) {
            return makeError(ErrorCode::Unsupported, tr("Not enough memory to convert the volume for %1.").arg(path));
        }
        buffer = converted.get();
        type = PixelType::Float32;
    }

    // ITK 5.2's NiftiImageIO writes scl_slope = NaN whatever SetRescaleSlope says, so the
    // header is filled here with the NIfTI reference library that ITK itself bundles; the
    // voxels are written straight from the volume's buffer (no copy).
    const int dims[8] = {3, volume.geometry.size[0], volume.geometry.size[1], volume.geometry.size[2], 1, 1, 1, 1};
    const int datatype = volume.samplesPerPixel == 3 ? NIFTI_TYPE_RGB24 : niftiTypeOf(type);
    nifti_image *nim = nifti_make_new_nim(dims, datatype, 0);
    if (!nim)
        return makeError(ErrorCode::IoError, tr("Cannot write %1: the NIfTI header could not be created.").arg(path));
    const auto release = qScopeGuard([nim] {
        nim->data = nullptr;
        nifti_image_free(nim);
    });
    for (int a = 0; a < 3; ++a)
        nim->pixdim[a + 1] = float(volume.geometry.spacing[std::size_t(a)]);
    nim->dx = nim->pixdim[1];
    nim->dy = nim->pixdim[2];
    nim->dz = nim->pixdim[3];
    // DICOM patient space is LPS, NIfTI's is RAS: negate the first two rows of the affine.
    mat44 m{};
    const double flip[3] = {-1.0, -1.0, 1.0};
    for (int r = 0; r < 3; ++r) {
        for (int a = 0; a < 3; ++a)
            m.m[r][a] = float(flip[r] * volume.geometry.axes[std::size_t(a)][std::size_t(r)] * volume.geometry.spacing[std::size_t(a)]);
        m.m[r][3] = float(flip[r] * volume.geometry.origin[std::size_t(r)]);
    }
    m.m[3][3] = 1.0f;
    nim->sform_code = NIFTI_XFORM_SCANNER_ANAT;
    nim->sto_xyz = m;
    nim->sto_ijk = nifti_mat44_inverse(m);
    float qdx = 0, qdy = 0, qdz = 0;
    nifti_mat44_to_quatern(m, &nim->quatern_b, &nim->quatern_c, &nim->quatern_d, &nim->qoffset_x, &nim->qoffset_y,
                           &nim->qoffset_z, &qdx, &qdy, &qdz, &nim->qfac);
    nim->qform_code = NIFTI_XFORM_SCANNER_ANAT;
    nim->qto_xyz = nifti_quatern_to_mat44(nim->quatern_b, nim->quatern_c, nim->quatern_d, nim->qoffset_x, nim->qoffset_y,
                                          nim->qoffset_z, nim->dx, nim->dy, nim->dz, nim->qfac);
    nim->qto_ijk = nifti_mat44_inverse(nim->qto_xyz);
    nim->xyz_units = NIFTI_UNITS_MM;
    if (!perSliceRescale && volume.samplesPerPixel == 1 && !volume.sliceRescale.empty()
        && !volume.sliceRescale.front().isIdentity()) {
        nim->scl_slope = float(volume.sliceRescale.front().slope);
        nim->scl_inter = float(volume.sliceRescale.front().intercept);
    }
    nim->nifti_type = NIFTI_FTYPE_NIFTI1_1;
    const QByteArray name = QFile::encodeName(path);
    if (nifti_set_filenames(nim, name.constData(), 0, 1) != 0)
        return makeError(ErrorCode::InvalidArgument, tr("Cannot write %1: the name must end in .nii or .nii.gz.").arg(path));
    nim->data = const_cast<void *>(buffer);
    QFile::remove(path);
    nifti_image_write(nim);
    const qint64 written = QFileInfo(path).size();
    if (written <= 348 || (!path.endsWith(QLatin1String(".gz")) && written < qint64(nim->nvox * std::size_t(nim->nbyper))))
        return makeError(ErrorCode::IoError, tr("Cannot write %1: check that the folder exists and is writable, and the disk "
                                                "has space.").arg(path));
    return {};
}

} // namespace etalon::core::imaging
