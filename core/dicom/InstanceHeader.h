#pragma once

#include <QString>

#include <array>
#include <optional>

namespace etalon::core::dicom {

/// The header fields of one DICOM instance that indexing, selection criteria and series
/// grouping need. Read without touching pixel data.
struct InstanceHeader {
    QString filePath;
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;

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

    int instanceNumber = 0;
    int rows = 0;
    int columns = 0;
    int numberOfFrames = 1;
    int bitsAllocated = 0;
    int samplesPerPixel = 1;
    QString photometricInterpretation;
    std::optional<std::array<double, 3>> imagePositionPatient;
    std::optional<std::array<double, 6>> imageOrientationPatient;
    bool hasPixelData = false;
};

} // namespace etalon::core::dicom
