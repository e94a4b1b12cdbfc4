// MaskExport: NIfTI label maps, DICOM SEG and RTSTRUCT written from masks and contours on real
// series, checked by tools that are not Etalon: nibabel, pydicom and dciodvfy (dicom3tools).
#include "core/dicom/VolumeLoader.h"
#include "core/export/MaskExport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;

namespace {

const char *const kPython = "/usr/bin/python3";

/// The independent check: nibabel and pydicom read what was written and compare it with the
/// mask and with the geometry of the source files' own headers.
const char *const kCheckScript = R"PY(
import json, sys, warnings
warnings.simplefilter("ignore")
import numpy as np
import nibabel as nib
import pydicom

cfg = json.load(open(sys.argv[1]))
cols, rows, slices = cfg["size"]
mask = np.fromfile(cfg["maskFile"], dtype=np.uint8).reshape(slices, rows, cols)
errors = []

def fail(msg):
    errors.append(msg)

# Geometry of each source slice from its own header (not from Etalon).
src = [pydicom.dcmread(f, stop_before_pixels=True) for f in cfg["sources"]]
uids = [s.SOPInstanceUID for s in src]
def header_point(i, j, k):
    s = src[k]
    ipp = np.array([float(v) for v in s.ImagePositionPatient])
    iop = [float(v) for v in s.ImageOrientationPatient]
    ps = [float(v) for v in s.PixelSpacing]
    return ipp + i * ps[1] * np.array(iop[0:3]) + j * ps[0] * np.array(iop[3:6])

# NIfTI
img = nib.load(cfg["nifti"])
if img.shape != (cols, rows, slices):
    fail("nifti shape %s" % (img.shape,))
if img.get_data_dtype() != np.uint8:
    fail("nifti dtype %s" % img.get_data_dtype())
data = np.asanyarray(img.dataobj)
if not np.array_equal(data, mask.transpose(2, 1, 0)):
    fail("nifti labels differ from the mask")
maxHeader = 0.0
for v in cfg["voxels"]:
    i, j, k = v["index"]
    ras = img.affine @ np.array([i, j, k, 1.0])
    lps = np.array([-ras[0], -ras[1], ras[2]])
    if np.max(np.abs(lps - np.array(v["patient"]))) > 1e-3:
        fail("nifti affine maps %s to %s, Etalon says %s" % (v["index"], lps, v["patient"]))
    maxHeader = max(maxHeader, np.max(np.abs(lps - header_point(i, j, k))))
# The volume is a regular grid fitted to the slice positions (the MR's positions are stated to
# 6 digits and not exactly collinear); it may differ from each header by a fraction of a voxel.
if maxHeader > 0.1:
    fail("nifti affine is %.4f mm off the source headers" % maxHeader)
print("nifti: shape %s, affine vs source headers max %.5f mm" % (img.shape, maxHeader))

# SEG
seg = pydicom.dcmread(cfg["seg"])
if seg.Modality != "SEG" or seg.SegmentationType != "BINARY":
    fail("seg modality/type %s %s" % (seg.Modality, seg.SegmentationType))
if seg.FrameOfReferenceUID != src[0].FrameOfReferenceUID:
    fail("seg frame of reference differs")
if seg.StudyInstanceUID != src[0].StudyInstanceUID:
    fail("seg study differs")
labels = {l["name"]: l for l in cfg["labels"]}
segValue = {}
for item in seg.SegmentSequence:
    l = labels.get(item.SegmentLabel)
    if l is None:
        fail("unexpected segment %s" % item.SegmentLabel); continue
    segValue[int(item.SegmentNumber)] = l["value"]
    if item.SegmentDescription != l["code"]:
        fail("segment description %s" % item.SegmentDescription)
    if len(item.RecommendedDisplayCIELabValue) != 3:
        fail("no CIELab colour")
    if item.SegmentedPropertyCategoryCodeSequence[0].CodeValue != "49755003":
        fail("category code")
present = sorted(set(np.unique(mask)) - {0})
if sorted(segValue.values()) != present:
    fail("segments %s, mask values %s" % (sorted(segValue.values()), present))
frames = seg.pixel_array.reshape(-1, rows, cols)
if int(seg.NumberOfFrames) != len(present) * slices:
    fail("seg has %s frames, expected %d" % (seg.NumberOfFrames, len(present) * slices))
seen = set()
maxPos = 0.0
for f, fg in enumerate(seg.PerFrameFunctionalGroupsSequence):
    number = int(fg.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
    uid = fg.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID
    if uid not in uids:
        fail("frame %d references unknown %s" % (f, uid)); continue
    k = uids.index(uid)
    seen.add((number, k))
    pos = np.array([float(v) for v in fg.PlanePositionSequence[0].ImagePositionPatient])
    maxPos = max(maxPos, np.max(np.abs(pos - header_point(0, 0, k))))
    expected = (mask[k] == segValue.get(number, -1)).astype(np.uint8)
    if not np.array_equal(frames[f], expected):
        fail("frame %d (segment %d, slice %d) differs from the mask" % (f, number, k))
if maxPos > 1e-3:
    fail("seg frame positions are %.4f mm off the source headers" % maxPos)
for number in segValue:
    for k in range(slices):
        if (number, k) not in seen:
            fail("segment %d has no frame for slice %d" % (number, k))
refs = [r.ReferencedSOPInstanceUID for s in seg.ReferencedSeriesSequence for r in s.ReferencedInstanceSequence]
if sorted(refs) != sorted(uids):
    fail("seg ReferencedSeriesSequence lists %d instances, not the %d source images" % (len(refs), len(uids)))
if seg.ReferencedSeriesSequence[0].SeriesInstanceUID != src[0].SeriesInstanceUID:
    fail("seg referenced series uid")
emptySlices = [k for k in range(slices) if not mask[k].any()]
print("seg: %d segments, %d frames, empty slices kept %s, positions vs headers max %.5f mm"
      % (len(segValue), len(frames), emptySlices, maxPos))

# RTSTRUCT
rt = pydicom.dcmread(cfg["rt"])
if rt.Modality != "RTSTRUCT":
    fail("rt modality %s" % rt.Modality)
rfor = rt.ReferencedFrameOfReferenceSequence[0]
if rfor.FrameOfReferenceUID != src[0].FrameOfReferenceUID:
    fail("rt frame of reference")
imgs = [c.ReferencedSOPInstanceUID for c in rfor.RTReferencedStudySequence[0].RTReferencedSeriesSequence[0].ContourImageSequence]
if sorted(imgs) != sorted(uids):
    fail("rt referenced images")
roi = rt.StructureSetROISequence[0]
if roi.ROIName != cfg["contour"]["name"]:
    fail("roi name %s" % roi.ROIName)
if [int(v) for v in rt.ROIContourSequence[0].ROIDisplayColor] != cfg["contour"]["rgb"]:
    fail("roi colour %s" % rt.ROIContourSequence[0].ROIDisplayColor)
contour = rt.ROIContourSequence[0].ContourSequence[0]
k = cfg["contour"]["slice"]
if contour.ContourImageSequence[0].ReferencedSOPInstanceUID != uids[k]:
    fail("contour references %s, slice %d is %s" % (contour.ContourImageSequence[0].ReferencedSOPInstanceUID, k, uids[k]))
pts = np.array([float(v) for v in contour.ContourData]).reshape(-1, 3)
expected = np.array(cfg["contour"]["patient"])
if pts.shape != expected.shape or np.max(np.abs(pts - expected)) > 1e-3:
    fail("contour points %s, expected %s" % (pts.tolist(), expected.tolist()))
hdr = np.array([header_point(p[0], p[1], k) for p in cfg["contour"]["index"]])
maxRt = np.max(np.abs(pts - hdr))
if maxRt > 0.1:
    fail("contour points are %.4f mm off the source header" % maxRt)
print("rtstruct: %d points on slice %d, vs header max %.5f mm" % (len(pts), k, maxRt))

for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
)PY";

struct Written {
    QString nifti, seg, rt;
};

} // namespace

class TestMaskExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void rejectsBadInput();

private:
    static Volume load(const QString &folder);
    Volume loadWithValidUids(const QString &folder);
    static QStringList dciodvfyMessages(const QString &file);
    QList<LabelClass> m_labels;
    QTemporaryDir m_dir;
};

void TestMaskExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QString::fromLatin1(kPython)), "/usr/bin/python3 is needed");
    QProcess probe;
    probe.start(QString::fromLatin1(kPython), {QStringLiteral("-c"), QStringLiteral("import pydicom, nibabel, numpy")});
    QVERIFY(probe.waitForFinished(60000));
    QVERIFY2(probe.exitCode() == 0, "python3-pydicom, python3-nibabel and python3-numpy are needed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dciodvfy")).isEmpty(), "dciodvfy (dicom3tools) is needed");
    LabelClass nodule;
    nodule.code = QStringLiteral("nodule");
    nodule.name = QStringLiteral("Nodule");
    nodule.colour = QStringLiteral("#ff0000");
    LabelClass opacity;
    opacity.code = QStringLiteral("ggo");
    opacity.name = QStringLiteral("Ground-glass opacity");
    opacity.colour = QStringLiteral("#00c0ff");
    m_labels = {nodule, opacity};
}

Volume TestMaskExport::load(const QString &folder)
{
    const QDir dir(QStringLiteral(ETALON_SHARED_DICOM "/") + folder);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    auto volume = dicom::VolumeLoader::loadSeries(files);
    if (!volume)
        qFatal("%s", qPrintable(volume.error().message));
    return *volume;
}

/// A copy of \a folder with valid UIDs: the MR series' own UIDs have the root 0.0.0.0, which
/// dciodvfy rejects wherever they are referenced (the release bundle remaps UIDs anyway when it
/// de-identifies). Rewritten with DCMTK's dcmodify, an independent tool.
Volume TestMaskExport::loadWithValidUids(const QString &folder)
{
    const QDir source(QStringLiteral(ETALON_SHARED_DICOM "/") + folder);
    const QString target = m_dir.filePath(folder + QStringLiteral("-copy"));
    QDir().mkpath(target);
    const QString root = QStringLiteral("2.25.%1").arg(quint64(QDateTime::currentMSecsSinceEpoch()) * 1000u);
    QStringList files;
    int n = 0;
    for (const QString &name : source.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name)) {
        const QString copy = QDir(target).filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(source.filePath(name), copy))
            qFatal("cannot copy %s", qPrintable(name));
        const QString instance = root + QStringLiteral(".4.%1").arg(++n);
        QProcess modify;
        modify.setProcessChannelMode(QProcess::MergedChannels);
        modify.start(QStringLiteral("dcmodify"),
                     {QStringLiteral("-nb"), QStringLiteral("-ie"), QStringLiteral("-m"), QStringLiteral("(0020,000d)=") + root + QStringLiteral(".1"),
                      QStringLiteral("-m"), QStringLiteral("(0020,000e)=") + root + QStringLiteral(".2"),
                      QStringLiteral("-m"), QStringLiteral("(0020,0052)=") + root + QStringLiteral(".3"),
                      QStringLiteral("-m"), QStringLiteral("(0008,0018)=") + instance,
                      QStringLiteral("-m"), QStringLiteral("(0002,0003)=") + instance, copy});
        // dcmodify exits non-zero on these files' warnings (a stray group 0000 element); the
        // copies are checked by reading them back below and by pydicom in the check script.
        if (!modify.waitForFinished(60000))
            qFatal("dcmodify did not finish on %s", qPrintable(copy));
        files << copy;
    }
    auto volume = dicom::VolumeLoader::loadSeries(files);
    if (!volume)
        qFatal("%s", qPrintable(volume.error().message));
    return *volume;
}

QStringList TestMaskExport::dciodvfyMessages(const QString &file)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dciodvfy"), {file});
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestMaskExport::roundTrip_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("contourSlice");
    QTest::newRow("ct-3slice") << QStringLiteral("ct-3slice") << 2;
    QTest::newRow("mr-series-20") << QStringLiteral("mr-series-20") << 4;
}

void TestMaskExport::roundTrip()
{
    QFETCH(QString, folder);
    QFETCH(int, contourSlice);
    const Volume series = folder.startsWith(QLatin1String("mr")) ? loadWithValidUids(folder) : load(folder);
    const int cols = series.columns(), rows = series.rows(), slices = series.slices();
    QVERIFY(slices >= 3);

    // Two labels; the middle slice (and, for the MR, a run of middle slices) stays empty.
    MaskGeometry mask;
    mask.size = series.geometry.size;
    mask.labels.assign(series.geometry.voxelCount(), 0);
    const auto set = [&](int i, int j, int k, std::uint8_t value) {
        mask.labels[(std::size_t(k) * std::size_t(rows) + std::size_t(j)) * std::size_t(cols) + std::size_t(i)] = value;
    };
    const int middle = slices / 2;
    for (int k = 0; k < slices; ++k) {
        if (std::abs(k - middle) <= slices / 8)
            continue;
        for (int j = rows / 4; j < rows / 4 + rows / 8 + k; ++j)
            for (int i = cols / 5; i < cols / 5 + cols / 6; ++i)
                set(i, j, k, 1);
        if (k >= middle)
            for (int j = rows / 2; j < rows / 2 + 20; ++j)
                for (int i = cols / 2 + (j - rows / 2); i < cols / 2 + 40; ++i)
                    set(i, j, k, 2);
    }

    const QString base = m_dir.filePath(folder);
    const QString niftiPath = base + QStringLiteral("-mask.nii.gz");
    const QString segPath = base + QStringLiteral("-seg.dcm");
    const QString rtPath = base + QStringLiteral("-rtstruct.dcm");

    auto nifti = release::writeNiftiLabelMap(mask, series, niftiPath);
    QVERIFY2(nifti, nifti ? "" : qPrintable(nifti.error().message));
    release::DerivedSeriesOptions options;
    options.seriesDescription = QStringLiteral("Etalon test masks");
    auto seg = release::writeDicomSeg(mask, series, m_labels, segPath, options);
    QVERIFY2(seg, seg ? "" : qPrintable(seg.error().message));
    QCOMPARE(seg->labelValues, (QList<int>{1, 2}));
    QCOMPARE(seg->frames, 2 * slices);

    release::ContourRoi roi;
    roi.name = QStringLiteral("Nodule 1");
    roi.colour = QStringLiteral("#ff8000");
    roi.description = QStringLiteral("nodule");
    roi.contour.axis = 2;
    const std::vector<Point2> polygon{{cols * 0.3 + 0.5, rows * 0.4 + 0.25}, {cols * 0.45, rows * 0.42},
                                      {cols * 0.41 + 0.75, rows * 0.6 + 0.5}, {cols * 0.28, rows * 0.55}};
    roi.contour.slices[contourSlice] = polygon;
    auto rt = release::writeRtStruct({roi}, series, rtPath, options);
    QVERIFY2(rt, rt ? "" : qPrintable(rt.error().message));
    QCOMPARE(rt->rois, 1);
    QCOMPARE(rt->contours, 1);

    // dciodvfy: no errors; warnings are listed.
    for (const QString &file : {segPath, rtPath}) {
        const QStringList messages = dciodvfyMessages(file);
        QStringList errors;
        for (const QString &line : messages) {
            if (line.startsWith(QLatin1String("Error")))
                errors << line;
            else if (line.startsWith(QLatin1String("Warning")))
                qInfo("dciodvfy %s: %s", qPrintable(QFileInfo(file).fileName()), qPrintable(line));
        }
        QVERIFY2(errors.isEmpty(), qPrintable(QFileInfo(file).fileName() + QLatin1Char('\n') + errors.join(QLatin1Char('\n'))));
    }

    // The independent check.
    const QString maskFile = base + QStringLiteral("-mask.raw");
    {
        QFile out(maskFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reinterpret_cast<const char *>(mask.labels.data()), qint64(mask.labels.size()));
    }
    const auto point = [](const Vec3 &p) { return QJsonArray{p[0], p[1], p[2]}; };
    QJsonArray voxels;
    for (const Vec3 &index : {Vec3{0, 0, 0}, Vec3{double(cols - 1), 0, 0}, Vec3{0, double(rows - 1), double(slices - 1)},
                              Vec3{17, 203, double(middle)}, Vec3{double(cols - 1), double(rows - 1), double(slices - 1)}})
        voxels.append(QJsonObject{{QStringLiteral("index"), point(index)},
                                  {QStringLiteral("patient"), point(series.geometry.indexToPatient(index))}});
    QJsonArray contourIndex, contourPatient;
    for (const Point2 &p : polygon) {
        contourIndex.append(QJsonArray{p[0], p[1]});
        contourPatient.append(point(series.geometry.indexToPatient({p[0], p[1], double(contourSlice)})));
    }
    QJsonArray labels;
    for (int n = 0; n < m_labels.size(); ++n)
        labels.append(QJsonObject{{QStringLiteral("value"), n + 1},
                                  {QStringLiteral("name"), m_labels[n].name},
                                  {QStringLiteral("code"), m_labels[n].code}});
    const QJsonObject config{
        {QStringLiteral("nifti"), niftiPath},
        {QStringLiteral("seg"), segPath},
        {QStringLiteral("rt"), rtPath},
        {QStringLiteral("maskFile"), maskFile},
        {QStringLiteral("size"), QJsonArray{cols, rows, slices}},
        {QStringLiteral("sources"), QJsonArray::fromStringList(series.sourceFiles)},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("voxels"), voxels},
        {QStringLiteral("contour"),
         QJsonObject{{QStringLiteral("name"), roi.name},
                     {QStringLiteral("rgb"), QJsonArray{255, 128, 0}},
                     {QStringLiteral("slice"), contourSlice},
                     {QStringLiteral("index"), contourIndex},
                     {QStringLiteral("patient"), contourPatient}}},
    };
    const QString configFile = base + QStringLiteral("-check.json");
    const QString scriptFile = m_dir.filePath(QStringLiteral("check_export.py"));
    {
        QFile out(configFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(config).toJson());
        QFile script(scriptFile);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(kCheckScript);
    }
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QString::fromLatin1(kPython), {scriptFile, configFile});
    QVERIFY(python.waitForFinished(300000));
    const QString output = QString::fromUtf8(python.readAll());
    qInfo("%s", qPrintable(output.trimmed()));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, qPrintable(output));
}

void TestMaskExport::rejectsBadInput()
{
    const Volume series = load(QStringLiteral("ct-3slice"));
    const QString path = m_dir.filePath(QStringLiteral("bad-seg.dcm"));

    MaskGeometry empty;
    empty.size = series.geometry.size;
    empty.labels.assign(series.geometry.voxelCount(), 0);
    auto seg = release::writeDicomSeg(empty, series, m_labels, path);
    QVERIFY(!seg);
    QVERIFY(seg.error().message.contains(path));
    QVERIFY(!QFileInfo::exists(path));

    MaskGeometry wrongSize;
    wrongSize.size = {4, 4, 3};
    wrongSize.labels.assign(48, 1);
    auto nifti = release::writeNiftiLabelMap(wrongSize, series, m_dir.filePath(QStringLiteral("bad.nii.gz")));
    QVERIFY(!nifti);
    QVERIFY(nifti.error().message.contains(QStringLiteral("bad.nii.gz")));

    MaskGeometry unknownLabel = empty;
    unknownLabel.labels[100] = 7;
    seg = release::writeDicomSeg(unknownLabel, series, m_labels, path);
    QVERIFY(!seg);
    QVERIFY(seg.error().message.contains(QStringLiteral("7")));

    release::ContourRoi coronal;
    coronal.name = QStringLiteral("Coronal");
    coronal.contour.axis = 1;
    coronal.contour.slices[10] = {{1, 0}, {5, 0}, {5, 2}};
    auto rt = release::writeRtStruct({coronal}, series, m_dir.filePath(QStringLiteral("bad-rt.dcm")));
    QVERIFY(!rt);
    QVERIFY(rt.error().message.contains(QStringLiteral("bad-rt.dcm")));

    release::ContourRoi outside;
    outside.name = QStringLiteral("Outside");
    outside.contour.slices[5] = {{1, 1}, {5, 1}, {5, 4}};
    rt = release::writeRtStruct({outside}, series, m_dir.filePath(QStringLiteral("bad-rt.dcm")));
    QVERIFY(!rt);
    QVERIFY(rt.error().message.contains(QStringLiteral("outside")));
}

QTEST_GUILESS_MAIN(TestMaskExport)
#include "tst_maskexport.moc"
