// The coordinator's dashboard on a real workspace (real DICOM studies, two readers reading
// with agreeing and disagreeing classes, disputes arbitrated and excluded): every figure on
// its widgets equals what the real `etalon-cli status --json` prints for the same workspace,
// planted problems of each kind are listed, and charts save as PNG and SVG.
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

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresMatchCliStatus();
    void plantedProblemsAreListed();
    void chartsSaveAsPngAndSvg();
    void mainWindowShowsDashboardToCoordinatorsOnly();

private:
    bool read(const QString &login, const QString &uid, const QString &studyClass, qint64 seconds, bool submit = true);
    QJsonObject cliJson(const QStringList &args);
    void showPanel(app::DashboardPanel &panel);

    Fixture m_f;
    QStringList m_uids;
    QString m_excludedUid;
    QString m_waitingUid;
    QString m_excludeReason = QStringLiteral("Breathing artefacts on every slice; class cannot be judged");
};

bool TestDashboard::read(const QString &login, const QString &uid, const QString &studyClass, qint64 seconds, bool submit)
{
    const qint64 id = m_f.readingOf(login, Code, uid);
    const Session &s = m_f.user(login);
    if (id == 0 || !Readings::start(*m_f.ws, s, id) || !Readings::setStudyClass(*m_f.ws, s, id, studyClass) ||
        !Readings::addTimeSpent(*m_f.ws, s, id, seconds)) {
        return false;
    }
    return !submit || Readings::submit(*m_f.ws, s, id).ok();
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
    QVERIFY(read(r1, m_uids[0], QStringLiteral("CT1"), 95) && read(r2, m_uids[0], QStringLiteral("CT1"), 140));
    QVERIFY(read(r1, m_uids[1], QStringLiteral("CT0"), 60) && read(r2, m_uids[1], QStringLiteral("CT0"), 75));
    QVERIFY(read(r1, m_uids[2], QStringLiteral("CT1"), 200) && read(r2, m_uids[2], QStringLiteral("CT3"), 310));
    QVERIFY(read(r1, m_uids[3], QStringLiteral("CT2"), 120) && read(r2, m_uids[3], QStringLiteral("CT4"), 3700));
    QVERIFY(read(r1, m_uids[4], QStringLiteral("CT0"), 45) && read(r2, m_uids[4], QStringLiteral("CT2"), 50));
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
