// BundleTables: the label tables of a release bundle, written from a hand-built release content
// on real series geometry (an oblique MR series, a CT series and a DX image loaded from files),
// then read back and recomputed by Python's csv and json modules (tests/core/bundle_tables_check.py).
#include "core/dicom/VolumeLoader.h"
#include "core/export/BundleTables.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::release;
using etalon::core::dicom::VolumeLoader;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kLogin = QStringLiteral("coord_login_7731");
const QString kReason = QStringLiteral("Motion artefact, \"severe\" on all slices");

QStringList dicomFiles(const QString &folder)
{
    QDir dir(QStringLiteral(ETALON_SHARED_DICOM) + QLatin1Char('/') + folder);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QJsonArray vec(const Vec3 &v)
{
    return QJsonArray{v[0], v[1], v[2]};
}

QJsonObject geometryJson(const VolumeGeometry &g)
{
    return QJsonObject{{QStringLiteral("size"), QJsonArray{g.size[0], g.size[1], g.size[2]}},
                       {QStringLiteral("spacing"), vec(g.spacing)},
                       {QStringLiteral("origin"), vec(g.origin)},
                       {QStringLiteral("axes"), QJsonArray{vec(g.axes[0]), vec(g.axes[1]), vec(g.axes[2])}}};
}

/// The raw input of one finding for the Python check (no derived value).
QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{{QStringLiteral("kind"), findingKindName(f.kind())},
                  {QStringLiteral("label"), f.label},
                  {QStringLiteral("attributes"), QJsonObject::fromVariantMap(f.attributes)}};
    if (const auto *p = std::get_if<PointGeometry>(&f.geometry)) {
        o.insert(QStringLiteral("index"), vec(p->index));
        if (p->diameterMm)
            o.insert(QStringLiteral("diameterMm"), *p->diameterMm);
    } else if (const auto *b = std::get_if<BoxGeometry>(&f.geometry)) {
        o.insert(QStringLiteral("i0"), b->i0);
        o.insert(QStringLiteral("j0"), b->j0);
        o.insert(QStringLiteral("i1"), b->i1);
        o.insert(QStringLiteral("j1"), b->j1);
        o.insert(QStringLiteral("k0"), b->k0);
        o.insert(QStringLiteral("k1"), b->k1);
    } else if (const auto *c = std::get_if<ContourGeometry>(&f.geometry)) {
        o.insert(QStringLiteral("axis"), c->axis);
        QJsonObject slices;
        for (const auto &[slice, polygon] : c->slices) {
            QJsonArray points;
            for (const Point2 &p : polygon)
                points.append(QJsonArray{p[0], p[1]});
            slices.insert(QString::number(slice), points);
        }
        o.insert(QStringLiteral("slices"), slices);
    } else if (const auto *m = std::get_if<MaskGeometry>(&f.geometry)) {
        QJsonArray voxels;
        std::size_t at = 0;
        for (int k = 0; k < m->size[2]; ++k)
            for (int j = 0; j < m->size[1]; ++j)
                for (int i = 0; i < m->size[0]; ++i, ++at)
                    if (m->labels[at] != 0)
                        voxels.append(QJsonArray{i, j, k, int(m->labels[at])});
        o.insert(QStringLiteral("voxels"), voxels);
    }
    return o;
}

Finding point(const QString &label, Vec3 index, std::optional<double> diameter = std::nullopt)
{
    Finding f;
    f.label = label;
    f.geometry = PointGeometry{index, diameter};
    return f;
}

Finding box(const QString &label, double i0, double j0, double i1, double j1, int k0, int k1)
{
    Finding f;
    f.label = label;
    f.geometry = BoxGeometry{i0, j0, i1, j1, k0, k1};
    return f;
}

Finding contour(const QString &label, int axis, std::map<int, std::vector<Point2>> slices)
{
    Finding f;
    f.label = label;
    ContourGeometry c;
    c.axis = axis;
    c.slices = std::move(slices);
    f.geometry = c;
    return f;
}

/// A small two-label mask on the series grid: a 3x2x2 block of label 1 and an L of label 2.
Finding smallMask(const std::array<int, 3> &size)
{
    MaskGeometry m;
    m.size = size;
    m.labels.assign(std::size_t(size[0]) * size[1] * size[2], 0);
    auto set = [&](int i, int j, int k, std::uint8_t v) { m.labels[(std::size_t(k) * size[1] + j) * size[0] + i] = v; };
    for (int k = 4; k <= 5; ++k)
        for (int j = 100; j <= 101; ++j)
            for (int i = 120; i <= 122; ++i)
                set(i, j, k, 1);
    set(30, 40, 7, 2);
    set(31, 40, 7, 2);
    set(30, 41, 8, 2);
    Finding f;
    f.geometry = m;
    return f;
}

BundleReading reading(const QString &reader, const QString &role, std::vector<Finding> findings,
                      const QString &cls)
{
    BundleReading r;
    r.reader = reader;
    r.role = role;
    r.yearsExperience = reader == QLatin1String("E1") ? 15 : 4;
    r.degree = reader == QLatin1String("E1") ? QStringLiteral("doctor") : QStringLiteral("none");
    r.state = QStringLiteral("submitted");
    r.studyClass = cls;
    r.findings = std::move(findings);
    r.secondsSpent = 95 + reader.size() * 7;
    return r;
}

} // namespace

class TestBundleTables : public QObject {
    Q_OBJECT

private:
    ReleaseContent m_content;
    QStringList m_forbidden;
    QJsonArray m_unitsJson;
    QHash<QString, QStringList> m_sources; ///< pseudonym -> the files its geometry came from (sorted)

    void addUnit(const BundleUnit &unit)
    {
        m_content.units.append(unit);
        m_forbidden << unit.originalStudyInstanceUid;
        if (!unit.originalSeriesInstanceUid.isEmpty())
            m_forbidden << unit.originalSeriesInstanceUid;
        m_forbidden << unit.originalFiles;
        QJsonObject o{{QStringLiteral("pseudonym"), unit.pseudonym},
                      {QStringLiteral("studyInstanceUid"), unit.studyInstanceUid},
                      {QStringLiteral("seriesInstanceUid"), unit.seriesInstanceUid},
                      {QStringLiteral("modality"), unit.modality},
                      {QStringLiteral("studyClass"), unit.studyClass.value_or(QString())},
                      {QStringLiteral("verificationLevel"), unit.verificationLevel},
                      {QStringLiteral("finalState"), unit.finalState},
                      {QStringLiteral("exclusionReason"), unit.exclusionReason},
                      {QStringLiteral("corrections"), unit.corrections},
                      {QStringLiteral("dicomFolder"), unit.dicomFolder},
                      {QStringLiteral("sliceFiles"), QJsonArray::fromStringList(unit.sliceFiles)},
                      {QStringLiteral("sources"), QJsonArray::fromStringList(m_sources.value(unit.pseudonym))}};
        if (unit.geometry)
            o.insert(QStringLiteral("geometry"), geometryJson(*unit.geometry));
        QJsonArray finals;
        for (const Finding &f : unit.finalFindings)
            finals.append(findingJson(f));
        o.insert(QStringLiteral("finals"), finals);
        QJsonArray readings;
        for (const BundleReading &r : unit.readings) {
            QJsonArray findings;
            for (const Finding &f : r.findings)
                findings.append(findingJson(f));
            readings.append(QJsonObject{{QStringLiteral("reader"), r.reader},
                                        {QStringLiteral("role"), r.role},
                                        {QStringLiteral("yearsExperience"), r.yearsExperience},
                                        {QStringLiteral("degree"), r.degree},
                                        {QStringLiteral("state"), r.state},
                                        {QStringLiteral("studyClass"), r.studyClass.value_or(QString())},
                                        {QStringLiteral("secondsSpent"), r.secondsSpent},
                                        {QStringLiteral("findings"), findings}});
        }
        o.insert(QStringLiteral("readings"), readings);
        m_unitsJson.append(o);
    }

    BundleUnit unitFrom(const QString &pseudonym, const Volume &volume, const QString &state)
    {
        BundleUnit u;
        static qint64 nextId = 1;
        u.datasetStudyId = nextId++;
        u.pseudonym = pseudonym;
        u.originalFiles = volume.sourceFiles;
        u.originalSeriesInstanceUid = volume.seriesInstanceUid;
        u.modality = volume.modality;
        u.finalState = state;
        u.verificationLevel = QStringLiteral("high");
        u.geometry = volume.geometry;
        u.studyInstanceUid = QStringLiteral("2.25.1000%1").arg(u.datasetStudyId);
        u.seriesInstanceUid = QStringLiteral("2.25.2000%1").arg(u.datasetStudyId);
        u.dicomFolder = QStringLiteral("dicom/") + pseudonym;
        for (int k = 0; k < volume.slices(); ++k)
            u.sliceFiles << QStringLiteral("dicom/%1/%2.dcm").arg(pseudonym).arg(k + 1, 4, 10, QLatin1Char('0'));
        m_sources.insert(pseudonym, volume.sourceFiles);
        return u;
    }

    /// The study UID from the file itself, so that the "never released" check uses a real one.
    static QString studyUidOf(const QString &file)
    {
        QProcess p;
        p.start(kPython, {QStringLiteral("-c"),
                          QStringLiteral("import pydicom,sys; print(pydicom.dcmread(sys.argv[1], "
                                         "stop_before_pixels=True).StudyInstanceUID)"),
                          file});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        LabelSchema &schema = m_content.dataset.spec.schema;
        schema.id = QStringLiteral("test-schema");
        schema.classes = {LabelClass{QStringLiteral("N0"), QStringLiteral("No findings"), {}, {}, {}, {}},
                          LabelClass{QStringLiteral("N1"), QStringLiteral("Nodules, solid"), {}, {}, {}, {}}};
        schema.findingKinds = {FindingKind::Point, FindingKind::Box, FindingKind::Contour, FindingKind::Mask};
        schema.findingLabels = {LabelClass{QStringLiteral("nodule"), QStringLiteral("Nodule"), {}, {}, {}, {}},
                                LabelClass{QStringLiteral("ggo"), QStringLiteral("Ground-glass \"opacity\""), {}, {}, {}, {}}};
        m_content.dataset.spec.code = QStringLiteral("DS_TEST_MR_BRAIN_NODULE");
        m_content.dataset.spec.name = QStringLiteral("Test dataset");
        m_content.dataset.createdBy = kLogin;
        m_content.version = workflow::SemanticVersion{1, 2, 0};
        m_content.releasedAt = QDateTime(QDate(2025, 3, 4), QTime(10, 0), Qt::UTC);
        m_content.documentation.licence = QStringLiteral("CC BY-NC-ND 4.0");
        m_content.documentation.organisation = QStringLiteral("Test Centre");
        m_forbidden << kLogin;

        // An oblique MR series (20 slices), a CT series (3 slices), a DX image: real geometry.
        Result<Volume> mr = VolumeLoader::loadSeries(dicomFiles(QStringLiteral("mr-series-20")));
        QVERIFY2(mr.ok(), mr.ok() ? "" : qPrintable(mr.error().message));
        Result<Volume> ct = VolumeLoader::loadSeries(dicomFiles(QStringLiteral("ct-3slice")));
        QVERIFY2(ct.ok(), ct.ok() ? "" : qPrintable(ct.error().message));
        Result<Volume> dx = VolumeLoader::loadFile(dicomFiles(QStringLiteral("dx")).value(0));
        QVERIFY2(dx.ok(), dx.ok() ? "" : qPrintable(dx.error().message));
        QCOMPARE(dx->slices(), 1);
        QVERIFY(mr->geometry.axes[1][2] != 0.0); // really oblique: the check is not trivially axis-aligned

        const QString nodule = QStringLiteral("nodule"), ggo = QStringLiteral("ggo");
        // Agreed 3D unit: every kind of finding in the final labels and the readings.
        BundleUnit u1 = unitFrom(QStringLiteral("DS_TEST_0001"), *mr, QStringLiteral("agreed"));
        u1.originalStudyInstanceUid = studyUidOf(mr->sourceFiles.front());
        QVERIFY(!u1.originalStudyInstanceUid.isEmpty());
        u1.studyClass = QStringLiteral("N1");
        Finding p = point(nodule, {101.25, 87.5, 6.0}, 7.5);
        p.attributes.insert(QStringLiteral("type"), QStringLiteral("part-solid, \"mixed\""));
        u1.finalFindings = {p,
                            box(ggo, 59.5, 69.5, 80.5, 90.5, 3, 6),
                            contour(nodule, 2, {{9, {{100, 100}, {110, 100}, {110, 108}, {100, 108}}},
                                                {10, {{101, 101}, {109, 102}, {104, 107}}}}),
                            contour(ggo, 0, {{128, {{40.5, 2.5}, {60.5, 2.5}, {60.5, 5.5}, {40.5, 5.5}}}}),
                            smallMask(mr->geometry.size)};
        u1.readings = {reading(QStringLiteral("R1"), QStringLiteral("primary"), u1.finalFindings, QStringLiteral("N1")),
                       reading(QStringLiteral("R2"), QStringLiteral("primary"), {point(nodule, {100, 88, 6})},
                               QStringLiteral("N1"))};
        addUnit(u1);

        // Arbitrated 2D unit: a box and a contour go to COCO.
        BundleUnit u2 = unitFrom(QStringLiteral("DS_TEST_0002"), *dx, QStringLiteral("arbitrated"));
        u2.originalStudyInstanceUid = studyUidOf(dx->sourceFiles.front());
        u2.studyClass = QStringLiteral("N1");
        u2.corrections = 1;
        u2.finalFindings = {box(nodule, 9.5, 19.5, 40.5, 60.5, 0, 0),
                            contour(ggo, 2, {{0, {{100, 110}, {140, 110}, {140, 150}, {120, 160}, {100, 150}}}}),
                            point(nodule, {20, 30, 0})};
        u2.readings = {reading(QStringLiteral("R1"), QStringLiteral("primary"), {box(nodule, 9.5, 19.5, 40.5, 60.5, 0, 0)},
                               QStringLiteral("N1")),
                       reading(QStringLiteral("R3"), QStringLiteral("primary"), {}, QStringLiteral("N0")),
                       reading(QStringLiteral("E1"), QStringLiteral("arbitration"), u2.finalFindings,
                               QStringLiteral("N1"))};
        addUnit(u2);

        // Excluded CT unit: its reason has a comma and quotes; not in COCO even though it has findings.
        BundleUnit u3 = unitFrom(QStringLiteral("DS_TEST_0003"), *ct, QStringLiteral("excluded"));
        u3.originalStudyInstanceUid = studyUidOf(ct->sourceFiles.front());
        u3.exclusionReason = kReason;
        u3.dicomFolder.clear();
        u3.sliceFiles.clear();
        u3.readings = {reading(QStringLiteral("R2"), QStringLiteral("primary"), {box(nodule, 1.5, 1.5, 5.5, 5.5, 1, 1)},
                               QStringLiteral("N1"))};
        addUnit(u3);

        // A unit without geometry: patient columns, areas and volumes stay empty.
        BundleUnit u4;
        u4.datasetStudyId = 99;
        u4.pseudonym = QStringLiteral("DS_TEST_0004");
        u4.originalStudyInstanceUid = QStringLiteral("1.2.840.99999.4242.1");
        u4.originalFiles = {QStringLiteral("/srv/pacs/secret-patient/IM0001")};
        u4.modality = QStringLiteral("CT");
        u4.finalState = QStringLiteral("agreed");
        u4.studyClass = QStringLiteral("N0");
        u4.verificationLevel = QStringLiteral("low");
        u4.finalFindings = {point(nodule, {10, 11, 2}),
                            contour(nodule, 2, {{3, {{0, 0}, {4, 0}, {4, 3}}}})};
        u4.readings = {reading(QStringLiteral("R1"), QStringLiteral("primary"), u4.finalFindings, QStringLiteral("N0"))};
        addUnit(u4);
    }

    void writesTablesThatPythonRecomputes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        Result<QStringList> written = BundleTables::write(m_content, bundle);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QStringList expected{QStringLiteral("labels.csv"), QStringLiteral("readings.csv"),
                                   QStringLiteral("findings.csv"), QStringLiteral("annotations_coco.json")};
        QCOMPARE(*written, expected);
        for (const QString &name : expected)
            QVERIFY2(QFile::exists(QDir(bundle).filePath(name)), qPrintable(name));

        QStringList forbidden = m_forbidden;
        forbidden << QStringLiteral(ETALON_SHARED_DICOM) << bundle;
        const QJsonObject input{{QStringLiteral("schema"), QJsonDocument::fromJson(m_content.dataset.spec.schema.toJson()).object()},
                                {QStringLiteral("units"), m_unitsJson},
                                {QStringLiteral("version"), m_content.version.toString()},
                                {QStringLiteral("licence"), m_content.documentation.licence},
                                {QStringLiteral("forbidden"), QJsonArray::fromStringList(forbidden)}};
        QFile inputFile(dir.filePath(QStringLiteral("input.json")));
        QVERIFY(inputFile.open(QIODevice::WriteOnly));
        inputFile.write(QJsonDocument(input).toJson());
        inputFile.close();

        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(kPython, {QStringLiteral(ETALON_SOURCE_DIR "/tests/core/bundle_tables_check.py"), bundle,
                              inputFile.fileName()});
        QVERIFY(check.waitForFinished(120000));
        const QString output = QString::fromUtf8(check.readAll());
        qInfo().noquote() << output.trimmed();
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, qPrintable(output));

        // The excluded unit's reason survives a round trip through Python's csv module intact.
        QProcess reason;
        reason.start(kPython, {QStringLiteral("-c"),
                               QStringLiteral("import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline='', "
                                              "encoding='utf-8'))); sys.stdout.write(r[2]['exclusion_reason'])"),
                               QDir(bundle).filePath(QStringLiteral("labels.csv"))});
        QVERIFY(reason.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(reason.readAllStandardOutput()), kReason);
    }

    void damagedMaskNamesTheStudy()
    {
        ReleaseContent content = m_content;
        Finding broken;
        MaskGeometry mask;
        mask.size = {4, 4, 2};
        mask.labels.assign(5, 1); // shorter than its size says
        broken.geometry = mask;
        content.units[0].readings[1].findings.push_back(broken);
        QTemporaryDir dir;
        Result<QStringList> written = BundleTables::write(content, dir.path());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::CorruptData);
        QVERIFY2(written.error().message.contains(QStringLiteral("DS_TEST_0001")), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("labels.csv")))); // nothing half-written
    }

    void unwritableFolderFails()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Result<QStringList> written = BundleTables::write(m_content, notAFolder);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::IoError);
        QVERIFY(written.error().message.contains(notAFolder));
    }
};

QTEST_GUILESS_MAIN(TestBundleTables)
#include "tst_bundletables.moc"
