// The coordinator's dashboard on a real workspace (real DICOM studies, two readers reading
// with agreeing and disagreeing classes, disputes arbitrated and excluded): every figure on
// its widgets equals what the real `etalon-cli status --json` prints for the same workspace,
// planted problems of each kind are listed, and charts save as PNG and SVG. The readers also
// draw masks and contours (identical on an agreed study, shifted on a disputed one, and
// unmatched ones), and every figure of the "Agreement statistics" tab equals the real
// `etalon-cli stats --json` for the same workspace.
#include "app/gui/DashboardPanel.h"
#include "app/gui/MainWindow.h"
#include "core/workflow/Verification.h"
#include "tests/core/ReadingFixture.h"
#include "tests/support/CliRunner.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QScatterSeries>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QTime>
#include <QXmlStreamReader>

using namespace etalon;
using namespace readingtest;
using core::workflow::Verification;

namespace {

const QString Code = QStringLiteral("DS_CT-I_CT_CHEST_COVID");

/// The test's own duration format (h:mm:ss, m:ss under an hour), to read the reader table.
QString hms(qint64 seconds)
{
    const QTime t = QTime(0, 0).addSecs(int(seconds % 86400));
    return seconds >= 3600 ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(t.toString(QStringLiteral("mm:ss")))
                           : QStringLiteral("%1:%2").arg(t.minute()).arg(t.toString(QStringLiteral("ss")));
}

/// A mask of the series' size with \a label on the block [i0,i1) x [j0,j1) of slice 0.
Finding maskFinding(const VolumeGeometry &g, int label, int i0, int i1, int j0, int j1)
{
    MaskGeometry m{g.size, std::vector<std::uint8_t>(std::size_t(g.size[0]) * g.size[1] * g.size[2], 0)};
    for (int j = j0; j < j1; ++j) {
        for (int i = i0; i < i1; ++i)
            m.labels[std::size_t(qint64(j) * g.size[0] + i)] = std::uint8_t(label);
    }
    Finding f;
    f.label = label == 1 ? QStringLiteral("GGO") : QStringLiteral("CONSOLIDATION");
    f.geometry = m;
    return f;
}

/// A square contour over pixels i..i+w-1, j..j+w-1 of slice 0.
Finding contourFinding(int i, int j, int w)
{
    ContourGeometry c;
    c.slices[0] = {{i - 0.5, j - 0.5}, {i + w - 0.5, j - 0.5}, {i + w - 0.5, j + w - 0.5}, {i - 0.5, j + w - 0.5}};
    Finding f;
    f.label = QStringLiteral("GGO");
    f.geometry = c;
    return f;
}

/// The exact value a statistics cell keeps, and its text at the shown precision.
void compareCell(QTableWidgetItem *item, const QJsonValue &value, int decimals)
{
    QVERIFY(item);
    QCOMPARE(item->data(Qt::UserRole).toDouble(), value.toDouble());
    QCOMPARE(item->text(), QString::number(value.toDouble(), 'f', decimals));
}

/// A "low – high" cell (IQR, min–max, CI) against two JSON values.
void compareRange(QTableWidgetItem *item, const QJsonValue &low, const QJsonValue &high, int decimals, const QString &separator)
{
    QVERIFY(item);
    const QVariantList exact = item->data(Qt::UserRole).toList();
    QCOMPARE(exact.size(), 2);
    QCOMPARE(exact.at(0).toDouble(), low.toDouble());
    QCOMPARE(exact.at(1).toDouble(), high.toDouble());
    QCOMPARE(item->text(), QString::number(low.toDouble(), 'f', decimals) + separator + QString::number(high.toDouble(), 'f', decimals));
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresMatchCliStatus();
    void statisticsMatchCliStats();
    void plantedProblemsAreListed();
    void chartsSaveAsPngAndSvg();
    void mainWindowShowsDashboardToCoordinatorsOnly();

private:
    bool read(const QString &login, const QString &uid, const QString &studyClass, qint64 seconds, bool submit = true,
              const std::vector<Finding> &findings = {});
    std::optional<VolumeGeometry> geometryOf(const QString &uid);
    QJsonObject cliJson(const QStringList &args);
    void showPanel(app::DashboardPanel &panel);

    Fixture m_f;
    QStringList m_uids;
    QString m_excludedUid;
    QString m_waitingUid;
    QString m_excludeReason = QStringLiteral("Breathing artefacts on every slice; class cannot be judged");
};

bool TestDashboard::read(const QString &login, const QString &uid, const QString &studyClass, qint64 seconds, bool submit,
                         const std::vector<Finding> &findings)
{
    return m_f.read(login, Code, uid, studyClass, findings, {}, seconds, submit);
}

std::optional<VolumeGeometry> TestDashboard::geometryOf(const QString &uid)
{
    QSqlQuery q(m_f.ws->database());
    q.prepare(QStringLiteral("SELECT ds.id FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref WHERE st.study_uid = ?"));
    q.addBindValue(uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const Result<VolumeGeometry> g = Verification::dataUnitGeometry(*m_f.ws, q.value(0).toLongLong());
    if (!g || g->size[0] < 64 || g->size[1] < 64 || qint64(g->size[0]) * g->size[1] * g->size[2] > 8'000'000)
        return std::nullopt;
    return *g;
}

QJsonObject TestDashboard::cliJson(const QStringList &args)
{
    testing::CliPasswords passwords;
    passwords.password = passwordOf(QStringLiteral("admin"));
    const testing::CliRun run = testing::runCli(args, passwords);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

void TestDashboard::showPanel(app::DashboardPanel &panel)
{
    panel.resize(1240, 980);
    panel.setWorkspace(m_f.ws.get(), *m_f.admin);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.setCurrentDataset(Code));
}

void TestDashboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EtalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    const QString d = QStringLiteral(ETALON_SHARED_DICOM);
    QVERIFY2(m_f.setUp(3, 0,
                       {d + QStringLiteral("/ct-3slice"), d + QStringLiteral("/dx"), d + QStringLiteral("/chest-cr"),
                        d + QStringLiteral("/mammo"), d + QStringLiteral("/mr-enhanced"), d + QStringLiteral("/mr-series-20"),
                        QStringLiteral(ETALON_PYDICOM_FILES "/CT_small.dcm"), QStringLiteral(ETALON_PYDICOM_FILES "/MR_small.dcm")}),
             qPrintable(m_f.error));
    QVERIFY2(m_f.studyUids.size() >= 8, qPrintable(QString::number(m_f.studyUids.size())));
    m_uids = m_f.studyUids.mid(0, 8);

    // Plan: targets per class; seven studies assigned to r1 and r2, the eighth added later.
    DatasetSpec spec;
    spec.code = Code;
    spec.name = QStringLiteral("COVID severity, calibration");
    spec.purpose = DatasetPurpose::Calibration;
    spec.schema = *LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
    spec.classTargets = {{QStringLiteral("CT0"), 2}, {QStringLiteral("CT1"), 1}, {QStringLiteral("CT2"), 1}, {QStringLiteral("CT3"), 6}};
    const Result<Dataset> created = Datasets::create(*m_f.ws, *m_f.admin, spec);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QList<StudyToAdd> add;
    for (int i = 0; i < 7; ++i)
        add.append(StudyToAdd{m_uids.at(i), {}});
    QVERIFY(Datasets::addStudies(*m_f.ws, *m_f.admin, Code, add).ok());
    AssignOptions options;
    options.readerIds = {m_f.ids.value(QStringLiteral("r1")), m_f.ids.value(QStringLiteral("r2"))};
    const Result<AssignmentReport> assigned = Readings::assign(*m_f.ws, *m_f.admin, Code, options);
    QVERIFY(assigned.ok());
    QCOMPARE(assigned->studiesAssigned, 7);
    QVERIFY(Datasets::addStudies(*m_f.ws, *m_f.admin, Code, {StudyToAdd{m_uids.at(7), {}}}).ok());

    const QString r1 = QStringLiteral("r1"), r2 = QStringLiteral("r2");
    // Two agreements, three disputes (ordinal tolerance 0), one study in reading, one untouched.
    // Findings: on the first agreed study identical GGO masks and contours (Dice 1, IoU 1, so
    // still agreed); on the CT1/CT3 dispute (later excluded) B's mask shifted by 5 voxels (Dice 0.5), the
    // contour shifted likewise (IoU 1/3) and an extra contour of B; on the CT0/CT2 dispute
    // only r1 draws a contour.
    const std::optional<VolumeGeometry> g0 = geometryOf(m_uids[0]);
    const std::optional<VolumeGeometry> g2 = geometryOf(m_uids[2]);
    QVERIFY2(g0 && g2 && geometryOf(m_uids[4]), "the scenario's studies need images of at least 64x64");
    const std::vector<Finding> same{maskFinding(*g0, 1, 10, 20, 10, 20), contourFinding(30, 30, 10)};
    QVERIFY(read(r1, m_uids[0], QStringLiteral("CT1"), 95, true, same) && read(r2, m_uids[0], QStringLiteral("CT1"), 140, true, same));
    QVERIFY(read(r1, m_uids[1], QStringLiteral("CT0"), 60) && read(r2, m_uids[1], QStringLiteral("CT0"), 75));
    QVERIFY(read(r1, m_uids[2], QStringLiteral("CT1"), 200, true, {maskFinding(*g2, 1, 10, 20, 10, 20), contourFinding(30, 30, 10)}) &&
            read(r2, m_uids[2], QStringLiteral("CT3"), 310, true,
                 {maskFinding(*g2, 1, 15, 25, 10, 20), contourFinding(35, 30, 10), contourFinding(50, 50, 6)}));
    QVERIFY(read(r1, m_uids[3], QStringLiteral("CT2"), 120) && read(r2, m_uids[3], QStringLiteral("CT4"), 3700));
    QVERIFY(read(r1, m_uids[4], QStringLiteral("CT0"), 45, true, {contourFinding(20, 20, 8)}) &&
            read(r2, m_uids[4], QStringLiteral("CT2"), 50));
    QVERIFY(read(r1, m_uids[5], QStringLiteral("CT1"), 30, false));

    // No expert existed when the disputes were found: all three wait without one. An expert
    // joins; the coordinator sends two disputes to them: one excluded, one accepted as A.
    QVERIFY(m_f.addUser(QStringLiteral("e1"), Role::Expert, {21, Degree::Doctor}));
    const Result<QList<DisputeItem>> disputes = Verification::disputes(*m_f.ws, *m_f.admin, Code);
    QVERIFY(disputes.ok());
    QCOMPARE(disputes->size(), 3);
    for (const DisputeItem &d : *disputes) {
        QVERIFY(!d.expertId);
        if (d.studyInstanceUid == m_uids[4])
            continue;
        QVERIFY(Verification::assignExpert(*m_f.ws, *m_f.admin, d.disputeId, m_f.ids.value(QStringLiteral("e1"))).ok());
        const bool exclude = d.studyInstanceUid == m_uids[2];
        const Result<void> decided =
            Verification::arbitrate(*m_f.ws, m_f.user(QStringLiteral("e1")), d.disputeId,
                                    exclude ? ArbitrationDecision::Exclude : ArbitrationDecision::AcceptA, exclude ? m_excludeReason : QString());
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));
    }
    m_excludedUid = m_uids[2];
    m_waitingUid = m_uids[4];
    // The remaining dispute was found ten days ago.
    QSqlQuery q(m_f.ws->database());
    q.prepare(QStringLiteral("UPDATE disputes SET detected_at = ? WHERE dataset_study_ref = "
                             "(SELECT ds.id FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref WHERE st.study_uid = ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODateWithMs));
    q.addBindValue(m_waitingUid);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestDashboard::figuresMatchCliStatus()
{
    const QJsonObject json = cliJson({QStringLiteral("status"), m_f.dir, QStringLiteral("--user"), QStringLiteral("admin"),
                                      QStringLiteral("--dataset"), Code, QStringLiteral("--json")});
    QCOMPARE(json.value(QStringLiteral("dataset")).toString(), Code);
    const QJsonObject byState = json.value(QStringLiteral("studiesByState")).toObject();
    const QJsonObject finalByState = json.value(QStringLiteral("finalByState")).toObject();
    const QJsonObject finalClasses = json.value(QStringLiteral("finalClassCounts")).toObject();

    app::DashboardPanel panel;
    showPanel(panel);
    QVERIFY(panel.status().has_value());

    // Studies by state: each row's count and bar against the CLI's figures (and the scenario).
    int total = 0;
    for (const QJsonValue v : byState)
        total += v.toInt();
    QCOMPARE(total, 8);
    const int awaitingExpert = json.value(QStringLiteral("awaitingExpert")).toInt();
    const int awaiting = json.value(QStringLiteral("awaitingArbitration")).toInt();
    const QMap<QString, int> expected = {
        {QStringLiteral("not_assigned"), byState.value(QStringLiteral("added")).toInt()},
        {QStringLiteral("to_read"), byState.value(QStringLiteral("assigned")).toInt()},
        {QStringLiteral("in_reading"), byState.value(QStringLiteral("reading")).toInt()},
        {QStringLiteral("awaiting_expert"), awaitingExpert},
        {QStringLiteral("in_arbitration"), awaiting - awaitingExpert},
        {QStringLiteral("agreed"), finalByState.value(QStringLiteral("agreed")).toInt()},
        {QStringLiteral("arbitrated"), finalByState.value(QStringLiteral("arbitrated")).toInt()},
        {QStringLiteral("excluded"), finalByState.value(QStringLiteral("excluded")).toInt()},
        {QStringLiteral("final"), byState.value(QStringLiteral("final")).toInt()},
        {QStringLiteral("withdrawn"), byState.value(QStringLiteral("withdrawn")).toInt()},
    };
    // The scenario: 1 not assigned, 2 agreed, 1 arbitrated, 1 excluded, 1 dispute without expert.
    QCOMPARE(expected.value(QStringLiteral("not_assigned")), 1);
    QCOMPARE(expected.value(QStringLiteral("agreed")), 2);
    QCOMPARE(expected.value(QStringLiteral("arbitrated")), 1);
    QCOMPARE(expected.value(QStringLiteral("excluded")), 1);
    QCOMPARE(expected.value(QStringLiteral("awaiting_expert")), 1);
    QCOMPARE(expected.value(QStringLiteral("final")), 4);
    auto *states = panel.findChild<QTableWidget *>(QStringLiteral("dashboardStates"));
    QVERIFY(states);
    QCOMPARE(states->rowCount(), int(expected.size()));
    for (int row = 0; row < states->rowCount(); ++row) {
        const QString key = states->item(row, 0)->data(Qt::UserRole).toString();
        QVERIFY2(expected.contains(key), qPrintable(key));
        QCOMPARE(states->item(row, 1)->text(), QString::number(expected.value(key)));
        auto *bar = qobject_cast<QProgressBar *>(states->cellWidget(row, 2));
        QVERIFY(bar);
        QCOMPARE(bar->value(), expected.value(key));
        QCOMPARE(bar->maximum(), total);
    }
    auto *overall = panel.findChild<QProgressBar *>(QStringLiteral("dashboardOverallBar"));
    QCOMPARE(overall->value(), expected.value(QStringLiteral("final")));
    QCOMPARE(overall->maximum(), total);

    // The excluded study with the expert's reason.
    auto *exclusions = panel.findChild<QTableWidget *>(QStringLiteral("dashboardExclusions"));
    QCOMPARE(exclusions->rowCount(), finalByState.value(QStringLiteral("excluded")).toInt());
    QCOMPARE(exclusions->item(0, 0)->text(), m_excludedUid);
    QCOMPARE(exclusions->item(0, 1)->text(), m_excludeReason);
    QCOMPARE(exclusions->item(0, 2)->text(), QStringLiteral("e1"));

    // Class balance: each class's bar is its final count; each target mark the plan's target
    // as `etalon-cli dataset show --json` prints it.
    const QJsonObject dataset = cliJson({QStringLiteral("dataset"), QStringLiteral("show"), m_f.dir, Code, QStringLiteral("--user"),
                                         QStringLiteral("admin"), QStringLiteral("--json")});
    const QJsonObject targets = dataset.value(QStringLiteral("classTargets")).toObject();
    QCOMPARE(targets.size(), 4);
    QChart *balance = panel.chartView(app::DashboardPanel::Chart::ClassBalance)->chart();
    QStackedBarSeries *finals = nullptr;
    QScatterSeries *marks = nullptr;
    for (QAbstractSeries *series : balance->series()) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series))
            finals = bars;
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            marks = scatter;
    }
    QVERIFY(finals && marks);
    const QStringList classes = {QStringLiteral("CT0"), QStringLiteral("CT1"), QStringLiteral("CT2"), QStringLiteral("CT3"), QStringLiteral("CT4")};
    QCOMPARE(finals->count(), int(classes.size()));
    int finalsShown = 0;
    for (int i = 0; i < classes.size(); ++i) {
        QBarSet *set = finals->barSets().at(i);
        QCOMPARE(set->label(), classes.at(i));
        double sum = 0;
        for (int j = 0; j < set->count(); ++j)
            sum += set->at(j);
        QCOMPARE(int(sum), finalClasses.value(classes.at(i)).toInt());
        QCOMPARE(int(set->at(i)), finalClasses.value(classes.at(i)).toInt());
        finalsShown += int(sum);
        // The schema's colour.
        QCOMPARE(set->color(), QColor(LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"))->classes.at(i).colour));
    }
    QCOMPARE(finalsShown, 3); // CT1 and CT0 agreed, CT2 arbitrated; the excluded study has no class
    QCOMPARE(marks->count(), int(targets.size()));
    for (const QPointF &p : marks->points())
        QCOMPARE(int(p.y()), targets.value(classes.at(int(p.x()))).toInt());

    // Readers: every column against the CLI's reader figures.
    const QJsonArray readers = json.value(QStringLiteral("readers")).toArray();
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("dashboardReaders"));
    QCOMPARE(table->rowCount(), int(readers.size()));
    QCOMPARE(readers.size(), 3); // r1, r2 and the expert e1
    QChart *workload = panel.chartView(app::DashboardPanel::Chart::ReaderWorkload)->chart();
    auto *workloadBars = qobject_cast<QStackedBarSeries *>(workload->series().value(0));
    QVERIFY(workloadBars);
    QCOMPARE(workloadBars->count(), 3);
    for (int row = 0; row < readers.size(); ++row) {
        const QJsonObject r = readers.at(row).toObject();
        QCOMPARE(table->item(row, 0)->text(), r.value(QStringLiteral("login")).toString());
        const int assigned = r.value(QStringLiteral("assigned")).toInt();
        const int inProgress = r.value(QStringLiteral("inProgress")).toInt();
        const int submitted = r.value(QStringLiteral("submitted")).toInt();
        const qint64 seconds = r.value(QStringLiteral("secondsSpent")).toInteger();
        QCOMPARE(table->item(row, 1)->text(), QString::number(assigned));
        QCOMPARE(table->item(row, 2)->text(), QString::number(inProgress));
        QCOMPARE(table->item(row, 3)->text(), QString::number(submitted));
        QCOMPARE(table->item(row, 4)->text(), hms(seconds));
        QCOMPARE(table->item(row, 5)->text(), submitted > 0 ? hms(qRound64(double(seconds) / submitted)) : QStringLiteral("—"));
        QCOMPARE(table->item(row, 6)->text(), QStringLiteral("%1 of %2")
                                                  .arg(r.value(QStringLiteral("upheldInArbitration")).toInt())
                                                  .arg(r.value(QStringLiteral("arbitrationsInvolved")).toInt()));
        QCOMPARE(table->item(row, 7)->text(), QString::number(r.value(QStringLiteral("arbitrationsDecided")).toInt()));
        QCOMPARE(int(workloadBars->barSets().at(0)->at(row)), submitted);
        QCOMPARE(int(workloadBars->barSets().at(1)->at(row)), inProgress);
        QCOMPARE(int(workloadBars->barSets().at(2)->at(row)), assigned);
    }
    // The scenario's r2: 5 submitted, 2 not started, 4275 s (one reading over an hour).
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("r2"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("5"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(2, 4)->text(), QStringLiteral("1:11:15"));

    // Shares against the article's references, and kappa with its CI.
    const auto pct = [](double share) { return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%'); };
    const QJsonObject reference = json.value(QStringLiteral("reference")).toObject();
    const QString disputedText = panel.findChild<QLabel *>(QStringLiteral("dashboardDisputedShare"))->text();
    const int pairs = json.value(QStringLiteral("completedPairs")).toInt();
    QCOMPARE(pairs, 5);
    QVERIFY2(disputedText.contains(QStringLiteral("%1 of %2").arg(json.value(QStringLiteral("disputedAfterTwoReads")).toInt()).arg(pairs)),
             qPrintable(disputedText));
    QVERIFY2(disputedText.contains(pct(json.value(QStringLiteral("disputedShare")).toDouble())), qPrintable(disputedText));
    QVERIFY2(disputedText.contains(pct(reference.value(QStringLiteral("disputedShare")).toDouble())), qPrintable(disputedText));
    QCOMPARE(panel.findChild<QProgressBar *>(QStringLiteral("dashboardDisputedBar"))->text(), pct(json.value(QStringLiteral("disputedShare")).toDouble()));
    const QString excludedText = panel.findChild<QLabel *>(QStringLiteral("dashboardExcludedShare"))->text();
    QVERIFY2(excludedText.contains(QStringLiteral("%1 of %2").arg(json.value(QStringLiteral("stillDisputedAfterArbitration")).toInt()).arg(pairs)),
             qPrintable(excludedText));
    QVERIFY2(excludedText.contains(pct(json.value(QStringLiteral("excludedShare")).toDouble())), qPrintable(excludedText));
    QVERIFY2(excludedText.contains(pct(reference.value(QStringLiteral("excludedShare")).toDouble())), qPrintable(excludedText));
    QVERIFY2(excludedText.contains(QStringLiteral("Awaiting arbitration: %1").arg(awaiting)), qPrintable(excludedText));
    QCOMPARE(panel.findChild<QProgressBar *>(QStringLiteral("dashboardExcludedBar"))->text(), pct(json.value(QStringLiteral("excludedShare")).toDouble()));
    const QJsonObject kappa = json.value(QStringLiteral("kappa")).toObject();
    QVERIFY(kappa.value(QStringLiteral("value")).isDouble());
    QCOMPARE(kappa.value(QStringLiteral("weighting")).toString(), QStringLiteral("quadratic"));
    const QString kappaText = panel.findChild<QLabel *>(QStringLiteral("dashboardKappa"))->text();
    for (const char *key : {"value", "ciLower", "ciUpper"})
        QVERIFY2(kappaText.contains(QString::number(kappa.value(QLatin1String(key)).toDouble(), 'f', 3)), qPrintable(kappaText));
    QVERIFY2(kappaText.contains(QStringLiteral("quadratic")), qPrintable(kappaText));
    QVERIFY2(kappaText.contains(QStringLiteral("over %1 studies").arg(kappa.value(QStringLiteral("items")).toInt())), qPrintable(kappaText));

    if (const QByteArray shot = qgetenv("ETALON_DASHBOARD_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(shot)));
        panel.saveChart(app::DashboardPanel::Chart::ClassBalance, QString::fromLocal8Bit(shot) + QStringLiteral(".balance.png"));
    }
}

void TestDashboard::statisticsMatchCliStats()
{
    const QJsonObject json = cliJson({QStringLiteral("stats"), m_f.dir, QStringLiteral("--user"), QStringLiteral("admin"),
                                      QStringLiteral("--dataset"), Code, QStringLiteral("--json")});
    QCOMPARE(json.value(QStringLiteral("dataset")).toString(), Code);
    app::DashboardPanel panel;
    showPanel(panel);
    QVERIFY(panel.statistics().has_value());
    auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Agreement statistics"));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("statsMessage"))->isVisible());

    // Study-level classes.
    const QJsonObject classes = json.value(QStringLiteral("classes")).toObject();
    QCOMPARE(classes.value(QStringLiteral("scale")).toString(), QStringLiteral("ordinal"));
    QCOMPARE(classes.value(QStringLiteral("items")).toInt(), 5);
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("statsClassSummary"));
    const QString summaryText = summary->text();
    QVERIFY2(summaryText.startsWith(QStringLiteral("%1 studies read twice, %2 of them with a class from both readers")
                                        .arg(classes.value(QStringLiteral("completedPairs")).toInt())
                                        .arg(classes.value(QStringLiteral("items")).toInt())),
             qPrintable(summaryText));
    const double agreement = classes.value(QStringLiteral("percentAgreement")).toDouble();
    QCOMPARE(agreement, 0.4); // two of five studies agreed
    QVERIFY2(summaryText.contains(QString::number(100.0 * agreement, 'f', 1) + QLatin1Char('%')), qPrintable(summaryText));
    QCOMPARE(summary->property("percentAgreement").toDouble(), agreement);

    auto *kappas = panel.findChild<QTableWidget *>(QStringLiteral("statsKappas"));
    QCOMPARE(kappas->rowCount(), 4);
    const QJsonObject weighted = classes.value(QStringLiteral("weightedKappa")).toObject();
    const QList<std::pair<QString, QJsonValue>> estimates{{QStringLiteral("cohen"), classes.value(QStringLiteral("cohenKappa"))},
                                                          {QStringLiteral("linear"), weighted.value(QStringLiteral("linear"))},
                                                          {QStringLiteral("quadratic"), weighted.value(QStringLiteral("quadratic"))}};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(kappas->item(row, 0)->data(Qt::UserRole).toString(), estimates.at(row).first);
        const QJsonObject k = estimates.at(row).second.toObject();
        QVERIFY2(k.value(QStringLiteral("value")).isDouble(), qPrintable(estimates.at(row).first));
        compareCell(kappas->item(row, 1), k.value(QStringLiteral("value")), 3);
        compareRange(kappas->item(row, 2), k.value(QStringLiteral("ciLower")), k.value(QStringLiteral("ciUpper")), 3, QStringLiteral(" to "));
        compareCell(kappas->item(row, 3), k.value(QStringLiteral("standardError")), 3);
        compareCell(kappas->item(row, 4), k.value(QStringLiteral("observedAgreement")), 3);
        compareCell(kappas->item(row, 5), k.value(QStringLiteral("expectedAgreement")), 3);
        QCOMPARE(kappas->item(row, 6)->text(), QString::number(k.value(QStringLiteral("items")).toInt()));
    }
    // The quadratic kappa is the one `status` reports as the dataset's kappa.
    const QJsonObject status = json.value(QStringLiteral("process")).toObject().value(QStringLiteral("kappa")).toObject();
    QCOMPARE(status.value(QStringLiteral("value")).toDouble(), weighted.value(QStringLiteral("quadratic")).toObject().value(QStringLiteral("value")).toDouble());
    // No expert read a study on their own: no Fleiss' kappa, and the row says so.
    QVERIFY(classes.value(QStringLiteral("fleissKappa")).isNull());
    QCOMPARE(kappas->item(3, 0)->data(Qt::UserRole).toString(), QStringLiteral("fleiss"));
    QCOMPARE(kappas->item(3, 1)->text(), QStringLiteral("none"));
    QVERIFY(kappas->item(3, 1)->data(Qt::UserRole).isNull());

    // The confusion matrix, cell by cell, with its totals; headers name the categories.
    const QJsonObject confusion = classes.value(QStringLiteral("confusionMatrix")).toObject();
    const QJsonArray categories = confusion.value(QStringLiteral("categories")).toArray();
    const QJsonArray counts = confusion.value(QStringLiteral("counts")).toArray();
    const int k = int(categories.size());
    QCOMPARE(k, 5);
    auto *matrix = panel.findChild<QTableWidget *>(QStringLiteral("statsConfusion"));
    QCOMPARE(matrix->rowCount(), k + 1);
    QCOMPARE(matrix->columnCount(), k + 1);
    qint64 all = 0, diagonal = 0;
    QList<qint64> columnTotals(k, 0);
    for (int a = 0; a < k; ++a) {
        const QString code = categories.at(a).toString();
        QCOMPARE(matrix->verticalHeaderItem(a)->text(), QStringLiteral("A: ") + code);
        QCOMPARE(matrix->horizontalHeaderItem(a)->text(), QStringLiteral("B: ") + code);
        QCOMPARE(matrix->verticalHeaderItem(a)->toolTip(), LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"))->classes.at(a).name);
        qint64 rowTotal = 0;
        for (int b = 0; b < k; ++b) {
            const qint64 n = counts.at(a).toArray().at(b).toInteger();
            QCOMPARE(matrix->item(a, b)->text(), QString::number(n));
            rowTotal += n;
            columnTotals[b] += n;
            if (a == b)
                diagonal += n;
        }
        QCOMPARE(matrix->item(a, k)->text(), QString::number(rowTotal));
        all += rowTotal;
    }
    for (int b = 0; b < k; ++b)
        QCOMPARE(matrix->item(k, b)->text(), QString::number(columnTotals.at(b)));
    QCOMPARE(matrix->item(k, k)->text(), QString::number(all));
    QCOMPARE(all, qint64(5));
    QCOMPARE(double(diagonal) / double(all), agreement);

    // Distributions: IoU, then Dice and HD95 per mask label, each figure from the CLI.
    const QJsonObject findings = json.value(QStringLiteral("findings")).toObject();
    const QJsonObject dice = findings.value(QStringLiteral("dice")).toObject();
    const QJsonObject hd95 = findings.value(QStringLiteral("hd95Mm")).toObject();
    const QJsonObject maskLabels = findings.value(QStringLiteral("maskLabels")).toObject();
    QVERIFY(findings.value(QStringLiteral("iou")).isObject());
    QCOMPARE(findings.value(QStringLiteral("iou")).toObject().value(QStringLiteral("count")).toInt(), 2); // the two matched contours
    QCOMPARE(dice.keys(), QStringList{QStringLiteral("1")});                                               // GGO on two studies
    QCOMPARE(dice.value(QStringLiteral("1")).toObject().value(QStringLiteral("count")).toInt(), 2);
    QVERIFY(hd95.contains(QStringLiteral("1")));
    QMap<QString, std::pair<QJsonObject, int>> expected{{QStringLiteral("iou"), {findings.value(QStringLiteral("iou")).toObject(), 3}}};
    for (const QString &label : dice.keys())
        expected.insert(QStringLiteral("dice:") + label, {dice.value(label).toObject(), 3});
    for (const QString &label : hd95.keys())
        expected.insert(QStringLiteral("hd95:") + label, {hd95.value(label).toObject(), 2});
    auto *distributions = panel.findChild<QTableWidget *>(QStringLiteral("statsDistributions"));
    QCOMPARE(distributions->rowCount(), int(expected.size()));
    for (int row = 0; row < distributions->rowCount(); ++row) {
        const QString key = distributions->item(row, 0)->data(Qt::UserRole).toString();
        QVERIFY2(expected.contains(key), qPrintable(key));
        const auto &[d, decimals] = expected.value(key);
        if (key != QLatin1String("iou")) // the row names the mask label's code
            QVERIFY2(distributions->item(row, 0)->text().contains(maskLabels.value(key.section(QLatin1Char(':'), 1)).toString()),
                     qPrintable(distributions->item(row, 0)->text()));
        QCOMPARE(distributions->item(row, 1)->text(), QString::number(d.value(QStringLiteral("count")).toInt()));
        compareCell(distributions->item(row, 2), d.value(QStringLiteral("median")), decimals);
        compareRange(distributions->item(row, 3), d.value(QStringLiteral("q1")), d.value(QStringLiteral("q3")), decimals, QStringLiteral(" – "));
        compareRange(distributions->item(row, 4), d.value(QStringLiteral("min")), d.value(QStringLiteral("max")), decimals, QStringLiteral(" – "));
    }

    // Detection agreement: the totals and every reader's row.
    const QJsonObject detection = findings.value(QStringLiteral("detection")).toObject();
    const int matched = detection.value(QStringLiteral("matchedPairs")).toInt();
    const int unmatchedA = detection.value(QStringLiteral("unmatchedA")).toInt();
    const int unmatchedB = detection.value(QStringLiteral("unmatchedB")).toInt();
    // Two mask pairs, two contour pairs; r2's extra contour and r1's lone one unmatched.
    QCOMPARE(matched, 4);
    QCOMPARE(unmatchedA + unmatchedB, 2);
    auto *detectionLabel = panel.findChild<QLabel *>(QStringLiteral("statsDetection"));
    const QString detectionText = detectionLabel->text();
    QVERIFY2(detectionText.contains(QStringLiteral("Over %1 studies").arg(findings.value(QStringLiteral("studiesCompared")).toInt())),
             qPrintable(detectionText));
    QVERIFY2(detectionText.contains(QStringLiteral("matched pairs: %1; without a partner: %2 of reader A, %3 of reader B").arg(matched).arg(unmatchedA).arg(unmatchedB)),
             qPrintable(detectionText));
    QCOMPARE(detectionLabel->property("figures").toList(),
             (QVariantList{findings.value(QStringLiteral("studiesCompared")).toInt(), matched, unmatchedA, unmatchedB}));
    const QJsonArray detectionReaders = detection.value(QStringLiteral("readers")).toArray();
    auto *detectionTable = panel.findChild<QTableWidget *>(QStringLiteral("statsDetectionReaders"));
    QCOMPARE(detectionTable->rowCount(), int(detectionReaders.size()));
    QCOMPARE(detectionReaders.size(), 2);
    for (int row = 0; row < detectionReaders.size(); ++row) {
        const QJsonObject r = detectionReaders.at(row).toObject();
        QCOMPARE(detectionTable->item(row, 0)->text(), r.value(QStringLiteral("login")).toString());
        QCOMPARE(detectionTable->item(row, 1)->text(), QString::number(r.value(QStringLiteral("drawn")).toInt()));
        QCOMPARE(detectionTable->item(row, 2)->text(), QString::number(r.value(QStringLiteral("matched")).toInt()));
        QCOMPARE(detectionTable->item(row, 3)->text(), QString::number(r.value(QStringLiteral("unmatched")).toInt()));
    }
    // r1 drew 2 + 2 + 1 findings, r2 2 + 3.
    QCOMPARE(detectionTable->item(0, 1)->text(), QStringLiteral("5"));
    QCOMPARE(detectionTable->item(1, 1)->text(), QStringLiteral("5"));

    // Per reader: studies read, mean and median time, upheld in arbitration.
    const QJsonArray readers = json.value(QStringLiteral("readers")).toArray();
    auto *process = panel.findChild<QTableWidget *>(QStringLiteral("statsReaders"));
    QCOMPARE(process->rowCount(), int(readers.size()));
    QVERIFY(readers.size() >= 2);
    for (int row = 0; row < readers.size(); ++row) {
        const QJsonObject r = readers.at(row).toObject();
        QCOMPARE(process->item(row, 0)->text(), r.value(QStringLiteral("login")).toString());
        QCOMPARE(process->item(row, 1)->text(), QString::number(r.value(QStringLiteral("studiesRead")).toInt()));
        for (const auto &[column, key] : {std::pair{2, "meanSecondsPerStudy"}, std::pair{3, "medianSecondsPerStudy"}}) {
            const QJsonValue v = r.value(QLatin1String(key));
            if (v.isNull()) {
                QCOMPARE(process->item(row, column)->text(), QStringLiteral("—"));
            } else {
                QCOMPARE(process->item(row, column)->data(Qt::UserRole).toDouble(), v.toDouble());
                QCOMPARE(process->item(row, column)->text(), hms(qRound64(v.toDouble())));
            }
        }
        QCOMPARE(process->item(row, 4)->text(), QStringLiteral("%1 of %2")
                                                    .arg(r.value(QStringLiteral("upheldInArbitration")).toInt())
                                                    .arg(r.value(QStringLiteral("arbitrationsInvolved")).toInt()));
    }
    // The scenario's r1: five submitted readings of 95, 60, 200, 120 and 45 s (mean 104, median 95),
    // upheld in the one arbitration that accepted a reading.
    QCOMPARE(process->item(0, 0)->text(), QStringLiteral("r1"));
    QCOMPARE(process->item(0, 2)->text(), hms(104));
    QCOMPARE(process->item(0, 3)->text(), hms(95));
    QCOMPARE(process->item(0, 4)->text(), QStringLiteral("1 of 2"));

    if (const QByteArray shot = qgetenv("ETALON_DASHBOARD_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral(".statistics.png")));
    }
}

void TestDashboard::plantedProblemsAreListed()
{
    app::DashboardPanel panel;
    panel.setDisputeAgeLimitDays(3);
    showPanel(panel);
    const auto has = [&panel](app::DashboardProblem::Kind kind, const QString &subject) {
        for (const app::DashboardProblem &p : panel.problems()) {
            if (p.kind == kind && p.subject == subject)
                return true;
        }
        return false;
    };
    using Kind = app::DashboardProblem::Kind;
    // r3 has no reading while studies wait; r1 and r2 still have open readings.
    QVERIFY(has(Kind::IdleReader, QStringLiteral("r3")));
    QVERIFY(!has(Kind::IdleReader, QStringLiteral("r1")));
    QVERIFY(!has(Kind::IdleReader, QStringLiteral("r2")));
    // The dispute found ten days ago, with no expert; the decided ones are no problem.
    QVERIFY(has(Kind::DisputeWaiting, m_waitingUid));
    QVERIFY(has(Kind::DisputeWithoutExpert, m_waitingUid));
    QVERIFY(!has(Kind::DisputeWithoutExpert, m_excludedUid));
    // CT3 needs 6 but only 4 studies are not final; CT0 needs one more: reachable.
    QVERIFY(has(Kind::TargetOutOfReach, QStringLiteral("CT3")));
    QVERIFY(!has(Kind::TargetOutOfReach, QStringLiteral("CT0")));
    QVERIFY(!has(Kind::TargetOutOfReach, QStringLiteral("CT1")));
    // The list shows each problem.
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("dashboardProblems"));
    QCOMPARE(list->count(), int(panel.problems().size()));
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->text(), panel.problems().at(i).message);

    // A longer limit: ten days is no longer too long.
    panel.setDisputeAgeLimitDays(15);
    QVERIFY(!has(Kind::DisputeWaiting, m_waitingUid));
    QVERIFY(has(Kind::DisputeWithoutExpert, m_waitingUid));
}

void TestDashboard::chartsSaveAsPngAndSvg()
{
    app::DashboardPanel panel;
    showPanel(panel);
    QTemporaryDir out;
    for (const auto chart : {app::DashboardPanel::Chart::ClassBalance, app::DashboardPanel::Chart::ReaderWorkload}) {
        const QSize size = panel.chartView(chart)->size();
        QVERIFY(size.width() >= 400 && size.height() >= 250);
        const QString png = out.filePath(QStringLiteral("chart%1.png").arg(int(chart)));
        QVERIFY2(panel.saveChart(chart, png), qPrintable(panel.lastError()));
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), size);
        // Not blank: the bars and text put more than one colour in the picture.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 5);

        const QString svg = out.filePath(QStringLiteral("chart%1.svg").arg(int(chart)));
        QVERIFY2(panel.saveChart(chart, svg), qPrintable(panel.lastError()));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(elements > 20);
    }
    // An unwritable place is refused with the file named.
    const QString bad = out.filePath(QStringLiteral("missing/folder/chart.png"));
    QVERIFY(!panel.saveChart(app::DashboardPanel::Chart::ClassBalance, bad));
    QVERIFY(panel.lastError().contains(QStringLiteral("chart.png")));
}

void TestDashboard::mainWindowShowsDashboardToCoordinatorsOnly()
{
    {
        app::MainWindow window;
        window.setQuiet(true);
        window.setCredentials(QStringLiteral("admin"), passwordOf(QStringLiteral("admin")));
        QVERIFY(window.openWorkspace(m_f.dir, true));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("showDashboard"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dashboardDock"));
        QVERIFY(dock && !dock->isVisible());
        action->trigger();
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(window.dashboardPanel()->currentDatasetCode(), Code);
        QVERIFY(window.dashboardPanel()->status().has_value());
        QCOMPARE(window.dashboardPanel()->status()->finalByState.value(QStringLiteral("agreed")), 2);
        if (const QByteArray shot = qgetenv("ETALON_DASHBOARD_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral(".window.png")));
        }
    }
    {
        app::MainWindow window;
        window.setQuiet(true);
        window.setCredentials(QStringLiteral("r1"), passwordOf(QStringLiteral("r1")));
        QVERIFY(window.openWorkspace(m_f.dir, true));
        auto *action = window.findChild<QAction *>(QStringLiteral("showDashboard"));
        QVERIFY(!action->isEnabled());
    }
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
