#include "core/export/BundleDocuments.h"
#include "core/workflow/LabelSchemas.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::release;

/// The release bundle's documents (README.md/.pdf, classes.png, CHANGELOG.md, registry.csv)
/// of a hand-built release, read back with poppler-utils and Python's csv module.
class TestBundleDocuments : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_bundle;
    ReleaseContent m_content;
    QStringList m_written;
    QMap<QString, int> m_expectedCounts; ///< released units per class, counted from the units made below
    qint64 m_expectedBytes = 0;
    int m_expectedReleased = 0;

    static const inline QStringList Headings{
        QStringLiteral("1. General information"),
        QStringLiteral("2. Disclaimer"),
        QStringLiteral("3. Variables"),
        QStringLiteral("4. Preparation of studies"),
        QStringLiteral("5. Labelling principles"),
        QStringLiteral("6. Labelling verification"),
        QStringLiteral("7. Content"),
        QStringLiteral("8. Licence, copies, citation and distribution"),
        QStringLiteral("9. Authors"),
        QStringLiteral("10. Affiliations"),
        QStringLiteral("11. Directory structure, root files and naming rules"),
    };

    static QString readText(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    /// Runs a program; (exit code, stdout). -1 when it could not be started.
    static std::pair<int, QByteArray> run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted(10000))
            return {-1, {}};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {-1, {}};
        return {p.exitCode(), p.readAllStandardOutput()};
    }

    static QString popplerTool(const char *name)
    {
        return QStandardPaths::findExecutable(QString::fromLatin1(name));
    }

    /// Parses CSV with Python's csv module: rows as JSON arrays.
    static QList<QStringList> pythonCsv(const QByteArray &csv)
    {
        const auto [code, out] = run(QStringLiteral("/usr/bin/python3"),
                                     {QStringLiteral("-c"), QStringLiteral("import csv, io, json, sys\n"
                                                                           "rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline='')))\n"
                                                                           "print(json.dumps(rows))")},
                                     csv);
        if (code != 0)
            return {};
        QList<QStringList> rows;
        for (const QJsonValue &row : QJsonDocument::fromJson(out).array()) {
            QStringList cells;
            for (const QJsonValue &cell : row.toArray())
                cells.append(cell.toString());
            rows.append(cells);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_bundle = m_tmp.filePath(QStringLiteral("bundle"));

        const Result<LabelSchema> schema = workflow::LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
        QVERIFY(schema.ok());
        workflow::DatasetSpec &spec = m_content.dataset.spec;
        spec.code = QStringLiteral("DS_CT-I_CT_OGK_COVID");
        spec.name = QStringLiteral("COVID-19 severity on chest CT");
        spec.purpose = workflow::DatasetPurpose::Calibration;
        spec.clinicalTask = QStringLiteral("Grade viral pneumonia CT0-CT4, ground glass & consolidation");
        spec.dataUnit = QStringLiteral("one chest CT study");
        spec.schema = *schema;
        spec.classTargets = {{QStringLiteral("CT0"), 10}, {QStringLiteral("CT1"), 8}, {QStringLiteral("CT2"), 6},
                             {QStringLiteral("CT3"), 4}, {QStringLiteral("CT4"), 2}};
        spec.verificationMethod = QStringLiteral("Two independent readers; an expert arbitrates disagreements");
        spec.dataSource = QStringLiteral("Unified radiological information service");
        m_content.dataset.version = QStringLiteral("1.1.0");
        m_content.version = workflow::SemanticVersion{1, 1, 0};
        m_content.releasedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

        workflow::ReleaseDocumentation &doc = m_content.documentation;
        doc.organisation = QStringLiteral("Center <Diagnostics> & Telemedicine");
        doc.summary = QStringLiteral("Chest CT studies graded *by two readers* for AI testing.");
        doc.intendedUse = QStringLiteral("Testing AI services <b>only</b> & nothing else.\n\n# not a heading\n- nor a list");
        doc.keywords = QStringLiteral("COVID-19, CT, pneumonia");
        doc.licence = QStringLiteral("CC BY-NC-ND 4.0");
        doc.citation = QStringLiteral("Ivanov A. A. et al. COVID-19 CT dataset, 2026.");
        doc.authors = {QStringLiteral("A. A. Ivanov (1)"), QStringLiteral("B. B. Petrova (1)")};
        // prohibitedUses, funding, permanentLink, preparationPrinciples, copies... stay empty.

        // Units: outcome and class per unit; released = agreed or arbitrated.
        const QList<std::tuple<QString, QString, QString>> plan{
            {QStringLiteral("agreed"), QStringLiteral("CT0"), QStringLiteral("high")},
            {QStringLiteral("agreed"), QStringLiteral("CT0"), QStringLiteral("high")},
            {QStringLiteral("agreed"), QStringLiteral("CT0"), QStringLiteral("medium")},
            {QStringLiteral("arbitrated"), QStringLiteral("CT0"), QStringLiteral("high")},
            {QStringLiteral("agreed"), QStringLiteral("CT0"), QStringLiteral("low")},
            {QStringLiteral("agreed"), QStringLiteral("CT1"), QStringLiteral("high")},
            {QStringLiteral("arbitrated"), QStringLiteral("CT1"), QStringLiteral("medium")},
            {QStringLiteral("agreed"), QStringLiteral("CT1"), QStringLiteral("high")},
            {QStringLiteral("arbitrated"), QStringLiteral("CT1"), QStringLiteral("high")},
            {QStringLiteral("agreed"), QStringLiteral("CT2"), QStringLiteral("high")},
            {QStringLiteral("arbitrated"), QStringLiteral("CT2"), QStringLiteral("medium")},
            {QStringLiteral("agreed"), QStringLiteral("CT2"), QStringLiteral("high")},
            {QStringLiteral("agreed"), QStringLiteral("CT3"), QStringLiteral("high")},
            {QStringLiteral("arbitrated"), QStringLiteral("CT3"), QStringLiteral("low")},
            {QStringLiteral("excluded"), QString(), QStringLiteral("low")},
            {QStringLiteral("excluded"), QString(), QStringLiteral("low")},
        };
        for (int i = 0; i < plan.size(); ++i) {
            const auto &[state, cls, level] = plan.at(i);
            BundleUnit unit;
            unit.datasetStudyId = i + 1;
            unit.pseudonym = QStringLiteral("DS_CT-I_CT_OGK_COVID_%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            unit.originalStudyInstanceUid = QStringLiteral("1.2.826.0.1.3680043.99.%1").arg(7000 + i);
            unit.studyInstanceUid = QStringLiteral("2.25.%1").arg(1000 + i);
            unit.modality = QStringLiteral("CT");
            unit.bodyPart = QStringLiteral("CHEST");
            unit.finalState = state;
            if (!cls.isEmpty())
                unit.studyClass = cls;
            unit.verificationLevel = level;
            if (state == QLatin1String("excluded"))
                unit.exclusionReason = QStringLiteral("Motion artefacts | readers < 2 agree");
            else {
                unit.dicomFolder = QStringLiteral("dicom/") + unit.pseudonym;
                unit.sliceFiles = {unit.dicomFolder + QStringLiteral("/0001.dcm"), unit.dicomFolder + QStringLiteral("/0002.dcm")};
                unit.dicomBytes = 1000000 + i * 1000;
                m_expectedBytes += unit.dicomBytes;
                ++m_expectedReleased;
                ++m_expectedCounts[cls];
            }
            BundleReading a;
            a.reader = QStringLiteral("R1");
            a.role = QStringLiteral("primary");
            a.yearsExperience = 7;
            a.degree = QStringLiteral("candidate");
            BundleReading b = a;
            b.reader = QStringLiteral("R2");
            b.yearsExperience = 3;
            unit.readings = {a, b};
            m_content.units.append(unit);
        }

        evaluation::KappaEstimate kappa;
        kappa.kappa = 0.6123;
        kappa.ciLower = 0.4011;
        kappa.ciUpper = 0.8234;
        kappa.items = 16;
        m_content.statistics.classes.scale = QStringLiteral("ordinal");
        m_content.statistics.classes.completedPairs = 16;
        m_content.statistics.classes.items = 16;
        m_content.statistics.classes.percentAgreement = 0.75;
        m_content.statistics.classes.cohenKappa = kappa;
        m_content.statistics.findings.studiesCompared = 9;
        m_content.statistics.findings.matchedPairs = 11;
        evaluation::DistributionSummary dice;
        dice.count = 11;
        dice.median = 0.8123;
        dice.q1 = 0.7;
        dice.q3 = 0.9;
        dice.min = 0.5;
        dice.max = 0.95;
        m_content.statistics.findings.diceByLabel.insert(1, dice);
        m_content.statistics.findings.labelCodes.insert(1, QStringLiteral("GGO"));

        workflow::ReleaseChange added;
        added.bump = workflow::VersionBump::Minor;
        added.kind = QStringLiteral("unit_added");
        added.description = QStringLiteral("Data unit added: DS_CT-I_CT_OGK_COVID_0015");
        workflow::ReleaseChange labels;
        labels.bump = workflow::VersionBump::Patch;
        labels.kind = QStringLiteral("labels_changed");
        labels.description = QStringLiteral("Final labels corrected: DS_CT-I_CT_OGK_COVID_0003");
        m_content.changes = {added, labels};
        workflow::Release first;
        first.datasetCode = spec.code;
        first.version = workflow::SemanticVersion{1, 0, 0};
        first.createdAt = QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
        m_content.history = {first};

        QStringList bundleFiles{QStringLiteral("labels.csv"), QStringLiteral("readings.csv"), QStringLiteral("findings.csv"),
                                QStringLiteral("MANIFEST.sha256")};
        for (const BundleUnit &unit : std::as_const(m_content.units))
            bundleFiles.append(unit.sliceFiles);

        const Result<QStringList> written = BundleDocuments::write(m_content, m_bundle, bundleFiles);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        m_written = *written;
    }

    void writesTheFiveDocuments()
    {
        QCOMPARE(QSet<QString>(m_written.begin(), m_written.end()),
                 (QSet<QString>{QStringLiteral("README.md"), QStringLiteral("README.pdf"), QStringLiteral("classes.png"),
                                QStringLiteral("CHANGELOG.md"), QStringLiteral("registry.csv")}));
        for (const QString &f : std::as_const(m_written))
            QVERIFY2(QFileInfo(QDir(m_bundle).filePath(f)).size() > 0, qPrintable(f));
    }

    void readmeHasTheMethodologySectionsInOrder()
    {
        const QString md = readText(QDir(m_bundle).filePath(QStringLiteral("README.md")));
        QStringList h2;
        for (const QString &line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("## ")))
                h2.append(line.mid(3));
        }
        QCOMPARE(h2, Headings);
        QVERIFY(md.startsWith(QLatin1String("# COVID-19 severity on chest CT\n")));
        QVERIFY(md.contains(QLatin1String("1.1.0")));
        QVERIFY(md.contains(QLatin1String("2026-11-24")));
        QVERIFY(md.contains(QLatin1String("](classes.png)")));
    }

    void readmeCountsTheActualContent()
    {
        const QString md = readText(QDir(m_bundle).filePath(QStringLiteral("README.md")));
        // Section 7's table: | code | name | units | share | target | of target |
        for (const LabelClass &c : std::as_const(m_content.dataset.spec.schema.classes)) {
            const QRegularExpression row(QStringLiteral("^\\| %1 \\| [^\\n]*? \\| (\\d+) \\| [^|]+ \\| (\\d+) \\|").arg(c.code),
                                         QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = row.match(md);
            QVERIFY2(m.hasMatch(), qPrintable(c.code));
            QCOMPARE(m.captured(1).toInt(), m_expectedCounts.value(c.code));
            QCOMPARE(m.captured(2).toInt(), m_content.dataset.spec.classTargets.value(c.code));
        }
        QVERIFY(QRegularExpression(QStringLiteral("^\\| Total \\|  \\| %1 \\|").arg(m_expectedReleased), QRegularExpression::MultilineOption)
                    .match(md)
                    .hasMatch());
        // Outcomes and the kappa with its interval.
        QVERIFY(md.contains(QLatin1String("| agreed | the two independent readings agreed | 9 |")));
        QVERIFY(md.contains(QLatin1String("| arbitrated | an expert decided a disagreement | 5 |")));
        QVERIFY(md.contains(QLatin1String("| excluded | unresolvable: not released | 2 |")));
        QVERIFY(md.contains(QLatin1String("0.612 (95% CI 0.401 to 0.823; 16 studies)")));
        QVERIFY(md.contains(QLatin1String("75.0%")));
        QVERIFY(md.contains(QLatin1String("Dice of matched masks, GGO:** median 0.812")));
        // Excluded units with their reason, the '|' and '<' escaped inside the table cell.
        QVERIFY(md.contains(QLatin1String("| DS\\_CT-I\\_CT\\_OGK\\_COVID\\_0015 | Motion artefacts \\| readers \\< 2 agree |")));
    }

    void readmeEscapesUserTextAndFillsGaps()
    {
        const QString md = readText(QDir(m_bundle).filePath(QStringLiteral("README.md")));
        QVERIFY(md.contains(QLatin1String("Center \\<Diagnostics\\> & Telemedicine")));
        QVERIFY(md.contains(QLatin1String("\\*by two readers\\*")));
        QVERIFY(md.contains(QLatin1String("Testing AI services \\<b\\>only\\</b\\> & nothing else.")));
        QVERIFY(md.contains(QLatin1String("\n\\# not a heading\\\n\\- nor a list\n")));
        QVERIFY(!md.contains(QLatin1String("<b>")));
        // Empty documentation fields.
        const qsizetype prohibited = md.indexOf(QLatin1String("### Prohibited uses"));
        QVERIFY(prohibited > 0);
        QVERIFY(md.mid(prohibited, 40).contains(QLatin1String("Not specified.")));
        QVERIFY(md.contains(QLatin1String("| Funding | Not specified. |")));
        QVERIFY(md.contains(QLatin1String("## 10. Affiliations\n\nNot specified.")));
        // Nothing that stays inside Etalon.
        for (const QString &f : std::as_const(m_written)) {
            const QByteArray bytes = [&] {
                QFile file(QDir(m_bundle).filePath(f));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }();
            QVERIFY2(!bytes.contains("1.2.826.0.1.3680043.99."), qPrintable(f));
        }
    }

    void pdfIsA4AndHoldsTheReadme()
    {
        const QString pdftotext = popplerTool("pdftotext");
        const QString pdfinfo = popplerTool("pdfinfo");
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QSKIP("pdftotext/pdfinfo (Debian package poppler-utils) are not installed: apt-get install poppler-utils");
        const QString pdf = QDir(m_bundle).filePath(QStringLiteral("README.pdf"));

        const auto [infoCode, info] = run(pdfinfo, {pdf});
        QCOMPARE(infoCode, 0);
        QVERIFY2(info.contains("(A4)"), info.constData());
        const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(QString::fromUtf8(info)).captured(1).toInt();
        QVERIFY2(pages >= 2, info.constData());

        const auto [textCode, raw] = run(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(textCode, 0);
        // NFKC: whatever ligatures remain ("ﬁ") read as their letters.
        const QString layout = QString::fromUtf8(raw).normalized(QString::NormalizationForm_KC);
        QString flat = layout;
        flat.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        qsizetype at = 0;
        for (const QString &h : Headings) {
            const qsizetype found = flat.indexOf(h, at);
            QVERIFY2(found >= at, qPrintable(h));
            at = found + h.size();
        }
        QVERIFY(flat.contains(QLatin1String("DS_CT-I_CT_OGK_COVID")));
        QVERIFY(flat.contains(QLatin1String("Center <Diagnostics> & Telemedicine")));
        QVERIFY(flat.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        // The class-balance table: a row starts with the code; its numbers follow the name.
        for (const LabelClass &c : std::as_const(m_content.dataset.spec.schema.classes)) {
            const QRegularExpression row(QStringLiteral("^\\s*%1\\s+%1:[^\\n]*?\\s(\\d+)\\s+(\\d+\\.\\d%|-)\\s+(\\d+)\\s").arg(c.code),
                                         QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = row.match(layout.mid(layout.indexOf(QLatin1String("7. Content"))));
            QVERIFY2(m.hasMatch(), qPrintable(c.code));
            QCOMPARE(m.captured(1).toInt(), m_expectedCounts.value(c.code));
            QCOMPARE(m.captured(3).toInt(), m_content.dataset.spec.classTargets.value(c.code));
        }

        // Pages as images (looked at by hand during development: they are kept next to the bundle).
        const QString pdftoppm = popplerTool("pdftoppm");
        if (!pdftoppm.isEmpty()) {
            const QString prefix = m_tmp.filePath(QStringLiteral("page"));
            QCOMPARE(run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, prefix}).first, 0);
            const QImage first(QDir(m_tmp.path()).filePath(pages >= 10 ? QStringLiteral("page-01.png") : QStringLiteral("page-1.png")));
            QVERIFY(!first.isNull());
            QVERIFY(first.width() < first.height()); // portrait
            int dark = 0;
            for (int y = 0; y < first.height(); ++y) {
                for (int x = 0; x < first.width(); ++x)
                    dark += qGray(first.pixel(x, y)) < 128;
            }
            QVERIFY2(dark > first.width() * first.height() / 200, "page 1 is (nearly) blank");
            const QString keep = QString::fromLocal8Bit(qgetenv("ETALON_KEEP_PAGES"));
            if (!keep.isEmpty()) {
                QDir().mkpath(keep);
                for (const QString &png : QDir(m_tmp.path()).entryList({QStringLiteral("page-*.png")})) {
                    QFile::remove(QDir(keep).filePath(png));
                    QFile::copy(QDir(m_tmp.path()).filePath(png), QDir(keep).filePath(png));
                }
            }
        }
    }

    void chartBarsHaveTheClassColours()
    {
        const QImage chart(QDir(m_bundle).filePath(QStringLiteral("classes.png")));
        QVERIFY(!chart.isNull());
        QMap<QString, qint64> pixels;
        QMap<QRgb, QString> byColour;
        for (const LabelClass &c : std::as_const(m_content.dataset.spec.schema.classes))
            byColour.insert(QColor(c.colour).rgb(), c.code);
        for (int y = 0; y < chart.height(); ++y) {
            for (int x = 0; x < chart.width(); ++x) {
                const auto it = byColour.constFind(chart.pixel(x, y) | 0xff000000u);
                if (it != byColour.cend())
                    ++pixels[it.value()];
            }
        }
        // Bars share a width, so their areas are in proportion to the class counts.
        const QString reference = QStringLiteral("CT0");
        QVERIFY(pixels.value(reference) > 1000);
        for (const LabelClass &c : std::as_const(m_content.dataset.spec.schema.classes)) {
            const int expected = m_expectedCounts.value(c.code);
            if (expected == 0) {
                QCOMPARE(pixels.value(c.code), 0);
                continue;
            }
            const double ratio = double(pixels.value(c.code)) / double(pixels.value(reference));
            const double expectedRatio = double(expected) / double(m_expectedCounts.value(reference));
            QVERIFY2(std::abs(ratio - expectedRatio) < 0.03 * expectedRatio + 0.01,
                     qPrintable(QStringLiteral("%1: area ratio %2, count ratio %3").arg(c.code).arg(ratio).arg(expectedRatio)));
        }
    }

    void changelogIsNewestFirst()
    {
        const QString log = readText(QDir(m_bundle).filePath(QStringLiteral("CHANGELOG.md")));
        const qsizetype v110 = log.indexOf(QStringLiteral("## 1.1.0 — 2026-11-24"));
        const qsizetype v100 = log.indexOf(QStringLiteral("## 1.0.0 — 2026-05-01"));
        QVERIFY(v110 > 0);
        QVERIFY(v100 > v110);
        const QString latest = log.mid(v110, v100 - v110);
        QVERIFY(latest.contains(QLatin1String("- Data unit added: DS\\_CT-I\\_CT\\_OGK\\_COVID\\_0015\n")));
        QVERIFY(latest.contains(QLatin1String("- Final labels corrected: DS\\_CT-I\\_CT\\_OGK\\_COVID\\_0003\n")));
        QVERIFY(log.mid(v100).contains(QLatin1String("- First release.")));
    }

    void registryCsvParsesWithTheEightFields()
    {
        QFile f(QDir(m_bundle).filePath(QStringLiteral("registry.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = pythonCsv(f.readAll());
        QCOMPARE(rows.size(), 2);
        const QStringList &header = rows.at(0);
        const QStringList &row = rows.at(1);
        QCOMPARE(row.size(), header.size());
        const auto field = [&](const char *name) { return row.value(header.indexOf(QString::fromLatin1(name))); };
        // The methodology's 8 fields, then version and date.
        QCOMPARE(field("number"), QStringLiteral("1"));
        QCOMPARE(field("code"), QStringLiteral("DS_CT-I_CT_OGK_COVID"));
        QVERIFY(field("purpose_and_scope").contains(m_content.dataset.spec.clinicalTask));
        QCOMPARE(field("modality_procedure"), QStringLiteral("CT, chest"));
        QVERIFY(field("target_pathology_icd10").contains(QLatin1String("U07.1")));
        QCOMPARE(field("data_unit"), QStringLiteral("one chest CT study"));
        QCOMPARE(field("unit_count").toInt(), m_expectedReleased);
        QCOMPARE(field("size_bytes").toLongLong(), m_expectedBytes);
        QStringList counts;
        for (const LabelClass &c : std::as_const(m_content.dataset.spec.schema.classes))
            counts.append(QStringLiteral("%1: %2").arg(c.code).arg(m_expectedCounts.value(c.code)));
        QCOMPARE(field("class_counts"), counts.join(QStringLiteral("; ")));
        QCOMPARE(field("version"), QStringLiteral("1.1.0"));
        QCOMPARE(field("released_at"), QStringLiteral("2026-11-24"));
    }

    void registryCsvQuotesPerRfc4180()
    {
        RegistryRow tricky;
        tricky.number = 7;
        tricky.code = QStringLiteral("DS_X");
        tricky.purposeAndScope = QStringLiteral("calibration, \"quoted\" task");
        tricky.target = QStringLiteral("line one\nline two");
        tricky.classCounts = QStringLiteral("A: 1; B: 2");
        const QList<QStringList> rows = pythonCsv(BundleDocuments::registryCsv({BundleDocuments::registryRow(m_content), tricky}));
        QCOMPARE(rows.size(), 3);
        const QStringList &header = rows.at(0);
        QCOMPARE(rows.at(2).size(), header.size());
        QCOMPARE(rows.at(2).value(header.indexOf(QStringLiteral("purpose_and_scope"))), tricky.purposeAndScope);
        QCOMPARE(rows.at(2).value(header.indexOf(QStringLiteral("target_pathology_icd10"))), tricky.target);
        QCOMPARE(rows.at(2).value(header.indexOf(QStringLiteral("number"))), QStringLiteral("7"));
    }

    void cleanupTestCase()
    {
        // ETALON_KEEP_PAGES=<folder>: keep the documents and rendered pages for looking at.
        const QString keep = QString::fromLocal8Bit(qgetenv("ETALON_KEEP_PAGES"));
        if (keep.isEmpty())
            return;
        QDir().mkpath(keep);
        for (const QString &f : std::as_const(m_written)) {
            QFile::remove(QDir(keep).filePath(f));
            QFile::copy(QDir(m_bundle).filePath(f), QDir(keep).filePath(f));
        }
    }

    void emptyContentStillWritesEveryDocument()
    {
        ReleaseContent empty;
        empty.dataset.spec.code = QStringLiteral("DS_FT-I_CT_EMPTY");
        const QString dir = m_tmp.filePath(QStringLiteral("empty"));
        const Result<QStringList> written = BundleDocuments::write(empty, dir, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written->size(), 5);
        const QString md = readText(QDir(dir).filePath(QStringLiteral("README.md")));
        QVERIFY(md.startsWith(QLatin1String("# Not specified.\n")));
        QVERIFY(md.contains(QLatin1String("| Total |  | 0 |")));
        const QList<QStringList> rows = pythonCsv([&] {
            QFile f(QDir(dir).filePath(QStringLiteral("registry.csv")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).value(rows.at(0).indexOf(QStringLiteral("unit_count"))), QStringLiteral("0"));
    }

    void logoHeadsTheReadme()
    {
        // A pure magenta logo (a colour nothing else in the README uses), from a JPEG file.
        QImage source(600, 200, QImage::Format_RGB32);
        source.fill(QColor(255, 0, 255));
        const QString jpeg = m_tmp.filePath(QStringLiteral("logo.jpg"));
        QVERIFY(source.save(jpeg, "JPEG", 100));
        const Result<QByteArray> png = workflow::ReleaseDocumentation::logoFromFile(jpeg);
        QVERIFY2(png.ok(), png.ok() ? "" : qPrintable(png.error().message));
        QVERIFY(png->startsWith("\x89PNG"));
        QVERIFY(!workflow::ReleaseDocumentation::logoFromFile(m_tmp.filePath(QStringLiteral("no-such.png"))).ok());

        ReleaseContent content = m_content;
        content.documentation.logoPng = *png;
        const QString dir = m_tmp.filePath(QStringLiteral("with-logo"));
        const Result<QStringList> written = BundleDocuments::write(content, dir, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QVERIFY(written->contains(QStringLiteral("logo.png")));
        QFile logo(QDir(dir).filePath(QStringLiteral("logo.png")));
        QVERIFY(logo.open(QIODevice::ReadOnly));
        QCOMPARE(logo.readAll(), *png);
        const QString md = readText(QDir(dir).filePath(QStringLiteral("README.md")));
        QVERIFY2(md.indexOf(QStringLiteral("(logo.png)")) >= 0 && md.indexOf(QStringLiteral("(logo.png)")) < md.indexOf(QStringLiteral("# ")),
                 qPrintable(md.left(300)));
        QVERIFY(md.contains(QStringLiteral("| logo.png |")));

        // The logo is drawn at the top of page 1 of the PDF (and only with a logo).
        const QString pdftoppm = popplerTool("pdftoppm");
        QVERIFY2(!pdftoppm.isEmpty(), "needs pdftoppm (poppler-utils)");
        const auto magentaInTopQuarter = [&](const QString &pdf, const QString &prefix) {
            if (run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
                               QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix}).first != 0)
                return -1;
            const QStringList pages = QDir(m_tmp.path()).entryList({QFileInfo(prefix).fileName() + QStringLiteral("*.png")});
            const QImage page(QDir(m_tmp.path()).filePath(pages.value(0)));
            int count = 0;
            for (int y = 0; y < page.height() / 4; ++y) {
                for (int x = 0; x < page.width(); ++x) {
                    const QColor c = page.pixelColor(x, y);
                    count += c.red() > 200 && c.green() < 60 && c.blue() > 200;
                }
            }
            return count;
        };
        QVERIFY(magentaInTopQuarter(QDir(dir).filePath(QStringLiteral("README.pdf")), m_tmp.filePath(QStringLiteral("logo-page"))) > 100);
        QCOMPARE(magentaInTopQuarter(QDir(m_bundle).filePath(QStringLiteral("README.pdf")), m_tmp.filePath(QStringLiteral("plain-page"))), 0);
    }

    void unwritableFolderIsAnIoError()
    {
        const QString blocker = m_tmp.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Result<QStringList> r = BundleDocuments::write(m_content, blocker, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::IoError);
        QVERIFY(r.error().message.contains(QDir::toNativeSeparators(blocker)));
    }
};

QTEST_MAIN(TestBundleDocuments)
#include "tst_bundledocuments.moc"
