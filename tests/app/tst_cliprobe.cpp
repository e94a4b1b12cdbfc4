#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// etalon-cli probe / convert as a user runs them, checked against pydicom and nibabel.
class TestCliProbe : public QObject {
    Q_OBJECT

private slots:
    void helpSaysWhatTheHashCovers();
    void probeFolderMatchesPydicom();
    void probeExitCodes();
    void convertWritesNiftiWithPatientGeometry();
    void convertRefusesSeveralSeries();

private:
    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(180000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static Run cli(const QStringList &args) { return run(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), args); }
    static Run python(const QString &script, const QStringList &args)
    {
        return run(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
    }
};

void TestCliProbe::helpSaysWhatTheHashCovers()
{
    const Run r = cli({QStringLiteral("probe"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out).simplified();
    QVERIFY(text.contains(QLatin1String("before rescale")));
    QVERIFY(text.contains(QLatin1String("little-endian")));
    QVERIFY(text.contains(QLatin1String("stored type")));
}

void TestCliProbe::probeFolderMatchesPydicom()
{
    const QString folder = QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice");
    const Run r = cli({QStringLiteral("probe"), QStringLiteral("--json"), folder});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(items.size(), 1); // three files, one series
    const QJsonObject o = items.first().toObject();
    // pydicom: stack the slices sorted along the normal, hash the stored int16 values.
    const QString script = QStringLiteral(R"(
import sys, glob, hashlib, json, numpy as np, pydicom
ds = [pydicom.dcmread(f) for f in glob.glob(sys.argv[1] + '/*.dcm')]
o = np.array(ds[0].ImageOrientationPatient, float); n = np.cross(o[:3], o[3:])
ds.sort(key=lambda d: np.dot(np.array(d.ImagePositionPatient, float), n))
vol = np.stack([d.pixel_array for d in ds]).astype('<i2')
print(json.dumps({'sha': hashlib.sha256(vol.tobytes()).hexdigest(), 'min': int(vol.min()), 'max': int(vol.max()),
  'origin': [float(x) for x in ds[0].ImagePositionPatient], 'uid': ds[0].SeriesInstanceUID,
  'size': [int(ds[0].Columns), int(ds[0].Rows), len(ds)]}))
)");
    const Run ref = python(script, {folder});
    QVERIFY2(ref.code == 0, ref.err.constData());
    const QJsonObject expected = QJsonDocument::fromJson(ref.out).object();
    QCOMPARE(o.value(QLatin1String("sha256")).toString(), expected.value(QLatin1String("sha")).toString());
    QCOMPARE(o.value(QLatin1String("size")).toArray(), expected.value(QLatin1String("size")).toArray());
    QCOMPARE(o.value(QLatin1String("seriesInstanceUid")).toString(), expected.value(QLatin1String("uid")).toString());
    QCOMPARE(o.value(QLatin1String("storedRange")).toArray()[0].toDouble(), expected.value(QLatin1String("min")).toDouble());
    QCOMPARE(o.value(QLatin1String("storedRange")).toArray()[1].toDouble(), expected.value(QLatin1String("max")).toDouble());
    for (int a = 0; a < 3; ++a)
        QVERIFY(std::abs(o.value(QLatin1String("origin")).toArray()[a].toDouble()
                         - expected.value(QLatin1String("origin")).toArray()[a].toDouble())
                < 1e-4);
    QCOMPARE(o.value(QLatin1String("pixelType")).toString(), QStringLiteral("int16"));
}

void TestCliProbe::probeExitCodes()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.dcm"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
    }
    const Run bad = cli({QStringLiteral("probe"), QStringLiteral(ETALON_SHARED_DICOM "/dx/dx_image.dcm"), junk});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(junk.toUtf8()));
    QVERIFY(bad.out.contains("dx_image.dcm")); // the good file is still described

    const Run plan = cli({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral(ETALON_PYDICOM_FILES "/rtplan.dcm")});
    QCOMPARE(plan.code, 0);
    QCOMPARE(QJsonDocument::fromJson(plan.out).array().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("no pixel data"));

    QCOMPARE(cli({QStringLiteral("probe")}).code, 2);
    QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("--bogus"), junk}).code, 2);
    QCOMPARE(cli({QStringLiteral("convert"), junk}).code, 2);
}

void TestCliProbe::convertWritesNiftiWithPatientGeometry()
{
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("ct.nii.gz"), QStringLiteral("mr.nii")}) {
        const QString folder = name.startsWith(QLatin1String("ct")) ? QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice")
                                                                    : QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20");
        const QString out = dir.filePath(name);
        const Run r = cli({QStringLiteral("convert"), folder, QStringLiteral("--output"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        // nibabel: the affine must map voxel (i,j,k) to the DICOM patient point of that voxel
        // (LPS -> RAS: negate x and y); data must equal pydicom's stored values (NIfTI index
        // order i,j,k = column, row, slice), with the rescale in scl_slope/scl_inter.
        const QString script = QStringLiteral(R"(
import sys, glob, numpy as np, pydicom, nibabel as nib
ds = [pydicom.dcmread(f) for f in glob.glob(sys.argv[1] + '/*.dcm')]
o = np.array(ds[0].ImageOrientationPatient, float); r, c = o[:3], o[3:]; n = np.cross(r, c)
ds.sort(key=lambda d: np.dot(np.array(d.ImagePositionPatient, float), n))
img = nib.load(sys.argv[2])
assert img.shape == (ds[0].Columns, ds[0].Rows, len(ds)), img.shape
dr, dc = [float(x) for x in ds[0].PixelSpacing]
flip = np.diag([-1, -1, 1])
for k in (0, len(ds) - 1):
    for (i, j) in ((0, 0), (ds[0].Columns - 1, 0), (7, ds[0].Rows - 1)):
        lps = np.array(ds[k].ImagePositionPatient, float) + i * dc * r + j * dr * c
        got = img.affine @ np.array([i, j, k, 1.0])
        assert np.allclose(got[:3], flip @ lps, atol=0.15), (i, j, k, got[:3], flip @ lps)
data = np.asarray(img.dataobj.get_unscaled())
stored = np.stack([d.pixel_array for d in ds], axis=-1).transpose(1, 0, 2)
assert data.dtype == stored.dtype, (data.dtype, stored.dtype)
assert np.array_equal(data, stored)
slope, inter = img.dataobj.slope, img.dataobj.inter  # nibabel moves scl_* here on load
assert slope == float(ds[0].get('RescaleSlope', 1)), slope
assert inter == float(ds[0].get('RescaleIntercept', 0)), inter
print('ok')
)");
        const Run check = python(script, {folder, out});
        QVERIFY2(check.code == 0 && check.out.trimmed() == "ok", check.err.constData());
    }
}

void TestCliProbe::convertRefusesSeveralSeries()
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("convert"), QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"),
                       QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20"), QStringLiteral("--output"),
                       dir.filePath(QStringLiteral("x.nii"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("2 series"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.nii"))));
}

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
