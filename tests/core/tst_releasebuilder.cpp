// The whole release on a real workspace: studies copied from ../shared with known PHI
// injected, read by two readers (masks, contours, boxes), one dispute excluded by the expert;
// the bundle is then checked by others' tools: pydicom, nibabel, pdftotext (bundle_check.py),
// sha256sum and dciodvfy.
#include "ReadingFixture.h"

#include "core/export/ReleaseBuilder.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Releases.h"
#include "core/workflow/Verification.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace readingtest;
using namespace etalon::core::release;

namespace {

const QString kData = QStringLiteral(ETALON_SHARED_DICOM);
const QString kPython = QStringLiteral("/usr/bin/python3");

const char *kInjectScript = R"PY(
import sys, pydicom
for path in sys.argv[1:]:
    ds = pydicom.dcmread(path)
    ds.PatientName = "Smirnova^Olga^Ivanovna"
    ds.PatientID = "PHI-ID-424242"
    ds.PatientBirthDate = "19610203"
    ds.AccessionNumber = "ACC-777888"
    ds.InstitutionName = "Hidden Valley Clinic"
    ds.ReferringPhysicianName = "Kuznetsov^Boris"
    ds.StudyDate = "20190417"
    ds.SeriesDate = "20190417"
    ds.StudyDescription = "Smirnova chest follow-up"
    block = ds.private_block(0x0011, "ETALON PHI TEST", create=True)
    block.add_new(0x01, "LO", "Smirnova^Olga^Ivanovna")
    ds.save_as(path)
)PY";

const QStringList kNeedles{QStringLiteral("Smirnova"),     QStringLiteral("PHI-ID-424242"), QStringLiteral("424242"),
                           QStringLiteral("19610203"),     QStringLiteral("ACC-777888"),    QStringLiteral("Hidden Valley"),
                           QStringLiteral("Kuznetsov"),    QStringLiteral("20190417"),      QStringLiteral("2019-04-17"),
                           QStringLiteral("17.04.2019"),   QStringLiteral("SECRET-COMMENT")};

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr, const QString &workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReleaseBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstReleaseIsCompleteAndDeidentified();
    void bundleVerifiesAndDetectsTampering();
    void nothingChangedIsRefused();
    void correctedLabelMakesAPatchWithStableIdentifiers();
    void cancelLeavesNothing();
    void changeDuringTheBuildIsNotRecorded();
    void withdrawalAndRemovedDatesMakeAMinor();
    void unitsWithoutFinalLabelsAreRefused();
    void readersAndExpertsMayNotRelease();
    void burnedInAnnotationStopsTheReleaseUnlessAllowed();
    void wholeStudyUnitIsTheSeriesWithTheMostFrames();

private:
    bool read(const char *login, const QString &uid, const QString &studyClass, const std::vector<Finding> &findings,
              const QString &comment = {}, const QString &datasetCode = {});
    Result<ReleaseBuildReport> release(const QString &outDir, const ReleaseBuildOptions &extra = {});

    Fixture m_fx;
    QTemporaryDir m_tmp;
    QStringList m_inputs;
    const QString m_code = QStringLiteral("DS_CT-I_CT_OGK_BUNDLE");
    QString m_ct, m_mr, m_dx, m_cr; ///< study UIDs
    QMap<QString, QString> m_pseudonym; ///< study UID -> pseudonym
    QJsonObject m_maskVoxels;           ///< label code -> [[i, j, k]] of the CT mask
    QString m_firstBundle;
};

bool TestReleaseBuilder::read(const char *login, const QString &uid, const QString &studyClass,
                              const std::vector<Finding> &findings, const QString &comment, const QString &datasetCode)
{
    return m_fx.read(QString::fromLatin1(login), datasetCode.isEmpty() ? m_code : datasetCode, uid,
                     studyClass, findings, comment);
}

Result<ReleaseBuildReport> TestReleaseBuilder::release(const QString &outDir, const ReleaseBuildOptions &extra)
{
    ReleaseBuildOptions options = extra;
    options.outputFolder = outDir;
    QDir().mkpath(outDir);
    return ReleaseBuilder::build(*m_fx.ws, *m_fx.admin, m_code, options);
}

void TestReleaseBuilder::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    int code = 0;
    run(kPython, {QStringLiteral("-c"), QStringLiteral("import pydicom, nibabel, numpy")}, &code);
    QVERIFY2(code == 0, "needs /usr/bin/python3 with pydicom, nibabel and numpy (scripts/install-deps)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "needs pdftotext (poppler-utils)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dciodvfy")).isEmpty(), "needs dciodvfy (dicom3tools)");

    // Copies of four real studies with known PHI written into them.
    const QDir in(m_tmp.filePath(QStringLiteral("in")));
    for (const QString &folder : {QStringLiteral("ct-3slice"), QStringLiteral("mr-series-20"), QStringLiteral("dx"),
                                  QStringLiteral("chest-cr")}) {
        QDir().mkpath(in.filePath(folder));
        for (const QString &file : QDir(kData + QLatin1Char('/') + folder).entryList({QStringLiteral("*.dcm")}, QDir::Files)) {
            const QString copy = in.filePath(folder + QLatin1Char('/') + file);
            QVERIFY(QFile::copy(kData + QLatin1Char('/') + folder + QLatin1Char('/') + file, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            m_inputs.append(copy);
        }
    }
    const QString output = run(kPython, QStringList{QStringLiteral("-c"), QString::fromLatin1(kInjectScript)} + m_inputs, &code);
    QVERIFY2(code == 0, qPrintable(output));

    QVERIFY2(m_fx.setUp(2, 1, {in.filePath(QStringLiteral("ct-3slice")), in.filePath(QStringLiteral("mr-series-20")),
                               in.filePath(QStringLiteral("dx")), in.filePath(QStringLiteral("chest-cr"))}),
             qPrintable(m_fx.error));
    QCOMPARE(m_fx.studyUids.size(), 4);
    const auto uidIn = [&](const QString &folder) {
        int rc = 0;
        const QString file = QDir(in.filePath(folder)).entryList({QStringLiteral("*.dcm")}, QDir::Files).first();
        return run(kPython, {QStringLiteral("-c"),
                             QStringLiteral("import pydicom,sys; print(pydicom.dcmread(sys.argv[1]).StudyInstanceUID)"),
                             in.filePath(folder + QLatin1Char('/') + file)},
                   &rc)
            .trimmed();
    };
    m_ct = uidIn(QStringLiteral("ct-3slice"));
    m_mr = uidIn(QStringLiteral("mr-series-20"));
    m_dx = uidIn(QStringLiteral("dx"));
    m_cr = uidIn(QStringLiteral("chest-cr"));
    const Result<Dataset> dataset = m_fx.dataset(m_code, QStringLiteral("custom-chest-xray"), {m_ct, m_mr, m_dx, m_cr});
    QVERIFY2(dataset.ok(), dataset.ok() ? "" : qPrintable(dataset.error().message));
    AssignOptions assign;
    assign.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, m_code, assign).ok());

    // CT: a two-label mask and an axial contour, the same from both readers.
    const QList<DatasetStudy> studies = *Datasets::studies(*m_fx.ws, *m_fx.admin, m_code);
    qint64 ctUnit = 0;
    for (const DatasetStudy &s : studies) {
        if (s.studyInstanceUid == m_ct)
            ctUnit = s.id;
    }
    const Result<VolumeGeometry> ctGeometry = Verification::dataUnitGeometry(*m_fx.ws, ctUnit);
    QVERIFY(ctGeometry.ok());
    MaskGeometry mask{ctGeometry->size, std::vector<std::uint8_t>(ctGeometry->voxelCount(), 0)};
    QJsonArray nodule, pneumothorax;
    const auto paint = [&](int label, int i0, int i1, int j0, int j1, int k0, int k1, QJsonArray &list) {
        for (int k = k0; k <= k1; ++k)
            for (int j = j0; j <= j1; ++j)
                for (int i = i0; i <= i1; ++i) {
                    mask.labels[std::size_t((qint64(k) * mask.size[1] + j) * mask.size[0] + i)] = std::uint8_t(label);
                    list.append(QJsonArray{i, j, k});
                }
    };
    paint(1, 200, 219, 220, 239, 1, 1, nodule);
    paint(2, 300, 309, 300, 319, 0, 1, pneumothorax);
    m_maskVoxels = QJsonObject{{QStringLiteral("NODULE"), nodule}, {QStringLiteral("PNEUMOTHORAX"), pneumothorax}};
    ContourGeometry contour;
    contour.slices[2] = {{100, 100}, {150, 100}, {150, 150}, {100, 150}};
    const std::vector<Finding> ctFindings{Finding{0, QStringLiteral("NODULE"), {}, mask},
                                          Finding{0, QStringLiteral("EFFUSION"), {}, contour}};
    QVERIFY(read("r1", m_ct, QStringLiteral("ABNORMAL"), ctFindings, QStringLiteral("SECRET-COMMENT Smirnova seen before")));
    QVERIFY(read("r2", m_ct, QStringLiteral("ABNORMAL"), ctFindings));
    // MR: a box; DX: a box and a contour (2D, into COCO); both readers agree.
    const std::vector<Finding> mrFindings{Finding{0, QStringLiteral("NODULE"), {}, BoxGeometry{59.5, 79.5, 99.5, 119.5, 5, 9}}};
    QVERIFY(read("r1", m_mr, QStringLiteral("ABNORMAL"), mrFindings));
    QVERIFY(read("r2", m_mr, QStringLiteral("ABNORMAL"), mrFindings));
    ContourGeometry dxContour;
    dxContour.slices[0] = {{20, 30}, {60, 30}, {60, 80}, {20, 80}};
    const std::vector<Finding> dxFindings{Finding{0, QStringLiteral("INFILTRATE"), {}, BoxGeometry{9.5, 9.5, 49.5, 39.5, 0, 0}},
                                          Finding{0, QStringLiteral("EFFUSION"), {}, dxContour}};
    QVERIFY(read("r1", m_dx, QStringLiteral("ABNORMAL"), dxFindings));
    QVERIFY(read("r2", m_dx, QStringLiteral("ABNORMAL"), dxFindings));
    // CR: the readers disagree and the expert excludes it.
    QVERIFY(read("r1", m_cr, QStringLiteral("NORMAL"), {}));
    QVERIFY(read("r2", m_cr, QStringLiteral("ABNORMAL"), {}));
    const QList<DisputeItem> disputes = *Verification::disputes(*m_fx.ws, *m_fx.admin, m_code);
    QCOMPARE(disputes.size(), 1);
    if (!disputes.first().expertId)
        QVERIFY(Verification::assignExpert(*m_fx.ws, *m_fx.admin, disputes.first().disputeId, m_fx.ids.value(QStringLiteral("e1"))).ok());
    const Result<void> excluded = Verification::arbitrate(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputes.first().disputeId,
                                                          ArbitrationDecision::Exclude,
                                                          QStringLiteral("Image quality, \"motion\"; cannot decide"));
    QVERIFY2(excluded.ok(), excluded.ok() ? "" : qPrintable(excluded.error().message));

    ReleaseDocumentation documentation;
    documentation.organisation = QStringLiteral("Test Centre");
    documentation.summary = QStringLiteral("Chest studies with masks for testing Etalon's release bundle.");
    documentation.licence = QStringLiteral("CC BY-NC-ND 4.0");
    documentation.authors = {QStringLiteral("A. Author (1)")};
    QVERIFY(ReleaseSettings::setDocumentation(*m_fx.ws, *m_fx.admin, m_code, documentation).ok());
}

void TestReleaseBuilder::firstReleaseIsCompleteAndDeidentified()
{
    const QString out = m_tmp.filePath(QStringLiteral("out"));
    ReleaseBuildOptions options;
    options.zip = true; // zip and unzip come with scripts/install-deps
    QList<int> progress;
    options.progress = [&](int done, int total, const QString &) {
        progress.append(done);
        return done <= total;
    };
    const Result<ReleaseBuildReport> report = release(out, options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->release.version.toString(), QStringLiteral("1.0.0"));
    QCOMPARE(report->bundlePath, QDir(out).filePath(QStringLiteral("DS_CT-I_CT_OGK_BUNDLE_v1.0.0")));
    QCOMPARE(report->units, 4);
    QCOMPARE(report->releasedUnits, 3);
    QVERIFY(!progress.isEmpty());
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    m_firstBundle = report->bundlePath;
    // Nothing else left in the output folder (no partial or work folders).
    QStringList expectedEntries{QStringLiteral("DS_CT-I_CT_OGK_BUNDLE_v1.0.0")};
    if (options.zip)
        expectedEntries.append(QStringLiteral("DS_CT-I_CT_OGK_BUNDLE_v1.0.0.zip"));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), expectedEntries);
    QCOMPARE(report->zipPath.isEmpty(), !options.zip);
    // The SEG and RTSTRUCT reference only released images (the RTSTRUCT's study reference is no image).
    QVERIFY2(report->warnings.filter(QStringLiteral("_rtstruct.dcm")).isEmpty() && report->warnings.filter(QStringLiteral("_seg.dcm")).isEmpty(),
             qPrintable(report->warnings.join(QLatin1Char('\n'))));

    // The recorded release carries the manifest's hash and the registry row.
    QFile manifest(QDir(m_firstBundle).filePath(QStringLiteral("MANIFEST.sha256")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(report->release.manifestHash,
             QString::fromLatin1(QCryptographicHash::hash(manifest.readAll(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(report->release.registry.value(QStringLiteral("code")).toString(), m_code);
    QCOMPARE(report->release.registry.value(QStringLiteral("unitCount")).toInt(), 3);
    QCOMPARE(report->release.bundleBytes, report->bytes);
    QCOMPARE(filesUnder(m_firstBundle).size(), report->files);

    // Pseudonyms are the units' rank in the dataset.
    const QList<DatasetStudy> studies = *Datasets::studies(*m_fx.ws, *m_fx.admin, m_code);
    for (int i = 0; i < studies.size(); ++i)
        m_pseudonym.insert(studies[i].studyInstanceUid, QStringLiteral("%1_%2").arg(m_code).arg(i + 1, 4, 10, QLatin1Char('0')));

    // The layout.
    const QDir bundle(m_firstBundle);
    const QString ct = m_pseudonym.value(m_ct);
    QCOMPARE(QDir(bundle.filePath(QStringLiteral("dicom/%1").arg(ct))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QCOMPARE(filesUnder(bundle.filePath(QStringLiteral("dicom/%1").arg(ct))).size(), 3);
    QCOMPARE(filesUnder(bundle.filePath(QStringLiteral("dicom/%1").arg(m_pseudonym.value(m_mr)))).size(), 20);
    QVERIFY(!QFileInfo::exists(bundle.filePath(QStringLiteral("dicom/%1").arg(m_pseudonym.value(m_cr))))); // excluded
    QCOMPARE(QDir(bundle.filePath(QStringLiteral("masks/%1").arg(ct))).entryList(QDir::Files),
             QStringList({ct + QStringLiteral("_labels.nii.gz"), ct + QStringLiteral("_rtstruct.dcm"), ct + QStringLiteral("_seg.dcm")}));

    // Others' tools: pydicom, nibabel and pdftotext in bundle_check.py.
    QJsonObject units;
    units.insert(m_pseudonym.value(m_ct), QJsonObject{{QStringLiteral("state"), QStringLiteral("agreed")}, {QStringLiteral("class"), QStringLiteral("ABNORMAL")}});
    units.insert(m_pseudonym.value(m_mr), QJsonObject{{QStringLiteral("state"), QStringLiteral("agreed")}, {QStringLiteral("class"), QStringLiteral("ABNORMAL")}});
    units.insert(m_pseudonym.value(m_dx), QJsonObject{{QStringLiteral("state"), QStringLiteral("agreed")}, {QStringLiteral("class"), QStringLiteral("ABNORMAL")}});
    units.insert(m_pseudonym.value(m_cr), QJsonObject{{QStringLiteral("state"), QStringLiteral("excluded")}, {QStringLiteral("class"), QString()}});
    QJsonArray needles = QJsonArray::fromStringList(kNeedles);
    needles.append(m_fx.dir); // the workspace path
    needles.append(m_tmp.filePath(QStringLiteral("in")));
    const QJsonObject spec{{QStringLiteral("bundle"), m_firstBundle},
                           {QStringLiteral("inputs"), QJsonArray::fromStringList(m_inputs)},
                           {QStringLiteral("needles"), needles},
                           {QStringLiteral("units"), units},
                           {QStringLiteral("labelValues"), QJsonObject{{QStringLiteral("NODULE"), 1}, {QStringLiteral("PNEUMOTHORAX"), 2}}},
                           {QStringLiteral("masks"), QJsonObject{{ct, m_maskVoxels}}},
                           {QStringLiteral("contours"), QJsonObject{{ct, 1}}}};
    const QString specPath = m_tmp.filePath(QStringLiteral("spec.json"));
    QFile specFile(specPath);
    QVERIFY(specFile.open(QIODevice::WriteOnly));
    specFile.write(QJsonDocument(spec).toJson());
    specFile.close();
    int code = 0;
    const QString problems = run(kPython, {QStringLiteral(ETALON_SOURCE_DIR "/tests/core/bundle_check.py"), specPath}, &code);
    QVERIFY2(code == 0 && problems.trimmed().isEmpty(), qPrintable(problems.left(4000)));

    // dciodvfy finds no error in the derived objects.
    for (const QString &object : {ct + QStringLiteral("_seg.dcm"), ct + QStringLiteral("_rtstruct.dcm")}) {
        const QString text = run(QStringLiteral("dciodvfy"), {bundle.filePath(QStringLiteral("masks/%1/%2").arg(ct, object))});
        QStringList errors;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Error")))
                errors.append(line);
        }
        QVERIFY2(errors.isEmpty(), qPrintable(object + QStringLiteral(":\n") + errors.join(QLatin1Char('\n'))));
    }

    // The README names the real counts and version; the changelog starts at 1.0.0.
    const QString readme = fileText(bundle.filePath(QStringLiteral("README.md")));
    QVERIFY(readme.contains(m_code));
    QVERIFY(readme.contains(QStringLiteral("1.0.0")));
    QVERIFY(fileText(bundle.filePath(QStringLiteral("CHANGELOG.md"))).contains(QStringLiteral("1.0.0")));
}

void TestReleaseBuilder::bundleVerifiesAndDetectsTampering()
{
    QVERIFY(!m_firstBundle.isEmpty());
    int code = -1;
    const QString sums = run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("MANIFEST.sha256")}, &code,
                             m_firstBundle);
    QVERIFY2(code == 0, qPrintable(sums));
    Result<ManifestCheck> check = ReleaseBuilder::verify(m_firstBundle);
    QVERIFY(check.ok() && check->ok());
    QCOMPARE(check->listed, filesUnder(m_firstBundle).size() - 1);
    {
        check = ReleaseBuilder::verify(m_firstBundle + QStringLiteral(".zip"));
        QVERIFY2(check.ok() && check->ok(), check.ok() ? "" : qPrintable(check.error().message));
    }

    // A copy with one label changed, one file removed and one added.
    const QString copy = m_tmp.filePath(QStringLiteral("tampered"));
    QCOMPARE(run(QStringLiteral("cp"), {QStringLiteral("-r"), m_firstBundle, copy}), QString());
    QFile labels(QDir(copy).filePath(QStringLiteral("labels.csv")));
    QVERIFY(labels.open(QIODevice::Append));
    labels.write("x\n");
    labels.close();
    QVERIFY(QFile::remove(QDir(copy).filePath(QStringLiteral("README.pdf"))));
    QFile extra(QDir(copy).filePath(QStringLiteral("notes.txt")));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.close();
    check = ReleaseBuilder::verify(copy);
    QVERIFY(check.ok());
    QCOMPARE(check->changed, QStringList{QStringLiteral("labels.csv")});
    QCOMPARE(check->missing, QStringList{QStringLiteral("README.pdf")});
    QCOMPARE(check->extra, QStringList{QStringLiteral("notes.txt")});
}

void TestReleaseBuilder::nothingChangedIsRefused()
{
    const QString out = m_tmp.filePath(QStringLiteral("again"));
    const Result<ReleaseBuildReport> report = release(out);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::InvalidState);
    QVERIFY2(report.error().message.contains(QStringLiteral("1.0.0")), qPrintable(report.error().message));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(Releases::list(*m_fx.ws, *m_fx.admin, m_code)->size(), 1);
}

void TestReleaseBuilder::correctedLabelMakesAPatchWithStableIdentifiers()
{
    const QList<DatasetStudy> studies = *Datasets::studies(*m_fx.ws, *m_fx.admin, m_code);
    qint64 mrUnit = 0;
    for (const DatasetStudy &s : studies) {
        if (s.studyInstanceUid == m_mr)
            mrUnit = s.id;
    }
    FinalLabelCorrection correction;
    correction.studyClass = QStringLiteral("NORMAL");
    correction.reason = QStringLiteral("Second look: the nodule is a vessel.");
    QVERIFY(FinalLabels::correct(*m_fx.ws, *m_fx.admin, mrUnit, correction).ok());

    const QString out = m_tmp.filePath(QStringLiteral("patch"));
    ReleaseBuildOptions options;
    options.notes = {QStringLiteral("Clarified the summary.")};
    const Result<ReleaseBuildReport> report = release(out, options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->release.version.toString(), QStringLiteral("1.0.1"));

    // The same units keep their de-identified UIDs and file names (same salt), and the
    // image files are byte for byte the same.
    const auto labelsOf = [](const QString &bundle) {
        QMap<QString, QString> uidByUnit;
        const QStringList lines = fileText(QDir(bundle).filePath(QStringLiteral("labels.csv"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1))
            uidByUnit.insert(line.section(QLatin1Char(','), 0, 0), line.section(QLatin1Char(','), 1, 1));
        return uidByUnit;
    };
    QCOMPARE(labelsOf(report->bundlePath), labelsOf(m_firstBundle));
    const QString ctFolder = QStringLiteral("dicom/") + m_pseudonym.value(m_ct);
    const QStringList before = filesUnder(QDir(m_firstBundle).filePath(ctFolder));
    const QStringList after = filesUnder(QDir(report->bundlePath).filePath(ctFolder));
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(QDir(report->bundlePath).relativeFilePath(after[i]), QDir(m_firstBundle).relativeFilePath(before[i]));
        QFile a(before[i]), b(after[i]);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(after[i]));
    }

    // The change list: the corrected unit (by its pseudonym, never its UID) and the note.
    // (Markdown escapes: "DS\_CT-I..." reads DS_CT-I...)
    const QString changelog = fileText(QDir(report->bundlePath).filePath(QStringLiteral("CHANGELOG.md"))).remove(QLatin1Char('\\'));
    QVERIFY(changelog.indexOf(QStringLiteral("1.0.1")) >= 0);
    QVERIFY(changelog.indexOf(QStringLiteral("1.0.1")) < changelog.indexOf(QStringLiteral("1.0.0")));
    QVERIFY2(changelog.contains(m_pseudonym.value(m_mr)), qPrintable(changelog));
    QVERIFY(changelog.contains(QStringLiteral("Clarified the summary.")));
    QVERIFY(!changelog.contains(m_mr));
    const Result<ReleaseDiff> diff = Releases::diff(*m_fx.ws, *m_fx.admin, m_code, SemanticVersion{1, 0, 0}, SemanticVersion{1, 0, 1});
    QVERIFY(diff.ok());
    QCOMPARE(diff->labelsChanged, QStringList{m_mr});
    QVERIFY(diff->added.isEmpty() && diff->removed.isEmpty());
}

void TestReleaseBuilder::cancelLeavesNothing()
{
    ReleaseDocumentation documentation = *ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code);
    documentation.citation = QStringLiteral("Test Centre. Bundle test dataset. 2026.");
    QVERIFY(ReleaseSettings::setDocumentation(*m_fx.ws, *m_fx.admin, m_code, documentation).ok());
    QCOMPARE(Releases::proposeNextVersion(*m_fx.ws, *m_fx.admin, m_code)->proposed.toString(), QStringLiteral("1.0.2"));
    const QString out = m_tmp.filePath(QStringLiteral("cancelled"));
    ReleaseBuildOptions options;
    options.progress = [](int done, int, const QString &) { return done < 3; };
    const Result<ReleaseBuildReport> report = release(out, options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(Releases::list(*m_fx.ws, *m_fx.admin, m_code)->size(), 2);
    // Cancelled in the middle of de-identification: the same.
    options.progress = [](int, int, const QString &what) { return !what.contains(QStringLiteral("file 10 of")); };
    const Result<ReleaseBuildReport> midway = release(out, options);
    QVERIFY(!midway.ok());
    QCOMPARE(midway.error().code, ErrorCode::Cancelled);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(Releases::list(*m_fx.ws, *m_fx.admin, m_code)->size(), 2);
    // A version below what the changes need is refused before anything is written.
    options = {};
    options.version = SemanticVersion{1, 0, 1};
    const Result<ReleaseBuildReport> tooSmall = release(out, options);
    QVERIFY(!tooSmall.ok());
    QCOMPARE(tooSmall.error().code, ErrorCode::InvalidArgument);
}

void TestReleaseBuilder::changeDuringTheBuildIsNotRecorded()
{
    // A coordinator corrects a label while the bundle is being written: the bundle would not
    // match the recorded units, so nothing is recorded and the folder goes.
    const QList<DatasetStudy> studies = *Datasets::studies(*m_fx.ws, *m_fx.admin, m_code);
    qint64 dxUnit = 0;
    for (const DatasetStudy &s : studies) {
        if (s.studyInstanceUid == m_dx)
            dxUnit = s.id;
    }
    const QString out = m_tmp.filePath(QStringLiteral("raced"));
    ReleaseBuildOptions options;
    bool corrected = false;
    options.progress = [&](int, int, const QString &what) {
        if (what == QStringLiteral("Manifest") && !corrected) {
            FinalLabelCorrection correction;
            correction.verificationLevel = QStringLiteral("high");
            correction.reason = QStringLiteral("Confirmed at follow-up.");
            corrected = FinalLabels::correct(*m_fx.ws, *m_fx.admin, dxUnit, correction).ok();
        }
        return true;
    };
    const Result<ReleaseBuildReport> report = release(out, options);
    QVERIFY(corrected);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::InvalidState);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(Releases::list(*m_fx.ws, *m_fx.admin, m_code)->size(), 2);
}

void TestReleaseBuilder::withdrawalAndRemovedDatesMakeAMinor()
{
    QVERIFY(FinalLabels::withdraw(*m_fx.ws, *m_fx.admin, m_code, m_cr, QStringLiteral("Unsuitable: lossy compression.")).ok());
    // A contour drawn on a coronal reformat, added to the CT's final labels by a correction.
    const QList<FinalLabel> finals = *FinalLabels::list(*m_fx.ws, *m_fx.admin, m_code);
    const auto ct = std::find_if(finals.begin(), finals.end(), [&](const FinalLabel &f) { return f.studyInstanceUid == m_ct; });
    QVERIFY(ct != finals.end());
    ContourGeometry coronal; // (i, k) on row j = 250
    coronal.axis = 1;
    coronal.slices[250] = {{300, 0}, {340, 0}, {340, 2}, {300, 2}};
    FinalLabelCorrection correction;
    correction.findings = ct->findings;
    correction.findings->push_back(Finding{0, QStringLiteral("INFILTRATE"), {}, coronal});
    correction.reason = QStringLiteral("Infiltrate seen on the coronal reformat.");
    const Result<FinalLabel> corrected = FinalLabels::correct(*m_fx.ws, *m_fx.admin, ct->datasetStudyId, correction);
    QVERIFY2(corrected.ok(), corrected.ok() ? "" : qPrintable(corrected.error().message));
    QVERIFY(ReleaseSettings::setRemoveDates(*m_fx.ws, *m_fx.admin, m_code, true).ok());
    const Result<ReleaseProposal> proposal = Releases::proposeNextVersion(*m_fx.ws, *m_fx.admin, m_code);
    QVERIFY(proposal.ok());
    QCOMPARE(proposal->proposed.toString(), QStringLiteral("1.1.0"));
    QStringList kinds;
    for (const ReleaseChange &c : proposal->changes)
        kinds.append(c.kind);
    QVERIFY2(kinds.contains(QStringLiteral("unit_removed")) && kinds.contains(QStringLiteral("date_treatment")),
             qPrintable(kinds.join(QLatin1Char(','))));

    const QString out = m_tmp.filePath(QStringLiteral("minor"));
    const Result<ReleaseBuildReport> report = release(out);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->release.version.toString(), QStringLiteral("1.1.0"));
    QCOMPARE(report->units, 3);
    // The coronal contour is in findings.csv but cannot be in the RTSTRUCT: the coordinator is told.
    QVERIFY2(report->warnings.filter(QStringLiteral("coronal or sagittal")).size() == 1, qPrintable(report->warnings.join(QLatin1Char('\n'))));
    const QString bundle = report->bundlePath;
    const QString labels = fileText(QDir(bundle).filePath(QStringLiteral("labels.csv")));
    QVERIFY2(!labels.contains(m_pseudonym.value(m_cr)), qPrintable(labels + m_pseudonym.value(m_cr)));
    // Units keep their names and de-identified study UIDs; only dates changed in the images.
    for (const QString &study : {m_ct, m_mr, m_dx}) {
        const QString name = m_pseudonym.value(study);
        const QString line1 = fileText(QDir(m_firstBundle).filePath(QStringLiteral("labels.csv"))).split(QLatin1Char('\n')).filter(name).value(0);
        const QString line2 = labels.split(QLatin1Char('\n')).filter(name).value(0);
        QCOMPARE(line2.section(QLatin1Char(','), 1, 2), line1.section(QLatin1Char(','), 1, 2));
    }
    const QString changelog = fileText(QDir(bundle).filePath(QStringLiteral("CHANGELOG.md"))).remove(QLatin1Char('\\'));
    QVERIFY2(changelog.contains(QStringLiteral("Data unit removed: %1.").arg(m_pseudonym.value(m_cr))), qPrintable(changelog));
    QVERIFY(changelog.contains(QStringLiteral("Dates in the images are now removed")));
    QVERIFY(changelog.contains(QStringLiteral("Final labels of %1 corrected").arg(m_pseudonym.value(m_dx))));
    // No date survives in any DICOM file of the bundle (type 1 dates get PS3.15's dummy).
    int code = 0;
    const QString dates = run(kPython, {QStringLiteral("-c"), QStringLiteral(
        "import sys, glob, pydicom\n"
        "def walk(ds):\n"
        "    for el in ds:\n"
        "        yield el\n"
        "        if el.VR == 'SQ':\n"
        "            for item in el.value: yield from walk(item)\n"
        "bad = set()\n"
        "for p in glob.glob(sys.argv[1] + '/**/*.dcm', recursive=True):\n"
        "    for el in walk(pydicom.dcmread(p)):\n"
        "        if el.VR in ('DA', 'DT') and el.value and str(el.value)[:8] != '19000101': bad.add(f'{el.keyword}={el.value}')\n"
        "print(sorted(bad))"), bundle}, &code).trimmed();
    QCOMPARE(dates, QStringLiteral("[]"));
    QVERIFY(ReleaseBuilder::verify(bundle)->ok());
}

void TestReleaseBuilder::unitsWithoutFinalLabelsAreRefused()
{
    const QString code = QStringLiteral("DS_CT-I_CT_OGK_UNREAD");
    QVERIFY(m_fx.dataset(code, QStringLiteral("custom-chest-xray"), {m_ct, m_dx}).ok());
    ReleaseBuildOptions options;
    options.outputFolder = m_tmp.filePath(QStringLiteral("unread"));
    QDir().mkpath(options.outputFolder);
    const Result<ReleaseBuildReport> report = ReleaseBuilder::build(*m_fx.ws, *m_fx.admin, code, options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::InvalidState);
    QVERIFY2(report.error().message.contains(QStringLiteral("final labels")), qPrintable(report.error().message));
    QCOMPARE(QDir(options.outputFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestReleaseBuilder::readersAndExpertsMayNotRelease()
{
    ReleaseBuildOptions options;
    options.outputFolder = m_tmp.filePath(QStringLiteral("reader"));
    QDir().mkpath(options.outputFolder);
    for (const QString &login : {QStringLiteral("r1"), QStringLiteral("e1")}) {
        const Result<ReleaseBuildReport> report = ReleaseBuilder::build(*m_fx.ws, m_fx.user(login), m_code, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::PermissionDenied);
    }
    QCOMPARE(QDir(options.outputFolder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestReleaseBuilder::burnedInAnnotationStopsTheReleaseUnlessAllowed()
{
    // A new study (a copy of the DX with new UIDs) whose pixels are flagged as carrying text.
    const QString folder = m_tmp.filePath(QStringLiteral("burned"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("burned.dcm"));
    QVERIFY(QFile::copy(QStringLiteral(ETALON_SHARED_DICOM "/dx/dx_image.dcm"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    int code = 0;
    const QString uid = run(kPython, {QStringLiteral("-c"), QStringLiteral(
        "import sys, pydicom\n"
        "from pydicom.uid import generate_uid\n"
        "ds = pydicom.dcmread(sys.argv[1])\n"
        "ds.StudyInstanceUID = generate_uid(); ds.SeriesInstanceUID = generate_uid(); ds.SOPInstanceUID = generate_uid()\n"
        "ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID\n"
        "ds.BurnedInAnnotation = 'YES'\n"
        "ds.save_as(sys.argv[1])\n"
        "print(ds.StudyInstanceUID)"), file}, &code).trimmed();
    QVERIFY2(code == 0, qPrintable(uid));
    QVERIFY(dicom::Indexer(*m_fx.ws).importPaths({folder}, {}).ok());
    const QString dataset = QStringLiteral("DS_CT-I_DX_OGK_BURNED");
    QVERIFY(m_fx.dataset(dataset, QStringLiteral("custom-chest-xray"), {uid}).ok());
    AssignOptions assign;
    assign.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, dataset, assign).ok());
    QVERIFY(read("r1", uid, QStringLiteral("NORMAL"), {}, {}, dataset));
    QVERIFY(read("r2", uid, QStringLiteral("NORMAL"), {}, {}, dataset));

    ReleaseBuildOptions options;
    options.outputFolder = m_tmp.filePath(QStringLiteral("burned-out"));
    QDir().mkpath(options.outputFolder);
    Result<ReleaseBuildReport> report = ReleaseBuilder::build(*m_fx.ws, *m_fx.admin, dataset, options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::InvalidState);
    QVERIFY2(report.error().message.contains(file),
             qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QStringLiteral("urned-in")), qPrintable(report.error().message));
    QCOMPARE(QDir(options.outputFolder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(Releases::list(*m_fx.ws, *m_fx.admin, dataset)->isEmpty());

    // The coordinator checked the pixels and allows it.
    options.allowBurnedInAnnotation = true;
    report = ReleaseBuilder::build(*m_fx.ws, *m_fx.admin, dataset, options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->releasedUnits, 1);
    QVERIFY(ReleaseBuilder::verify(report->bundlePath)->ok());
}

void TestReleaseBuilder::wholeStudyUnitIsTheSeriesWithTheMostFrames()
{
    // One study: a one-image "localiser" (series 1) and the three-slice CT (series 2), both
    // copies with new UIDs. Readers draw on, verification measures on and the release writes
    // masks against the same series: the CT.
    const QString folder = m_tmp.filePath(QStringLiteral("two-series"));
    QVERIFY(QDir().mkpath(folder));
    QStringList files;
    for (const QString &name : QDir(QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice")).entryList({QStringLiteral("*.dcm")}, QDir::Files)) {
        const QString copy = QDir(folder).filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        files.append(copy);
    }
    int code = 0;
    const QString out = run(kPython, QStringList{QStringLiteral("-c"), QStringLiteral(
        "import sys, shutil, pydicom\n"
        "from pydicom.uid import generate_uid\n"
        "study, axial, localiser = generate_uid(), generate_uid(), generate_uid()\n"
        "for path in sys.argv[1:]:\n"
        "    ds = pydicom.dcmread(path)\n"
        "    ds.StudyInstanceUID = study; ds.SeriesInstanceUID = axial; ds.SeriesNumber = 2\n"
        "    ds.SOPInstanceUID = generate_uid(); ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID\n"
        "    ds.save_as(path)\n"
        "ds = pydicom.dcmread(sys.argv[1])\n"
        "ds.SeriesInstanceUID = localiser; ds.SeriesNumber = 1; ds.SeriesDescription = 'localiser'\n"
        "ds.SOPInstanceUID = generate_uid(); ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID\n"
        "ds.save_as(sys.argv[1].replace('.dcm', '-localiser.dcm'))\n"
        "print(study, axial)")} + files, &code).trimmed();
    QVERIFY2(code == 0, qPrintable(out));
    const QString studyUid = out.section(QLatin1Char(' '), 0, 0);
    const QString axialUid = out.section(QLatin1Char(' '), 1, 1);
    QVERIFY(dicom::Indexer(*m_fx.ws).importPaths({folder}, {}).ok());
    const QString dataset = QStringLiteral("DS_CT-I_CT_OGK_TWOSERIES");
    QVERIFY(m_fx.dataset(dataset, QStringLiteral("custom-chest-xray"), {studyUid}).ok());
    const qint64 unit = Datasets::studies(*m_fx.ws, *m_fx.admin, dataset)->first().id;

    const Result<DataUnitSeries> series = Datasets::unitSeries(*m_fx.ws, unit);
    QVERIFY(series.ok());
    QCOMPARE(series->seriesInstanceUid, axialUid);
    QCOMPARE(Verification::dataUnitGeometry(*m_fx.ws, unit)->size[2], 3);
    AssignOptions assign;
    assign.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, dataset, assign).ok());
    const qint64 reading = m_fx.readingOf(QStringLiteral("r1"), dataset, studyUid);
    QVERIFY(Readings::start(*m_fx.ws, m_fx.user(QStringLiteral("r1")), reading).ok());
    const Result<ReadingContext> context = Readings::context(*m_fx.ws, m_fx.user(QStringLiteral("r1")), reading);
    QVERIFY(context.ok());
    QCOMPARE(context->seriesInstanceUid, axialUid);
    QCOMPARE(context->imageSize[2], 3);

    MaskGeometry mask{context->imageSize, std::vector<std::uint8_t>(std::size_t(context->imageSize[0]) * context->imageSize[1] * 3, 0)};
    for (int j = 100; j < 110; ++j)
        for (int i = 100; i < 110; ++i)
            mask.labels[std::size_t((2 * context->imageSize[1] + j) * context->imageSize[0] + i)] = 1;
    const std::vector<Finding> findings{Finding{0, QStringLiteral("NODULE"), {}, mask}};
    QVERIFY(read("r1", studyUid, QStringLiteral("ABNORMAL"), findings, {}, dataset));
    QVERIFY(read("r2", studyUid, QStringLiteral("ABNORMAL"), findings, {}, dataset));

    ReleaseBuildOptions options;
    options.outputFolder = m_tmp.filePath(QStringLiteral("two-series-out"));
    QDir().mkpath(options.outputFolder);
    const Result<ReleaseBuildReport> report = ReleaseBuilder::build(*m_fx.ws, *m_fx.admin, dataset, options);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const QString pseudonym = dataset + QStringLiteral("_0001");
    const QDir bundle(report->bundlePath);
    QCOMPARE(filesUnder(bundle.filePath(QStringLiteral("dicom/") + pseudonym)).size(), 4); // both series
    // The SEG references the three CT slices, never the localiser; its last frame holds the mask.
    const QString check = run(kPython, {QStringLiteral("-c"), QStringLiteral(
        "import sys, glob, pydicom\n"
        "seg = pydicom.dcmread(sys.argv[1])\n"
        "refs = {str(f.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID) for f in seg.PerFrameFunctionalGroupsSequence}\n"
        "series = {}\n"
        "for p in glob.glob(sys.argv[2] + '/**/*.dcm', recursive=True):\n"
        "    d = pydicom.dcmread(p); series.setdefault(int(d.SeriesNumber), set()).add(str(d.SOPInstanceUID))\n"
        "print(len(refs), refs == series[2], len(series[1]))"),
        bundle.filePath(QStringLiteral("masks/%1/%1_seg.dcm").arg(pseudonym)), bundle.filePath(QStringLiteral("dicom/") + pseudonym)}, &code).trimmed();
    QCOMPARE(check, QStringLiteral("3 True 1"));
}

QTEST_MAIN(TestReleaseBuilder)
#include "tst_releasebuilder.moc"
