#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace etalon::core::release {

/// The pseudonym a released study gets: replaces PatientID and PatientName in every file
/// of the study (e.g. the dataset's de-identified study id "DS_LUNG_0001").
struct StudyPseudonym {
    QString originalStudyInstanceUid; ///< which study (0020,000D) of the input this is for
    QString patientId;   ///< new PatientID: at most 64 printable ASCII characters
    QString patientName; ///< new PatientName (printable ASCII); empty: the same as patientId
};

/// How dates (DA, and the date part of DT) are treated.
enum class DateTreatment {
    Shift,  ///< every date moved by dateShiftDays: intervals kept (PS3.15 113107)
    Remove, ///< every DA/DT/TM value emptied (type 2 attributes stay present, empty)
};

/// Options of one de-identification run, i.e. one release. The same salt, pseudonyms and
/// date shift give byte-for-byte the same UIDs and dates on a re-release.
struct DeidentificationOptions {
    /// Per-release secret: UIDs become 2.25.<128 bits of HMAC-SHA256(salt, original UID)>.
    /// Must not be empty. Keep it secret: with it and a guessed original UID one could
    /// confirm the guess.
    QByteArray salt;
    /// One entry per input study; a file whose study is not listed is refused.
    QList<StudyPseudonym> studies;
    DateTreatment dates = DateTreatment::Shift;
    int dateShiftDays = 0; ///< added to every date when dates == Shift (negative: earlier)
    /// Keep private (odd group) attributes. Off by default: private tags often hold names
    /// and IDs; when on, the report warns and no "Retain Safe Private" code is claimed.
    bool keepPrivateTags = false;
    /// PS3.15 Retain Patient Characteristics Option (113108): keep PatientSex, PatientAge,
    /// PatientSize, PatientWeight. Off: they are emptied/removed.
    bool retainPatientCharacteristics = false;
    /// PS3.15 Retain Device Identity Option (113109): keep StationName, DeviceSerialNumber,
    /// plate/cassette/gantry/detector IDs, SoftwareVersions. Off: removed.
    bool retainDeviceIdentity = false;
    /// Write files whose BurnedInAnnotation (0028,0301) is YES anyway. Only for pixel data
    /// the caller has cleaned or checked by eye.
    bool allowBurnedInAnnotation = false;
};

/// A file that was not written, and why (names the input file and what to do).
struct RefusedFile {
    QString inputPath;
    QString reason;
};

/// One written file: where it came from and where it went (relative to the output folder).
struct WrittenFile {
    QString inputPath;
    QString relativeOutputPath; ///< "<study>/<series>/<instance>.dcm", no identifiers
    QString sopInstanceUid;     ///< the new (remapped) SOP Instance UID
    int studyIndex = 0;         ///< 1-based position in DeidentificationOptions::studies
};

/// What a run did. Warnings are for people (burned-in text risk, kept private tags...).
struct DeidentificationReport {
    QList<WrittenFile> written;
    QList<RefusedFile> refused;
    QStringList warnings;
    int uidMapSize = 0; ///< distinct original UIDs remapped across all files
};

/// De-identifies a set of DICOM files (one or several studies, images and derived objects
/// such as SEG) by the PS3.15 Basic Application Level Confidentiality Profile, written
/// out explicitly with DCMTK: gdcm::Anonymizer maps UIDs to freshly generated random ones
/// (a process-wide map, lost afterwards) and wants a certificate to encrypt the originals,
/// so a re-release would not reproduce the UIDs.
/// - every UI value that is not a DICOM-defined UID (1.2.840.10008.*) or a class/coding
///   scheme UID is replaced, in the main data set and at any depth of sequences, by
///   2.25.<decimal of 128 bits of HMAC-SHA256(salt, uid)>: references (SEG's
///   ReferencedSOPInstanceUID, SourceImageSequence, FrameOfReferenceUID...) stay consistent
///   across all files of the run;
/// - PatientID/PatientName from the study's pseudonym; identifying attributes of PS3.15
///   table E.1-1 emptied (type 2) or removed; every other PN value emptied; private groups,
///   overlays (60xx) and curves (50xx) removed;
/// - dates shifted, or removed (type 1 dates of multi-frame objects such as SEG's
///   ContentDate get the dummy 19000101, action D); PatientBirthDate always emptied;
///   DeviceSerialNumber/SoftwareVersions become "DEIDENTIFIED" (type 1 in SEG);
/// - PatientIdentityRemoved = YES, DeidentificationMethod and its code sequence (CID 7050:
///   113100 plus the options used), LongitudinalTemporalInformationModified.
/// Pixel data is copied untouched in its original transfer syntax.
class Deidentifier {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::release::Deidentifier)
public:
    explicit Deidentifier(DeidentificationOptions options);

    /// De-identifies `inputFiles` into `outputDir` (created if missing) as
    /// <study>/<series>/<instance>.dcm with 4-digit 1-based indices: study from the order of
    /// options.studies, series ordered by SeriesNumber then new UID, instances by
    /// InstanceNumber then new UID. Files that cannot be read, belong to no listed study,
    /// duplicate a SOP Instance UID or carry burned-in annotation are refused (listed in
    /// the report); the others are written. Fails only for unusable options or an output
    /// folder that cannot be written.
    /// progress, when given, is called before each file is written with (files done, files
    /// total); returning false stops the run with ErrorCode::Cancelled (files already written
    /// stay: the caller removes its output folder).
    Result<DeidentificationReport> run(const QStringList &inputFiles, const QString &outputDir,
                                       const std::function<bool(int, int)> &progress = {});

    /// The new UID for `originalUid` under this run's salt (the original if it is a
    /// DICOM-defined UID). Exposed so that objects written later (SEG, RTSTRUCT) can
    /// reference the de-identified images.
    QString mapUid(const QString &originalUid) const;

    /// A date (YYYYMMDD) as it appears in the output; empty when dates are removed or the
    /// input is not a valid date.
    QString mapDate(const QString &date) const;

private:
    DeidentificationOptions m_options;
};

} // namespace etalon::core::release
