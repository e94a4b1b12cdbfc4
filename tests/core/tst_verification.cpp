#include "core/dicom/Indexer.h"
#include "core/evaluation/Agreement.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/LabelSchemas.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Users.h"
#include "core/workflow/Verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

/// The whole verification flow on real imported studies with several users: agreement,
/// each kind of dispute, expert choice, arbitration outcomes, refusals, status figures and
/// the audit chain.
class TestVerification : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<store::Workspace> m_ws;
    std::map<QString, Session> m_users; ///< login -> session
    std::map<QString, User> m_accounts;
    QStringList m_studies;               ///< study UIDs, catalogue order
    QString m_dxStudy;                   ///< the 2D radiograph used for the finding scenarios

    const Session &user(const char *login) const { return m_users.at(QString::fromLatin1(login)); }
    qint64 idOf(const char *login) const { return m_users.at(QString::fromLatin1(login)).userId(); }

    void addUser(const QString &login, Role role, int years, Degree degree)
    {
        const QString password = login + QStringLiteral("-password");
        const Result<User> added = Users::add(*m_ws, user("admin"), NewUser{login, login, role, {years, degree}, password});
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        m_accounts[login] = *added;
        const Result<Session> session = Users::authenticate(*m_ws, login, password);
        QVERIFY(session.ok());
        m_users.emplace(login, *session);
    }

    /// A dataset with the given studies, both read by readerA and readerB.
    void makeDataset(const QString &code, const QString &schemaId, const QStringList &studies, const char *readerA,
                     const char *readerB, const QJsonObject &thresholds = {})
    {
        DatasetSpec spec;
        spec.code = code;
        spec.name = code;
        spec.purpose = DatasetPurpose::Calibration;
        spec.schema = *LabelSchemas::builtIn(schemaId);
        if (!thresholds.isEmpty())
            spec.thresholds = *etalon::core::workflow::DisagreementThresholds::fromJson(thresholds);
        const Result<Dataset> created = Datasets::create(*m_ws, user("admin"), spec);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QList<StudyToAdd> add;
        for (const QString &uid : studies)
            add.append(StudyToAdd{uid, {}});
        const Result<AddStudiesReport> added = Datasets::addStudies(*m_ws, user("admin"), code, add);
        QVERIFY(added.ok() && added->complete());
        AssignOptions options;
        options.readerIds = {idOf(readerA), idOf(readerB)};
        const Result<AssignmentReport> assigned = Readings::assign(*m_ws, user("admin"), code, options);
        QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().message));
        QCOMPARE(assigned->studiesAssigned, int(studies.size()));
    }

    qint64 readingOf(const char *login, const QString &code, const QString &studyUid)
    {
        const Result<QList<WorklistItem>> list = Readings::worklist(*m_ws, user(login));
        if (!list)
            return 0;
        for (const WorklistItem &item : *list) {
            if (item.datasetCode == code && item.studyInstanceUid == studyUid)
                return item.readingId;
        }
        return 0;
    }

    /// One reader reads one study: class, findings, time, submit.
    bool read(const char *login, const QString &code, const QString &studyUid, const QString &studyClass,
              const std::vector<Finding> &findings = {}, qint64 seconds = 60)
    {
        const qint64 id = readingOf(login, code, studyUid);
        if (id == 0)
            return false;
        const Session &s = user(login);
        if (!Readings::start(*m_ws, s, id).ok() || !Readings::setStudyClass(*m_ws, s, id, studyClass).ok())
            return false;
        for (const Finding &f : findings) {
            const Result<qint64> added = Readings::addFinding(*m_ws, s, id, f);
            if (!added) {
                qWarning() << added.error().message;
                return false;
            }
        }
        const Result<void> submitted = Readings::addTimeSpent(*m_ws, s, id, seconds).ok() ? Readings::submit(*m_ws, s, id)
                                                                                           : Result<void>(Error{});
        if (!submitted)
            qWarning() << submitted.error().message;
        return submitted.ok();
    }

    static Finding box(double i0, double j0, double i1, double j1, const QString &label = QStringLiteral("NODULE"))
    {
        Finding f;
        f.label = label;
        f.geometry = BoxGeometry{i0, j0, i1, j1, 0, 0};
        return f;
    }

    qint64 datasetStudyId(const QString &code, const QString &uid)
    {
        QSqlQuery q(m_ws->database());
        q.prepare(QStringLiteral("SELECT ds.id FROM dataset_studies ds JOIN datasets d ON d.id = ds.dataset_ref "
                                 "JOIN studies s ON s.id = ds.study_ref WHERE d.code = ? AND s.study_uid = ?"));
        q.addBindValue(code);
        q.addBindValue(uid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    QString studyState(const QString &code, const QString &uid)
    {
        QSqlQuery q(m_ws->database());
        q.prepare(QStringLiteral("SELECT state FROM dataset_studies WHERE id = ?"));
        q.addBindValue(datasetStudyId(code, uid));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    struct FinalRow {
        bool exists = false;
        QString state;
        QVariant studyClass;
        QJsonArray findings;
        QString level;
        QJsonObject provenance;
        QVariant decidedBy;
    };

    FinalRow finalLabel(const QString &code, const QString &uid)
    {
        FinalRow row;
        QSqlQuery q(m_ws->database());
        q.prepare(QStringLiteral("SELECT state, study_class, findings_json, verification_level, provenance_json, decided_by "
                                 "FROM final_labels WHERE dataset_study_ref = ?"));
        q.addBindValue(datasetStudyId(code, uid));
        if (q.exec() && q.next()) {
            row.exists = true;
            row.state = q.value(0).toString();
            row.studyClass = q.value(1);
            row.findings = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
            row.level = q.value(3).toString();
            row.provenance = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            row.decidedBy = q.value(5);
        }
        return row;
    }

    /// The single dispute of a dataset as the coordinator lists it.
    std::optional<DisputeItem> onlyDispute(const QString &code)
    {
        const Result<QList<DisputeItem>> list = Verification::disputes(*m_ws, user("admin"), code);
        if (!list || list->size() != 1)
            return std::nullopt;
        return list->first();
    }

    QJsonArray storedReasons(qint64 disputeId)
    {
        QSqlQuery q(m_ws->database());
        q.prepare(QStringLiteral("SELECT reasons_json FROM disputes WHERE id = ?"));
        q.addBindValue(disputeId);
        return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array() : QJsonArray();
    }

    int undecidedLoad(qint64 expertId)
    {
        QSqlQuery q(m_ws->database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM disputes p WHERE p.expert_ref = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM arbitrations a WHERE a.dispute_ref = p.id)"));
        q.addBindValue(expertId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    Qualification qualificationOf(qint64 userId) const
    {
        for (const auto &[login, account] : m_accounts) {
            if (account.id == userId)
                return account.qualification;
        }
        return {};
    }

    /// A two-reader dataset on the radiograph that ends in one dispute; returns it.
    std::optional<DisputeItem> disputeOnDx(const QString &code, const char *readerA, const char *readerB)
    {
        makeDataset(code, QStringLiteral("custom-chest-xray"), {m_dxStudy}, readerA, readerB);
        if (!read(readerA, code, m_dxStudy, QStringLiteral("NORMAL")) || !read(readerB, code, m_dxStudy, QStringLiteral("ABNORMAL")))
            return std::nullopt;
        return onlyDispute(code);
    }

private slots:
    void initTestCase()
    {
        qputenv("ETALON_PWHASH_FAST", "1");
        Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(m_tmp.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        Result<Session> admin = Users::createFirstCoordinator(
            *m_ws, NewUser{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Coordinator, {}, QStringLiteral("admin-password")});
        QVERIFY(admin.ok());
        m_users.emplace(QStringLiteral("admin"), *admin);
        // Qualification order: degree first, then years.
        addUser(QStringLiteral("r1"), Role::Reader, 2, Degree::None);
        addUser(QStringLiteral("r2"), Role::Reader, 5, Degree::None);
        addUser(QStringLiteral("r3"), Role::Reader, 10, Degree::Candidate);
        addUser(QStringLiteral("e1"), Role::Expert, 12, Degree::Candidate);
        addUser(QStringLiteral("e2"), Role::Expert, 20, Degree::Doctor);

        dicom::Indexer indexer(*m_ws);
        const Result<dicom::ImportReport> report = indexer.importPaths(
            {QStringLiteral(ETALON_SHARED_DICOM), QStringLiteral(ETALON_PYDICOM_FILES "/CT_small.dcm"),
             QStringLiteral(ETALON_PYDICOM_FILES "/MR_small.dcm")},
            {});
        QVERIFY(report.ok());
        const Result<QList<store::StudySummary>> studies = store::Catalog(*m_ws).studies();
        QVERIFY(studies.ok());
        for (const store::StudySummary &s : *studies) {
            m_studies.append(s.studyInstanceUid);
            if (s.modalities.contains(QStringLiteral("DX")))
                m_dxStudy = s.studyInstanceUid;
        }
        QVERIFY2(m_studies.size() >= 6, qPrintable(QString::number(m_studies.size())));
        QVERIFY(!m_dxStudy.isEmpty());
    }

    void cleanupTestCase()
    {
        m_users.clear();
        m_ws.reset();
    }

    void dataUnitGeometryFromCatalogue()
    {
        // The radiograph: one frame; Pixel Spacing as the file states it (pydicom-independent:
        // the catalogue's own series row).
        makeDataset(QStringLiteral("DS_FT-I_DX_CHEST_GEOM"), QStringLiteral("custom-chest-xray"), {m_dxStudy}, "r1", "r2");
        const Result<VolumeGeometry> g = Verification::dataUnitGeometry(*m_ws, datasetStudyId(QStringLiteral("DS_FT-I_DX_CHEST_GEOM"), m_dxStudy));
        QVERIFY(g.ok());
        const Result<QList<store::SeriesSummary>> series = store::Catalog(*m_ws).series(m_dxStudy);
        QVERIFY(series.ok() && series->size() == 1);
        QCOMPARE(g->size[0], series->first().columns);
        QCOMPARE(g->size[1], series->first().rows);
        QCOMPARE(g->size[2], 1);
        if (series->first().pixelSpacing) {
            QCOMPARE(g->spacing[0], (*series->first().pixelSpacing)[1]);
            QCOMPARE(g->spacing[1], (*series->first().pixelSpacing)[0]);
        }
    }

    void agreementGivesFinalLabels()
    {
        const QString code = QStringLiteral("DS_FT-I_DX_CHEST_AGREE");
        makeDataset(code, QStringLiteral("custom-chest-xray"), {m_dxStudy}, "r1", "r2");
        // Boxes 40x40 and 40x40 shifted by 4 px: IoU = 36*40 / (2*1600 - 1440) = 0.818.
        QVERIFY(read("r1", code, m_dxStudy, QStringLiteral("ABNORMAL"), {box(9.5, 9.5, 49.5, 49.5)}, 90));
        QCOMPARE(studyState(code, m_dxStudy), QStringLiteral("reading"));
        QVERIFY(!finalLabel(code, m_dxStudy).exists);
        QVERIFY(read("r2", code, m_dxStudy, QStringLiteral("ABNORMAL"), {box(13.5, 9.5, 53.5, 49.5)}, 30));

        const FinalRow f = finalLabel(code, m_dxStudy);
        QVERIFY(f.exists);
        QCOMPARE(f.state, QStringLiteral("agreed"));
        QCOMPARE(f.studyClass.toString(), QStringLiteral("ABNORMAL"));
        QCOMPARE(f.level, QStringLiteral("medium"));
        QVERIFY(f.decidedBy.isNull());
        // Intersection consensus (the default): i from 13.5 to 49.5.
        QCOMPARE(f.findings.size(), 1);
        const QJsonObject g = f.findings[0].toObject().value(QStringLiteral("geometry")).toObject();
        QCOMPARE(f.findings[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("box"));
        QCOMPARE(g.value(QStringLiteral("i0")).toDouble(), 13.5);
        QCOMPARE(g.value(QStringLiteral("i1")).toDouble(), 49.5);
        QCOMPARE(g.value(QStringLiteral("j0")).toDouble(), 9.5);
        QCOMPARE(g.value(QStringLiteral("j1")).toDouble(), 49.5);
        const QJsonArray readers = f.provenance.value(QStringLiteral("readerIds")).toArray();
        QVERIFY(readers.contains(idOf("r1")) && readers.contains(idOf("r2")));
        QCOMPARE(f.provenance.value(QStringLiteral("outcome")).toString(), QStringLiteral("agreed"));
        const QJsonArray pairs = f.provenance.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 1);
        QVERIFY(qAbs(pairs[0].toObject().value(QStringLiteral("iou")).toDouble() - 1440.0 / 1760.0) < 1e-9);
        QCOMPARE(studyState(code, m_dxStudy), QStringLiteral("final"));
        QVERIFY(!onlyDispute(code));
        const Result<QList<DisputeItem>> none = Verification::disputes(*m_ws, user("admin"), code);
        QVERIFY(none.ok() && none->isEmpty());
    }

    void disputeKinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("classA");
        QTest::addColumn<QString>("classB");
        QTest::addColumn<bool>("boxA");
        QTest::addColumn<bool>("boxB");
        QTest::addColumn<double>("shiftB");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value"); ///< expected value (IoU), -1 when none
        QTest::newRow("class mismatch") << "DS_FT-I_DX_CHEST_CLASS" << "NORMAL" << "ABNORMAL" << false << false << 0.0
                                        << "class_mismatch" << -1.0;
        QTest::newRow("unmatched finding") << "DS_FT-I_DX_CHEST_UNMATCHED" << "ABNORMAL" << "ABNORMAL" << true << false << 0.0
                                           << "unmatched_finding" << -1.0;
        // 40x40 boxes shifted by 20 px: overlap 20x40 = 800, union 2400, IoU 1/3 < 0.5.
        QTest::newRow("low IoU box") << "DS_FT-I_DX_CHEST_IOU" << "ABNORMAL" << "ABNORMAL" << true << true << 20.0 << "low_iou"
                                     << 1.0 / 3.0;
    }

    void disputeKinds()
    {
        QFETCH(QString, code);
        QFETCH(QString, classA);
        QFETCH(QString, classB);
        QFETCH(bool, boxA);
        QFETCH(bool, boxB);
        QFETCH(double, shiftB);
        QFETCH(QString, kind);
        QFETCH(double, value);

        makeDataset(code, QStringLiteral("custom-chest-xray"), {m_dxStudy}, "r1", "r2");
        std::vector<Finding> a;
        std::vector<Finding> b;
        if (boxA)
            a.push_back(box(9.5, 9.5, 49.5, 49.5));
        if (boxB)
            b.push_back(box(9.5 + shiftB, 9.5, 49.5 + shiftB, 49.5));
        const int loadE1 = undecidedLoad(idOf("e1"));
        const int loadE2 = undecidedLoad(idOf("e2"));
        QVERIFY(read("r1", code, m_dxStudy, classA, a));
        QVERIFY(read("r2", code, m_dxStudy, classB, b));

        QCOMPARE(studyState(code, m_dxStudy), QStringLiteral("disputed"));
        QVERIFY(!finalLabel(code, m_dxStudy).exists);
        const std::optional<DisputeItem> dispute = onlyDispute(code);
        QVERIFY(dispute);
        QVERIFY(!dispute->decided);
        QCOMPARE(dispute->studyInstanceUid, m_dxStudy);
        const QJsonArray reasons = storedReasons(dispute->disputeId);
        QCOMPARE(reasons.size(), 1);
        const QJsonObject reason = reasons[0].toObject();
        QCOMPARE(reason.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!reason.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(dispute->reasons, QStringList{reason.value(QStringLiteral("message")).toString()});
        if (value >= 0) {
            QVERIFY(qAbs(reason.value(QStringLiteral("value")).toDouble() - value) < 1e-9);
            QCOMPARE(reason.value(QStringLiteral("threshold")).toDouble(), 0.5);
        }

        // Sent to an expert more qualified than both readers, not one of them, least loaded.
        QVERIFY(dispute->expertId);
        const qint64 expert = *dispute->expertId;
        QVERIFY(expert == idOf("e1") || expert == idOf("e2"));
        QVERIFY(qualificationOf(expert).isHigherThan(qualificationOf(idOf("r1"))));
        QVERIFY(qualificationOf(expert).isHigherThan(qualificationOf(idOf("r2"))));
        QCOMPARE(expert, loadE1 <= loadE2 ? idOf("e1") : idOf("e2"));

        // The assigned expert sees it; the other expert and the readers do not.
        const char *assigned = expert == idOf("e1") ? "e1" : "e2";
        const char *other = expert == idOf("e1") ? "e2" : "e1";
        const Result<QList<DisputeItem>> mine = Verification::disputes(*m_ws, user(assigned), code);
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 1);
        const Result<QList<DisputeItem>> notMine = Verification::disputes(*m_ws, user(other), code);
        QVERIFY(!notMine.ok() || notMine->isEmpty());
        const Result<QList<DisputeItem>> reader = Verification::disputes(*m_ws, user("r1"), code);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, ErrorCode::PermissionDenied);
        const Result<ArbitrationCase> otherCase = Verification::arbitrationCase(*m_ws, user(other), dispute->disputeId);
        QVERIFY(!otherCase.ok());
        QCOMPARE(otherCase.error().code, ErrorCode::PermissionDenied);

        // The case shows both readings, A = assigned first, and the detector's reasons.
        const Result<ArbitrationCase> c = Verification::arbitrationCase(*m_ws, user(assigned), dispute->disputeId);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QVERIFY(!c->agreed);
        QCOMPARE(c->reasons.size(), 1);
        QCOMPARE(c->reasons[0].kind, kind);
        QVERIFY((c->readingA.readerId == idOf("r1") && c->readingB.readerId == idOf("r2")) ||
                (c->readingA.readerId == idOf("r2") && c->readingB.readerId == idOf("r1")));
    }

    void noQualifiedExpertLeavesDisputeUnassigned()
    {
        // e2 (doctor, 20 years) reads with r3: no expert is more qualified than e2.
        const QString code = QStringLiteral("DS_FT-I_DX_CHEST_NOEXPERT");
        const std::optional<DisputeItem> dispute = disputeOnDx(code, "r3", "e2");
        QVERIFY(dispute);
        QVERIFY(!dispute->expertId);
        QCOMPARE(studyState(code, m_dxStudy), QStringLiteral("disputed"));

        // e1 (candidate, 12 years) is not more qualified than e2; e2 read the study.
        Result<void> r = Verification::assignExpert(*m_ws, user("admin"), dispute->disputeId, idOf("e1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(QLatin1String("e2")), qPrintable(r.error().message));
        r = Verification::assignExpert(*m_ws, user("admin"), dispute->disputeId, idOf("e2"));
        QVERIFY(!r.ok());
        r = Verification::assignExpert(*m_ws, user("admin"), dispute->disputeId, idOf("r1"));
        QVERIFY(!r.ok());
        // Only coordinators assign.
        r = Verification::assignExpert(*m_ws, user("e1"), dispute->disputeId, idOf("e1"));
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);

        // An expert who read the study is refused, whatever the decision.
        const Result<void> own = Verification::arbitrate(*m_ws, user("e2"), dispute->disputeId, ArbitrationDecision::AcceptA);
        QVERIFY(!own.ok());
        QCOMPARE(own.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!Verification::arbitrationCase(*m_ws, user("e2"), dispute->disputeId).ok());

        // A more qualified expert joins; the coordinator assigns them.
        addUser(QStringLiteral("e3"), Role::Expert, 30, Degree::Doctor);
        r = Verification::assignExpert(*m_ws, user("admin"), dispute->disputeId, idOf("e3"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const std::optional<DisputeItem> assigned = onlyDispute(code);
        QVERIFY(assigned && assigned->expertId && *assigned->expertId == idOf("e3"));

        // Exclusion needs a reason.
        r = Verification::arbitrate(*m_ws, user("e3"), dispute->disputeId, ArbitrationDecision::Exclude, QStringLiteral("  "));
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        r = Verification::arbitrate(*m_ws, user("e3"), dispute->disputeId, ArbitrationDecision::Exclude,
                                    QStringLiteral("Motion artefact; neither reading can be confirmed"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const FinalRow f = finalLabel(code, m_dxStudy);
        QCOMPARE(f.state, QStringLiteral("excluded"));
        QVERIFY(f.studyClass.isNull());
        QCOMPARE(f.level, QStringLiteral("low"));
        QCOMPARE(f.decidedBy.toLongLong(), idOf("e3"));
        QCOMPARE(f.provenance.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Motion artefact; neither reading can be confirmed"));
        QCOMPARE(studyState(code, m_dxStudy), QStringLiteral("final"));
        // Decided: no second decision, no reassignment.
        r = Verification::arbitrate(*m_ws, user("e3"), dispute->disputeId, ArbitrationDecision::AcceptA);
        QCOMPARE(r.error().code, ErrorCode::InvalidState);
        r = Verification::assignExpert(*m_ws, user("admin"), dispute->disputeId, idOf("e3"));
        QCOMPARE(r.error().code, ErrorCode::InvalidState);
    }

    void arbitrationOutcomes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("decision");
        QTest::newRow("accept A") << "DS_FT-I_DX_CHEST_ACCEPTA" << "accept_a";
        QTest::newRow("accept B") << "DS_FT-I_DX_CHEST_ACCEPTB" << "accept_b";
        QTest::newRow("own") << "DS_FT-I_DX_CHEST_OWN" << "own";
    }

    void arbitrationOutcomes()
    {
        QFETCH(QString, code);
        QFETCH(QString, decision);
        // r2 and r3 disagree on the class; both experts qualify (e1: candidate 12 y > r3's 10 y).
        makeDataset(code, QStringLiteral("custom-chest-xray"), {m_dxStudy}, "r2", "r3");
        QVERIFY(read("r2", code, m_dxStudy, QStringLiteral("ABNORMAL"), {box(19.5, 19.5, 39.5, 39.5)}));
        QVERIFY(read("r3", code, m_dxStudy, QStringLiteral("NORMAL")));
        const std::optional<DisputeItem> dispute = onlyDispute(code);
        QVERIFY(dispute && dispute->expertId);
        const QString expertLogin = *dispute->expertId == idOf("e1") ? QStringLiteral("e1")
                                    : *dispute->expertId == idOf("e2") ? QStringLiteral("e2")
                                                                       : QStringLiteral("e3");
        QVERIFY(qualificationOf(*dispute->expertId).isHigherThan(qualificationOf(idOf("r3"))));
        const Session &expert = m_users.at(expertLogin);
        const Result<ArbitrationCase> c = Verification::arbitrationCase(*m_ws, expert, dispute->disputeId);
        QVERIFY(c.ok());

        const ArbitrationDecision d = *arbitrationDecisionFromName(decision);
        std::optional<Reading> expected;
        if (d == ArbitrationDecision::AcceptA)
            expected = c->readingA;
        else if (d == ArbitrationDecision::AcceptB)
            expected = c->readingB;
        else {
            // Deciding "own" before there is a submitted own reading is refused.
            Result<void> early = Verification::arbitrate(*m_ws, expert, dispute->disputeId, d);
            QCOMPARE(early.error().code, ErrorCode::InvalidState);
            // Start from r2's reading (with its box), change the class, submit.
            const ArbitrationDecision from = c->readingA.readerId == idOf("r2") ? ArbitrationDecision::AcceptA
                                                                                 : ArbitrationDecision::AcceptB;
            const Result<qint64> own = Verification::startOwnReading(*m_ws, expert, dispute->disputeId, from);
            QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));
            QCOMPARE(*Verification::startOwnReading(*m_ws, expert, dispute->disputeId), *own); // the same reading again
            Result<Reading> ownReading = Readings::reading(*m_ws, expert, *own);
            QVERIFY(ownReading.ok());
            QCOMPARE(ownReading->kind, ReadingKind::Arbitration);
            QCOMPARE(ownReading->findings.size(), std::size_t(1)); // copied from r2
            QVERIFY(Readings::setStudyClass(*m_ws, expert, *own, QStringLiteral("DEFECT")).ok());
            early = Verification::arbitrate(*m_ws, expert, dispute->disputeId, d);
            QCOMPARE(early.error().code, ErrorCode::InvalidState);
            const Result<void> submitted = Readings::submit(*m_ws, expert, *own);
            QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message));
            expected = *Readings::reading(*m_ws, expert, *own);
        }
        // The coordinator may look but not decide; a reader neither.
        QCOMPARE(Verification::arbitrate(*m_ws, user("admin"), dispute->disputeId, d).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Verification::arbitrate(*m_ws, user("r2"), dispute->disputeId, d).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Verification::arbitrationCase(*m_ws, user("r1"), dispute->disputeId).error().code, ErrorCode::PermissionDenied);

        const Result<void> decided = Verification::arbitrate(*m_ws, expert, dispute->disputeId, d);
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));
        const FinalRow f = finalLabel(code, m_dxStudy);
        QCOMPARE(f.state, QStringLiteral("arbitrated"));
        QCOMPARE(f.level, QStringLiteral("medium"));
        QCOMPARE(f.studyClass.toString(), *expected->studyClass);
        QCOMPARE(f.findings.size(), qsizetype(expected->findings.size()));
        QCOMPARE(f.decidedBy.toLongLong(), expert.userId());
        QCOMPARE(f.provenance.value(QStringLiteral("decision")).toString(), decision);
        QCOMPARE(f.provenance.value(QStringLiteral("acceptedReadingId")).toInteger(), expected->id);
        QCOMPARE(f.provenance.value(QStringLiteral("expert")).toString(), expertLogin);
        QCOMPARE(studyState(code, m_dxStudy), QStringLiteral("final"));
        const Result<ArbitrationCase> after = Verification::arbitrationCase(*m_ws, user("admin"), dispute->disputeId);
        QVERIFY(after.ok() && after->decision && *after->decision == d && after->dispute.decided);
    }

    void statusFigures()
    {
        // An ordinal schema over every imported study, read by r1 and r2 with planned classes.
        const QString code = QStringLiteral("DS_CT-I_CT_OGK_STATUS");
        makeDataset(code, QStringLiteral("covid-ct-severity"), m_studies, "r1", "r2");
        const QStringList classes{QStringLiteral("CT0"), QStringLiteral("CT1"), QStringLiteral("CT2"), QStringLiteral("CT3"),
                                  QStringLiteral("CT4")};
        // (r1, r2) class indices; mismatches become disputes (tolerance 0).
        const std::vector<std::pair<int, int>> plan{{0, 0}, {1, 1}, {2, 3}, {0, 1}, {4, 4}, {3, 3}, {1, 1}, {2, 2}, {0, 2}, {4, 3}};
        std::vector<int> ratingsR1;
        std::vector<int> ratingsR2;
        qint64 secondsR1 = 0;
        qint64 secondsR2 = 0;
        const int n = int(m_studies.size());
        const int readByBoth = n - 1; // the last study stays unread by r2
        for (int i = 0; i < n; ++i) {
            const auto [c1, c2] = plan[std::size_t(i) % plan.size()];
            QVERIFY(read("r1", code, m_studies[i], classes[c1], {}, 100 + i));
            secondsR1 += 100 + i;
            if (i < readByBoth) {
                QVERIFY(read("r2", code, m_studies[i], classes[c2], {}, 50 + i));
                secondsR2 += 50 + i;
                ratingsR1.push_back(c1);
                ratingsR2.push_back(c2);
            }
        }
        int disputes = 0;
        for (std::size_t i = 0; i < ratingsR1.size(); ++i)
            disputes += ratingsR1[i] != ratingsR2[i];
        QVERIFY(disputes >= 2);

        // Decide two disputes: one for r1's reading, one excluded.
        const Result<QList<DisputeItem>> list = Verification::disputes(*m_ws, user("admin"), code);
        QVERIFY(list.ok());
        QCOMPARE(int(list->size()), disputes);
        int upheldR1 = 0;
        for (int k = 0; k < 2; ++k) {
            const DisputeItem &item = (*list)[k];
            QVERIFY(item.expertId);
            const Session &expert = *item.expertId == idOf("e1")   ? user("e1")
                                    : *item.expertId == idOf("e2") ? user("e2")
                                                                   : user("e3");
            const Result<ArbitrationCase> c = Verification::arbitrationCase(*m_ws, expert, item.disputeId);
            QVERIFY(c.ok());
            if (k == 0) {
                const ArbitrationDecision d = c->readingA.readerId == idOf("r1") ? ArbitrationDecision::AcceptA
                                                                                  : ArbitrationDecision::AcceptB;
                QVERIFY(Verification::arbitrate(*m_ws, expert, item.disputeId, d).ok());
                ++upheldR1;
            } else {
                QVERIFY(Verification::arbitrate(*m_ws, expert, item.disputeId, ArbitrationDecision::Exclude,
                                                QStringLiteral("Images insufficient")).ok());
            }
        }

        // Only coordinators see the figures (they would tell a reader how the other did).
        QCOMPARE(Verification::status(*m_ws, user("r1"), code).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Verification::status(*m_ws, user("e1"), code).error().code, ErrorCode::PermissionDenied);

        const Result<DatasetStatus> s = Verification::status(*m_ws, user("admin"), code);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->completedPairs, readByBoth);
        QCOMPARE(s->disputedAfterTwoReads, disputes);
        QCOMPARE(s->awaitingArbitration, disputes - 2);
        QCOMPARE(s->stillDisputedAfterArbitration, 1);
        QCOMPARE(s->disputedShare, double(disputes) / readByBoth);
        QCOMPARE(s->excludedShare, 1.0 / readByBoth);
        QCOMPARE(s->finalByState.value(QStringLiteral("agreed")), readByBoth - disputes);
        QCOMPARE(s->finalByState.value(QStringLiteral("arbitrated")), 1);
        QCOMPARE(s->finalByState.value(QStringLiteral("excluded")), 1);
        QCOMPARE(s->studiesByState.value(QStringLiteral("final")), readByBoth - disputes + 2);
        QCOMPARE(s->studiesByState.value(QStringLiteral("disputed")), disputes - 2);
        QCOMPARE(s->studiesByState.value(QStringLiteral("reading")), 1);

        // Kappa, computed independently from the classes submitted above.
        const Result<evaluation::ConfusionMatrix> m = evaluation::confusionMatrix(ratingsR1, ratingsR2, 5);
        QVERIFY(m.ok());
        const Result<evaluation::KappaEstimate> k = evaluation::cohenKappa(*m, evaluation::KappaWeighting::Quadratic);
        QVERIFY(k.ok());
        QVERIFY(s->kappa);
        QVERIFY2(qAbs(*s->kappa - k->kappa) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(*s->kappa).arg(k->kappa)));
        QCOMPARE(s->kappaWeighting, QStringLiteral("quadratic"));
        QCOMPARE(s->kappaItems, readByBoth);

        // Per reader.
        std::map<QString, ReaderFigures> byLogin;
        for (const ReaderFigures &r : s->readers)
            byLogin[r.login] = r;
        QCOMPARE(byLogin[QStringLiteral("r1")].submitted, n);
        QCOMPARE(byLogin[QStringLiteral("r1")].secondsSpent, secondsR1);
        QCOMPARE(byLogin[QStringLiteral("r2")].submitted, readByBoth);
        QCOMPARE(byLogin[QStringLiteral("r2")].secondsSpent, secondsR2);
        QCOMPARE(byLogin[QStringLiteral("r1")].upheldInArbitration, upheldR1);
        QCOMPARE(byLogin[QStringLiteral("r2")].upheldInArbitration, 0);
        QCOMPARE(byLogin[QStringLiteral("r1")].arbitrationsInvolved, 2);
        int decidedByExperts = 0;
        for (const char *e : {"e1", "e2", "e3"})
            decidedByExperts += byLogin[QString::fromLatin1(e)].arbitrationsDecided;
        QCOMPARE(decidedByExperts, 2);

        const QJsonObject json = s->toJson();
        QCOMPARE(json.value(QStringLiteral("dataset")).toString(), code);
        QCOMPARE(json.value(QStringLiteral("reference")).toObject().value(QStringLiteral("disputedShare")).toDouble(), 0.25);
        QCOMPARE(json.value(QStringLiteral("reference")).toObject().value(QStringLiteral("excludedShare")).toDouble(), 0.04);
        QCOMPARE(json.value(QStringLiteral("kappa")).toObject().value(QStringLiteral("value")).toDouble(), *s->kappa);
    }

    void nominalKappaIsUnweighted()
    {
        // Status of a nominal dataset read earlier: kappa unweighted (here undefined or a number).
        const Result<DatasetStatus> s = Verification::status(*m_ws, user("admin"), QStringLiteral("DS_FT-I_DX_CHEST_AGREE"));
        QVERIFY(s.ok());
        QCOMPARE(s->kappaWeighting, QStringLiteral("unweighted"));
        QCOMPARE(s->completedPairs, 1);
        // One item, both ABNORMAL: p_e = 1, kappa undefined.
        QVERIFY(!s->kappa);
    }

    void auditChainVerifiesAfterScenario()
    {
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->problem));
        const Result<QList<AuditEntry>> entries = AuditLog::list(*m_ws, user("admin"));
        QVERIFY(entries.ok());
        QSet<QString> actions;
        for (const AuditEntry &e : *entries)
            actions.insert(e.action);
        for (const char *a : {"study.agree", "dispute.open", "dispute.assign", "dispute.arbitrate", "reading.start_arbitration"})
            QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
    }
};

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
