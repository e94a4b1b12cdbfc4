#include "core/export/Deidentifier.h"

#include "core/dicom/DcmtkLogging.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QSet>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <algorithm>
#include <map>

namespace etalon::core::release {

namespace {

/// What the profile does to one attribute (PS3.15 table E.1-1 actions, simplified).
enum class Action {
    Remove,                      ///< X
    Empty,                       ///< Z (type 2 in common IODs)
    RemoveUnlessDevice,          ///< X, K with Retain Device Identity
    RemoveUnlessCharacteristics, ///< X, K with Retain Patient Characteristics
    EmptyUnlessCharacteristics,  ///< Z, K with Retain Patient Characteristics
    DummyUnlessDevice,           ///< D (type 1 in Enhanced General Equipment), K with the option
};

constexpr quint32 key(quint16 group, quint16 element)
{
    return (quint32(group) << 16) | element;
}

const QHash<quint32, Action> &profileActions()
{
    static const QHash<quint32, Action> table = {
        // Patient
        {key(0x0010, 0x0010), Action::Empty},  // PatientName (top level: pseudonym)
        {key(0x0010, 0x0020), Action::Empty},  // PatientID (top level: pseudonym)
        {key(0x0010, 0x0021), Action::Remove}, // IssuerOfPatientID
        {key(0x0010, 0x0030), Action::Empty},  // PatientBirthDate
        {key(0x0010, 0x0032), Action::Remove}, // PatientBirthTime
        {key(0x0010, 0x0040), Action::EmptyUnlessCharacteristics},  // PatientSex
        {key(0x0010, 0x1010), Action::RemoveUnlessCharacteristics}, // PatientAge
        {key(0x0010, 0x1020), Action::RemoveUnlessCharacteristics}, // PatientSize
        {key(0x0010, 0x1030), Action::RemoveUnlessCharacteristics}, // PatientWeight
        {key(0x0010, 0x2203), Action::RemoveUnlessCharacteristics}, // PatientSexNeutered
        {key(0x0010, 0x0050), Action::Remove}, // PatientInsurancePlanCodeSequence
        {key(0x0010, 0x0101), Action::Remove}, // PatientPrimaryLanguageCodeSequence
        {key(0x0010, 0x0102), Action::Remove}, // PatientPrimaryLanguageModifierCodeSequence
        {key(0x0010, 0x1000), Action::Remove}, // OtherPatientIDs
        {key(0x0010, 0x1001), Action::Remove}, // OtherPatientNames
        {key(0x0010, 0x1002), Action::Remove}, // OtherPatientIDsSequence
        {key(0x0010, 0x1005), Action::Remove}, // PatientBirthName
        {key(0x0010, 0x1040), Action::Remove}, // PatientAddress
        {key(0x0010, 0x1060), Action::Remove}, // PatientMotherBirthName
        {key(0x0010, 0x1080), Action::Remove}, // MilitaryRank
        {key(0x0010, 0x1081), Action::Remove}, // BranchOfService
        {key(0x0010, 0x1090), Action::Remove}, // MedicalRecordLocator
        {key(0x0010, 0x2000), Action::Remove}, // MedicalAlerts
        {key(0x0010, 0x2110), Action::Remove}, // Allergies
        {key(0x0010, 0x2150), Action::Remove}, // CountryOfResidence
        {key(0x0010, 0x2152), Action::Remove}, // RegionOfResidence
        {key(0x0010, 0x2154), Action::Remove}, // PatientTelephoneNumbers
        {key(0x0010, 0x2155), Action::Remove}, // PatientTelecomInformation
        {key(0x0010, 0x2160), Action::Remove}, // EthnicGroup
        {key(0x0010, 0x2180), Action::Remove}, // Occupation
        {key(0x0010, 0x21A0), Action::Remove}, // SmokingStatus
        {key(0x0010, 0x21B0), Action::Remove}, // AdditionalPatientHistory
        {key(0x0010, 0x21C0), Action::Remove}, // PregnancyStatus
        {key(0x0010, 0x21D0), Action::Remove}, // LastMenstrualDate
        {key(0x0010, 0x21F0), Action::Remove}, // PatientReligiousPreference
        {key(0x0010, 0x2297), Action::Remove}, // ResponsiblePerson
        {key(0x0010, 0x2299), Action::Remove}, // ResponsibleOrganization
        {key(0x0010, 0x4000), Action::Remove}, // PatientComments
        {key(0x0038, 0x0010), Action::Remove}, // AdmissionID
        {key(0x0038, 0x0011), Action::Remove}, // IssuerOfAdmissionID
        {key(0x0038, 0x0300), Action::Remove}, // CurrentPatientLocation
        {key(0x0038, 0x0400), Action::Remove}, // PatientInstitutionResidence
        {key(0x0038, 0x0500), Action::Remove}, // PatientState
        {key(0x0038, 0x4000), Action::Remove}, // VisitComments
        // Study, request, procedure
        {key(0x0008, 0x0050), Action::Empty},  // AccessionNumber
        {key(0x0008, 0x0090), Action::Empty},  // ReferringPhysicianName
        {key(0x0020, 0x0010), Action::Empty},  // StudyID
        {key(0x0008, 0x0080), Action::Remove}, // InstitutionName
        {key(0x0008, 0x0081), Action::Remove}, // InstitutionAddress
        {key(0x0008, 0x0082), Action::Remove}, // InstitutionCodeSequence
        {key(0x0008, 0x0092), Action::Remove}, // ReferringPhysicianAddress
        {key(0x0008, 0x0094), Action::Remove}, // ReferringPhysicianTelephoneNumbers
        {key(0x0008, 0x0096), Action::Remove}, // ReferringPhysicianIdentificationSequence
        {key(0x0008, 0x009C), Action::Remove}, // ConsultingPhysicianName
        {key(0x0008, 0x009D), Action::Remove}, // ConsultingPhysicianIdentificationSequence
        {key(0x0008, 0x0201), Action::Remove}, // TimezoneOffsetFromUTC
        {key(0x0008, 0x1030), Action::Remove}, // StudyDescription
        {key(0x0008, 0x103E), Action::Remove}, // SeriesDescription
        {key(0x0008, 0x1040), Action::Remove}, // InstitutionalDepartmentName
        {key(0x0008, 0x1048), Action::Remove}, // PhysiciansOfRecord
        {key(0x0008, 0x1049), Action::Remove}, // PhysiciansOfRecordIdentificationSequence
        {key(0x0008, 0x1050), Action::Remove}, // PerformingPhysicianName
        {key(0x0008, 0x1052), Action::Remove}, // PerformingPhysicianIdentificationSequence
        {key(0x0008, 0x1060), Action::Remove}, // NameOfPhysiciansReadingStudy
        {key(0x0008, 0x1062), Action::Remove}, // PhysiciansReadingStudyIdentificationSequence
        {key(0x0008, 0x1070), Action::Empty},  // OperatorsName (X/Z: type 2 in the RT Series module)
        {key(0x0008, 0x1072), Action::Remove}, // OperatorIdentificationSequence
        {key(0x0008, 0x1080), Action::Remove}, // AdmittingDiagnosesDescription
        {key(0x0008, 0x1084), Action::Remove}, // AdmittingDiagnosesCodeSequence
        {key(0x0008, 0x1110), Action::Remove}, // ReferencedStudySequence
        {key(0x0008, 0x1111), Action::Remove}, // ReferencedPerformedProcedureStepSequence
        {key(0x0008, 0x1120), Action::Remove}, // ReferencedPatientSequence
        {key(0x0008, 0x2111), Action::Remove}, // DerivationDescription
        {key(0x0008, 0x4000), Action::Remove}, // IdentifyingComments
        {key(0x0018, 0x1030), Action::Remove}, // ProtocolName
        {key(0x0018, 0x1400), Action::Remove}, // AcquisitionDeviceProcessingDescription
        {key(0x0018, 0x4000), Action::Remove}, // AcquisitionComments
        {key(0x0018, 0x9424), Action::Remove}, // AcquisitionProtocolDescription
        {key(0x0020, 0x4000), Action::Remove}, // ImageComments
        {key(0x0032, 0x0012), Action::Remove}, // StudyIDIssuer
        {key(0x0032, 0x1020), Action::Remove}, // ScheduledStudyLocation
        {key(0x0032, 0x1021), Action::Remove}, // ScheduledStudyLocationAETitle
        {key(0x0032, 0x1030), Action::Remove}, // ReasonForStudy
        {key(0x0032, 0x1032), Action::Remove}, // RequestingPhysician
        {key(0x0032, 0x1033), Action::Remove}, // RequestingService
        {key(0x0032, 0x1060), Action::Remove}, // RequestedProcedureDescription
        {key(0x0032, 0x1070), Action::Remove}, // RequestedContrastAgent
        {key(0x0032, 0x4000), Action::Remove}, // StudyComments
        {key(0x0040, 0x0001), Action::Remove}, // ScheduledStationAETitle
        {key(0x0040, 0x0006), Action::Remove}, // ScheduledPerformingPhysicianName
        {key(0x0040, 0x0241), Action::Remove}, // PerformedStationAETitle
        {key(0x0040, 0x0242), Action::Remove}, // PerformedStationName
        {key(0x0040, 0x0243), Action::Remove}, // PerformedLocation
        {key(0x0040, 0x0253), Action::Remove}, // PerformedProcedureStepID
        {key(0x0040, 0x0254), Action::Remove}, // PerformedProcedureStepDescription
        {key(0x0040, 0x0275), Action::Remove}, // RequestAttributesSequence
        {key(0x0040, 0x0280), Action::Remove}, // CommentsOnThePerformedProcedureStep
        {key(0x0040, 0x0555), Action::Empty},  // AcquisitionContextSequence (type 2 in DX)
        {key(0x0040, 0x1001), Action::Remove}, // RequestedProcedureID
        {key(0x0040, 0x1004), Action::Remove}, // PatientTransportArrangements
        {key(0x0040, 0x1400), Action::Remove}, // RequestedProcedureComments
        {key(0x0040, 0x2016), Action::Remove}, // PlacerOrderNumberImagingServiceRequest
        {key(0x0040, 0x2017), Action::Remove}, // FillerOrderNumberImagingServiceRequest
        {key(0x0040, 0x2400), Action::Remove}, // ImagingServiceRequestComments
        {key(0x0040, 0xA123), Action::Remove}, // PersonName
        {key(0x0088, 0x0140), Action::Remove}, // StorageMediaFileSetUID
        {key(0x0088, 0x0200), Action::Remove}, // IconImageSequence (may show burned-in text)
        {key(0x0400, 0x0561), Action::Remove}, // OriginalAttributesSequence
        {key(0x0012, 0x0062), Action::Remove}, // set again below
        {key(0x0012, 0x0063), Action::Remove},
        {key(0x0012, 0x0064), Action::Remove},
        // Device identity
        {key(0x0008, 0x1010), Action::RemoveUnlessDevice}, // StationName
        {key(0x0018, 0x1000), Action::DummyUnlessDevice},  // DeviceSerialNumber
        {key(0x0018, 0x1002), Action::RemoveUnlessDevice}, // DeviceUID
        {key(0x0018, 0x1004), Action::RemoveUnlessDevice}, // PlateID
        {key(0x0018, 0x1005), Action::RemoveUnlessDevice}, // GeneratorID
        {key(0x0018, 0x1007), Action::RemoveUnlessDevice}, // CassetteID
        {key(0x0018, 0x1008), Action::RemoveUnlessDevice}, // GantryID
        {key(0x0018, 0x1020), Action::DummyUnlessDevice},  // SoftwareVersions
        {key(0x0018, 0x700A), Action::RemoveUnlessDevice}, // DetectorID
        // File meta information
        {key(0x0002, 0x0016), Action::Remove}, // SourceApplicationEntityTitle
        {key(0x0002, 0x0017), Action::Remove}, // SendingApplicationEntityTitle
        {key(0x0002, 0x0018), Action::Remove}, // ReceivingApplicationEntityTitle
        {key(0x0002, 0x0100), Action::Remove}, // PrivateInformationCreatorUID
        {key(0x0002, 0x0102), Action::Remove}, // PrivateInformation
    };
    return table;
}

/// UI attributes that name a class, syntax or coding scheme, not an instance: never remapped.
const QSet<quint32> &definitionUidTags()
{
    static const QSet<quint32> tags = {
        key(0x0002, 0x0002), key(0x0002, 0x0010), key(0x0002, 0x0012), key(0x0004, 0x1510),
        key(0x0004, 0x1512), key(0x0004, 0x151A), key(0x0008, 0x0016), key(0x0008, 0x001A),
        key(0x0008, 0x001B), key(0x0008, 0x0062), key(0x0008, 0x010C), key(0x0008, 0x010D),
        key(0x0008, 0x0117), key(0x0008, 0x0118), key(0x0008, 0x1150), key(0x0008, 0x9123),
        key(0x0400, 0x0010),
    };
    return tags;
}

QString uidFromHash(const QByteArray &digest)
{
    // Decimal of the first 16 bytes as one big-endian 128-bit number, by long division.
    QList<unsigned> number;
    for (int i = 0; i < 16; ++i)
        number.append(static_cast<unsigned char>(digest.at(i)));
    QString digits;
    bool zero = false;
    while (!zero) {
        unsigned remainder = 0;
        zero = true;
        for (unsigned &byte : number) {
            const unsigned current = (remainder << 8) | byte;
            byte = current / 10;
            remainder = current % 10;
            zero = zero && byte == 0;
        }
        digits.prepend(QChar(u'0' + char16_t(remainder)));
    }
    return QStringLiteral("2.25.") + digits;
}

QString elementString(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromLatin1(value.c_str()).trimmed();
}

struct PlannedFile {
    QString path;
    int studyIndex = 0;
    QString newSeriesUid;
    QString newSopUid;
    int seriesNumber = 0;
    int instanceNumber = 0;
};

struct Code {
    const char *value;
    const char *meaning;
};

} // namespace

Deidentifier::Deidentifier(DeidentificationOptions options) : m_options(std::move(options)) {}

QString Deidentifier::mapUid(const QString &originalUid) const
{
    const QString uid = originalUid.trimmed();
    if (uid.isEmpty() || uid.startsWith(QLatin1String("1.2.840.10008.")))
        return uid;
    return uidFromHash(QMessageAuthenticationCode::hash(uid.toLatin1(), m_options.salt,
                                                        QCryptographicHash::Sha256));
}

QString Deidentifier::mapDate(const QString &date) const
{
    if (m_options.dates == DateTreatment::Remove)
        return {};
    const QDate d = QDate::fromString(date.trimmed().left(8), QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return {};
    return d.addDays(m_options.dateShiftDays).toString(QStringLiteral("yyyyMMdd"));
}

namespace {

/// Replaces every date (DA, or the date part of DT) of a possibly multi-valued element.
void shiftDates(DcmElement &el, const Deidentifier &deid)
{
    OFString value;
    el.getOFStringArray(value);
    QStringList values = QString::fromLatin1(value.c_str()).split(u'\\');
    bool any = false;
    for (QString &v : values) {
        const QString trimmed = v.trimmed();
        const QString date = deid.mapDate(trimmed);
        v = date.isEmpty() ? QString() : date + trimmed.mid(8);
        any = any || !v.isEmpty();
    }
    if (any)
        el.putOFStringArray(OFString(values.join(u'\\').toLatin1().constData()));
    else
        el.clear();
}

/// Applies the profile to every element of `item` and, recursively, of its sequences;
/// collects the original UIDs it remapped into `originalUids` and the new
/// ReferencedSOPInstanceUIDs into `referencedSops`.
void deidentifyItem(DcmItem &item, const Deidentifier &deid, const DeidentificationOptions &opt,
                    QSet<QString> &originalUids, QSet<QString> &referencedSops)
{
    QList<DcmTagKey> toRemove;
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement *el = item.getElement(i);
        if (!el)
            continue;
        const DcmTag &tag = el->getTag();
        const quint16 group = tag.getGroup();
        const quint32 k = key(group, tag.getElement());
        if ((group & 1) != 0) {
            if (!opt.keepPrivateTags)
                toRemove.append(tag);
            else if (el->ident() == EVR_SQ) {
                auto *seq = static_cast<DcmSequenceOfItems *>(el);
                for (unsigned long j = 0; j < seq->card(); ++j)
                    deidentifyItem(*seq->getItem(j), deid, opt, originalUids, referencedSops);
            }
            continue;
        }
        if ((group & 0xFF00) == 0x5000 || (group & 0xFF00) == 0x6000) {
            toRemove.append(tag); // curves and overlays: may carry burned-in text
            continue;
        }
        if (group == 0x0000) {
            toRemove.append(tag); // command group: belongs to a DIMSE message, not to a stored instance
            continue;
        }
        const auto found = profileActions().constFind(k);
        if (found != profileActions().constEnd()) {
            switch (*found) {
            case Action::Remove:
                toRemove.append(tag);
                continue;
            case Action::Empty:
                el->clear();
                continue;
            case Action::RemoveUnlessDevice:
                if (!opt.retainDeviceIdentity)
                    toRemove.append(tag);
                continue;
            case Action::RemoveUnlessCharacteristics:
                if (!opt.retainPatientCharacteristics)
                    toRemove.append(tag);
                continue;
            case Action::EmptyUnlessCharacteristics:
                if (!opt.retainPatientCharacteristics)
                    el->clear();
                continue;
            case Action::DummyUnlessDevice:
                if (!opt.retainDeviceIdentity)
                    el->putString("DEIDENTIFIED");
                continue;
            }
        }
        switch (el->ident()) {
        case EVR_SQ: {
            auto *seq = static_cast<DcmSequenceOfItems *>(el);
            for (unsigned long j = 0; j < seq->card(); ++j)
                deidentifyItem(*seq->getItem(j), deid, opt, originalUids, referencedSops);
            break;
        }
        case EVR_UI: {
            if (definitionUidTags().contains(k))
                break;
            OFString value;
            el->getOFStringArray(value);
            QStringList uids = QString::fromLatin1(value.c_str()).split(u'\\');
            for (QString &uid : uids) {
                uid = uid.trimmed();
                if (uid.isEmpty() || uid.startsWith(QLatin1String("1.2.840.10008.")))
                    continue;
                originalUids.insert(uid);
                uid = deid.mapUid(uid);
            }
            el->putOFStringArray(OFString(uids.join(u'\\').toLatin1().constData()));
            // A referenced instance, unless the reference names a study through a management
            // SOP class (RTSTRUCT's RT Referenced Study Sequence: the instance UID is the
            // study's), which is no file a release could miss.
            OFString referencedClass;
            item.findAndGetOFString(DCM_ReferencedSOPClassUID, referencedClass);
            if (k == key(0x0008, 0x1155) && !QString::fromLatin1(referencedClass.c_str()).startsWith(QLatin1String("1.2.840.10008.3.1.2.")))
                for (const QString &uid : uids)
                    referencedSops.insert(uid);
            break;
        }
        case EVR_PN:
            el->clear(); // any other person's name (operators, observers...)
            break;
        case EVR_DA:
        case EVR_DT:
        case EVR_TM:
            if (opt.dates == DateTreatment::Remove) {
                // Type 1 in multi-frame IODs (SEG, enhanced CT/MR): a dummy, PS3.15 action D.
                static const QHash<quint32, const char *> dummies = {
                    {key(0x0008, 0x0023), "19000101"},       // ContentDate
                    {key(0x0008, 0x0033), "000000"},         // ContentTime
                    {key(0x0008, 0x002A), "19000101000000"}, // AcquisitionDateTime
                    {key(0x0018, 0x9074), "19000101000000"}, // FrameAcquisitionDateTime
                    {key(0x0018, 0x9151), "19000101000000"}, // FrameReferenceDateTime
                };
                if (dummies.contains(k) && el->getLength() > 0)
                    el->putString(dummies.value(k));
                else
                    el->clear();
                break;
            }
            if (el->ident() != EVR_TM)
                shiftDates(*el, deid);
            break;
        default:
            break;
        }
    }
    for (const DcmTagKey &tag : toRemove)
        delete item.remove(tag);
}

} // namespace

Result<DeidentificationReport> Deidentifier::run(const QStringList &inputFiles,
                                                 const QString &outputDir,
                                                 const std::function<bool(int, int)> &progress)
{
    dicom::quietDcmtkLogging();
    if (m_options.salt.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("De-identification needs a per-release salt: set one for the release "
                            "and keep it with the dataset's secrets."));
    if (!QDir().mkpath(outputDir))
        return makeError(ErrorCode::IoError,
                         tr("Cannot create the output folder %1: check the path and permissions.")
                             .arg(QDir::toNativeSeparators(outputDir)));

    QHash<QString, int> studyIndexByUid;
    for (int i = 0; i < m_options.studies.size(); ++i) {
        const StudyPseudonym &p = m_options.studies.at(i);
        if (p.patientId.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Study %1 has no pseudonymous patient ID: give every study a "
                                "de-identified ID.")
                                 .arg(i + 1));
        // Plain ASCII keeps the files' character set valid whatever it was.
        const auto printableAscii = [](const QString &text) {
            return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'\\';
            });
        };
        if (p.patientId.size() > 64 || !printableAscii(p.patientId)
            || !printableAscii(p.patientName))
            return makeError(ErrorCode::InvalidArgument,
                             tr("The pseudonym \"%1\" of study %2 must be at most 64 plain ASCII "
                                "characters (letters, digits, _ - ^): choose another.")
                                 .arg(p.patientId)
                                 .arg(i + 1));
        studyIndexByUid.insert(p.originalStudyInstanceUid.trimmed(), i + 1);
    }

    DeidentificationReport report;

    // Pass 1: headers only — checks, grouping and the output names.
    QList<PlannedFile> planned;
    QHash<QString, QString> pathBySopUid;
    for (const QString &path : inputFiles) {
        const QString name = QDir::toNativeSeparators(path);
        DcmFileFormat ff;
        // Values longer than 256 bytes (pixel data) are left on disk in this pass.
        if (ff.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                        EGL_noChange, 256)
                .bad()) {
            report.refused.append({path, tr("%1 is not a readable DICOM file: exclude it or "
                                            "replace it with a valid copy.")
                                             .arg(name)});
            continue;
        }
        DcmDataset &ds = *ff.getDataset();
        const QString studyUid = elementString(ds, DCM_StudyInstanceUID);
        const QString seriesUid = elementString(ds, DCM_SeriesInstanceUID);
        const QString sopUid = elementString(ds, DCM_SOPInstanceUID);
        if (studyUid.isEmpty() || seriesUid.isEmpty() || sopUid.isEmpty()) {
            report.refused.append({path, tr("%1 lacks a Study, Series or SOP Instance UID: "
                                            "exclude it from the release.")
                                             .arg(name)});
            continue;
        }
        const int studyIndex = studyIndexByUid.value(studyUid, 0);
        if (studyIndex == 0) {
            report.refused.append({path, tr("%1 belongs to a study that has no pseudonym in this "
                                            "release: add the study or exclude the file.")
                                             .arg(name)});
            continue;
        }
        const QString burned = elementString(ds, DCM_BurnedInAnnotation).toUpper();
        if (burned == QLatin1String("YES") && !m_options.allowBurnedInAnnotation) {
            report.refused.append(
                {path, tr("%1 has burned-in annotation (BurnedInAnnotation = YES): its pixels may "
                          "show the patient's name or ID. Exclude the study from the release or "
                          "clean the pixels first.")
                           .arg(name)});
            continue;
        }
        const QString modality = elementString(ds, DCM_Modality).toUpper();
        const QString sopClass = elementString(ds, DCM_SOPClassUID);
        static const QSet<QString> riskyModalities = {
            QStringLiteral("US"), QStringLiteral("XC"), QStringLiteral("ES"),
            QStringLiteral("OT"), QStringLiteral("SC"), QStringLiteral("DOC")};
        const bool secondaryCapture =
            sopClass.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.7"))
            || !elementString(ds, DCM_ConversionType).isEmpty();
        if (burned == QLatin1String("YES"))
            report.warnings.append(tr("%1 has burned-in annotation and was written because the "
                                      "override is on: make sure its pixels were cleaned.")
                                       .arg(name));
        else if (riskyModalities.contains(modality) || secondaryCapture)
            report.warnings.append(
                tr("%1 is %2, a kind of image that often has text burned into the pixels "
                   "(BurnedInAnnotation: %3): look at it before the release.")
                    .arg(name,
                         secondaryCapture ? tr("a secondary capture") : tr("modality %1").arg(modality),
                         burned.isEmpty() ? tr("not stated") : burned));

        PlannedFile pf;
        pf.path = path;
        pf.studyIndex = studyIndex;
        pf.newSeriesUid = mapUid(seriesUid);
        pf.newSopUid = mapUid(sopUid);
        pf.seriesNumber = elementString(ds, DCM_SeriesNumber).toInt();
        pf.instanceNumber = elementString(ds, DCM_InstanceNumber).toInt();
        if (pathBySopUid.contains(pf.newSopUid)) {
            report.refused.append({path, tr("%1 has the same SOP Instance UID as %2: keep only "
                                            "one of them in the release.")
                                             .arg(name, QDir::toNativeSeparators(
                                                            pathBySopUid.value(pf.newSopUid)))});
            continue;
        }
        pathBySopUid.insert(pf.newSopUid, path);
        planned.append(pf);
    }

    // Output names: study index / series index / instance index, all from sorted keys.
    std::map<int, std::map<std::pair<int, QString>, QList<int>>> layout;
    for (int i = 0; i < planned.size(); ++i)
        layout[planned[i].studyIndex][{planned[i].seriesNumber, planned[i].newSeriesUid}].append(i);
    QHash<int, QString> relativePath;
    for (auto &[studyIndex, seriesMap] : layout) {
        int seriesIndex = 0;
        for (auto &[seriesKey, members] : seriesMap) {
            ++seriesIndex;
            std::sort(members.begin(), members.end(), [&](int a, int b) {
                return std::pair(planned[a].instanceNumber, planned[a].newSopUid)
                       < std::pair(planned[b].instanceNumber, planned[b].newSopUid);
            });
            for (int n = 0; n < members.size(); ++n)
                relativePath.insert(members[n], QStringLiteral("%1/%2/%3.dcm")
                                                    .arg(studyIndex, 4, 10, QLatin1Char('0'))
                                                    .arg(seriesIndex, 4, 10, QLatin1Char('0'))
                                                    .arg(n + 1, 4, 10, QLatin1Char('0')));
        }
    }

    if (m_options.keepPrivateTags)
        report.warnings.append(tr("Private attributes were kept: they can hold names and IDs. "
                                  "Check them before the release."));

    QList<Code> codes = {{"113100", "Basic Application Confidentiality Profile"}};
    if (m_options.dates == DateTreatment::Shift)
        codes.append(Code{"113107", "Retain Longitudinal Temporal Information Modified Dates Option"});
    if (m_options.retainPatientCharacteristics)
        codes.append(Code{"113108", "Retain Patient Characteristics Option"});
    if (m_options.retainDeviceIdentity)
        codes.append(Code{"113109", "Retain Device Identity Option"});
    QStringList methodText;
    for (const Code &c : codes)
        methodText.append(QString::fromLatin1(c.meaning));

    // Pass 2: full files, de-identified and written.
    QSet<QString> originalUids;
    QSet<QString> writtenSops;
    QList<std::pair<QString, QSet<QString>>> referencesByFile;
    for (int i = 0; i < planned.size(); ++i) {
        if (progress && !progress(i, int(planned.size())))
            return makeError(ErrorCode::Cancelled, tr("De-identification into %1 was cancelled.").arg(QDir::toNativeSeparators(outputDir)));
        const PlannedFile &pf = planned.at(i);
        const QString name = QDir::toNativeSeparators(pf.path);
        DcmFileFormat ff;
        if (ff.loadFile(OFFilename(QFile::encodeName(pf.path).constData())).bad()) {
            report.refused.append({pf.path, tr("%1 could not be read completely: exclude it or "
                                               "replace it with a valid copy.")
                                                .arg(name)});
            continue;
        }
        DcmDataset &ds = *ff.getDataset();
        const StudyPseudonym &pseudonym = m_options.studies.at(pf.studyIndex - 1);
        QSet<QString> referencedSops;
        deidentifyItem(ds, *this, m_options, originalUids, referencedSops);
        deidentifyItem(*ff.getMetaInfo(), *this, m_options, originalUids, referencedSops);

        const QString patientName =
            pseudonym.patientName.isEmpty() ? pseudonym.patientId : pseudonym.patientName;
        ds.putAndInsertString(DCM_PatientName, patientName.toLatin1().constData());
        ds.putAndInsertString(DCM_PatientID, pseudonym.patientId.toLatin1().constData());
        ds.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
        ds.putAndInsertString(DCM_DeidentificationMethod,
                              methodText.join(u'\\').toLatin1().constData());
        for (const Code &c : codes) {
            DcmItem *codeItem = nullptr;
            if (ds.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, codeItem, -2)
                    .good()
                && codeItem) {
                codeItem->putAndInsertString(DCM_CodeValue, c.value);
                codeItem->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
                codeItem->putAndInsertString(DCM_CodeMeaning, c.meaning);
            }
        }
        ds.putAndInsertString(DCM_LongitudinalTemporalInformationModified,
                              m_options.dates == DateTreatment::Shift ? "MODIFIED" : "REMOVED");

        const QString rel = relativePath.value(i);
        const QString out = QDir(outputDir).filePath(rel);
        if (!QDir().mkpath(QFileInfo(out).absolutePath())) {
            report.refused.append({pf.path, tr("Cannot create the folder for %1 in %2: check "
                                               "permissions and free space.")
                                                .arg(name, QDir::toNativeSeparators(outputDir))});
            continue;
        }
        const OFCondition saved =
            ff.saveFile(OFFilename(QFile::encodeName(out).constData()), EXS_Unknown);
        if (saved.bad()) {
            report.refused.append({pf.path, tr("Cannot write the de-identified copy of %1 to %2 "
                                               "(%3): check permissions and free space.")
                                                .arg(name, QDir::toNativeSeparators(out),
                                                     QString::fromLatin1(saved.text()))});
            continue;
        }
        report.written.append({pf.path, rel, pf.newSopUid, pf.studyIndex});
        writtenSops.insert(pf.newSopUid);
        referencesByFile.append({pf.path, referencedSops});
    }
    for (const auto &[path, referenced] : referencesByFile) {
        const qsizetype missing = (referenced - writtenSops).size();
        if (missing > 0)
            report.warnings.append(tr("%1 references %n instance(s) not in this release (their "
                                      "UIDs were remapped all the same): include the referenced "
                                      "images if readers need them.",
                                      nullptr, int(missing))
                                       .arg(QDir::toNativeSeparators(path)));
    }
    report.uidMapSize = int(originalUids.size());
    return report;
}

} // namespace etalon::core::release
