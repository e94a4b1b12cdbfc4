#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/LabelSchemas.h"
#include "core/workflow/Users.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

class TestDatasets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<store::Workspace> m_ws;
    std::optional<Session> m_admin;
    std::optional<Session> m_reader;
    QList<store::StudySummary> m_studies;

    DatasetSpec covidSpec(const QString &code = QStringLiteral("DS_CT-I_CT_OGK_COVID")) const
    {
        DatasetSpec spec;
        spec.code = code;
        spec.name = QStringLiteral("COVID-19 calibration set");
        spec.purpose = DatasetPurpose::Calibration;
        spec.clinicalTask = QStringLiteral("COVID-19 pneumonia on chest CT, severity CT0-CT4");
        spec.dataUnit = QStringLiteral("one chest CT study");
        spec.schema = *LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
        spec.classTargets = {{QStringLiteral("CT0"), 100}, {QStringLiteral("CT1"), 25}};
        return spec;
    }

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        Result<Session> admin = Users::createFirstCoordinator(
            *m_ws, NewUser{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Coordinator, {}, QStringLiteral("admin-password")});
        QVERIFY(admin.ok());
        m_admin = *admin;
        QVERIFY(Users::add(*m_ws, *m_admin, NewUser{QStringLiteral("reader"), QStringLiteral("Reader"), Role::Reader, {3, Degree::None},
                                                     QStringLiteral("reader-password")})
                    .ok());
        m_reader = *Users::authenticate(*m_ws, QStringLiteral("reader"), QStringLiteral("reader-password"));

        dicom::Indexer indexer(*m_ws);
        const Result<dicom::ImportReport> report = indexer.importPaths(
            {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"), QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20"),
             QStringLiteral(ETALON_SHARED_DICOM "/dx")},
            {});
        QVERIFY(report.ok());
        QVERIFY(report->studiesAdded >= 3);
        m_studies = *store::Catalog(*m_ws).studies();
        QVERIFY(m_studies.size() >= 3);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_reader.reset();
        m_ws.reset();
    }

    void validatesCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("methodology example") << "DS_CT-I_CT_OGK_COVID" << true;
        QTest::newRow("functional test") << "DS_FT-I_CT_OGK_CANCER" << true;
        QTest::newRow("no organ (mammography)") << "DS_CT-II_MMG_CANCER" << true;
        QTest::newRow("low-dose CT") << "DS_CT-I_LDCT_OGK_CANCER" << true;
        QTest::newRow("lower case") << "DS_ct-i_CT_OGK_COVID" << false;
        QTest::newRow("no prefix") << "CT-I_CT_OGK_COVID" << false;
        QTest::newRow("too few parts") << "DS_CT-I_COVID" << false;
        QTest::newRow("too many parts") << "DS_CT-I_CT_OGK_COVID_EXTRA" << false;
        QTest::newRow("space") << "DS_CT-I_CT_OGK_COVID 2" << false;
        QTest::newRow("empty part") << "DS_CT-I__OGK_COVID" << false;
        QTest::newRow("hyphen outside test") << "DS_CT-I_CT_OG-K_COVID" << false;
        QTest::newRow("cyrillic") << "DS_CT-I_CT_ОГК_COVID" << false;
    }

    void validatesCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        const Result<void> r = Datasets::validateCode(code);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(r.error().message.contains(code) && r.error().message.contains(QLatin1String("DS_<test>")),
                     qPrintable(r.error().message));
        }
    }

    void createsAndShows()
    {
        const Result<Dataset> created = Datasets::create(*m_ws, *m_admin, covidSpec());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->spec.code, QStringLiteral("DS_CT-I_CT_OGK_COVID"));
        QCOMPARE(created->createdBy, QStringLiteral("admin"));
        QCOMPARE(created->version, QStringLiteral("1.0.0"));
        QCOMPARE(created->studyCount, 0);
        // Defaults from docs/reading-workflow.md.
        QCOMPARE(created->spec.thresholds.ordinalTolerance, 0);
        QCOMPARE(created->spec.thresholds.iou, 0.5);
        QCOMPARE(created->spec.thresholds.dice, 0.7);
        QVERIFY(!created->spec.thresholds.hd95Mm);
        QCOMPARE(created->spec.thresholds.findingConsensus, FindingConsensus::Intersection);
        QCOMPARE(created->spec.classTargets.value(QStringLiteral("CT0")), 100);
        QCOMPARE(created->spec.schema.toJson(), covidSpec().schema.toJson());

        const Result<Dataset> again = Datasets::create(*m_ws, *m_admin, covidSpec());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);

        const Result<QList<Dataset>> all = Datasets::list(*m_ws, *m_admin);
        QCOMPARE(all->size(), 1);
        QCOMPARE(Datasets::show(*m_ws, *m_admin, QStringLiteral("DS_X_Y_Z")).error().code, ErrorCode::NotFound);
    }

    /// The schema is a snapshot: the dataset keeps the classes it was created with.
    void schemaIsASnapshot()
    {
        DatasetSpec spec = covidSpec(QStringLiteral("DS_CT-II_CT_OGK_COVID"));
        spec.schema.classes.removeLast(); // a schema edited in code (or a file edited later)
        spec.classTargets.clear();
        QVERIFY(Datasets::create(*m_ws, *m_admin, spec).ok());
        const Result<Dataset> shown = Datasets::show(*m_ws, *m_admin, spec.code);
        QCOMPARE(shown->spec.schema.classes.size(), 4);
        QCOMPARE(shown->spec.schema.id, QStringLiteral("covid-ct-severity"));
    }

    void rejectsBadSpecs()
    {
        DatasetSpec badTarget = covidSpec(QStringLiteral("DS_FT-I_CT_OGK_COVID"));
        badTarget.classTargets.insert(QStringLiteral("CT9"), 5);
        const Result<Dataset> r1 = Datasets::create(*m_ws, *m_admin, badTarget);
        QCOMPARE(r1.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r1.error().message.contains(QLatin1String("CT9")), qPrintable(r1.error().message));

        DatasetSpec badIou = covidSpec(QStringLiteral("DS_FT-I_CT_OGK_COVID"));
        badIou.thresholds.iou = 1.5;
        QCOMPARE(Datasets::create(*m_ws, *m_admin, badIou).error().code, ErrorCode::InvalidArgument);

        DatasetSpec badCode = covidSpec(QStringLiteral("covid"));
        QCOMPARE(Datasets::create(*m_ws, *m_admin, badCode).error().code, ErrorCode::InvalidArgument);
        QVERIFY(!Datasets::show(*m_ws, *m_admin, QStringLiteral("DS_FT-I_CT_OGK_COVID")).ok());
    }

    /// The thresholds a coordinator sets are the ones the dataset keeps (the one definition
    /// Datasets, the detector and verification share), and nonsense is refused.
    void thresholdsRoundTrip()
    {
        DatasetSpec spec = covidSpec(QStringLiteral("DS_FT-II_CT_OGK_COVID"));
        spec.thresholds.ordinalTolerance = 1;
        spec.thresholds.iou = 0.3;
        spec.thresholds.dice = 0.8;
        spec.thresholds.hd95Mm = 4.5;
        spec.thresholds.findingConsensus = FindingConsensus::Union;
        spec.thresholds.pointToleranceMm = 7.5;
        QVERIFY(Datasets::create(*m_ws, *m_admin, spec).ok());
        const Result<Dataset> shown = Datasets::show(*m_ws, *m_admin, spec.code);
        QVERIFY(shown.ok());
        const DisagreementThresholds &t = shown->spec.thresholds;
        QCOMPARE(t.ordinalTolerance, 1);
        QCOMPARE(t.iou, 0.3);
        QCOMPARE(t.dice, 0.8);
        QCOMPARE(t.hd95Mm.value_or(-1.0), 4.5);
        QCOMPARE(t.findingConsensus, FindingConsensus::Union);
        QCOMPARE(t.pointToleranceMm, 7.5);

        // A stored object without the newer key takes the default.
        const Result<DisagreementThresholds> old = DisagreementThresholds::fromJson(
            QJsonObject{{QStringLiteral("iou"), 0.5}, {QStringLiteral("hd95Mm"), QJsonValue::Null}});
        QVERIFY(old.ok());
        QCOMPARE(old->pointToleranceMm, DisagreementThresholds().pointToleranceMm);
        QVERIFY(!old->hd95Mm);

        for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("pointToleranceMm"), 0}},
                                       QJsonObject{{QStringLiteral("pointToleranceMm"), QStringLiteral("5")}},
                                       QJsonObject{{QStringLiteral("findingConsensus"), QStringLiteral("average")}},
                                       QJsonObject{{QStringLiteral("iouThreshold"), 0.5}}}) {
            const Result<DisagreementThresholds> r = DisagreementThresholds::fromJson(bad);
            QVERIFY2(!r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(bad).toJson(QJsonDocument::Compact))));
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        }
    }

    /// Readers cannot create datasets, add studies or see dataset studies; they do not see
    /// datasets they have no reading in.
    void readersAreRefused()
    {
        const Result<Dataset> created = Datasets::create(*m_ws, *m_reader, covidSpec(QStringLiteral("DS_CT-III_CT_OGK_COVID")));
        QCOMPARE(created.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(created.error().message.contains(QLatin1String("only coordinators")), qPrintable(created.error().message));
        QVERIFY(!Datasets::show(*m_ws, *m_admin, QStringLiteral("DS_CT-III_CT_OGK_COVID")).ok());

        const QString code = QStringLiteral("DS_CT-I_CT_OGK_COVID");
        QCOMPARE(Datasets::addStudies(*m_ws, *m_reader, code, {{m_studies.first().studyInstanceUid, {}}}).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(Datasets::studies(*m_ws, *m_reader, code).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Datasets::show(*m_ws, *m_reader, code).error().code, ErrorCode::NotFound);
        QVERIFY(Datasets::list(*m_ws, *m_reader)->isEmpty());
    }

    void addsStudiesIdempotently()
    {
        const QString code = QStringLiteral("DS_CT-I_CT_OGK_COVID");
        const QString first = m_studies.at(0).studyInstanceUid;
        const QString second = m_studies.at(1).studyInstanceUid;
        const QList<store::SeriesSummary> series = *store::Catalog(*m_ws).series(second);
        QVERIFY(!series.isEmpty());
        const QString unknown = QStringLiteral("1.2.3.4.5.6.7.8.9");

        Result<AddStudiesReport> report = Datasets::addStudies(
            *m_ws, *m_admin, code, {{first, {}}, {second, series.first().seriesInstanceUid}, {unknown, {}}});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->added, (QStringList{first, second}));
        QCOMPARE(report->unknown, QStringList{unknown});
        QVERIFY(!report->complete());

        // Again: nothing new, nothing duplicated.
        report = Datasets::addStudies(*m_ws, *m_admin, code, {{first, {}}, {second, series.first().seriesInstanceUid}});
        QVERIFY(report.ok());
        QVERIFY(report->added.isEmpty());
        QCOMPARE(report->alreadyPresent, (QStringList{first, second}));
        QVERIFY(report->complete());

        // The same study with another data unit is refused: a study is in a dataset once.
        report = Datasets::addStudies(*m_ws, *m_admin, code, {{second, {}}});
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().second.contains(series.first().seriesInstanceUid),
                 qPrintable(report->problems.first().second));

        // A series of another study is refused.
        const QString third = m_studies.at(2).studyInstanceUid;
        report = Datasets::addStudies(*m_ws, *m_admin, code, {{third, series.first().seriesInstanceUid}});
        QCOMPARE(report->problems.size(), 1);
        QVERIFY(report->added.isEmpty());

        const Result<QList<DatasetStudy>> studies = Datasets::studies(*m_ws, *m_admin, code);
        QVERIFY(studies.ok());
        QCOMPARE(studies->size(), 2);
        QCOMPARE(studies->at(0).studyInstanceUid, first);
        QVERIFY(studies->at(0).seriesInstanceUid.isEmpty());
        QCOMPARE(studies->at(1).seriesInstanceUid, series.first().seriesInstanceUid);
        QCOMPARE(studies->at(0).state, QStringLiteral("added"));
        QCOMPARE(Datasets::show(*m_ws, *m_admin, code)->studyCount, 2);
    }

    void everyChangeIsAudited()
    {
        const Result<QList<AuditEntry>> log = AuditLog::list(*m_ws, *m_admin);
        QVERIFY(log.ok());
        QStringList actions;
        for (const AuditEntry &e : *log)
            actions.append(e.action + QLatin1Char(' ') + e.objectId);
        QVERIFY(actions.contains(QStringLiteral("dataset.create DS_CT-I_CT_OGK_COVID")));
        QVERIFY(actions.contains(QStringLiteral("dataset.create DS_CT-II_CT_OGK_COVID")));
        QCOMPARE(actions.count(QStringLiteral("dataset.add_studies DS_CT-I_CT_OGK_COVID")), 1); // idempotent re-adds log nothing
        QVERIFY(!actions.contains(QStringLiteral("dataset.create DS_FT-I_CT_OGK_COVID")));       // refused ones neither
        QVERIFY(AuditLog::verify(*m_ws)->ok);
    }

    /// A reader who has a reading in a dataset sees it (without its study list).
    void readerSeesDatasetOfTheirReading()
    {
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO readings (dataset_study_ref, reader_ref, assigned_at) "
                                      "SELECT MIN(id), %1, '2024-01-01T00:00:00.000Z' FROM dataset_studies")
                           .arg(m_reader->userId())));
        const Result<QList<Dataset>> visible = Datasets::list(*m_ws, *m_reader);
        QCOMPARE(visible->size(), 1);
        QCOMPARE(visible->first().spec.code, QStringLiteral("DS_CT-I_CT_OGK_COVID"));
        QVERIFY(Datasets::show(*m_ws, *m_reader, QStringLiteral("DS_CT-I_CT_OGK_COVID")).ok());
        QCOMPARE(Datasets::studies(*m_ws, *m_reader, QStringLiteral("DS_CT-I_CT_OGK_COVID")).error().code, ErrorCode::PermissionDenied);
    }

    /// The schema's constraints hold against raw SQL too.
    void schemaConstraints()
    {
        QSqlQuery q(m_ws->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE datasets SET purpose = 'fun'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE users SET role = 'admin'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE users SET password_hash = 'plain'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE dataset_studies SET state = 'done'")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO readings (dataset_study_ref, reader_ref, assigned_at, state) "
                                       "SELECT MIN(id), 1, 'x', 'submitted' FROM dataset_studies"))); // no submitted_at
        // At most two primary readings per study.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (login, role, password_hash, created_at) VALUES "
                                      "('r3', 'reader', '$argon2id$x', 'x'), ('r4', 'reader', '$argon2id$y', 'x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO readings (dataset_study_ref, reader_ref, assigned_at) "
                                      "SELECT MIN(id), (SELECT id FROM users WHERE login = 'r3'), 'x' FROM dataset_studies")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO readings (dataset_study_ref, reader_ref, assigned_at) "
                                       "SELECT MIN(id), (SELECT id FROM users WHERE login = 'r4'), 'x' FROM dataset_studies")));
        // A study in a dataset cannot be removed from the catalogue underneath it.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM studies WHERE id = (SELECT study_ref FROM dataset_studies LIMIT 1)")));
    }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
