#include "core/imaging/NiftiWriter.h"

#include <QCoreApplication>
#include <QFile>

#include <itkNiftiImageIO.h>

#include <memory>
#include <new>
#include <vector>

namespace etalon::core::imaging {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::imaging::NiftiWriter", text);
}

itk::IOComponentEnum componentOf(PixelType type)
{
    switch (type) {
    case PixelType::UInt8: return itk::IOComponentEnum::UCHAR;
    case PixelType::Int8: return itk::IOComponentEnum::CHAR;
    case PixelType::UInt16: return itk::IOComponentEnum::USHORT;
    case PixelType::Int16: return itk::IOComponentEnum::SHORT;
    case PixelType::UInt32: return itk::IOComponentEnum::UINT;
    case PixelType::Int32: return itk::IOComponentEnum::INT;
    case PixelType::Float32: return itk::IOComponentEnum::FLOAT;
    case PixelType::Float64: return itk::IOComponentEnum::DOUBLE;
    }
    return itk::IOComponentEnum::UNKNOWNCOMPONENTTYPE;
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

    try {
        auto io = itk::NiftiImageIO::New();
        io->SetNumberOfDimensions(3);
        itk::ImageIORegion region(3);
        for (unsigned a = 0; a < 3; ++a) {
            io->SetDimensions(a, itk::SizeValueType(volume.geometry.size[a]));
            io->SetSpacing(a, volume.geometry.spacing[a]);
            io->SetOrigin(a, volume.geometry.origin[a]);
            io->SetDirection(a, std::vector<double>(volume.geometry.axes[a].begin(), volume.geometry.axes[a].end()));
            region.SetIndex(a, 0);
            region.SetSize(a, itk::SizeValueType(volume.geometry.size[a]));
        }
        io->SetComponentType(componentOf(type));
        if (volume.samplesPerPixel == 3) {
            io->SetPixelType(itk::IOPixelEnum::RGB);
            io->SetNumberOfComponents(3);
        } else {
            io->SetPixelType(itk::IOPixelEnum::SCALAR);
            io->SetNumberOfComponents(1);
        }
        if (!perSliceRescale && volume.samplesPerPixel == 1 && !volume.sliceRescale.empty()) {
            io->SetRescaleSlope(volume.sliceRescale.front().slope);
            io->SetRescaleIntercept(volume.sliceRescale.front().intercept);
        }
        io->SetIORegion(region);
        io->SetUseCompression(path.endsWith(QLatin1String(".gz")));
        io->SetFileName(QFile::encodeName(path).toStdString());
        io->Write(buffer);
    } catch (const itk::ExceptionObject &e) {
        return makeError(ErrorCode::IoError, tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(e.GetDescription())));
    }
    return {};
}

} // namespace etalon::core::imaging
