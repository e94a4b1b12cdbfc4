#include "core/export/MaskExport.h"

#include "core/dicom/DcmtkLogging.h"
#include "core/imaging/NiftiWriter.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <dcmtk/config/osconfig.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmiod/cielabutil.h>
#include <dcmtk/dcmiod/iodreferences.h>
#include <dcmtk/dcmiod/modequipment.h>
#include <dcmtk/dcmrt/drtstrct.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <cstring>
#include <memory>
#include <set>
#include <vector>

namespace etalon::core::release {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::release", text);
}

OFString ofs(const QString &text)
{
    return OFString(text.toUtf8().constData());
}

/// Decimal string for DS values: at most 16 characters.
OFString ds(double value)
{
    QString text = QString::number(value, 'g', 10);
    if (text.size() > 16)
        text = QString::number(value, 'g', 8);
    return ofs(text);
}

QString conditionText(const OFCondition &condition)
{
    return QString::fromLatin1(condition.text());
}

/// Identifying UIDs of one source image, read from its header.
struct SourceImage {
    QString file;
    OFString sopClassUid;
    OFString sopInstanceUid;
    OFString frameOfReferenceUid;
    std::unique_ptr<DcmFileFormat> fileFormat;
};

Result<std::vector<SourceImage>> readSources(const Volume &series, const QString &path)
{
    if (series.sourceFiles.size() != series.slices())
        return makeError(ErrorCode::Unsupported,
                         tr("Cannot write %1: the series has %2 slices but %3 source files; only series with one "
                            "image file per slice can be referenced.")
                             .arg(path)
                             .arg(series.slices())
                             .arg(series.sourceFiles.size()));
    std::vector<SourceImage> sources;
    sources.reserve(std::size_t(series.slices()));
    for (const QString &file : series.sourceFiles) {
        SourceImage source;
        source.file = file;
        source.fileFormat = std::make_unique<DcmFileFormat>();
        const OFCondition loaded = source.fileFormat->loadFile(OFFilename(QFile::encodeName(file).constData()));
        DcmDataset *dataset = source.fileFormat->getDataset();
        if (loaded.bad() || !dataset)
            return makeError(ErrorCode::IoError, tr("Cannot write %1: the source image %2 cannot be read (%3).")
                                                     .arg(path, file, conditionText(loaded)));
        dataset->findAndGetOFString(DCM_SOPClassUID, source.sopClassUid);
        dataset->findAndGetOFString(DCM_SOPInstanceUID, source.sopInstanceUid);
        dataset->findAndGetOFString(DCM_FrameOfReferenceUID, source.frameOfReferenceUid);
        if (source.sopClassUid.empty() || source.sopInstanceUid.empty())
            return makeError(ErrorCode::CorruptData,
                             tr("Cannot write %1: the source image %2 has no SOP Class or Instance UID.").arg(path, file));
        sources.push_back(std::move(source));
    }
    return sources;
}

Result<void> checkMask(const MaskGeometry &mask, const Volume &series, const QString &path)
{
    const auto &size = series.geometry.size;
    if (mask.size != size)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Cannot write %1: the mask is %2×%3×%4 voxels but the series is %5×%6×%7.")
                             .arg(path)
                             .arg(mask.size[0]).arg(mask.size[1]).arg(mask.size[2])
                             .arg(size[0]).arg(size[1]).arg(size[2]));
    if (mask.labels.size() != series.geometry.voxelCount())
        return makeError(ErrorCode::CorruptData,
                         tr("Cannot write %1: the mask holds %2 labels for %3 voxels.")
                             .arg(path)
                             .arg(mask.labels.size())
                             .arg(series.geometry.voxelCount()));
    return {};
}

void cieLab(const QString &colour, Uint16 &l, Uint16 &a, Uint16 &b)
{
    const QColor c = QColor::fromString(colour);
    const QColor rgb = c.isValid() ? c : QColor(255, 255, 0);
    double dl = 0, da = 0, db = 0;
    IODCIELabUtil::rgb2DicomLab(dl, da, db, rgb.redF(), rgb.greenF(), rgb.blueF());
    l = Uint16(qBound(0.0, dl + 0.5, 65535.0));
    a = Uint16(qBound(0.0, da + 0.5, 65535.0));
    b = Uint16(qBound(0.0, db + 0.5, 65535.0));
}

/// LO values hold at most 64 characters.
OFString lo(const QString &text)
{
    return ofs(text.left(64));
}

} // namespace

Result<MaskExportReport> writeNiftiLabelMap(const MaskGeometry &mask, const Volume &series, const QString &path)
{
    if (auto ok = checkMask(mask, series, path); !ok)
        return ok.error();
    Volume labelMap;
    labelMap.geometry = series.geometry;
    labelMap.pixelType = PixelType::UInt8;
    labelMap.samplesPerPixel = 1;
    labelMap.modality = series.modality;
    labelMap.allocate();
    if (!labelMap.voxels)
        return makeError(ErrorCode::Unsupported, tr("Not enough memory to write %1.").arg(path));
    std::memcpy(labelMap.voxels.get(), mask.labels.data(), mask.labels.size());
    if (auto written = imaging::writeNifti(labelMap, path); !written)
        return written.error();
    MaskExportReport report;
    report.path = path;
    report.slices = series.slices();
    return report;
}

Result<MaskExportReport> writeDicomSeg(const MaskGeometry &mask, const Volume &series, const QList<LabelClass> &labels,
                                       const QString &path, const DerivedSeriesOptions &options)
{
    dicom::quietDcmtkLogging();
    if (auto ok = checkMask(mask, series, path); !ok)
        return ok.error();
    if (series.columns() > 65535 || series.rows() > 65535)
        return makeError(ErrorCode::Unsupported, tr("Cannot write %1: the images are too large for DICOM.").arg(path));

    std::set<int> present;
    for (const std::uint8_t value : mask.labels)
        if (value != 0)
            present.insert(value);
    if (present.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Nothing to write to %1: the mask has no labelled voxel.").arg(path));
    for (const int value : present)
        if (value > labels.size())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Cannot write %1: mask value %2 has no label in the schema (it has %3 finding labels).")
                                 .arg(path)
                                 .arg(value)
                                 .arg(labels.size()));

    auto sources = readSources(series, path);
    if (!sources)
        return sources.error();

    const QString version = QStringLiteral("Etalon %1").arg(options.softwareVersion);
    IODGeneralEquipmentModule::EquipmentInfo equipment(ofs(QStringLiteral("Etalon")), ofs(QStringLiteral("Etalon")),
                                                       ofs(QStringLiteral("1")), ofs(version));
    ContentIdentificationMacro content(ofs(QStringLiteral("1")), ofs(options.contentLabel.left(16).toUpper()),
                                       ofs(options.seriesDescription.left(64)), ofs(options.creatorName));
    DcmSegmentation *created = nullptr;
    OFCondition cond = DcmSegmentation::createBinarySegmentation(created, Uint16(series.rows()), Uint16(series.columns()),
                                                                 equipment, content);
    std::unique_ptr<DcmSegmentation> seg(created);
    const auto fail = [&path](const char *step, const OFCondition &c) {
        return makeError(ErrorCode::IoError, tr("Cannot write the segmentation %1: %2 failed (%3).")
                                                 .arg(path, QString::fromLatin1(step), conditionText(c)));
    };
    if (cond.bad() || !seg)
        return fail("creating the object", cond);

    DcmDataset &first = *sources->front().fileFormat->getDataset();
    cond = seg->importFromSourceImage(first, OFTrue);
    if (cond.bad())
        return fail("importing patient and study from the first source image", cond);
    seg->getSeries().setSeriesNumber(ofs(QString::number(options.seriesNumber)));
    if (!options.seriesDescription.isEmpty())
        seg->getSeries().setSeriesDescription(lo(options.seriesDescription));

    // Dimensions: segment, then position along the stack.
    char dimensionUid[100];
    dcmGenerateUniqueIdentifier(dimensionUid, SITE_INSTANCE_UID_ROOT);
    IODMultiframeDimensionModule &dims = seg->getDimensions();
    cond = dims.addDimensionIndex(DCM_ReferencedSegmentNumber, dimensionUid, DCM_SegmentIdentificationSequence,
                                  "ReferencedSegmentNumber");
    if (cond.good())
        cond = dims.addDimensionIndex(DCM_ImagePositionPatient, dimensionUid, DCM_PlanePositionSequence,
                                      "ImagePositionPatient");
    if (cond.bad())
        return fail("setting the dimensions", cond);

    // Shared functional groups: pixel measures and orientation.
    const VolumeGeometry &g = series.geometry;
    FGPixelMeasures measures;
    measures.setPixelSpacing(ds(g.spacing[1]) + "\\" + ds(g.spacing[0]));
    measures.setSliceThickness(ds(g.spacing[2]));
    measures.setSpacingBetweenSlices(ds(g.spacing[2]));
    cond = seg->addForAllFrames(measures);
    if (cond.bad())
        return fail("adding the pixel measures", cond);
    std::unique_ptr<FGPlaneOrientationPatient> orientation(FGPlaneOrientationPatient::createMinimal(
        ds(g.axes[0][0]), ds(g.axes[0][1]), ds(g.axes[0][2]), ds(g.axes[1][0]), ds(g.axes[1][1]), ds(g.axes[1][2])));
    if (!orientation)
        return fail("setting the orientation", EC_MemoryExhausted);
    cond = seg->addForAllFrames(*orientation);
    if (cond.bad())
        return fail("adding the orientation", cond);

    MaskExportReport report;
    report.path = path;
    report.slices = series.slices();

    const std::size_t sliceSize = std::size_t(series.columns()) * std::size_t(series.rows());
    std::vector<Uint8> frame(sliceSize);
    const CodeSequenceMacro category("49755003", "SCT", "Morphologically Altered Structure");
    const CodeSequenceMacro type("52988006", "SCT", "Lesion");
    for (const int value : present) {
        const LabelClass &label = labels.at(value - 1);
        DcmSegment *segment = nullptr;
        cond = DcmSegment::create(segment, lo(label.name.isEmpty() ? label.code : label.name), category, type,
                                  DcmSegTypes::SAT_MANUAL);
        if (cond.bad() || !segment)
            return fail("creating a segment", cond);
        if (!label.code.isEmpty())
            segment->setSegmentDescription(lo(label.code));
        Uint16 cl = 0, ca = 0, cb = 0;
        cieLab(label.colour, cl, ca, cb);
        segment->setRecommendedDisplayCIELabValue(cl, ca, cb);
        Uint16 segmentNumber = 0;
        cond = seg->addSegment(segment, segmentNumber);
        if (cond.bad()) {
            delete segment;
            return fail("adding a segment", cond);
        }
        report.labelValues.append(value);

        for (int k = 0; k < series.slices(); ++k) {
            const std::uint8_t *labelsOfSlice = mask.labels.data() + std::size_t(k) * sliceSize;
            for (std::size_t n = 0; n < sliceSize; ++n)
                frame[n] = labelsOfSlice[n] == value ? 1 : 0;

            // The source slice's own Image Position (Patient) when it states one, so a frame
            // sits exactly on its image even where the series is not a perfectly regular grid.
            FGPlanePosPatient planePosition;
            DcmDataset *sourceDataset = (*sources)[std::size_t(k)].fileFormat->getDataset();
            OFString px, py, pz;
            if (sourceDataset->findAndGetOFString(DCM_ImagePositionPatient, px, 0).good()
                && sourceDataset->findAndGetOFString(DCM_ImagePositionPatient, py, 1).good()
                && sourceDataset->findAndGetOFString(DCM_ImagePositionPatient, pz, 2).good()) {
                planePosition.setImagePositionPatient(px, py, pz);
            } else {
                const Vec3 position = g.indexToPatient({0.0, 0.0, double(k)});
                planePosition.setImagePositionPatient(ds(position[0]), ds(position[1]), ds(position[2]));
            }
            FGFrameContent frameContent;
            frameContent.setDimensionIndexValues(segmentNumber, 0);
            frameContent.setDimensionIndexValues(Uint32(k + 1), 1);
            FGDerivationImage derivation;
            DerivationImageItem *derivationItem = nullptr;
            cond = derivation.addDerivationImageItem(CodeSequenceMacro("113076", "DCM", "Segmentation"), "",
                                                     derivationItem);
            if (cond.bad() || !derivationItem)
                return fail("adding the derivation image", cond);
            OFVector<DcmDataset *> sourceDatasets;
            sourceDatasets.push_back((*sources)[std::size_t(k)].fileFormat->getDataset());
            OFVector<SourceImageItem *> sourceItems;
            cond = derivationItem->addSourceImageItems(
                sourceDatasets, CodeSequenceMacro("121322", "DCM", "Source image for image processing operation"),
                sourceItems);
            if (cond.bad())
                return fail("referencing the source image", cond);

            OFVector<FGBase *> perFrame;
            perFrame.push_back(&planePosition);
            perFrame.push_back(&frameContent);
            perFrame.push_back(&derivation);
            cond = seg->addFrame(frame.data(), segmentNumber, perFrame);
            if (cond.bad())
                return fail("adding a frame", cond);
            ++report.frames;
        }
    }

    // Common Instance Reference: every source image of the series.
    IODReferences references;
    OFVector<OFString> files;
    for (const SourceImage &source : *sources)
        files.push_back(OFString(QFile::encodeName(source.file).constData()));
    references.addFromFiles(files, IODReference::LEVEL_STUDY);
    OFString studyUid;
    first.findAndGetOFString(DCM_StudyInstanceUID, studyUid);
    seg->getCommonInstanceReference().addReferences(references, studyUid);

    const QDateTime now = QDateTime::currentDateTime();
    seg->getSeries().setSeriesDate(ofs(now.toString(QStringLiteral("yyyyMMdd"))));
    seg->getSeries().setSeriesTime(ofs(now.toString(QStringLiteral("HHmmss"))));
    seg->getGeneralImage().setContentDate(ofs(now.toString(QStringLiteral("yyyyMMdd"))));
    seg->getGeneralImage().setContentTime(ofs(now.toString(QStringLiteral("HHmmss"))));

    QFile::remove(path);
    cond = seg->saveFile(OFString(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit);
    if (cond.bad())
        return makeError(ErrorCode::IoError,
                         tr("Cannot write the segmentation %1 (%2); check that the folder exists and is writable.")
                             .arg(path, conditionText(cond)));
    return report;
}

Result<MaskExportReport> writeRtStruct(const QList<ContourRoi> &rois, const Volume &series, const QString &path,
                                       const DerivedSeriesOptions &options)
{
    dicom::quietDcmtkLogging();
    if (rois.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Nothing to write to %1: there is no contour.").arg(path));
    for (const ContourRoi &roi : rois) {
        if (roi.contour.axis != 2)
            return makeError(ErrorCode::Unsupported,
                             tr("Cannot write %1: the contour \"%2\" was drawn on a reformat; RT structure sets take "
                                "contours on the series' own slices only.")
                                 .arg(path, roi.name));
        for (const auto &[slice, points] : roi.contour.slices) {
            if (slice < 0 || slice >= series.slices())
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Cannot write %1: the contour \"%2\" lies on slice %3, outside the series (%4 slices).")
                                     .arg(path, roi.name)
                                     .arg(slice + 1)
                                     .arg(series.slices()));
            if (points.size() < 3)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Cannot write %1: the contour \"%2\" on slice %3 has fewer than 3 points.")
                                     .arg(path, roi.name)
                                     .arg(slice + 1));
        }
    }
    auto sources = readSources(series, path);
    if (!sources)
        return sources.error();
    const OFString frameOfReference = sources->front().frameOfReferenceUid;
    if (frameOfReference.empty())
        return makeError(ErrorCode::Unsupported,
                         tr("Cannot write %1: the source images have no Frame of Reference UID, so contours cannot "
                            "be placed in patient space.").arg(path));
    const auto fail = [&path](const char *step, const OFCondition &c) {
        return makeError(ErrorCode::IoError, tr("Cannot write the structure set %1: %2 failed (%3).")
                                                 .arg(path, QString::fromLatin1(step), conditionText(c)));
    };

    DcmDataset &first = *sources->front().fileFormat->getDataset();
    DRTStructureSetIOD rt;
    OFCondition cond = rt.readPatientData(first);
    if (cond.good())
        cond = rt.readStudyData(first);
    if (cond.bad())
        return fail("reading patient and study from the first source image", cond);
    OFString studyUid;
    first.findAndGetOFString(DCM_StudyInstanceUID, studyUid);
    OFString charset;
    if (first.findAndGetOFString(DCM_SpecificCharacterSet, charset).good() && !charset.empty())
        rt.setSpecificCharacterSet(charset);

    char uid[100];
    rt.setSOPClassUID(UID_RTStructureSetStorage);
    rt.setSOPInstanceUID(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    rt.setSeriesInstanceUID(dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
    rt.setModality("RTSTRUCT");
    rt.setSeriesNumber(ofs(QString::number(options.seriesNumber)));
    if (!options.seriesDescription.isEmpty())
        rt.setSeriesDescription(lo(options.seriesDescription));
    rt.setOperatorsName("");
    rt.setManufacturer("Etalon");
    rt.setManufacturerModelName("Etalon");
    rt.setSoftwareVersions(ofs(QStringLiteral("Etalon %1").arg(options.softwareVersion)));
    rt.setInstanceNumber("1");
    rt.setFrameOfReferenceUID(frameOfReference);
    OFString positionReference;
    first.findAndGetOFString(DCM_PositionReferenceIndicator, positionReference);
    rt.setPositionReferenceIndicator(positionReference);
    const QDateTime now = QDateTime::currentDateTime();
    const OFString date = ofs(now.toString(QStringLiteral("yyyyMMdd")));
    const OFString time = ofs(now.toString(QStringLiteral("HHmmss")));
    rt.setStructureSetLabel(ofs(options.contentLabel.left(16)));
    if (!options.seriesDescription.isEmpty())
        rt.setStructureSetDescription(ofs(options.seriesDescription));
    rt.setStructureSetDate(date);
    rt.setStructureSetTime(time);
    rt.setInstanceCreationDate(date);
    rt.setInstanceCreationTime(time);

    // Referenced Frame of Reference → study → series → every source image.
    DRTReferencedFrameOfReferenceSequence::Item *forItem = nullptr;
    cond = rt.getReferencedFrameOfReferenceSequence().addItem(forItem);
    if (cond.bad() || !forItem)
        return fail("adding the frame of reference", cond);
    forItem->setFrameOfReferenceUID(frameOfReference);
    DRTRTReferencedStudySequence::Item *studyItem = nullptr;
    cond = forItem->getRTReferencedStudySequence().addItem(studyItem);
    if (cond.bad() || !studyItem)
        return fail("adding the referenced study", cond);
    // Detached Study Management SOP Class (retired, but what RT Referenced Study expects).
    studyItem->setReferencedSOPClassUID("1.2.840.10008.3.1.2.3.1");
    studyItem->setReferencedSOPInstanceUID(studyUid);
    DRTRTReferencedSeriesSequence::Item *seriesItem = nullptr;
    cond = studyItem->getRTReferencedSeriesSequence().addItem(seriesItem);
    if (cond.bad() || !seriesItem)
        return fail("adding the referenced series", cond);
    OFString seriesUid;
    first.findAndGetOFString(DCM_SeriesInstanceUID, seriesUid);
    seriesItem->setSeriesInstanceUID(seriesUid);
    for (const SourceImage &source : *sources) {
        DRTContourImageSequence::Item *imageItem = nullptr;
        cond = seriesItem->getContourImageSequence().addItem(imageItem);
        if (cond.bad() || !imageItem)
            return fail("referencing a source image", cond);
        imageItem->setReferencedSOPClassUID(source.sopClassUid);
        imageItem->setReferencedSOPInstanceUID(source.sopInstanceUid);
    }

    MaskExportReport report;
    report.path = path;
    report.slices = series.slices();
    const VolumeGeometry &g = series.geometry;
    int roiNumber = 0;
    for (const ContourRoi &roi : rois) {
        ++roiNumber;
        const OFString number = ofs(QString::number(roiNumber));
        DRTStructureSetROISequence::Item *roiItem = nullptr;
        cond = rt.getStructureSetROISequence().addItem(roiItem);
        if (cond.bad() || !roiItem)
            return fail("adding an ROI", cond);
        roiItem->setROINumber(number);
        roiItem->setReferencedFrameOfReferenceUID(frameOfReference);
        roiItem->setROIName(lo(roi.name));
        if (!roi.description.isEmpty())
            roiItem->setROIDescription(ofs(roi.description));
        roiItem->setROIGenerationAlgorithm("MANUAL");

        DRTROIContourSequence::Item *contourRoi = nullptr;
        cond = rt.getROIContourSequence().addItem(contourRoi);
        if (cond.bad() || !contourRoi)
            return fail("adding an ROI contour", cond);
        const QColor c = QColor::fromString(roi.colour);
        const QColor rgb = c.isValid() ? c : QColor(255, 255, 0);
        contourRoi->setROIDisplayColor(ofs(QStringLiteral("%1\\%2\\%3").arg(rgb.red()).arg(rgb.green()).arg(rgb.blue())));
        contourRoi->setReferencedROINumber(number);
        int contourNumber = 0;
        for (const auto &[slice, points] : roi.contour.slices) {
            DRTContourSequence::Item *contourItem = nullptr;
            cond = contourRoi->getContourSequence().addItem(contourItem);
            if (cond.bad() || !contourItem)
                return fail("adding a contour", cond);
            contourItem->setContourNumber(ofs(QString::number(++contourNumber)));
            DRTContourImageSequence::Item *imageItem = nullptr;
            cond = contourItem->getContourImageSequence().addItem(imageItem);
            if (cond.bad() || !imageItem)
                return fail("referencing a contour's image", cond);
            const SourceImage &source = (*sources)[std::size_t(slice)];
            imageItem->setReferencedSOPClassUID(source.sopClassUid);
            imageItem->setReferencedSOPInstanceUID(source.sopInstanceUid);
            contourItem->setContourGeometricType("CLOSED_PLANAR");
            contourItem->setNumberOfContourPoints(ofs(QString::number(points.size())));
            OFString data;
            for (const Point2 &p : points) {
                const Vec3 patient = g.indexToPatient(roi.contour.toIndex(slice, p));
                for (const double coordinate : patient) {
                    if (!data.empty())
                        data += "\\";
                    data += ds(coordinate);
                }
            }
            cond = contourItem->setContourData(data, OFFalse);
            if (cond.bad())
                return fail("setting the contour points", cond);
            ++report.contours;
        }

        DRTRTROIObservationsSequence::Item *observation = nullptr;
        cond = rt.getRTROIObservationsSequence().addItem(observation);
        if (cond.bad() || !observation)
            return fail("adding an ROI observation", cond);
        observation->setObservationNumber(number);
        observation->setReferencedROINumber(number);
        observation->setRTROIInterpretedType("");
        observation->setROIInterpreter("");
        ++report.rois;
    }

    DcmFileFormat fileFormat;
    cond = rt.write(*fileFormat.getDataset());
    if (cond.bad())
        return fail("building the dataset", cond);
    QFile::remove(path);
    cond = fileFormat.saveFile(OFFilename(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit);
    if (cond.bad())
        return makeError(ErrorCode::IoError,
                         tr("Cannot write the structure set %1 (%2): check that the folder exists and is writable.")
                             .arg(path, conditionText(cond)));
    return report;
}

} // namespace etalon::core::release
