// `etalon-cli release ...` and `etalon-cli registry` as a script uses them on a real workspace:
// three real studies (CT with a drawn mask, MR, DX with a box) read to agreement by two
// readers, released, verified, corrected and released again. What the CLI prints is compared
// with the core on the same workspace and with the files it wrote (sha256 computed here,
// DICOM dates read back with pydicom, the registry CSV parsed with Python's csv module).
#include "tests/core/ReadingFixture.h"
#include "tests/support/CliRunner.h"

#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Releases.h"
#include "core/workflow/Verification.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace readingtest;

namespace {

using Run = etalon::testing::CliRun;
using etalon::testing::runCliAs;
using etalon::testing::testPassword;

const QString kData = QStringLiteral(ETALON_SHARED_DICOM);
const QString kPython = QStringLiteral("/usr/bin/python3");

/// Prints the number of DICOM files under argv[1] and then one line per DA value that is
/// neither empty nor the PS3.15 dummy date 19000101 (sequences included).
const char *kDatesScript = R"PY(
import os, sys, pydicom
from pydicom.multival import MultiValue
bad = []
count = 0
for root, _, files in os.walk(sys.argv[1]):
    for name in sorted(files):
        if not name.lower().endswith('.dcm'):
            continue
        path = os.path.join(root, name)
        ds = pydicom.dcmread(path)
        count += 1
        def check(dataset, element):
            if element.VR != 'DA':
                return
            values = list(element.value) if isinstance(element.value, MultiValue) else [element.value]
            for v in values:
                text = '' if v is None else str(v).strip()
                if text not in ('', '19000101'):
                    bad.append('%s %s %s' % (os.path.relpath(path, sys.argv[1]), element.tag, text))
        ds.walk(check)
print(count)
for line in bad:
    print(line)
)PY";

/// The CSV on stdin as a JSON array of rows (arrays of strings), parsed by Python's csv module.
const char *kCsvScript = R"PY(
import csv, io, json, sys
print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read())))))
)PY";

/// What the script printed on stdout; stderr (pydicom's warnings) is appended only when it failed.
QString python(const QStringList &args, int *exitCode, const QByteArray &input = {})
{
    QProcess p;
    p.start(kPython, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return *exitCode == 0 ? out : out + QString::fromUtf8(p.readAllStandardError());
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

bool hasChange(const QJsonArray &changes, const QString &kind, const QString &subject)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("kind")).toString() == kind && c.value(QStringLiteral("subject")).toString() == subject)
            return true;
    }
    return false;
}

} // namespace

class TestCliRelease : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    QTemporaryDir m_tmp;
    const QString m_code = QStringLiteral("DS_CT-I_CT_OGK_CLIREL");
    QString m_ct, m_mr, m_dx;          ///< study UIDs
    QMap<QString, QString> m_classOf;  ///< study UID -> the class both readers gave
    int m_inputImages = 0;             ///< DICOM files of the three studies
    QString m_out;                     ///< --output of the first release
    QString m_firstBundle, m_firstManifestHash;
    QString m_secondBundle, m_secondManifestHash;

    Run as(const QString &login, const QStringList &args) { return runCliAs(args, testPassword(login)); }

    /// `etalon-cli release VERB DIR --user LOGIN --dataset CODE MORE...`
    Run release(const QString &login, const QString &verb, const QStringList &more = {})
    {
        return as(login, QStringList{QStringLiteral("release"), verb, m_fx.dir, QStringLiteral("--user"), login,
                                     QStringLiteral("--dataset"), m_code}
                             + more);
    }

    static QJsonObject jsonObject(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }

    QString studyUidOf(const QString &file)
    {
        int code = 0;
        return python({QStringLiteral("-c"), QStringLiteral("import pydicom,sys; print(pydicom.dcmread(sys.argv[1]).StudyInstanceUID)"),
                       file},
                      &code)
            .trimmed();
    }

    bool read(const char *login, const QString &uid, const std::vector<Finding> &findings)
    {
        return m_fx.read(QString::fromLatin1(login), m_code, uid, m_classOf.value(uid), findings);
    }

    /// "NORMAL: 1; ABNORMAL: 2; DEFECT: 0" from the classes given here, in schema order.
    static QString expectedClassCounts(const QMap<QString, QString> &classOf)
    {
        const Result<LabelSchema> schema = LabelSchemas::builtIn(QStringLiteral("custom-chest-xray"));
        if (!schema)
            return {};
        QStringList parts;
        for (const LabelClass &c : schema->classes) {
            int n = 0;
            for (const QString &cls : classOf)
                n += cls == c.code ? 1 : 0;
            parts.append(QStringLiteral("%1: %2").arg(c.code).arg(n));
        }
        return parts.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        QVERIFY(m_tmp.isValid());
        int code = 0;
        python({QStringLiteral("-c"), QStringLiteral("import pydicom")}, &code);
        QVERIFY2(code == 0, "needs /usr/bin/python3 with pydicom");

        const QStringList folders{kData + QStringLiteral("/ct-3slice"), kData + QStringLiteral("/mr-series-20"),
                                  kData + QStringLiteral("/dx")};
        for (const QString &folder : folders)
            m_inputImages += int(QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files).size());
        QVERIFY2(m_fx.setUp(2, 1, folders), qPrintable(m_fx.error));
        QCOMPARE(m_fx.studyUids.size(), 3);
        m_ct = studyUidOf(kData + QStringLiteral("/ct-3slice/01.dcm"));
        m_mr = studyUidOf(kData + QStringLiteral("/mr-series-20/brain_001.dcm"));
        m_dx = studyUidOf(kData + QStringLiteral("/dx/dx_image.dcm"));
        QVERIFY(m_fx.studyUids.contains(m_ct) && m_fx.studyUids.contains(m_mr) && m_fx.studyUids.contains(m_dx));
        m_classOf = {{m_ct, QStringLiteral("ABNORMAL")}, {m_mr, QStringLiteral("NORMAL")}, {m_dx, QStringLiteral("ABNORMAL")}};

        const Result<Dataset> dataset = m_fx.dataset(m_code, QStringLiteral("custom-chest-xray"), {m_ct, m_mr, m_dx});
        QVERIFY2(dataset.ok(), dataset.ok() ? "" : qPrintable(dataset.error().message));
        AssignOptions assign;
        assign.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
        QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, m_code, assign).ok());

        // CT: the same small mask from both readers (a DICOM SEG in the bundle).
        const Result<QList<DatasetStudy>> studies = Datasets::studies(*m_fx.ws, *m_fx.admin, m_code);
        QVERIFY(studies.ok());
        qint64 ctUnit = 0;
        for (const DatasetStudy &s : *studies) {
            if (s.studyInstanceUid == m_ct)
                ctUnit = s.id;
        }
        const Result<VolumeGeometry> geometry = Verification::dataUnitGeometry(*m_fx.ws, ctUnit);
        QVERIFY(geometry.ok());
        MaskGeometry mask{geometry->size, std::vector<std::uint8_t>(geometry->voxelCount(), 0)};
        for (int k = 0; k <= 1; ++k)
            for (int j = 200; j < 220; ++j)
                for (int i = 200; i < 220; ++i)
                    mask.labels[std::size_t((qint64(k) * mask.size[1] + j) * mask.size[0] + i)] = 1;
        const std::vector<Finding> ctFindings{Finding{0, QStringLiteral("NODULE"), {}, mask}};
        const std::vector<Finding> dxFindings{Finding{0, QStringLiteral("INFILTRATE"), {}, BoxGeometry{9.5, 9.5, 49.5, 39.5, 0, 0}}};
        for (const char *login : {"r1", "r2"}) {
            QVERIFY(read(login, m_ct, ctFindings));
            QVERIFY(read(login, m_mr, {}));
            QVERIFY(read(login, m_dx, dxFindings));
        }
        QVERIFY(Verification::disputes(*m_fx.ws, *m_fx.admin, m_code)->isEmpty());
        m_out = m_tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void proposeBeforeTheFirstRelease()
    {
        const Run r = release(QStringLiteral("admin"), QStringLiteral("propose"), {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QStringLiteral("proposed")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(o.value(QStringLiteral("releaseNeeded")).toBool(false), true);
        QVERIFY(o.value(QStringLiteral("lastVersion")).isNull());
        QCOMPARE(o.value(QStringLiteral("units")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("unitsWithoutFinalLabels")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("dataset")).toString(), m_code);

        const Result<ReleaseProposal> core = Releases::proposeNextVersion(*m_fx.ws, *m_fx.admin, m_code);
        QVERIFY(core.ok());
        QCOMPARE(o.value(QStringLiteral("proposed")).toString(), core->proposed.toString());
        QCOMPARE(o.value(QStringLiteral("bump")).toString(), versionBumpName(core->bump));
        QCOMPARE(o.value(QStringLiteral("releaseNeeded")).toBool(), core->releaseNeeded);
        QCOMPARE(o.value(QStringLiteral("units")).toInt(), core->unitCount);
        QCOMPARE(o.value(QStringLiteral("changes")).toArray().size(), core->changes.size());
        // (The summary's plural forms come from the CLI's English translation, which this
        // process does not load: compared by what it names.)
        const QString summary = o.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(m_code) && summary.contains(QStringLiteral("1.0.0")), qPrintable(summary));

        const Run text = release(QStringLiteral("admin"), QStringLiteral("propose"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(summary.toUtf8()), text.out.constData());
    }

    void documentationRoundTrips()
    {
        ReleaseDocumentation wanted;
        wanted.organisation = QStringLiteral("Test Centre, \"Radiology\"");
        wanted.summary = QStringLiteral("Chest CT, MR and DX studies for testing etalon-cli release.");
        wanted.licence = QStringLiteral("CC BY-NC-ND 4.0");
        wanted.icd10 = QStringLiteral("C34");
        wanted.authors = {QStringLiteral("A. Author (1)"), QStringLiteral("B. Author (1)")};
        wanted.affiliations = {QStringLiteral("(1) Test Centre")};
        const QString path = m_tmp.filePath(QStringLiteral("documentation.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(wanted.toJson()).toJson());
        file.close();

        Run r = release(QStringLiteral("admin"), QStringLiteral("documentation"),
                        {QStringLiteral("--set"), path, QStringLiteral("--dates"), QStringLiteral("remove"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonObject(r).value(QStringLiteral("documentation")).toObject(), wanted.toJson());
        QCOMPARE(jsonObject(r).value(QStringLiteral("dates")).toString(), QStringLiteral("remove"));

        // Read back by a second run and by the core.
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject printed = jsonObject(r);
        QCOMPARE(printed.value(QStringLiteral("documentation")).toObject(), wanted.toJson());
        QCOMPARE(printed.value(QStringLiteral("dates")).toString(), QStringLiteral("remove"));
        const Result<ReleaseDocumentation> stored = ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code);
        QVERIFY(stored.ok());
        QVERIFY(*stored == wanted);
        QVERIFY(ReleaseSettings::deidentification(*m_fx.ws, *m_fx.admin, m_code)->removeDates);

        // What it prints is what --set takes back: nothing changes.
        const QString printedPath = m_tmp.filePath(QStringLiteral("printed.json"));
        QFile printedFile(printedPath);
        QVERIFY(printedFile.open(QIODevice::WriteOnly));
        printedFile.write(r.out);
        printedFile.close();
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--set"), printedPath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonObject(r), printed);
        QVERIFY(*ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code) == wanted);

        // A file that is not JSON, one that does not exist, a wrong --dates: refused, nothing changed.
        const QString bad = m_tmp.filePath(QStringLiteral("bad-documentation.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"summary\": \"unfinished");
        badFile.close();
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--set"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("[\"not an object\"]");
        badFile.close();
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--set"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("holds no JSON object"), r.err.constData());
        const QString missing = m_tmp.filePath(QStringLiteral("no-such.json"));
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--set"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--dates"), QStringLiteral("blur")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(*ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code) == wanted);
        // A usage error stores nothing, not even a valid --set given with it.
        ReleaseDocumentation other = wanted;
        other.summary = QStringLiteral("Must not be stored.");
        const QString otherPath = m_tmp.filePath(QStringLiteral("other.json"));
        QFile otherFile(otherPath);
        QVERIFY(otherFile.open(QIODevice::WriteOnly));
        otherFile.write(QJsonDocument(other.toJson()).toJson());
        otherFile.close();
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"),
                    {QStringLiteral("--set"), otherPath, QStringLiteral("--dates"), QStringLiteral("blur")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(*ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code) == wanted);

        // A logo from an image file, kept by a later --set without one, removed by --no-logo.
        QImage picture(200, 80, QImage::Format_RGB32);
        picture.fill(QColor(200, 30, 30));
        const QString logoPath = m_tmp.filePath(QStringLiteral("logo.png"));
        QVERIFY(picture.save(logoPath, "PNG"));
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--logo"), logoPath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code)->logoPng,
                 *ReleaseDocumentation::logoFromFile(logoPath));
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--set"), printedPath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code)->logoPng.isEmpty());
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--logo"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"),
                    {QStringLiteral("--logo"), logoPath, QStringLiteral("--no-logo")});
        QCOMPARE(r.exitCode, 2);
        r = release(QStringLiteral("admin"), QStringLiteral("documentation"), {QStringLiteral("--no-logo")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(*ReleaseSettings::documentation(*m_fx.ws, *m_fx.admin, m_code) == wanted);
        QVERIFY(ReleaseSettings::deidentification(*m_fx.ws, *m_fx.admin, m_code)->removeDates);
    }

    void createIsRefusedWithoutWritingAnything()
    {
        // A reader may not release.
        Run r = release(QStringLiteral("r1"), QStringLiteral("create"), {QStringLiteral("--output"), m_out});
        QCOMPARE(r.exitCode, 4);
        // No output folder.
        r = release(QStringLiteral("admin"), QStringLiteral("create"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--output"), r.err.constData());
        // The first release is 1.0.0.
        r = release(QStringLiteral("admin"), QStringLiteral("create"),
                    {QStringLiteral("--output"), m_out, QStringLiteral("--version"), QStringLiteral("0.9.0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1.0.0") && r.err.contains("0.9.0"), r.err.constData());
        // Not a version at all.
        r = release(QStringLiteral("admin"), QStringLiteral("create"),
                    {QStringLiteral("--output"), m_out, QStringLiteral("--version"), QStringLiteral("1.0")});
        QCOMPARE(r.exitCode, 2);

        QCOMPARE(QDir(m_out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QVERIFY(Releases::list(*m_fx.ws, *m_fx.admin, m_code)->isEmpty());
        r = release(QStringLiteral("admin"), QStringLiteral("list"), {QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    }

    void createTheFirstRelease()
    {
        const Run r = release(QStringLiteral("admin"), QStringLiteral("create"),
                              {QStringLiteral("--output"), m_out, QStringLiteral("--zip"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = jsonObject(r);
        m_firstBundle = o.value(QStringLiteral("bundle")).toString();
        QCOMPARE(QFileInfo(m_firstBundle).absoluteFilePath(), QDir(m_out).absoluteFilePath(m_code + QStringLiteral("_v1.0.0")));
        QVERIFY(QFileInfo(m_firstBundle).isDir());
        QCOMPARE(o.value(QStringLiteral("files")).toInt(), int(filesUnder(m_firstBundle).size()));
        QCOMPARE(o.value(QStringLiteral("zip")).toString(), m_firstBundle + QStringLiteral(".zip"));
        QVERIFY(QFileInfo(m_firstBundle + QStringLiteral(".zip")).isFile());
        QCOMPARE(o.value(QStringLiteral("units")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("releasedUnits")).toInt(), 3);
        qint64 bytes = 0;
        for (const QString &f : filesUnder(m_firstBundle))
            bytes += QFileInfo(f).size();
        QCOMPARE(qint64(o.value(QStringLiteral("bytes")).toDouble()), bytes);

        const QJsonObject recorded = o.value(QStringLiteral("release")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(recorded.value(QStringLiteral("createdBy")).toString(), QStringLiteral("admin"));
        QCOMPARE(recorded.value(QStringLiteral("units")).toArray().size(), 3);
        m_firstManifestHash = sha256Of(QDir(m_firstBundle).filePath(QStringLiteral("MANIFEST.sha256")));
        QVERIFY(!m_firstManifestHash.isEmpty());
        QCOMPARE(recorded.value(QStringLiteral("manifestSha256")).toString(), m_firstManifestHash);
        QCOMPARE(Releases::show(*m_fx.ws, *m_fx.admin, m_code, SemanticVersion{1, 0, 0})->manifestHash, m_firstManifestHash);

        // Dates removed: every DA of every DICOM file (images and the CT's SEG) is empty or
        // the dummy 19000101, where the originals carry real dates.
        int code = 0;
        QStringList lines = python({QStringLiteral("-c"), QString::fromLatin1(kDatesScript), m_firstBundle}, &code)
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(code == 0 && !lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.first().toInt() > m_inputImages, qPrintable(lines.first())); // the images and the SEG
        QVERIFY2(lines.size() == 1, qPrintable(lines.mid(1, 20).join(QLatin1Char('\n'))));
        for (const QString &folder : {QStringLiteral("ct-3slice"), QStringLiteral("mr-series-20"), QStringLiteral("dx")}) {
            lines = python({QStringLiteral("-c"), QString::fromLatin1(kDatesScript), kData + QLatin1Char('/') + folder}, &code)
                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(code == 0 && lines.size() > 1, qPrintable(folder + QStringLiteral(": the original has no dates")));
        }
    }

    void verifyABundle()
    {
        QVERIFY(!m_firstBundle.isEmpty());
        const int listed = int(filesUnder(m_firstBundle).size()) - 1; // all but MANIFEST.sha256 itself
        Run r = as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("verify"), m_firstBundle});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("all %1 files").arg(listed).toUtf8()), r.out.constData());

        r = as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("verify"), m_firstBundle + QStringLiteral(".zip")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("all %1 files").arg(listed).toUtf8()), r.out.constData());

        // One byte of labels.csv changed in a copy.
        const QString copy = m_tmp.filePath(QStringLiteral("tampered"));
        QProcess cp;
        cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), m_firstBundle, copy});
        QVERIFY(cp.waitForFinished() && cp.exitCode() == 0);
        QFile labels(QDir(copy).filePath(QStringLiteral("labels.csv")));
        QVERIFY(labels.open(QIODevice::ReadWrite));
        QByteArray bytes = labels.readAll();
        QVERIFY(bytes.size() > 10);
        const qsizetype at = bytes.size() / 2;
        bytes[at] = bytes.at(at) == 'x' ? 'y' : 'x';
        QVERIFY(labels.seek(0));
        QCOMPARE(labels.write(bytes), qint64(bytes.size()));
        labels.close();
        r = as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("verify"), copy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("changed: labels.csv"), r.err.constData());
        QVERIFY2(!r.err.contains("README.md"), r.err.constData()); // only the changed file is named

        const QString nowhere = m_tmp.filePath(QStringLiteral("no-such-bundle"));
        r = as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("verify"), nowhere});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(nowhere.toUtf8()), r.err.constData());
    }

    void correctedLabelMakesAPatch()
    {
        QVERIFY(!m_firstBundle.isEmpty());
        Run r = as(QStringLiteral("admin"), {QStringLiteral("labels"), QStringLiteral("correct"), m_fx.dir, QStringLiteral("--user"),
                                             QStringLiteral("admin"), QStringLiteral("--dataset"), m_code, QStringLiteral("--study"), m_mr,
                                             QStringLiteral("--class"), QStringLiteral("ABNORMAL"), QStringLiteral("--reason"),
                                             QStringLiteral("Second look: a small lesion")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_classOf[m_mr] = QStringLiteral("ABNORMAL");

        r = release(QStringLiteral("admin"), QStringLiteral("propose"), {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QStringLiteral("lastVersion")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(o.value(QStringLiteral("proposed")).toString(), QStringLiteral("1.0.1"));
        QCOMPARE(o.value(QStringLiteral("bump")).toString(), QStringLiteral("patch"));
        QCOMPARE(o.value(QStringLiteral("releaseNeeded")).toBool(), true);
        QVERIFY2(hasChange(o.value(QStringLiteral("changes")).toArray(), QStringLiteral("labels_changed"), m_mr), r.out.constData());
        QCOMPARE(Releases::proposeNextVersion(*m_fx.ws, *m_fx.admin, m_code)->proposed.toString(), QStringLiteral("1.0.1"));

        // An output folder that does not exist: refused, naming it, and nothing recorded.
        const QString missing = m_tmp.filePath(QStringLiteral("no-such-folder"));
        r = release(QStringLiteral("admin"), QStringLiteral("create"), {QStringLiteral("--output"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        QCOMPARE(Releases::list(*m_fx.ws, *m_fx.admin, m_code)->size(), 1);

        // Text mode: the bundle's path and its manifest's hash.
        const QString out = m_tmp.filePath(QStringLiteral("out2"));
        QVERIFY(QDir().mkpath(out));
        r = release(QStringLiteral("admin"), QStringLiteral("create"), {QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_secondBundle = QDir(out).filePath(m_code + QStringLiteral("_v1.0.1"));
        QVERIFY(QFileInfo(m_secondBundle).isDir());
        QVERIFY2(r.out.contains(m_secondBundle.toUtf8()), r.out.constData());
        m_secondManifestHash = sha256Of(QDir(m_secondBundle).filePath(QStringLiteral("MANIFEST.sha256")));
        QVERIFY(!m_secondManifestHash.isEmpty() && m_secondManifestHash != m_firstManifestHash);
        QVERIFY2(r.out.contains(m_secondManifestHash.toUtf8()), r.out.constData());
        QVERIFY(!QFileInfo::exists(m_secondBundle + QStringLiteral(".zip")));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{m_code + QStringLiteral("_v1.0.1")});

        // Nothing changed since: no third release.
        const QString again = m_tmp.filePath(QStringLiteral("out3"));
        QVERIFY(QDir().mkpath(again));
        r = release(QStringLiteral("admin"), QStringLiteral("create"), {QStringLiteral("--output"), again});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1.0.1"), r.err.constData());
        QCOMPARE(QDir(again).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void listShowAndDiff()
    {
        QVERIFY(!m_secondBundle.isEmpty());
        Run r = release(QStringLiteral("admin"), QStringLiteral("list"), {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("1.0.1"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("manifestSha256")).toString(), m_firstManifestHash);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("manifestSha256")).toString(), m_secondManifestHash);
        const Run text = release(QStringLiteral("admin"), QStringLiteral("list"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("1.0.0") && text.out.contains("1.0.1"));

        // As the usage says: DIR V1 V2, then the options.
        r = as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("diff"), m_fx.dir, QStringLiteral("1.0.0"),
                                         QStringLiteral("1.0.1"), QStringLiteral("--user"), QStringLiteral("admin"),
                                         QStringLiteral("--dataset"), m_code, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject d = jsonObject(r);
        QCOMPARE(d.value(QStringLiteral("from")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(d.value(QStringLiteral("to")).toString(), QStringLiteral("1.0.1"));
        QCOMPARE(d.value(QStringLiteral("labelsChanged")).toArray(), QJsonArray{m_mr});
        QCOMPARE(d.value(QStringLiteral("added")).toArray(), QJsonArray());
        QCOMPARE(d.value(QStringLiteral("removed")).toArray(), QJsonArray());
        QVERIFY2(hasChange(d.value(QStringLiteral("changes")).toArray(), QStringLiteral("labels_changed"), m_mr), r.out.constData());

        r = release(QStringLiteral("admin"), QStringLiteral("show"), {QStringLiteral("--version"), QStringLiteral("1.0.1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = jsonObject(r);
        QCOMPARE(shown.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.1"));
        QCOMPARE(shown.value(QStringLiteral("manifestSha256")).toString(), m_secondManifestHash);
        QVERIFY2(hasChange(shown.value(QStringLiteral("changes")).toArray(), QStringLiteral("labels_changed"), m_mr), r.out.constData());
        QCOMPARE(shown.value(QStringLiteral("units")).toArray().size(), 3);
        for (const QJsonValue &u : shown.value(QStringLiteral("units")).toArray()) {
            const QJsonObject unit = u.toObject();
            QCOMPARE(unit.value(QStringLiteral("class")).toString(), m_classOf.value(unit.value(QStringLiteral("study")).toString()));
        }
        r = release(QStringLiteral("admin"), QStringLiteral("show"), {QStringLiteral("--version"), QStringLiteral("2.0.0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("2.0.0"), r.err.constData());
    }

    void registryListsBothVersions()
    {
        QVERIFY(!m_secondBundle.isEmpty());
        const Run r = as(QStringLiteral("admin"), {QStringLiteral("registry"), m_fx.dir, QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int code = 0;
        const QString parsed = python({QStringLiteral("-c"), QString::fromLatin1(kCsvScript)}, &code, r.out);
        QVERIFY2(code == 0, qPrintable(parsed));
        const QJsonArray rows = QJsonDocument::fromJson(parsed.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        const QStringList header{QStringLiteral("number"),           QStringLiteral("code"),
                                 QStringLiteral("version"),          QStringLiteral("purpose_and_scope"),
                                 QStringLiteral("modality_procedure"), QStringLiteral("target_pathology_icd10"),
                                 QStringLiteral("data_unit"),        QStringLiteral("unit_count"),
                                 QStringLiteral("size_bytes"),       QStringLiteral("class_counts"),
                                 QStringLiteral("released_at")};
        QStringList got;
        for (const QJsonValue &v : rows.at(0).toArray())
            got.append(v.toString());
        QCOMPARE(got, header);

        const Run json = as(QStringLiteral("admin"), {QStringLiteral("registry"), m_fx.dir, QStringLiteral("--user"), QStringLiteral("admin"),
                                                      QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray jsonRows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(jsonRows.size(), 2);

        const QStringList versions{QStringLiteral("1.0.0"), QStringLiteral("1.0.1")};
        QMap<QString, QString> classesAt = m_classOf;
        for (int i = 0; i < 2; ++i) {
            const QJsonArray row = rows.at(i + 1).toArray();
            QCOMPARE(row.size(), header.size());
            const auto field = [&](const char *name) { return row.at(header.indexOf(QString::fromLatin1(name))).toString(); };
            QCOMPARE(field("number"), QString::number(i + 1));
            QCOMPARE(field("code"), m_code);
            QCOMPARE(field("version"), versions.at(i));
            QCOMPARE(field("unit_count"), QStringLiteral("3"));
            // 1.0.0 was released before the MR was corrected to ABNORMAL.
            classesAt[m_mr] = i == 0 ? QStringLiteral("NORMAL") : QStringLiteral("ABNORMAL");
            QCOMPARE(field("class_counts"), expectedClassCounts(classesAt));
            QVERIFY2(field("target_pathology_icd10").contains(QStringLiteral("C34")), qPrintable(field("target_pathology_icd10")));
            QVERIFY(field("size_bytes").toLongLong() > 0);
            QVERIFY(QDate::fromString(field("released_at"), Qt::ISODate).isValid());

            // The JSON row says the same.
            const QJsonObject j = jsonRows.at(i).toObject();
            QCOMPARE(QString::number(j.value(QStringLiteral("number")).toInt()), field("number"));
            QCOMPARE(j.value(QStringLiteral("code")).toString(), field("code"));
            QCOMPARE(j.value(QStringLiteral("version")).toString(), field("version"));
            QCOMPARE(j.value(QStringLiteral("purposeAndScope")).toString(), field("purpose_and_scope"));
            QCOMPARE(j.value(QStringLiteral("modality")).toString(), field("modality_procedure"));
            QCOMPARE(j.value(QStringLiteral("target")).toString(), field("target_pathology_icd10"));
            QCOMPARE(j.value(QStringLiteral("dataUnit")).toString(), field("data_unit"));
            QCOMPARE(QString::number(j.value(QStringLiteral("unitCount")).toInt()), field("unit_count"));
            QCOMPARE(QString::number(qint64(j.value(QStringLiteral("sizeBytes")).toDouble())), field("size_bytes"));
            QCOMPARE(j.value(QStringLiteral("classCounts")).toString(), field("class_counts"));
            QCOMPARE(j.value(QStringLiteral("releasedAt")).toString(), field("released_at"));
        }
        // The bundle's own registry.csv holds the same row as the registry (numbered 1 there).
        QFile bundleRegistry(QDir(m_secondBundle).filePath(QStringLiteral("registry.csv")));
        QVERIFY(bundleRegistry.open(QIODevice::ReadOnly));
        const QString bundleParsed = python({QStringLiteral("-c"), QString::fromLatin1(kCsvScript)}, &code, bundleRegistry.readAll());
        QJsonArray bundleRow = QJsonDocument::fromJson(bundleParsed.toUtf8()).array().at(1).toArray();
        QJsonArray registryRow = rows.at(2).toArray();
        bundleRow.removeFirst();
        registryRow.removeFirst();
        QCOMPARE(bundleRow, registryRow);

        // Readers may not see the registry.
        QCOMPARE(as(QStringLiteral("r1"), {QStringLiteral("registry"), m_fx.dir, QStringLiteral("--user"), QStringLiteral("r1")}).exitCode, 4);
    }

    void helpAndUsage()
    {
        const Run help = as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *verb : {"propose", "create", "list", "show", "diff", "documentation", "verify"})
            QVERIFY2(help.out.contains(verb), verb);
        QCOMPARE(release(QStringLiteral("admin"), QStringLiteral("publish")).exitCode, 2);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("release"), QStringLiteral("propose"), m_fx.dir, QStringLiteral("--user"),
                                              QStringLiteral("admin")})
                     .exitCode,
                 2); // no --dataset
    }

};

QTEST_GUILESS_MAIN(TestCliRelease)
#include "tst_clirelease.moc"
