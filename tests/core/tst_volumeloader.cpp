#include "core/dicom/VolumeLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace etalon::core;
using etalon::core::dicom::VolumeLoader;

namespace {

const QString kShared = QStringLiteral(ETALON_SHARED_DICOM);
const QString kPydicom = QStringLiteral(ETALON_PYDICOM_FILES);

QString shared(const QString &rel)
{
    return kShared + QLatin1Char('/') + rel;
}

QString pydicomFile(const QString &name)
{
    return kPydicom + QLatin1Char('/') + name;
}

/// pydicom's view of the files (tests/core/pixel_reference.py), one JSON object per file.
QList<QJsonObject> reference(const QStringList &files)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(ETALON_SOURCE_DIR "/tests/core/pixel_reference.py")} + files);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    QList<QJsonObject> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

QByteArray sliceHash(const Volume &v, int k)
{
    const std::size_t bytes = v.sliceSampleCount() * std::size_t(bytesPerSample(v.pixelType));
    return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(v.voxels.get()) + std::size_t(k) * bytes,
                                                   qsizetype(bytes)),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QByteArray volumeBytes(const Volume &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.voxels.get()), qsizetype(v.byteSize));
}

Vec3 toVec(const QJsonValue &a)
{
    const QJsonArray arr = a.toArray();
    return {arr.at(0).toDouble(), arr.at(1).toDouble(), arr.at(2).toDouble()};
}

double dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

bool near(const Vec3 &a, const Vec3 &b, double tol = 1e-3)
{
    return std::abs(a[0] - b[0]) < tol && std::abs(a[1] - b[1]) < tol && std::abs(a[2] - b[2]) < tol;
}

struct RefSlice {
    QString sha;
    std::optional<Vec3> position;
};

/// All frames of the reference files, ordered the way a geometry-correct loader must order
/// them: along the normal of the orientation when every frame has a distinct position.
QList<RefSlice> expectedSlices(const QList<QJsonObject> &ref, Vec3 *normalOut = nullptr)
{
    QList<RefSlice> slices;
    for (const QJsonObject &o : ref)
        for (const QJsonValue &f : o.value(QLatin1String("frames")).toArray()) {
            RefSlice s{f.toObject().value(QLatin1String("sha256")).toString(), std::nullopt};
            if (f.toObject().value(QLatin1String("position")).isArray())
                s.position = toVec(f.toObject().value(QLatin1String("position")));
            slices.append(s);
        }
    const QJsonArray iop = ref.first().value(QLatin1String("orientation")).toArray();
    if (iop.size() == 6) {
        const Vec3 r{iop[0].toDouble(), iop[1].toDouble(), iop[2].toDouble()};
        const Vec3 c{iop[3].toDouble(), iop[4].toDouble(), iop[5].toDouble()};
        const Vec3 n{r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]};
        if (normalOut)
            *normalOut = n;
        const bool all = std::all_of(slices.begin(), slices.end(), [](const RefSlice &s) { return s.position.has_value(); });
        if (all && slices.size() > 1)
            std::stable_sort(slices.begin(), slices.end(),
                             [&](const RefSlice &a, const RefSlice &b) { return dot(*a.position, n) < dot(*b.position, n); });
    }
    return slices;
}

} // namespace

class TestVolumeLoader : public QObject {
    Q_OBJECT

private slots:
    void statesWhatGeometryTheFilesGive();
    void matchesPydicom_data();
    void matchesPydicom();
    void losslessVariantsAreIdentical_data();
    void losslessVariantsAreIdentical();
    void lossyColourIsCloseToLossless_data();
    void lossyColourIsCloseToLossless();
    void ctGeometryFromPositionsNotFileOrder();
    void mrSeriesSortedAlongNormal();
    void twoDimensionalImages();
    void rejectsMixedSeries();
    void progressAndCancel();
    void everyImageFileDecodes();
};

void TestVolumeLoader::matchesPydicom_data()
{
    QTest::addColumn<QStringList>("files");
    // Files pydicom decodes without plugins: uncompressed (LE, BE, implicit, deflate), RLE.
    const QStringList single{
        pydicomFile("CT_small.dcm"), pydicomFile("MR_small.dcm"), pydicomFile("MR_small_bigendian.dcm"),
        pydicomFile("MR_small_implicit.dcm"), pydicomFile("MR_small_RLE.dcm"), pydicomFile("MR_small_padded.dcm"),
        pydicomFile("ExplVR_BigEnd.dcm"), pydicomFile("image_dfl.dcm"), pydicomFile("liver_1frame.dcm"),
        pydicomFile("liver_expb_1frame.dcm"), pydicomFile("rtdose.dcm"), pydicomFile("rtdose_expb.dcm"),
        pydicomFile("rtdose_rle.dcm"), pydicomFile("SC_rgb_rle.dcm"), pydicomFile("SC_rgb_rle_16bit.dcm"),
        pydicomFile("SC_rgb_rle_2frame.dcm"), pydicomFile("SC_rgb_rle_16bit_2frame.dcm"),
        pydicomFile("SC_rgb_rle_32bit.dcm"), pydicomFile("SC_rgb_rle_32bit_2frame.dcm"),
        pydicomFile("SC_rgb_small_odd.dcm"), pydicomFile("SC_rgb_jpeg_dcmd.dcm"),
        shared("mr-enhanced/emri_small.dcm"), shared("mr-enhanced/emri_small_RLE.dcm"), shared("dx/dx_image.dcm"),
        shared("seg-highdicom/ct_image.dcm"), shared("ct-3slice/01.dcm")};
    for (const QString &f : single)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << QStringList{f};
    QTest::newRow("ct-3slice series") << QStringList{shared("ct-3slice/01.dcm"), shared("ct-3slice/02.dcm"),
                                                     shared("ct-3slice/03.dcm")};
    QStringList mr;
    for (int n = 1; n <= 20; ++n)
        mr << shared(QStringLiteral("mr-series-20/brain_%1.dcm").arg(n, 3, 10, QLatin1Char('0')));
    QTest::newRow("mr-series-20") << mr;
}

void TestVolumeLoader::matchesPydicom()
{
    QFETCH(QStringList, files);
    const QList<QJsonObject> ref = reference(files);
    QCOMPARE(ref.size(), files.size());
    Vec3 normal{0, 0, 1};
    const QList<RefSlice> expected = expectedSlices(ref, &normal);

    auto loaded = VolumeLoader::loadSeries(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Volume &v = *loaded;
    QCOMPARE(v.slices(), int(expected.size()));
    QCOMPARE(pixelTypeName(v.pixelType), ref.first().value(QLatin1String("dtype")).toString());
    for (int k = 0; k < v.slices(); ++k)
        QCOMPARE(QString::fromLatin1(sliceHash(v, k)), expected[k].sha);

    // Geometry: origin at the first sorted slice, axes from the orientation, spacing from
    // the positions and Pixel Spacing (row spacing = distance between rows = along j).
    if (expected.first().position)
        QVERIFY(near(v.geometry.origin, *expected.first().position));
    if (expected.size() > 1 && expected.first().position && expected.last().position) {
        const double span = dot(*expected.last().position, normal) - dot(*expected.first().position, normal);
        QVERIFY(std::abs(v.geometry.spacing[2] - span / double(expected.size() - 1)) < 1e-4);
        QVERIFY(near(v.geometry.axes[2], normal, 1e-6));
    }
    const QJsonArray ps = ref.first().value(QLatin1String("pixelSpacing")).toArray();
    if (ps.size() == 2) {
        QCOMPARE(v.geometry.spacing[1], ps[0].toDouble());
        QCOMPARE(v.geometry.spacing[0], ps[1].toDouble());
    }
    const QJsonArray rescale = ref.first().value(QLatin1String("rescale")).toArray();
    if (v.samplesPerPixel == 1 && ref.first().value(QLatin1String("photometric")).toString() != QLatin1String("RTDOSE")) {
        QCOMPARE(v.rescaleOfSlice(0).intercept, rescale[1].toDouble());
    }
    const QJsonValue window = ref.first().value(QLatin1String("window"));
    if (window.isArray() && files.size() == 1) {
        QVERIFY(v.defaultWindow.has_value());
        QCOMPARE(v.defaultWindow->center, window.toArray()[0].toDouble());
        QCOMPARE(v.defaultWindow->width, window.toArray()[1].toDouble());
    }
    QCOMPARE(v.photometric == Photometric::Rgb, v.samplesPerPixel == 3);
}

void TestVolumeLoader::losslessVariantsAreIdentical_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("variant");
    const QString emri = shared("mr-enhanced/emri_small.dcm");
    // JPEG-LS goes through DCMTK's CharLS (PLATFORM.md: two CharLS copies in one process).
    QTest::newRow("emri JPEG-LS (DCMTK)") << emri << shared("mr-enhanced/emri_small_jpeg_ls_lossless.dcm");
    QTest::newRow("emri J2K (GDCM)") << emri << shared("mr-enhanced/emri_small_jpeg_2k_lossless.dcm");
    QTest::newRow("emri RLE") << emri << shared("mr-enhanced/emri_small_RLE.dcm");
    const QString mr = pydicomFile("MR_small.dcm");
    for (const char *name : {"MR_small_RLE.dcm", "MR_small_bigendian.dcm", "MR_small_expb.dcm", "MR_small_implicit.dcm",
                             "MR_small_jp2klossless.dcm", "MR_small_jpeg_ls_lossless.dcm", "MR_small_padded.dcm"})
        QTest::newRow(name) << mr << pydicomFile(QString::fromLatin1(name));
    // RGB: JPEG lossless (DCMTK) against RLE.
    QTest::newRow("SC_rgb_jpeg_gdcm (JPEG lossless)") << pydicomFile("SC_rgb_rle.dcm") << pydicomFile("SC_rgb_jpeg_gdcm.dcm");
    QTest::newRow("rtdose RLE") << pydicomFile("rtdose.dcm") << pydicomFile("rtdose_rle.dcm");
    QTest::newRow("JPEG extended vs JPEG-lossy") << pydicomFile("JPGExtended.dcm") << pydicomFile("JPEG-lossy.dcm");
}

void TestVolumeLoader::losslessVariantsAreIdentical()
{
    QFETCH(QString, original);
    QFETCH(QString, variant);
    auto a = VolumeLoader::loadFile(original);
    auto b = VolumeLoader::loadFile(variant);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(b->geometry.size, a->geometry.size);
    QCOMPARE(b->pixelType, a->pixelType);
    QCOMPARE(b->samplesPerPixel, a->samplesPerPixel);
    QVERIFY(volumeBytes(*a) == volumeBytes(*b));
    QVERIFY(near(a->geometry.origin, b->geometry.origin, 1e-6));
}

void TestVolumeLoader::lossyColourIsCloseToLossless_data()
{
    QTest::addColumn<QString>("variant");
    // Same picture as SC_rgb_rle.dcm, JPEG-compressed as RGB, YBR_FULL and YBR_FULL_422 by
    // DCMTK, GDCM and J2K: decoded colours must land close to the lossless RGB.
    for (const char *name : {"SC_rgb_dcmtk_+eb+cr.dcm", "SC_rgb_dcmtk_+eb+cy+n1.dcm", "SC_rgb_dcmtk_+eb+cy+n2.dcm",
                             "SC_rgb_dcmtk_+eb+cy+np.dcm", "SC_rgb_dcmtk_+eb+cy+s2.dcm", "SC_rgb_dcmtk_+eb+cy+s4.dcm",
                             "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_jpeg_lossy_gdcm.dcm", "SC_rgb_gdcm_KY.dcm",
                             "SC_ybr_full_422_uncompressed.dcm"})
        QTest::newRow(name) << pydicomFile(QString::fromLatin1(name));
}

void TestVolumeLoader::lossyColourIsCloseToLossless()
{
    QFETCH(QString, variant);
    auto a = VolumeLoader::loadFile(pydicomFile("SC_rgb_rle.dcm"));
    auto b = VolumeLoader::loadFile(variant);
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(b->samplesPerPixel, 3);
    QCOMPARE(b->photometric, Photometric::Rgb);
    QCOMPARE(b->geometry.size, a->geometry.size);
    const QByteArray x = volumeBytes(*a), y = volumeBytes(*b);
    double diff = 0;
    for (qsizetype n = 0; n < x.size(); ++n)
        diff += std::abs(int(quint8(x[n])) - int(quint8(y[n])));
    const double mean = diff / double(x.size());
    QVERIFY2(mean < 6.0, qPrintable(QStringLiteral("mean absolute difference %1").arg(mean)));
}

void TestVolumeLoader::ctGeometryFromPositionsNotFileOrder()
{
    QStringList files{shared("ct-3slice/01.dcm"), shared("ct-3slice/02.dcm"), shared("ct-3slice/03.dcm")};
    const QList<QJsonObject> ref = reference(files);
    QCOMPARE(ref.size(), 3);
    auto base = VolumeLoader::loadSeries(files);
    QVERIFY(base.ok());
    // The lowest position along the normal becomes k = 0; each slice sits at its file's IPP.
    for (int k = 0; k < 3; ++k) {
        const int source = int(files.indexOf(base->sourceFiles[k]));
        QVERIFY(source >= 0);
        const Vec3 ipp = toVec(ref[source].value(QLatin1String("frames")).toArray()[0].toObject().value(QLatin1String("position")));
        QVERIFY(near(base->geometry.indexToPatient({0, 0, double(k)}), ipp));
        QCOMPARE(QString::fromLatin1(sliceHash(*base, k)),
                 ref[source].value(QLatin1String("frames")).toArray()[0].toObject().value(QLatin1String("sha256")).toString());
    }
    QCOMPARE(base->rescaleType, QStringLiteral("HU"));
    // Every permutation of the input gives the same volume.
    std::sort(files.begin(), files.end());
    do {
        VolumeLoader::Options options;
        options.threads = 1 + int(QRandomGenerator::global()->bounded(3));
        auto v = VolumeLoader::loadSeries(files, options);
        QVERIFY(v.ok());
        QCOMPARE(v->sourceFiles, base->sourceFiles);
        QVERIFY(near(v->geometry.origin, base->geometry.origin, 1e-9));
        QVERIFY(volumeBytes(*v) == volumeBytes(*base));
    } while (std::next_permutation(files.begin(), files.end()));
}

void TestVolumeLoader::mrSeriesSortedAlongNormal()
{
    QStringList files = QDir(shared("mr-series-20")).entryList({QStringLiteral("*.dcm")}, QDir::Files);
    for (QString &f : files)
        f = shared(QStringLiteral("mr-series-20/") + f);
    QCOMPARE(files.size(), 20);
    const QList<QJsonObject> ref = reference(files);
    QCOMPARE(ref.size(), 20);
    Vec3 normal{};
    expectedSlices(ref, &normal);
    QStringList expectedOrder = files;
    std::sort(expectedOrder.begin(), expectedOrder.end(), [&](const QString &a, const QString &b) {
        const auto pos = [&](const QString &f) {
            return dot(toVec(ref[files.indexOf(f)].value(QLatin1String("frames")).toArray()[0].toObject().value(
                           QLatin1String("position"))),
                       normal);
        };
        return pos(a) < pos(b);
    });
    QStringList reversed = files;
    std::reverse(reversed.begin(), reversed.end());
    auto v = VolumeLoader::loadSeries(reversed);
    QVERIFY(v.ok());
    QCOMPARE(v->sourceFiles, expectedOrder);
    // The slices are oblique (not along z): the slice axis is the normal, not (0,0,1).
    QVERIFY(near(v->geometry.axes[2], normal, 1e-6));
    QVERIFY(std::abs(normal[2]) < 0.999);
    const Vec3 last = toVec(ref[files.indexOf(expectedOrder.last())].value(QLatin1String("frames")).toArray()[0].toObject().value(
        QLatin1String("position")));
    // Positions in the files are rounded to 0.1 mm, so the stack strays from the normal by ~0.06 mm.
    QVERIFY(near(v->geometry.indexToPatient({0, 0, 19}), last, 0.1));
}

void TestVolumeLoader::twoDimensionalImages()
{
    auto dx = VolumeLoader::loadFile(shared("dx/dx_image.dcm"));
    QVERIFY(dx.ok());
    QCOMPARE(dx->slices(), 1);
    QVERIFY(dx->isTwoDimensional());
    const QList<QJsonObject> ref = reference({shared("dx/dx_image.dcm"), shared("chest-cr/RG1_JLSN.dcm")});
    QCOMPARE(ref.size(), 2);
    QCOMPARE(dx->photometric == Photometric::Monochrome1,
             ref[0].value(QLatin1String("photometric")).toString() == QLatin1String("MONOCHROME1"));
    const QJsonArray ps = ref[0].value(QLatin1String("pixelSpacing")).toArray();
    QCOMPARE(ps.size(), 2);
    QCOMPARE(dx->geometry.spacing[1], ps[0].toDouble());
    QCOMPARE(dx->geometry.spacing[0], ps[1].toDouble());

    auto cr = VolumeLoader::loadFile(shared("chest-cr/RG1_JLSN.dcm"));
    QVERIFY(cr.ok());
    QCOMPARE(cr->photometric == Photometric::Monochrome1,
             ref[1].value(QLatin1String("photometric")).toString() == QLatin1String("MONOCHROME1"));
    QCOMPARE(cr->columns(), 1841);
    QCOMPARE(cr->rows(), 1955);
}

void TestVolumeLoader::rejectsMixedSeries()
{
    const QString odd = shared("mr-series-20/brain_001.dcm");
    auto v = VolumeLoader::loadSeries({shared("ct-3slice/01.dcm"), shared("ct-3slice/02.dcm"), odd});
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code, ErrorCode::Unsupported);
    QVERIFY2(v.error().message.contains(odd), qPrintable(v.error().message));
}

void TestVolumeLoader::progressAndCancel()
{
    QStringList files = QDir(shared("mr-series-20")).entryList({QStringLiteral("*.dcm")}, QDir::Files);
    for (QString &f : files)
        f = shared(QStringLiteral("mr-series-20/") + f);
    int calls = 0, lastDone = -1, lastTotal = 0;
    VolumeLoader::Options options;
    options.progress = [&](int done, int total) {
        ++calls;
        lastDone = done;
        lastTotal = total;
        return true;
    };
    auto v = VolumeLoader::loadSeries(files, options);
    QVERIFY(v.ok());
    QVERIFY(calls > 0);
    QCOMPARE(lastDone, lastTotal);

    options.progress = [](int, int) { return false; };
    auto cancelled = VolumeLoader::loadSeries(files, options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
}

void TestVolumeLoader::everyImageFileDecodes()
{
    // Every file with pixel data in both collections decodes, except pydicom's deliberately
    // broken ones; non-images are refused as "no pixel data".
    const QStringList broken{QStringLiteral("MR_truncated.dcm"), QStringLiteral("rtplan_truncated.dcm"),
                             QStringLiteral("meta_missing_tsyntax.dcm"), QStringLiteral("nested_priv_SQ.dcm"),
                             QStringLiteral("no_meta.dcm"), QStringLiteral("ExplVR_BigEndNoMeta.dcm"),
                             QStringLiteral("ExplVR_LitEndNoMeta.dcm"), QStringLiteral("UN_sequence.dcm"),
                             // a parser test: its J2K code stream has sequence-delimiter bytes
                             // written over the SIZ marker (Rsiz/Xsiz), so it cannot decode
                             QStringLiteral("JPEG2000-embedded-sequence-delimiter.dcm")};
    QStringList files;
    for (const QString &f : QDir(kPydicom).entryList({QStringLiteral("*.dcm")}, QDir::Files))
        if (!broken.contains(f))
            files << pydicomFile(f);
    QDirIterator it(kShared, {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QVERIFY(files.size() > 60);
    QStringList failures;
    int images = 0;
    for (const QString &f : files) {
        auto v = VolumeLoader::loadFile(f);
        if (v.ok()) {
            ++images;
            QVERIFY(v->byteSize == v->geometry.voxelCount() * std::size_t(v->samplesPerPixel) * std::size_t(bytesPerSample(v->pixelType)));
        } else if (!v.error().message.contains(QLatin1String("no pixel data"))) {
            failures << v.error().message;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(images > 50);
}

void TestVolumeLoader::statesWhatGeometryTheFilesGive()
{
    const QString data = QStringLiteral(ETALON_SHARED_DICOM);
    // A CT series: positions, orientation and pixel spacing are all in the files.
    const auto ct = dicom::VolumeLoader::loadSeries({data + "/ct-3slice/01.dcm", data + "/ct-3slice/02.dcm", data + "/ct-3slice/03.dcm"});
    QVERIFY(ct.ok());
    QVERIFY(ct->orientationKnown);
    QVERIFY(ct->sliceGeometryKnown);
    QVERIFY(ct->pixelSpacingKnown);
    QVERIFY(ct->supportsMpr());
    // Two mammogram files of one series: no position, orientation or spacing. A stack of
    // images, not a volume to reslice, and the 1 mm spacing is only an assumption.
    const auto mammo = dicom::VolumeLoader::loadSeries({data + "/mammo/MG1_JPLY.dcm", data + "/mammo/MG1_J2KI.dcm"});
    QVERIFY2(mammo.ok(), mammo.ok() ? "" : qPrintable(mammo.error().message));
    QCOMPARE(mammo->slices(), 2);
    QVERIFY(!mammo->orientationKnown);
    QVERIFY(!mammo->sliceGeometryKnown);
    QVERIFY(!mammo->pixelSpacingKnown);
    QVERIFY(!mammo->supportsMpr());
    // A CR whose Pixel Spacing is 0\0 has no usable spacing either.
    const auto cr = dicom::VolumeLoader::loadFile(data + "/chest-cr/RG1_JLSN.dcm");
    QVERIFY(cr.ok());
    QVERIFY(!cr->pixelSpacingKnown);
    // A DX with Pixel Spacing 1.2\1.2012: spacing known (columns 1.2012, rows 1.2).
    const auto dx = dicom::VolumeLoader::loadFile(data + "/dx/dx_image.dcm");
    QVERIFY(dx.ok());
    QVERIFY(dx->pixelSpacingKnown);
    QCOMPARE(dx->geometry.spacing[1], 1.2);
    QVERIFY(!dx->supportsMpr());
    // Projection images name their row and column directions in Patient Orientation.
    QCOMPARE(dx->patientOrientation[0], QStringLiteral("L"));
    QCOMPARE(dx->patientOrientation[1], QStringLiteral("F"));
    QCOMPARE(mammo->patientOrientation[0], QStringLiteral("A"));
    QCOMPARE(mammo->patientOrientation[1], QStringLiteral("F"));
    QVERIFY(ct->patientOrientation[0].isEmpty());
}

QTEST_GUILESS_MAIN(TestVolumeLoader)
#include "tst_volumeloader.moc"
