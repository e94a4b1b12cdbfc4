#include "core/export/ReleaseBuilder.h"

#include "core/dicom/VolumeLoader.h"
#include "core/export/BundleTables.h"
#include "core/export/MaskExport.h"
#include "core/export/ReleaseContent.h"
#include "core/store/Workspace.h"
#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Session.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace etalon::core::release {

namespace {

using workflow::ReleaseChange;
using workflow::SemanticVersion;
using workflow::VersionBump;

/// Removes a partial bundle unless released.
class PartialFolder {
public:
    explicit PartialFolder(QString path) : m_path(std::move(path)) {}
    ~PartialFolder()
    {
        if (!m_keep && !m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    void keep() { m_keep = true; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    bool m_keep = false;
};

/// The unit's mask findings merged into one label map (later findings over earlier ones).
std::optional<MaskGeometry> mergedMask(const std::vector<Finding> &findings)
{
    std::optional<MaskGeometry> merged;
    for (const Finding &f : findings) {
        const auto *mask = std::get_if<MaskGeometry>(&f.geometry);
        if (!mask)
            continue;
        if (!merged) {
            merged = *mask;
            continue;
        }
        if (merged->size != mask->size)
            continue;
        for (std::size_t v = 0; v < mask->labels.size(); ++v) {
            if (mask->labels[v] != 0)
                merged->labels[v] = mask->labels[v];
        }
    }
    if (merged && std::all_of(merged->labels.begin(), merged->labels.end(), [](std::uint8_t l) { return l == 0; }))
        return std::nullopt;
    return merged;
}

QString labelName(const LabelSchema &schema, const QString &code)
{
    for (const LabelClass &l : schema.findingLabels) {
        if (l.code == code)
            return l.name.isEmpty() ? l.code : l.name;
    }
    return code.isEmpty() ? QStringLiteral("Finding") : code;
}

QString labelColour(const LabelSchema &schema, const QString &code)
{
    for (const LabelClass &l : schema.findingLabels) {
        if (l.code == code && !l.colour.isEmpty())
            return l.colour;
    }
    return QStringLiteral("#ff0000");
}

qint64 folderBytes(const QString &folder, int *files = nullptr)
{
    qint64 bytes = 0;
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
        ++count;
    }
    if (files)
        *files = count;
    return bytes;
}

Result<void> moveFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::rename(from, to)) {
        return makeError(ErrorCode::IoError,
                         ReleaseBuilder::tr("Could not move %1 to %2 while writing the release bundle; check the disk.")
                             .arg(from, to));
    }
    return {};
}

QStringList relativeFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

QJsonObject registryRowToJson(const RegistryRow &row)
{
    return QJsonObject{{QStringLiteral("number"), row.number},
                       {QStringLiteral("code"), row.code},
                       {QStringLiteral("version"), row.version},
                       {QStringLiteral("purposeAndScope"), row.purposeAndScope},
                       {QStringLiteral("modality"), row.modality},
                       {QStringLiteral("target"), row.target},
                       {QStringLiteral("dataUnit"), row.dataUnit},
                       {QStringLiteral("unitCount"), row.unitCount},
                       {QStringLiteral("sizeBytes"), double(row.sizeBytes)},
                       {QStringLiteral("classCounts"), row.classCounts},
                       {QStringLiteral("releasedAt"), row.releasedAt}};
}

RegistryRow registryRowFromJson(const QJsonObject &json)
{
    RegistryRow row;
    row.number = json.value(QStringLiteral("number")).toInt();
    row.code = json.value(QStringLiteral("code")).toString();
    row.version = json.value(QStringLiteral("version")).toString();
    row.purposeAndScope = json.value(QStringLiteral("purposeAndScope")).toString();
    row.modality = json.value(QStringLiteral("modality")).toString();
    row.target = json.value(QStringLiteral("target")).toString();
    row.dataUnit = json.value(QStringLiteral("dataUnit")).toString();
    row.unitCount = json.value(QStringLiteral("unitCount")).toInt();
    row.sizeBytes = qint64(json.value(QStringLiteral("sizeBytes")).toDouble());
    row.classCounts = json.value(QStringLiteral("classCounts")).toString();
    row.releasedAt = json.value(QStringLiteral("releasedAt")).toString();
    return row;
}

QString ReleaseBuilder::bundleName(const QString &datasetCode, const SemanticVersion &version)
{
    return QStringLiteral("%1_v%2").arg(datasetCode, version.toString());
}

Result<ReleaseBuildReport> ReleaseBuilder::build(store::Workspace &workspace, const workflow::Session &session,
                                                 const QString &datasetCode, const ReleaseBuildOptions &options)
{
    using namespace workflow;
    if (!session.isCoordinator())
        return makeError(ErrorCode::PermissionDenied, tr("Only a coordinator may release dataset %1.").arg(datasetCode));
    const QDir output(options.outputFolder);
    if (options.outputFolder.isEmpty() || !output.exists()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The output folder '%1' does not exist; create it or choose another.").arg(options.outputFolder));
    }

    // 1. Version and content. The state is fingerprinted first: whatever changes after this
    // (a correction, a withdrawal) makes recording fail instead of slipping into the bundle
    // without its CHANGELOG line.
    const Result<QString> fingerprint = Releases::stateFingerprint(workspace, datasetCode);
    if (!fingerprint)
        return fingerprint.error();
    const Result<ReleaseProposal> proposal = Releases::proposeNextVersion(workspace, session, datasetCode);
    if (!proposal)
        return proposal.error();
    if (!proposal->releaseNeeded && options.notes.isEmpty())
        return makeError(ErrorCode::InvalidState, proposal->summary);
    QList<ReleaseChange> changes = proposal->changes;
    for (const QString &note : options.notes) {
        if (note.trimmed().isEmpty())
            continue;
        ReleaseChange c;
        c.bump = VersionBump::Patch;
        c.kind = QStringLiteral("documentation");
        c.subject = QStringLiteral("notes");
        c.description = note.trimmed();
        changes.append(c);
    }
    const SemanticVersion least = proposal->leastVersion();
    SemanticVersion version = proposal->releaseNeeded ? proposal->proposed : least; // else: notes only
    if (options.version) {
        if (proposal->lastVersion) {
            if (*options.version < least) {
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Version %1 is too small for the changes since %2: the least is %3.")
                                     .arg(options.version->toString(), proposal->lastVersion->toString(), least.toString()));
            }
        } else if (*options.version != SemanticVersion{1, 0, 0}) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("The first release of %1 is version 1.0.0, not %2.").arg(datasetCode, options.version->toString()));
        }
        version = *options.version;
    }
    const QString name = bundleName(datasetCode, version);
    const QString finalPath = output.absoluteFilePath(name);
    if (QFileInfo::exists(finalPath)) {
        return makeError(ErrorCode::InvalidState,
                         tr("%1 already exists; a released bundle never changes. Choose another output folder.").arg(finalPath));
    }
    const QString zipPath = finalPath + QStringLiteral(".zip");
    if (options.zip && QFileInfo::exists(zipPath))
        return makeError(ErrorCode::InvalidState, tr("%1 already exists; choose another output folder.").arg(zipPath));
    if (options.zip && QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
        return makeError(ErrorCode::Unsupported, tr("The 'zip' program is not installed; install it or release without a zip."));

    CollectOptions collectOptions;
    collectOptions.version = version;
    collectOptions.changes = changes;
    Result<ReleaseContent> collected = ReleaseCollector::collect(workspace, session, datasetCode, collectOptions);
    if (!collected)
        return collected.error();
    ReleaseContent &content = *collected;
    const Result<DeidentificationSettings> settings = ReleaseSettings::deidentification(workspace, session, datasetCode);
    if (!settings)
        return settings.error();

    PartialFolder partial(output.absoluteFilePath(QStringLiteral(".%1.partial").arg(name)));
    QDir(partial.path()).removeRecursively();
    const QDir bundle(partial.path());
    if (!QDir().mkpath(partial.path()) || !QDir().mkpath(bundle.filePath(QStringLiteral(".work/derived")))) {
        return makeError(ErrorCode::IoError, tr("Cannot create %1; check that the output folder is writable.").arg(partial.path()));
    }
    const QString derivedDir = bundle.filePath(QStringLiteral(".work/derived"));
    const QString deidDir = bundle.filePath(QStringLiteral(".work/deidentified"));

    ReleaseBuildReport report;
    const QList<const BundleUnit *> released = content.releasedUnits();
    int fileCount = 0;
    for (const BundleUnit *unit : released)
        fileCount += int(unit->originalFiles.size());
    // Steps: masks per unit, one per file de-identified, tables per unit, then four more.
    const int total = int(released.size()) * 2 + fileCount + 4;
    int done = 0;
    const auto step = [&](const QString &what) -> bool {
        return !options.progress || options.progress(done++, total, what);
    };
    const Error cancelled = makeError(ErrorCode::Cancelled, tr("The release of %1 was cancelled; nothing was recorded.").arg(datasetCode));

    // 2. Masks and contours, written against the original images.
    DeidentificationOptions deid;
    deid.salt = settings->salt;
    deid.dates = settings->removeDates ? DateTreatment::Remove : DateTreatment::Shift;
    deid.dateShiftDays = settings->dateShiftDays;
    deid.allowBurnedInAnnotation = options.allowBurnedInAnnotation;
    QStringList inputs;
    QHash<QString, QString> derivedTarget; // derived file -> bundle-relative destination
    QHash<QString, QStringList> sliceOrder; // pseudonym -> original files in slice order
    const LabelSchema &schema = content.dataset.spec.schema;
    for (BundleUnit &unit : content.units) {
        if (!unit.released())
            continue;
        if (!step(tr("Masks of %1").arg(unit.pseudonym)))
            return cancelled;
        deid.studies.append(StudyPseudonym{unit.originalStudyInstanceUid, unit.pseudonym, unit.pseudonym});
        inputs.append(unit.originalFiles);
        const bool hasMask = mergedMask(unit.finalFindings).has_value();
        bool hasContour = false;
        for (const Finding &f : unit.finalFindings)
            hasContour = hasContour || f.kind() == FindingKind::Contour;
        const bool needsVolume = hasMask || hasContour || !unit.finalFindings.empty();
        if (!needsVolume || unit.originalUnitSeriesFiles.isEmpty())
            continue;
        const Result<Volume> volume = dicom::VolumeLoader::loadSeries(unit.originalUnitSeriesFiles);
        if (!volume) {
            return makeError(volume.error().code,
                             tr("The images of %1 (study %2) could not be loaded for its masks: %3")
                                 .arg(unit.pseudonym, unit.originalStudyInstanceUid, volume.error().message));
        }
        sliceOrder.insert(unit.pseudonym, volume->sourceFiles);
        DerivedSeriesOptions derived;
        derived.softwareVersion = QStringLiteral("Etalon %1").arg(QCoreApplication::applicationVersion());
        const QString maskFolder = QStringLiteral("masks/%1").arg(unit.pseudonym);
        if (const std::optional<MaskGeometry> mask = mergedMask(unit.finalFindings)) {
            const QString nifti = QStringLiteral("%1/%2_labels.nii.gz").arg(maskFolder, unit.pseudonym);
            QDir().mkpath(bundle.filePath(maskFolder));
            const Result<MaskExportReport> written = writeNiftiLabelMap(*mask, *volume, bundle.filePath(nifti));
            if (!written)
                return written.error();
            unit.maskFiles.append(nifti);
            const QString seg = QDir(derivedDir).filePath(unit.pseudonym + QStringLiteral("_seg.dcm"));
            derived.seriesDescription = QStringLiteral("Etalon reference masks");
            derived.seriesNumber = 9001;
            const Result<MaskExportReport> segWritten = writeDicomSeg(*mask, *volume, schema.findingLabels, seg, derived);
            if (segWritten) {
                inputs.append(seg);
                derivedTarget.insert(QFileInfo(seg).absoluteFilePath(), QStringLiteral("%1/%2_seg.dcm").arg(maskFolder, unit.pseudonym));
            } else {
                report.warnings.append(tr("%1: no DICOM SEG was written: %2").arg(unit.pseudonym, segWritten.error().message));
            }
        }
        QList<ContourRoi> rois;
        int contourNumber = 0;
        for (const Finding &f : unit.finalFindings) {
            const auto *contour = std::get_if<ContourGeometry>(&f.geometry);
            if (!contour)
                continue;
            ++contourNumber;
            if (contour->axis != 2) {
                report.warnings.append(tr("%1: contour %2 lies on a coronal or sagittal plane; RTSTRUCT holds axial contours "
                                          "only, so it is in findings.csv but not in the RTSTRUCT.")
                                           .arg(unit.pseudonym)
                                           .arg(contourNumber));
                continue;
            }
            rois.append(ContourRoi{QStringLiteral("%1 %2").arg(labelName(schema, f.label)).arg(contourNumber),
                                   labelColour(schema, f.label), f.label, *contour});
        }
        if (!rois.isEmpty() && volume->slices() > 1) {
            const QString rt = QDir(derivedDir).filePath(unit.pseudonym + QStringLiteral("_rtstruct.dcm"));
            derived.seriesDescription = QStringLiteral("Etalon reference contours");
            derived.seriesNumber = 9002;
            const Result<MaskExportReport> rtWritten = writeRtStruct(rois, *volume, rt, derived);
            if (rtWritten) {
                inputs.append(rt);
                derivedTarget.insert(QFileInfo(rt).absoluteFilePath(),
                                     QStringLiteral("%1/%2_rtstruct.dcm").arg(maskFolder, unit.pseudonym));
            } else {
                report.warnings.append(tr("%1: no RTSTRUCT was written: %2").arg(unit.pseudonym, rtWritten.error().message));
            }
        }
    }

    // De-identify images and derived objects together: one UID map for all.
    if (!step(tr("De-identifying %n file(s)", nullptr, int(inputs.size()))))
        return cancelled;
    Deidentifier deidentifier(deid);
    const int beforeFiles = done;
    const Result<DeidentificationReport> deidReport = deidentifier.run(inputs, deidDir, [&](int file, int files) {
        done = beforeFiles + std::min(file, fileCount);
        return !options.progress || options.progress(done, total, tr("De-identifying file %1 of %2").arg(file + 1).arg(files));
    });
    if (!deidReport)
        return deidReport.error().code == ErrorCode::Cancelled ? cancelled : deidReport.error();
    done = beforeFiles + fileCount;
    if (!deidReport->refused.isEmpty()) {
        QStringList lines;
        for (const RefusedFile &r : deidReport->refused.mid(0, 5))
            lines.append(QStringLiteral("%1: %2").arg(r.inputPath, r.reason));
        return makeError(ErrorCode::InvalidState,
                         tr("%n file(s) could not be de-identified, so %1 was not released:\n%2\nWithdraw the studies "
                            "concerned, or release with burned-in annotation allowed once their pixels were checked.",
                            nullptr, int(deidReport->refused.size()))
                             .arg(datasetCode, lines.join(QLatin1Char('\n'))));
    }
    report.warnings.append(deidReport->warnings);
    QHash<QString, QString> outputOf; // original absolute path -> bundle-relative path
    for (const WrittenFile &w : deidReport->written) {
        const QString from = QDir(deidDir).filePath(w.relativeOutputPath);
        const QString input = QFileInfo(w.inputPath).absoluteFilePath();
        QString to = derivedTarget.value(input);
        if (to.isEmpty()) {
            const BundleUnit *unit = nullptr;
            for (const BundleUnit *u : released) {
                if (u->pseudonym == deid.studies.value(w.studyIndex - 1).patientId)
                    unit = u;
            }
            const QString rest = w.relativeOutputPath.section(QLatin1Char('/'), 1);
            to = QStringLiteral("dicom/%1/%2").arg(unit ? unit->pseudonym : QStringLiteral("unknown"), rest);
        }
        if (Result<void> moved = moveFile(from, bundle.filePath(to)); !moved)
            return moved.error();
        outputOf.insert(input, to);
    }
    QDir(bundle.filePath(QStringLiteral(".work"))).removeRecursively();

    for (BundleUnit &unit : content.units) {
        if (!unit.released())
            continue;
        if (!step(tr("Tables of %1").arg(unit.pseudonym)))
            return cancelled;
        unit.studyInstanceUid = deidentifier.mapUid(unit.originalStudyInstanceUid);
        unit.seriesInstanceUid = deidentifier.mapUid(unit.originalUnitSeriesUid);
        unit.dicomFolder = QStringLiteral("dicom/%1").arg(unit.pseudonym);
        for (const QString &file : unit.originalFiles)
            unit.dicomBytes += QFileInfo(bundle.filePath(outputOf.value(QFileInfo(file).absoluteFilePath()))).size();
        const QStringList order = sliceOrder.value(unit.pseudonym, unit.originalUnitSeriesFiles.size() == 1
                                                                        ? unit.originalUnitSeriesFiles
                                                                        : QStringList());
        for (const QString &file : order)
            unit.sliceFiles.append(outputOf.value(QFileInfo(file).absoluteFilePath()));
        for (const QString &derived : derivedTarget) {
            if (derived.startsWith(QStringLiteral("masks/%1/").arg(unit.pseudonym)))
                unit.maskFiles.append(derived);
        }
        unit.maskFiles.sort();
    }

    // 3. Tables and documents, then the manifest.
    if (!step(tr("Label tables")))
        return cancelled;
    const Result<QStringList> tables = BundleTables::write(content, partial.path());
    if (!tables)
        return tables.error();
    if (!step(tr("README and registry")))
        return cancelled;
    QStringList bundleFiles = relativeFiles(partial.path());
    bundleFiles.append(QLatin1String(Manifest::FileName));
    const Result<QStringList> documents = BundleDocuments::write(content, partial.path(), bundleFiles);
    if (!documents)
        return documents.error();
    if (!step(tr("Manifest")))
        return cancelled;
    const Result<QString> manifestHash = Manifest::write(partial.path());
    if (!manifestHash)
        return manifestHash.error();
    report.bytes = folderBytes(partial.path(), &report.files);

    // 4. Into place, then recorded.
    if (!QDir().rename(partial.path(), finalPath))
        return makeError(ErrorCode::IoError, tr("Could not move the finished bundle to %1.").arg(finalPath));
    PartialFolder placed(finalPath);
    RegistryRow row = BundleDocuments::registryRow(content);
    RecordOptions record;
    record.manifestHash = *manifestHash;
    record.registry = registryRowToJson(row);
    record.bundleBytes = report.bytes;
    record.expectedState = *fingerprint;
    const Result<Release> recorded = Releases::record(workspace, session, datasetCode, version, changes, record);
    if (!recorded)
        return recorded.error();
    placed.keep();
    partial.keep(); // already moved
    report.release = *recorded;
    report.bundlePath = finalPath;
    report.units = int(content.units.size());
    report.releasedUnits = int(released.size());

    if (options.zip) {
        step(tr("Zip archive"));
        QProcess zip;
        zip.setWorkingDirectory(output.absolutePath());
        zip.start(QStringLiteral("zip"), {QStringLiteral("-r"), QStringLiteral("-X"), QStringLiteral("-q"), zipPath, name});
        if (!zip.waitForFinished(-1) || zip.exitStatus() != QProcess::NormalExit || zip.exitCode() != 0) {
            QFile::remove(zipPath);
            report.warnings.append(tr("The zip archive %1 could not be written (%2); the bundle folder is complete and recorded.")
                                       .arg(zipPath, QString::fromLocal8Bit(zip.readAllStandardError()).trimmed()));
        } else {
            report.zipPath = zipPath;
        }
    }
    if (options.progress)
        options.progress(total, total, tr("Done"));
    return report;
}

Result<ManifestCheck> ReleaseBuilder::verify(const QString &bundle)
{
    const QFileInfo info(bundle);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(bundle));
    if (info.isDir())
        return Manifest::check(bundle);
    if (!bundle.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is neither a bundle folder nor a .zip of one.").arg(bundle));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        return makeError(ErrorCode::Unsupported, tr("The 'unzip' program is not installed; unzip %1 and verify the folder.").arg(bundle));
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return makeError(ErrorCode::IoError, tr("Cannot create a temporary folder to extract %1.").arg(bundle));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-q"), info.absoluteFilePath(), QStringLiteral("-d"), temporary.path()});
    if (!unzip.waitForFinished(-1) || unzip.exitStatus() != QProcess::NormalExit || unzip.exitCode() != 0) {
        return makeError(ErrorCode::CorruptData, tr("%1 could not be extracted: %2")
                                                     .arg(bundle, QString::fromLocal8Bit(unzip.readAllStandardError()).trimmed()));
    }
    const QStringList top = QDir(temporary.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (top.size() != 1)
        return makeError(ErrorCode::CorruptData, tr("%1 does not hold exactly one bundle folder.").arg(bundle));
    return Manifest::check(QDir(temporary.path()).filePath(top.first()));
}

} // namespace etalon::core::release
