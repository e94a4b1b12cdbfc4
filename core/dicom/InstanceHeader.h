#pragma once

#include <QString>

#include <array>
#include <optional>

namespace etalon::core::dicom {

/// The header fields of one DICOM instance that indexing, selection criteria and series
/// grouping need. Read without touching pixel data. Strings are converted to UTF-8 from
/// the file's Specific Character Set; multi-valued strings keep DICOM's backslash.
struct InstanceHeader {
    QString filePath;
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid; ///< from the meta header, else the encoding that was detected

    QString patientId;
    QString patientName;
    QString patientSex;        ///< "M", "F", "O" or empty
    QString patientBirthDate;  ///< YYYYMMDD or empty
    std::optional<int> patientAgeYears; ///< from Patient's Age, else from birth and study dates

    QString studyInstanceUid;
    QString studyDate; ///< YYYYMMDD
    QString studyTime;
    QString studyDescription;
    QString accessionNumber;
    QString studyId;

    QString seriesInstanceUid;
    int seriesNumber = 0;
    QString modality;
    QString seriesDescription;
    QString bodyPartExamined;
    QString manufacturer;
    QString manufacturerModelName;
    QString convolutionKernel;
    std::optional<double> kvp;
    std::optional<double> sliceThickness;
    std::optional<std::array<double, 2>> pixelSpacing; ///< row spacing, column spacing (mm)
    QString frameOfReferenceUid;

    int instanceNumber = 0;
    int rows = 0;
    int columns = 0;
    int numberOfFrames = 1;
    int bitsAllocated = 0;
    int samplesPerPixel = 1;
    QString photometricInterpretation;
    /// For enhanced multi-frame objects geometry comes from the shared functional groups,
    /// else from the first frame's per-frame functional groups.
    std::optional<std::array<double, 3>> imagePositionPatient;
    std::optional<std::array<double, 6>> imageOrientationPatient;
    /// Pixel Data, Float Pixel Data or Double Float Pixel Data present: an image.
    /// Non-image objects (SR, RT plan, ...) have none.
    bool hasPixelData = false;

    /// Projection images (mammography hanging): View Position (0018,5101), e.g. "CC" or
    /// "MLO"; Image Laterality (0020,0062), else Laterality (0020,0060), else the Frame
    /// Laterality (0020,9072) of an enhanced object, "R", "L" or "B"; Patient Orientation
    /// (0020,0020) as stored, e.g. "P\L". Empty when not given.
    QString viewPosition;
    QString imageLaterality;
    QString patientOrientation;
};

} // namespace etalon::core::dicom
