#include "core/dicom/HeaderReader.h"

#include "core/Logging.h"
#include "core/dicom/DcmtkLogging.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <mutex>

namespace etalon::core::dicom {

namespace {

/// Values longer than this stay on disk (DCMTK loads them only on access, which we never
/// do): Pixel Data and other bulk values are skipped, not read.
constexpr Uint32 MaxLoadedValueLength = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::dicom", text);
}

class TagReader {
public:
    explicit TagReader(DcmItem *item, bool utf8) : m_item(item), m_utf8(utf8) {}

    QString string(const DcmTagKey &key, bool searchIntoSub = false) const
    {
        if (!m_item)
            return {};
        OFString value;
        if (m_item->findAndGetOFStringArray(key, value, searchIntoSub).bad())
            return {};
        const QString text = m_utf8 ? QString::fromUtf8(value.c_str(), qsizetype(value.size()))
                                    : QString::fromLatin1(value.c_str(), qsizetype(value.size()));
        return text.trimmed();
    }

    std::optional<double> number(const DcmTagKey &key, unsigned long pos = 0) const
    {
        if (!m_item)
            return std::nullopt;
        OFString value;
        if (m_item->findAndGetOFString(key, value, pos).bad())
            return std::nullopt;
        bool ok = false;
        const double v = QString::fromLatin1(value.c_str()).trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        return v;
    }

    int integer(const DcmTagKey &key, int fallback = 0) const
    {
        if (!m_item)
            return fallback;
        DcmElement *element = nullptr;
        if (m_item->findAndGetElement(key, element).bad() || !element || element->getVM() == 0)
            return fallback;
        const DcmEVR vr = element->ident();
        if (vr == EVR_US) {
            Uint16 v = 0;
            return element->getUint16(v).good() ? int(v) : fallback;
        }
        if (vr == EVR_SS) {
            Sint16 v = 0;
            return element->getSint16(v).good() ? int(v) : fallback;
        }
        if (vr == EVR_UL) {
            Uint32 v = 0;
            return element->getUint32(v).good() ? int(v) : fallback;
        }
        if (vr == EVR_SL) {
            Sint32 v = 0;
            return element->getSint32(v).good() ? int(v) : fallback;
        }
        OFString value;
        if (element->getOFString(value, 0).bad())
            return fallback;
        bool ok = false;
        const int v = QString::fromLatin1(value.c_str()).trimmed().toInt(&ok);
        return ok ? v : fallback;
    }

    template <std::size_t N>
    std::optional<std::array<double, N>> numbers(const DcmTagKey &key) const
    {
        std::array<double, N> values{};
        for (std::size_t i = 0; i < N; ++i) {
            const std::optional<double> v = number(key, i);
            if (!v)
                return std::nullopt;
            values[i] = *v;
        }
        return values;
    }

    bool has(const DcmTagKey &key) const { return m_item && m_item->tagExists(key); }

    /// The first item of a sequence inside this item, or a reader of nothing.
    TagReader firstItem(const DcmTagKey &sequence) const
    {
        DcmItem *item = nullptr;
        if (m_item)
            m_item->findAndGetSequenceItem(sequence, item, 0);
        return TagReader(item, m_utf8);
    }

    bool valid() const { return m_item != nullptr; }

private:
    DcmItem *m_item;
    bool m_utf8;
};

/// Age in whole years from Patient's Age ("045Y", "006M", "010W", "003D").
std::optional<int> parseAgeString(const QString &age)
{
    if (age.size() != 4)
        return std::nullopt;
    bool ok = false;
    const int n = age.left(3).toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    switch (age.at(3).toUpper().unicode()) {
    case 'Y': return n;
    case 'M': return n / 12;
    case 'W': return (n * 7) / 365;
    case 'D': return n / 365;
    default: return std::nullopt;
    }
}

std::optional<int> ageFromDates(const QString &birth, const QString &on)
{
    const QDate b = QDate::fromString(birth.left(8), QStringLiteral("yyyyMMdd"));
    const QDate d = QDate::fromString(on.left(8), QStringLiteral("yyyyMMdd"));
    if (!b.isValid() || !d.isValid() || d < b)
        return std::nullopt;
    int years = d.year() - b.year();
    if (d.month() < b.month() || (d.month() == b.month() && d.day() < b.day()))
        --years;
    return years;
}

/// Geometry of an enhanced multi-frame object lives in functional group macros: shared
/// ones first, else the first frame's.
TagReader functionalGroup(const TagReader &dataset, const DcmTagKey &macroSequence)
{
    TagReader shared = dataset.firstItem(DCM_SharedFunctionalGroupsSequence).firstItem(macroSequence);
    if (shared.valid())
        return shared;
    return dataset.firstItem(DCM_PerFrameFunctionalGroupsSequence).firstItem(macroSequence);
}

bool hasDicomPreamble(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(128))
        return false;
    return file.read(4) == "DICM";
}

bool looksLikeUid(const QString &uid)
{
    if (uid.isEmpty() || uid.size() > 64)
        return false;
    for (const QChar c : uid) {
        if (!(c.isDigit() || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

const char *MediaStorageDirectoryUid = "1.2.840.10008.1.3.10";

bool isDicomDirName(const QString &fileName)
{
    return fileName.startsWith(QLatin1String("DICOMDIR"), Qt::CaseInsensitive);
}

/// True when the file's meta header says it is a DICOMDIR (Media Storage Directory).
bool isDicomDir(const QString &path)
{
    quietDcmtkLogging();
    DcmMetaInfo meta;
    if (meta.loadFile(OFFilename(QFile::encodeName(path).constData())).bad())
        return false;
    OFString sopClass;
    meta.findAndGetOFString(DCM_MediaStorageSOPClassUID, sopClass);
    return sopClass == MediaStorageDirectoryUid;
}

/// Resolves a Referenced File ID relative to the DICOMDIR's folder, matching each
/// component case-insensitively when the exact name does not exist (IDs are upper case,
/// file systems that copied a CD may not be).
QString resolveFileId(const QDir &base, const QStringList &components)
{
    QString path = base.absolutePath();
    for (const QString &component : components) {
        const QString exact = path + QLatin1Char('/') + component;
        if (QFileInfo::exists(exact)) {
            path = exact;
            continue;
        }
        const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QString match;
        for (const QString &entry : entries) {
            if (entry.compare(component, Qt::CaseInsensitive) == 0) {
                match = entry;
                break;
            }
        }
        path += QLatin1Char('/') + (match.isEmpty() ? component : match);
    }
    return QDir::cleanPath(path);
}

/// Files referenced by a DICOMDIR's directory records (missing ones included: reading
/// them reports the problem with their path).
QStringList dicomDirReferences(const QString &dicomDirPath)
{
    QStringList files;
    DcmFileFormat fileFormat;
    if (fileFormat.loadFile(OFFilename(QFile::encodeName(dicomDirPath).constData()), EXS_Unknown,
                            EGL_noChange, MaxLoadedValueLength, ERM_autoDetect)
            .bad()) {
        qCWarning(lcDicom) << "cannot read DICOMDIR" << dicomDirPath;
        return files;
    }
    DcmSequenceOfItems *records = nullptr;
    if (fileFormat.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
        return files;
    const QDir base = QFileInfo(dicomDirPath).absoluteDir();
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem *record = records->getItem(i);
        OFString fileId;
        if (!record || record->findAndGetOFStringArray(DCM_ReferencedFileID, fileId).bad() || fileId.empty())
            continue;
        const QStringList components = QString::fromLatin1(fileId.c_str())
                                           .trimmed()
                                           .split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        if (!components.isEmpty())
            files.append(resolveFileId(base, components));
    }
    return files;
}

} // namespace

Result<InstanceHeader> readHeader(const QString &path)
{
    quietDcmtkLogging();
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("%1: file not found.").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidArgument, tr("%1: not a regular file.").arg(path));
    if (!info.isReadable())
        return makeError(ErrorCode::IoError, tr("%1: no permission to read the file.").arg(path));
    if (info.size() == 0)
        return makeError(ErrorCode::NotDicom, tr("%1: the file is empty (0 bytes), not DICOM.").arg(path));

    DcmFileFormat fileFormat;
    const OFCondition status = fileFormat.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                                   EGL_noChange, MaxLoadedValueLength, ERM_autoDetect);
    if (status.bad()) {
        const QString detail = QString::fromLatin1(status.text());
        if (!hasDicomPreamble(path)) {
            // Without "DICM" at offset 128 DCMTK guessed at a bare data set and failed.
            return makeError(ErrorCode::NotDicom,
                             tr("%1: not a DICOM file (no DICOM preamble, and not a readable data set: %2).").arg(path, detail));
        }
        const bool truncated = status == EC_StreamNotifyClient || status == EC_PrematureSequDelimitationItem
                               || status == EC_ItemEnd || status == EC_SequEnd;
        return makeError(ErrorCode::CorruptData,
                         truncated ? tr("%1: the DICOM file is truncated or corrupt (%2).").arg(path, detail)
                                   : tr("%1: the DICOM file cannot be parsed (%2).").arg(path, detail));
    }

    DcmDataset *dataset = fileFormat.getDataset();
    DcmMetaInfo *meta = fileFormat.getMetaInfo();

    OFString mediaSopClass;
    if (meta)
        meta->findAndGetOFString(DCM_MediaStorageSOPClassUID, mediaSopClass);
    if (mediaSopClass == MediaStorageDirectoryUid) {
        return makeError(ErrorCode::Unsupported,
                         tr("%1: a DICOMDIR (media directory), not an instance; import it by name to import the files it lists.")
                             .arg(path));
    }

    OFString charset;
    dataset->findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    bool utf8 = true;
    if (!charset.empty() && charset != "ISO_IR 192" && charset != "ISO_IR 6") {
        if (dataset->convertToUTF8().bad()) {
            qCDebug(lcDicom) << "cannot convert character set" << charset.c_str() << "of" << path;
            utf8 = false;
        }
    }
    const TagReader tags(dataset, utf8);

    InstanceHeader h;
    h.filePath = info.absoluteFilePath();
    h.sopInstanceUid = tags.string(DCM_SOPInstanceUID);
    if (h.sopInstanceUid.isEmpty() && meta)
        h.sopInstanceUid = TagReader(meta, true).string(DCM_MediaStorageSOPInstanceUID);
    if (!looksLikeUid(h.sopInstanceUid)) {
        // DCMTK's auto-detection parses almost any bytes as a dataset without meta header;
        // a DICOM instance always has a SOP Instance UID.
        return makeError(ErrorCode::NotDicom,
                         h.sopInstanceUid.isEmpty()
                             ? tr("%1: not DICOM (no SOP Instance UID found).").arg(path)
                             : tr("%1: not DICOM or corrupt (invalid SOP Instance UID).").arg(path));
    }
    h.sopClassUid = tags.string(DCM_SOPClassUID);
    if (h.sopClassUid.isEmpty())
        h.sopClassUid = QString::fromLatin1(mediaSopClass.c_str());

    OFString xfer;
    if (meta && meta->findAndGetOFString(DCM_TransferSyntaxUID, xfer).good() && !xfer.empty())
        h.transferSyntaxUid = QString::fromLatin1(xfer.c_str()).trimmed();
    else
        h.transferSyntaxUid = QString::fromLatin1(DcmXfer(dataset->getOriginalXfer()).getXferID());

    h.patientId = tags.string(DCM_PatientID);
    h.patientName = tags.string(DCM_PatientName);
    h.patientSex = tags.string(DCM_PatientSex).toUpper();
    h.patientBirthDate = tags.string(DCM_PatientBirthDate);

    h.studyInstanceUid = tags.string(DCM_StudyInstanceUID);
    h.studyDate = tags.string(DCM_StudyDate);
    h.studyTime = tags.string(DCM_StudyTime);
    h.studyDescription = tags.string(DCM_StudyDescription);
    h.accessionNumber = tags.string(DCM_AccessionNumber);
    h.studyId = tags.string(DCM_StudyID);

    h.patientAgeYears = parseAgeString(tags.string(DCM_PatientAge));
    if (!h.patientAgeYears) {
        QString onDate = h.studyDate;
        if (onDate.isEmpty())
            onDate = tags.string(DCM_SeriesDate);
        if (onDate.isEmpty())
            onDate = tags.string(DCM_AcquisitionDate);
        h.patientAgeYears = ageFromDates(h.patientBirthDate, onDate);
    }

    h.seriesInstanceUid = tags.string(DCM_SeriesInstanceUID);
    h.seriesNumber = tags.integer(DCM_SeriesNumber);
    h.modality = tags.string(DCM_Modality);
    h.seriesDescription = tags.string(DCM_SeriesDescription);
    h.bodyPartExamined = tags.string(DCM_BodyPartExamined);
    h.manufacturer = tags.string(DCM_Manufacturer);
    h.manufacturerModelName = tags.string(DCM_ManufacturerModelName);
    h.convolutionKernel = tags.string(DCM_ConvolutionKernel);
    if (h.convolutionKernel.isEmpty())
        h.convolutionKernel = functionalGroup(tags, DCM_CTReconstructionSequence).string(DCM_ConvolutionKernel);
    h.kvp = tags.number(DCM_KVP);
    if (!h.kvp)
        h.kvp = functionalGroup(tags, DCM_CTXRayDetailsSequence).number(DCM_KVP);
    h.frameOfReferenceUid = tags.string(DCM_FrameOfReferenceUID);

    const TagReader pixelMeasures = functionalGroup(tags, DCM_PixelMeasuresSequence);
    h.sliceThickness = tags.number(DCM_SliceThickness);
    if (!h.sliceThickness)
        h.sliceThickness = pixelMeasures.number(DCM_SliceThickness);
    h.pixelSpacing = tags.numbers<2>(DCM_PixelSpacing);
    if (!h.pixelSpacing)
        h.pixelSpacing = pixelMeasures.numbers<2>(DCM_PixelSpacing);
    if (!h.pixelSpacing)
        h.pixelSpacing = tags.numbers<2>(DCM_ImagerPixelSpacing);

    h.imagePositionPatient = tags.numbers<3>(DCM_ImagePositionPatient);
    if (!h.imagePositionPatient)
        h.imagePositionPatient = functionalGroup(tags, DCM_PlanePositionSequence).numbers<3>(DCM_ImagePositionPatient);
    h.imageOrientationPatient = tags.numbers<6>(DCM_ImageOrientationPatient);
    if (!h.imageOrientationPatient)
        h.imageOrientationPatient =
            functionalGroup(tags, DCM_PlaneOrientationSequence).numbers<6>(DCM_ImageOrientationPatient);

    h.instanceNumber = tags.integer(DCM_InstanceNumber);
    h.rows = tags.integer(DCM_Rows);
    h.columns = tags.integer(DCM_Columns);
    h.numberOfFrames = std::max(1, tags.integer(DCM_NumberOfFrames, 1));
    h.bitsAllocated = tags.integer(DCM_BitsAllocated);
    h.samplesPerPixel = std::max(1, tags.integer(DCM_SamplesPerPixel, 1));
    h.photometricInterpretation = tags.string(DCM_PhotometricInterpretation);
    h.hasPixelData = tags.has(DCM_PixelData) || tags.has(DCM_FloatPixelData) || tags.has(DCM_DoubleFloatPixelData);
    h.viewPosition = tags.string(DCM_ViewPosition).toUpper();
    h.imageLaterality = tags.string(DCM_ImageLaterality).toUpper();
    if (h.imageLaterality.isEmpty())
        h.imageLaterality = tags.string(DCM_Laterality).toUpper();
    if (h.imageLaterality.isEmpty())
        h.imageLaterality = functionalGroup(tags, DCM_FrameAnatomySequence).string(DCM_FrameLaterality).toUpper();
    h.patientOrientation = tags.string(DCM_PatientOrientation).toUpper();
    return h;
}

QStringList collectCandidateFiles(const QStringList &paths)
{
    QSet<QString> seen;
    QStringList files;
    const auto add = [&](const QString &file) {
        const QString clean = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
        if (!seen.contains(clean)) {
            seen.insert(clean);
            files.append(clean);
        }
    };
    const auto addFile = [&](const QString &file) {
        if (isDicomDirName(QFileInfo(file).fileName()) && isDicomDir(file)) {
            for (const QString &referenced : dicomDirReferences(file))
                add(referenced);
        } else {
            add(file);
        }
    };

    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                addFile(it.next());
        } else if (info.isFile()) {
            // Named explicitly: a DICOMDIR is recognised by content whatever its name.
            if (isDicomDir(path)) {
                for (const QString &referenced : dicomDirReferences(path))
                    add(referenced);
            } else {
                add(path);
            }
        } else {
            // Missing paths stay candidates so that reading them reports the problem.
            add(path);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace etalon::core::dicom
