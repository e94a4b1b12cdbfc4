#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace etalon::core {

using Vec3 = std::array<double, 3>;

/// The stored sample type of decoded pixels (before rescale).
enum class PixelType { UInt8, Int8, UInt16, Int16, UInt32, Int32, Float32, Float64 };

int bytesPerSample(PixelType type);
QString pixelTypeName(PixelType type); ///< "uint16", "int16", ...

/// Where voxels sit in patient space (DICOM LPS, millimetres).
/// Index i runs along a row (columns), j down the columns (rows), k across slices.
struct VolumeGeometry {
    std::array<int, 3> size{1, 1, 1};
    Vec3 spacing{1.0, 1.0, 1.0};  ///< distance between voxel centres along i, j, k
    Vec3 origin{0.0, 0.0, 0.0};   ///< patient position of the centre of voxel (0,0,0)
    /// Unit vectors of the three index axes in patient space: axes[0] = row direction
    /// (DICOM Image Orientation first triplet), axes[1] = column direction, axes[2] = the
    /// direction in which k grows (the slice normal for a sorted stack).
    std::array<Vec3, 3> axes{Vec3{1, 0, 0}, Vec3{0, 1, 0}, Vec3{0, 0, 1}};

    std::size_t voxelCount() const;
    Vec3 indexToPatient(const Vec3 &index) const;
    Vec3 patientToIndex(const Vec3 &patient) const;
};

enum class Photometric { Monochrome1, Monochrome2, Rgb };

/// Linear map from stored values to modality values (HU for CT).
struct Rescale {
    double slope = 1.0;
    double intercept = 0.0;
    double apply(double stored) const { return stored * slope + intercept; }
    bool isIdentity() const { return slope == 1.0 && intercept == 0.0; }
};

/// A display window in modality values.
struct WindowLevel {
    double center = 0.0;
    double width = 1.0;
};

/// A decoded image series (or a single 2D image, size[2] == 1) with correct geometry.
/// Samples are stored exactly as in the file (before rescale), little-endian host order,
/// slice-major: index = ((k * rows) + j) * columns + i, times samplesPerPixel (RGB is
/// interleaved). Rescale may differ per slice (enhanced multi-frame objects).
struct Volume {
    VolumeGeometry geometry;
    PixelType pixelType = PixelType::Int16;
    int samplesPerPixel = 1;
    Photometric photometric = Photometric::Monochrome2;
    std::vector<Rescale> sliceRescale; ///< one per slice, or one for all slices
    std::optional<WindowLevel> defaultWindow; ///< from the file, in modality values
    QString rescaleType; ///< "HU" for CT when known
    QString modality;
    QString seriesInstanceUid;
    QString description;
    QStringList sourceFiles; ///< in slice order
    std::shared_ptr<std::byte[]> voxels;
    std::size_t byteSize = 0;

    /// What of the geometry the files actually state; the rest is an assumed default
    /// (identity axes, 1 mm spacing) that must not be shown as if it were measured.
    bool orientationKnown = false;   ///< Image Orientation (Patient) given
    bool sliceGeometryKnown = false; ///< slices sorted by distinct Image Positions along one normal
    bool pixelSpacingKnown = false;  ///< Pixel Spacing (or Imager/Nominal Scanned) given
    /// Patient Orientation (0020,0020) of projection images without Image Orientation: the
    /// patient directions of increasing column and increasing row, e.g. {"L", "F"} or
    /// {"A", "FR"}, letters R L A P H F. Empty when not given.
    std::array<QString, 2> patientOrientation;

    int columns() const { return geometry.size[0]; }
    int rows() const { return geometry.size[1]; }
    int slices() const { return geometry.size[2]; }
    bool isTwoDimensional() const { return geometry.size[2] == 1; }
    /// A spatial volume that can be resliced (MPR); otherwise a single image or a stack of
    /// images (frames without positions, several projection images in one series) that is
    /// shown frame by frame in its own pixel grid.
    bool supportsMpr() const { return geometry.size[2] > 1 && sliceGeometryKnown; }
    std::size_t sliceSampleCount() const
    {
        return std::size_t(geometry.size[0]) * std::size_t(geometry.size[1]) * std::size_t(samplesPerPixel);
    }
    const Rescale &rescaleOfSlice(int k) const;

    /// Stored sample at voxel (i,j,k), component c, converted to double.
    double storedValue(int i, int j, int k, int c = 0) const;
    /// Modality value (rescale applied) at voxel (i,j,k) for single-sample images.
    double modalityValue(int i, int j, int k) const { return rescaleOfSlice(k).apply(storedValue(i, j, k)); }

    /// Allocates an uninitialised buffer for the current geometry, type and samples.
    void allocate();
};

} // namespace etalon::core
