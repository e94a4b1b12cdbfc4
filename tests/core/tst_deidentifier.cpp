// De-identification of real DICOM files (CT series, its SEGs, a DX, a secondary-capture
// mammogram) checked by independent tools: pydicom walks every tag of the outputs, a byte
// scan looks for the PHI injected into the test copies, dciodvfy compares IOD errors.
#include "core/export/Deidentifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace etalon::core::release;

class TestDeidentifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void removesInjectedPhiKeepsReferencesAndPixels();
    void sameSaltSameUidsOtherSaltOtherUids();
    void outputsHaveNoNewIodErrors_data();
    void outputsHaveNoNewIodErrors();
    void removedDatesLeaveNoDateOrPhi();
    void retainsPatientCharacteristicsOnlyWhenAsked();
    void refusesBurnedInAnnotation();
    void refusesUnlistedStudyAndNonDicom();
    void mapsUidsAndDates();

private:
    /// Copies the test inputs into `dir`/in and injects the PHI; returns the input files.
    QStringList prepareInputs(const QString &dir);
    DeidentificationOptions options(const QByteArray &salt) const;

    QTemporaryDir m_dir;
    QStringList m_inputs;
    QString m_ctStudyUid;
    QString m_dxStudyUid;
    QString m_mammoStudyUid;
    QString m_mrStudyUid;
    static constexpr int kShift = -1234;
};

namespace {

const QString kData = QStringLiteral("/work/shared/data/dicom");
const QString kPython = QStringLiteral("/usr/bin/python3");

// Writes the injected PHI into a copy. Every file gets the same patient; dates are per
// file so that intervals can be checked (StudyDate and AcquisitionDate 3 days apart).
const char *kInjectScript = R"PY(
import sys, pydicom
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
for path in sys.argv[1:]:
    ds = pydicom.dcmread(path)
    ds.PatientName = "Ivanov^Ivan^Petrovich"
    ds.PatientID = "PHI-ID-987654"
    ds.PatientBirthDate = "19560314"
    ds.AccessionNumber = "ACC-555123"
    ds.InstitutionName = "Sechenov Secret Clinic"
    ds.ReferringPhysicianName = "Petrov^Sergei"
    ds.OtherPatientIDs = "OTHER-ID-246810"
    ds.StudyDate = "20190402"
    ds.SeriesDate = "20190402"
    ds.AcquisitionDate = "20190405"
    ds.StudyDescription = "Ivanov chest follow-up"
    block = ds.private_block(0x0011, "ETALON PHI TEST", create=True)
    block.add_new(0x01, "LO", "Ivanov^Ivan^Petrovich")
    block.add_new(0x02, "LO", "PHI-ID-987654")
    observer = Dataset()
    observer.VerifyingObserverName = "Ivanov^Ivan^Petrovich"
    observer.VerificationDateTime = "20190402101500"
    ds.VerifyingObserverSequence = Sequence([observer])
    request = Dataset()
    request.RequestedProcedureID = "PHI-ID-987654"
    ds.RequestAttributesSequence = Sequence([request])
    ds.save_as(path)
)PY";

// Prints one line per problem found in the outputs; nothing when all is well.
// argv: input dir, output dir, map file (input<TAB>relative output per line), shift days,
// the folder of dicom_walk.py.
const char *kCheckScript = R"PY(
import sys, os, re, datetime, pydicom
indir, outdir, mapfile = sys.argv[1], sys.argv[2], sys.argv[3]
remove = sys.argv[4] == "remove"
shift = 0 if remove else int(sys.argv[4])
pairs = [l.rstrip("\n").split("\t") for l in open(mapfile, encoding="utf-8") if l.strip()]
problems = []
sys.path.insert(0, sys.argv[5])
from dicom_walk import all_elements, is_class_uid, values, walk
needles = ["Ivanov", "Petrovich", "PHI-ID-987654", "987654", "ACC-555123", "555123",
           "Sechenov", "Secret Clinic", "Petrov^Sergei", "OTHER-ID-246810", "246810"]
original_dates = set()
original_uids = set()
for inp, _ in pairs:
    _, els = all_elements(inp)
    for el in els:
        if el.VR in ("DA", "DT") and el.value:
            for v in values(el):
                if len(str(v)) >= 8:
                    original_dates.add(str(v)[:8])
        if el.VR == "UI" and el.value and not is_class_uid(el):
            for v in values(el):
                if not str(v).startswith("1.2.840.10008."):
                    original_uids.add(str(v))
for d in sorted(original_dates):
    y, m, dd = d[:4], d[4:6], d[6:8]
    needles += [d, f"{y}-{m}-{dd}", f"{dd}.{m}.{y}", f"{dd}/{m}/{y}", f"{m}/{dd}/{y}"]
needles_l = [n.lower() for n in needles]
out_sops, refs, out_series_by_input = set(), [], {}
out_files = []
for root, _, files in os.walk(outdir):
    for f in files:
        out_files.append(os.path.join(root, f))
for path in out_files:
    rel = os.path.relpath(path, outdir)
    if not re.fullmatch(r"\d{4}/\d{4}/\d{4}\.dcm", rel):
        problems.append(f"unexpected output name {rel}")
    low = rel.lower()
    for n in needles_l + [u.lower() for u in original_uids]:
        if n in low:
            problems.append(f"file name {rel} contains {n}")
    data = open(path, "rb").read().lower()
    for n in needles_l:
        if n.encode() in data:
            problems.append(f"bytes of {rel} contain {n}")
    for u in original_uids:
        if u.encode() in data:
            problems.append(f"bytes of {rel} contain original UID {u}")
    ds, els = all_elements(path)
    out_sops.add(str(ds.SOPInstanceUID))
    if str(ds.file_meta.MediaStorageSOPInstanceUID) != str(ds.SOPInstanceUID):
        problems.append(f"{rel}: meta SOP Instance UID differs from the data set's")
    if ds.get("PatientIdentityRemoved") != "YES":
        problems.append(f"{rel}: PatientIdentityRemoved is not YES")
    codes = [i.CodeValue for i in ds.get("DeidentificationMethodCodeSequence", [])]
    if "113100" not in codes or (remove == ("113107" in codes)):
        problems.append(f"{rel}: de-identification codes {codes}")
    for el in els:
        text = str(el.value).lower() if el.VR not in ("OB", "OW", "OF", "OD", "UN", "SQ") else ""
        for n in needles_l:
            if n in text:
                problems.append(f"{rel}: tag {el.tag} {el.keyword} holds {n}")
        dummies = ("19000101", "000000", "19000101000000")  # type 1 dates, PS3.15 action D
        if remove and el.VR in ("DA", "DT", "TM") and el.value and str(el.value) not in dummies:
            problems.append(f"{rel}: {el.keyword} = {el.value} kept although dates are removed")
        if el.tag.is_private:
            problems.append(f"{rel}: private tag {el.tag} kept")
        if el.VR == "UI" and el.value and not is_class_uid(el):
            for v in values(el):
                v = str(v)
                if v.startswith("1.2.840.10008."):
                    continue
                if not re.fullmatch(r"2\.25\.(0|[1-9]\d*)", v) or len(v) > 64:
                    problems.append(f"{rel}: UID {el.keyword} = {v} is not a valid 2.25 UID")
        if el.keyword == "ReferencedSOPInstanceUID" and ds.Modality == "SEG":
            refs.append((rel, str(el.value)))
for rel, ref in refs:
    if ref not in out_sops:
        problems.append(f"{rel}: references {ref}, which is not among the outputs")
def day(s):
    return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
for inp, rel in pairs:
    a = pydicom.dcmread(inp)
    b = pydicom.dcmread(os.path.join(outdir, rel))
    if a.PixelData != b.PixelData:
        problems.append(f"{rel}: PixelData differs from {inp}")
    if a.file_meta.TransferSyntaxUID != b.file_meta.TransferSyntaxUID:
        problems.append(f"{rel}: transfer syntax changed")
    if not a.file_meta.TransferSyntaxUID.is_compressed and "NumberOfFrames" not in a \
            and not (a.pixel_array == b.pixel_array).all():
        problems.append(f"{rel}: pixel array differs")
    if not remove:
        if (day(b.StudyDate) - day(a.StudyDate)).days != shift:
            problems.append(f"{rel}: StudyDate {b.StudyDate} is not {a.StudyDate} + {shift} days")
        if (day(b.AcquisitionDate) - day(b.StudyDate)) != (day(a.AcquisitionDate) - day(a.StudyDate)):
            problems.append(f"{rel}: interval StudyDate-AcquisitionDate not kept")
    if b.get("PatientBirthDate"):
        problems.append(f"{rel}: PatientBirthDate kept")
    if a.get("Modality") != b.get("Modality") or a.get("Rows") != b.get("Rows"):
        problems.append(f"{rel}: Modality/Rows changed")
for p in problems:
    print(p)
print(f"checked {len(out_files)} files, {len(refs)} references, {len(original_uids)} original UIDs")
)PY";

QString runPython(const QString &script, const QStringList &args, bool *ok)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, QStringList{QStringLiteral("-c"), script} + args);
    const bool finished = p.waitForFinished(300000);
    *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAll());
}

QStringList dciodvfyErrors(const QString &file)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("dciodvfy"), {file});
    p.waitForFinished(120000);
    QStringList errors;
    const QStringList lines = QString::fromUtf8(p.readAll()).split(u'\n');
    for (const QString &line : lines)
        if (line.startsWith(QLatin1String("Error")))
            errors.append(line.trimmed());
    return errors;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString studyUidOf(const QString &file)
{
    bool ok = false;
    return runPython(QStringLiteral("import sys,pydicom;print(pydicom.dcmread(sys.argv[1],"
                                    "stop_before_pixels=True).StudyInstanceUID)"),
                     {file}, &ok)
        .trimmed();
}

} // namespace


void TestDeidentifier::initTestCase()
{
    bool ok = false;
    runPython(QStringLiteral("import pydicom, numpy"), {}, &ok);
    QVERIFY2(ok, "needs /usr/bin/python3 with pydicom and numpy (scripts/install-deps)");
    QProcess p;
    p.start(QStringLiteral("dciodvfy"), {});
    QVERIFY2(p.waitForStarted(), "needs dciodvfy from Debian dicom3tools (scripts/install-deps)");
    p.waitForFinished();
    QVERIFY(m_dir.isValid());
    m_inputs = prepareInputs(m_dir.path());
    QCOMPARE(m_inputs.size(), 8);
    m_ctStudyUid = studyUidOf(m_inputs.first());
    m_dxStudyUid = studyUidOf(m_inputs.at(5));
    m_mammoStudyUid = studyUidOf(m_inputs.at(6));
    m_mrStudyUid = studyUidOf(m_inputs.at(7));
    QVERIFY(!m_ctStudyUid.isEmpty() && !m_dxStudyUid.isEmpty() && m_ctStudyUid != m_dxStudyUid);
}

QStringList TestDeidentifier::prepareInputs(const QString &dir)
{
    const QStringList sources = {
        kData + QStringLiteral("/ct-3slice/01.dcm"),
        kData + QStringLiteral("/ct-3slice/02.dcm"),
        kData + QStringLiteral("/ct-3slice/03.dcm"),
        kData + QStringLiteral("/ct-3slice-seg/liver.dcm"),
        kData + QStringLiteral("/ct-3slice-seg/partial_overlaps.dcm"),
        kData + QStringLiteral("/dx/dx_image.dcm"),
        kData + QStringLiteral("/mammo/MG1_JPLY.dcm"),
        kData + QStringLiteral("/mr-enhanced/emri_small.dcm"),
    };
    QDir().mkpath(dir + QStringLiteral("/in"));
    QStringList copies;
    for (int i = 0; i < sources.size(); ++i) {
        const QString copy = dir + QStringLiteral("/in/input%1.dcm").arg(i);
        QFile::remove(copy);
        if (!QFile::copy(sources.at(i), copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies.append(copy);
    }
    bool ok = false;
    const QString out = runPython(QString::fromUtf8(kInjectScript), copies, &ok);
    if (!ok) {
        qWarning().noquote() << out;
        return {};
    }
    return copies;
}

DeidentificationOptions TestDeidentifier::options(const QByteArray &salt) const
{
    DeidentificationOptions o;
    o.salt = salt;
    o.studies = {{m_ctStudyUid, QStringLiteral("DS_TEST_0001"), {}},
                 {m_dxStudyUid, QStringLiteral("DS_TEST_0002"), {}},
                 {m_mammoStudyUid, QStringLiteral("DS_TEST_0003"), {}},
                 {m_mrStudyUid, QStringLiteral("DS_TEST_0004"), {}}};
    o.dates = DateTreatment::Shift;
    o.dateShiftDays = kShift;
    return o;
}

void TestDeidentifier::removesInjectedPhiKeepsReferencesAndPixels()
{
    const QString out = m_dir.path() + QStringLiteral("/out");
    Deidentifier deid(options("release-1.0.0-secret"));
    auto report = deid.run(m_inputs, out);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report->refused.isEmpty(),
             qPrintable(report->refused.isEmpty() ? QString() : report->refused.first().reason));
    QCOMPARE(report->written.size(), m_inputs.size());
    // 4 studies + 6 series (CT, 2 SEG, DX, mammogram, MR) + 8 SOP instances, plus frames of
    // reference and further UIDs: at least the ones a reader can count here.
    QVERIFY(report->uidMapSize >= 4 + 6 + 8);
    // The mammogram is a secondary capture: warned about, still written.
    bool warned = false;
    for (const QString &w : report->warnings)
        warned = warned || w.contains(QStringLiteral("input6.dcm"));
    QVERIFY2(warned, qPrintable(report->warnings.join(u'\n')));
    // Its source image (the uncompressed original) is not part of the release.
    bool dangling = false;
    for (const QString &w : report->warnings)
        dangling = dangling || (w.contains(QStringLiteral("input6.dcm")) && w.contains(QStringLiteral("not in this release")));
    QVERIFY2(dangling, qPrintable(report->warnings.join(u'\n')));
    for (const QString &w : report->warnings)
        QVERIFY2(!w.contains(QStringLiteral("input3.dcm")) && !w.contains(QStringLiteral("input4.dcm")),
                 qPrintable(w)); // the SEGs reference only images of the release

    QFile map(m_dir.path() + QStringLiteral("/map.tsv"));
    QVERIFY(map.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const WrittenFile &w : report->written)
        map.write((w.inputPath + u'\t' + w.relativeOutputPath + u'\n').toUtf8());
    map.close();

    // The pseudonym reached the files, per study.
    bool ok = false;
    const QString ids = runPython(
        QStringLiteral("import sys,pydicom\nfor f in sys.argv[1:]:\n"
                       " d=pydicom.dcmread(f,stop_before_pixels=True);print(d.PatientID,d.PatientName)"),
        {out + u'/' + report->written.first().relativeOutputPath,
         out + u'/' + report->written.at(5).relativeOutputPath},
        &ok);
    QVERIFY2(ok, qPrintable(ids));
    QCOMPARE(ids.split(u'\n', Qt::SkipEmptyParts),
             QStringList({QStringLiteral("DS_TEST_0001 DS_TEST_0001"),
                          QStringLiteral("DS_TEST_0002 DS_TEST_0002")}));

    const QString result = runPython(QString::fromUtf8(kCheckScript),
                                     {m_dir.path() + QStringLiteral("/in"), out, map.fileName(),
                                      QString::number(kShift), QStringLiteral(ETALON_SOURCE_DIR "/tests/core")},
                                     &ok);
    QVERIFY2(ok, qPrintable(result));
    const QStringList lines = result.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1 && lines.last().startsWith(QLatin1String("checked 8 files")),
             qPrintable(result));
    // The SEGs' references (checked above to resolve) cover the 3 CT slices at least once each.
    const QRegularExpression refs(QStringLiteral("checked 8 files, (\\d+) references"));
    QVERIFY(refs.match(lines.last()).captured(1).toInt() >= 6);
}

void TestDeidentifier::sameSaltSameUidsOtherSaltOtherUids()
{
    const QString a = m_dir.path() + QStringLiteral("/salt-a");
    const QString b = m_dir.path() + QStringLiteral("/salt-a-again");
    const QString c = m_dir.path() + QStringLiteral("/salt-c");
    auto first = Deidentifier(options("salt A")).run(m_inputs, a);
    auto second = Deidentifier(options("salt A")).run(m_inputs, b);
    auto other = Deidentifier(options("salt C")).run(m_inputs, c);
    QVERIFY(first.ok() && second.ok() && other.ok());
    QCOMPARE(first->written.size(), m_inputs.size());
    QCOMPARE(second->written.size(), m_inputs.size());
    QCOMPARE(other->written.size(), m_inputs.size());
    QSet<QString> uidsA, uidsC;
    for (int i = 0; i < first->written.size(); ++i) {
        const WrittenFile &w1 = first->written.at(i);
        const WrittenFile &w2 = second->written.at(i);
        QCOMPARE(w2.inputPath, w1.inputPath);
        QCOMPARE(w2.relativeOutputPath, w1.relativeOutputPath);
        QCOMPARE(w2.sopInstanceUid, w1.sopInstanceUid);
        // A re-release of the same version is byte-for-byte the same.
        QVERIFY2(readAll(a + u'/' + w1.relativeOutputPath) == readAll(b + u'/' + w2.relativeOutputPath),
                 qPrintable(w1.relativeOutputPath));
        uidsA.insert(w1.sopInstanceUid);
        uidsC.insert(other->written.at(i).sopInstanceUid);
    }
    QCOMPARE(uidsA.size(), m_inputs.size());
    QVERIFY(!uidsA.intersects(uidsC));
}

void TestDeidentifier::outputsHaveNoNewIodErrors_data()
{
    QTest::addColumn<bool>("removeDates");
    QTest::newRow("dates shifted") << false;
    QTest::newRow("dates removed") << true;
}

void TestDeidentifier::outputsHaveNoNewIodErrors()
{
    QFETCH(bool, removeDates);
    const QString out = m_dir.path() + QStringLiteral("/iod-%1").arg(removeDates);
    DeidentificationOptions o = options("iod");
    if (removeDates)
        o.dates = DateTreatment::Remove;
    auto report = Deidentifier(o).run(m_inputs, out);
    QVERIFY(report.ok());
    QCOMPARE(report->written.size(), m_inputs.size());
    for (const WrittenFile &w : report->written) {
        const QStringList before = dciodvfyErrors(w.inputPath);
        const QStringList after = dciodvfyErrors(out + u'/' + w.relativeOutputPath);
        QStringList added;
        for (const QString &e : after)
            if (!before.contains(e))
                added.append(e);
        QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("%1 (from %2):\n%3")
                                                 .arg(w.relativeOutputPath, w.inputPath,
                                                      added.join(u'\n'))));
    }
}

void TestDeidentifier::removedDatesLeaveNoDateOrPhi()
{
    const QString out = m_dir.path() + QStringLiteral("/removed");
    DeidentificationOptions o = options("removed");
    o.dates = DateTreatment::Remove;
    auto report = Deidentifier(o).run(m_inputs, out);
    QVERIFY(report.ok());
    QCOMPARE(report->written.size(), m_inputs.size());
    QFile map(m_dir.path() + QStringLiteral("/map-removed.tsv"));
    QVERIFY(map.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const WrittenFile &w : report->written)
        map.write((w.inputPath + u'\t' + w.relativeOutputPath + u'\n').toUtf8());
    map.close();
    bool ok = false;
    const QString result = runPython(QString::fromUtf8(kCheckScript),
                                     {m_dir.path() + QStringLiteral("/in"), out, map.fileName(),
                                      QStringLiteral("remove"), QStringLiteral(ETALON_SOURCE_DIR "/tests/core")},
                                     &ok);
    QVERIFY2(ok, qPrintable(result));
    const QStringList lines = result.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1 && lines.last().startsWith(QLatin1String("checked 8 files")),
             qPrintable(result));
}

void TestDeidentifier::retainsPatientCharacteristicsOnlyWhenAsked()
{
    // The DX copy states the patient's sex; with the option it stays, without it is emptied.
    bool ok = false;
    const QString script = QStringLiteral(
        "import sys,pydicom\nfor f in sys.argv[1:]:\n"
        " print(repr(str(pydicom.dcmread(f,stop_before_pixels=True).get('PatientSex',''))))");
    const QString original = runPython(script, {m_inputs.at(5)}, &ok).trimmed();
    QVERIFY(ok);
    QVERIFY2(original != QLatin1String("''"), "the DX test file should state PatientSex");
    DeidentificationOptions o = options("characteristics");
    o.retainPatientCharacteristics = true;
    auto kept = Deidentifier(o).run({m_inputs.at(5)}, m_dir.path() + QStringLiteral("/kept"));
    auto dropped = Deidentifier(options("characteristics"))
                       .run({m_inputs.at(5)}, m_dir.path() + QStringLiteral("/dropped"));
    QVERIFY(kept.ok() && dropped.ok());
    QCOMPARE(kept->written.size(), 1);
    QCOMPARE(dropped->written.size(), 1);
    const QString values = runPython(
        script,
        {m_dir.path() + QStringLiteral("/kept/") + kept->written.first().relativeOutputPath,
         m_dir.path() + QStringLiteral("/dropped/") + dropped->written.first().relativeOutputPath},
        &ok);
    QVERIFY(ok);
    QCOMPARE(values.split(u'\n', Qt::SkipEmptyParts), QStringList({original, QStringLiteral("''")}));
}

void TestDeidentifier::refusesBurnedInAnnotation()
{
    const QString dir = m_dir.path() + QStringLiteral("/burned");
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/burned_dx.dcm");
    QVERIFY(QFile::copy(m_inputs.at(5), file));
    bool ok = false;
    const QString out = runPython(QStringLiteral("import sys,pydicom\nd=pydicom.dcmread(sys.argv[1])\n"
                                                 "d.BurnedInAnnotation='YES'\nd.save_as(sys.argv[1])"),
                                  {file}, &ok);
    QVERIFY2(ok, qPrintable(out));

    auto refused = Deidentifier(options("burn")).run({file, m_inputs.first()}, dir + QStringLiteral("/out"));
    QVERIFY(refused.ok());
    QCOMPARE(refused->written.size(), 1);
    QCOMPARE(refused->written.first().inputPath, m_inputs.first());
    QCOMPARE(refused->refused.size(), 1);
    QCOMPARE(refused->refused.first().inputPath, file);
    QVERIFY2(refused->refused.first().reason.contains(QStringLiteral("burned_dx.dcm"))
                 && refused->refused.first().reason.contains(QStringLiteral("BurnedInAnnotation")),
             qPrintable(refused->refused.first().reason));

    DeidentificationOptions o = options("burn");
    o.allowBurnedInAnnotation = true;
    auto overridden = Deidentifier(o).run({file}, dir + QStringLiteral("/out2"));
    QVERIFY(overridden.ok());
    QCOMPARE(overridden->written.size(), 1);
    QVERIFY(overridden->refused.isEmpty());
    QVERIFY(overridden->warnings.join(u'\n').contains(QStringLiteral("burned_dx.dcm")));
}

void TestDeidentifier::refusesUnlistedStudyAndNonDicom()
{
    const QString junk = m_dir.path() + QStringLiteral("/not_dicom.dcm");
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a DICOM file");
    f.close();
    DeidentificationOptions o = options("unlisted");
    o.studies.removeAt(2); // the mammogram's study
    auto report = Deidentifier(o).run({junk, m_inputs.at(6), m_inputs.at(5)},
                                      m_dir.path() + QStringLiteral("/unlisted"));
    QVERIFY(report.ok());
    QCOMPARE(report->written.size(), 1);
    QCOMPARE(report->refused.size(), 2);
    QVERIFY(report->refused.at(0).reason.contains(QStringLiteral("not_dicom.dcm")));
    QVERIFY(report->refused.at(1).reason.contains(QStringLiteral("input6.dcm")));
    QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/unlisted/0003")));
    QVERIFY(QFile::exists(m_dir.path() + QStringLiteral("/unlisted/0002/0001/0001.dcm")));

    o.salt.clear();
    QVERIFY(!Deidentifier(o).run(m_inputs, m_dir.path() + QStringLiteral("/nosalt")).ok());
}

void TestDeidentifier::mapsUidsAndDates()
{
    Deidentifier deid(options("map"));
    const QString uid = deid.mapUid(m_ctStudyUid);
    QVERIFY(uid.startsWith(QLatin1String("2.25.")));
    QVERIFY(uid.size() <= 64);
    QCOMPARE(deid.mapUid(m_ctStudyUid), uid);
    QCOMPARE(deid.mapUid(QStringLiteral("1.2.840.10008.5.1.4.1.1.2")),
             QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    QCOMPARE(deid.mapDate(QStringLiteral("20190402")),
             QDate(2019, 4, 2).addDays(kShift).toString(QStringLiteral("yyyyMMdd")));
    DeidentificationOptions removed = options("map");
    removed.dates = DateTreatment::Remove;
    QCOMPARE(Deidentifier(removed).mapDate(QStringLiteral("20190402")), QString());
}

QTEST_GUILESS_MAIN(TestDeidentifier)
#include "tst_deidentifier.moc"
