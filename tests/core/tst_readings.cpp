#include "ReadingFixture.h"

#include "core/workflow/AuditLog.h"
#include "core/workflow/FindingCodec.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace readingtest;

namespace {

QString ctStudySql()
{
    return QStringLiteral("SELECT st.study_uid FROM studies st JOIN series se ON se.study_ref = st.id JOIN instances i "
                          "ON i.series_ref = se.id WHERE i.file_path LIKE '%/ct-3slice/%' LIMIT 1");
}

Finding pointFinding(double i, double j, double k, const QString &label = QStringLiteral("NODULE"))
{
    Finding f;
    f.label = label;
    f.geometry = PointGeometry{{i, j, k}, 6.5};
    return f;
}

Finding boxFinding(double i0, double j0, double i1, double j1, int k0, int k1)
{
    Finding f;
    f.label = QStringLiteral("EFFUSION");
    f.attributes.insert(QStringLiteral("certainty"), QStringLiteral("probable"));
    f.geometry = BoxGeometry{i0, j0, i1, j1, k0, k1};
    return f;
}

Finding contourFinding(int k)
{
    Finding f;
    f.label = QStringLiteral("INFILTRATE");
    ContourGeometry c;
    c.slices[k] = {{10.25, 20.5}, {40.125, 22.0}, {30.0, 50.75}, {12.0, 45.0}};
    c.slices[k + 1] = {{11.0, 21.0}, {39.0, 23.0}, {29.0, 49.0}};
    f.geometry = c;
    return f;
}

Finding maskFinding(std::array<int, 3> size)
{
    Finding f;
    f.label = QStringLiteral("PNEUMOTHORAX");
    MaskGeometry m;
    m.size = size;
    m.labels.assign(std::size_t(size[0]) * size[1] * size[2], 0);
    for (int k = 0; k < size[2]; ++k) {
        for (int j = 100; j < 140; ++j) {
            for (int i = 200 + k; i < 260; ++i)
                m.labels[(std::size_t(k) * size[1] + j) * size[0] + i] = (i % 7 == 0) ? 2 : 1;
        }
    }
    f.geometry = m;
    return f;
}

QByteArray geometryKey(const Finding &f)
{
    const EncodedGeometry e = FindingCodec::encode(f.geometry);
    return e.json + '|' + (e.maskBlob.isEmpty() ? QByteArray() : qUncompress(e.maskBlob));
}

int auditCount(store::Workspace &ws, const QString &action, const QString &objectId = {})
{
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND (? = '' OR object_id = ?)"));
    q.addBindValue(action);
    q.addBindValue(objectId.isNull() ? QStringLiteral("") : objectId);
    q.addBindValue(objectId.isNull() ? QStringLiteral("") : objectId);
    q.exec();
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestReadings : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    QString m_ct; ///< the ct-3slice study: one series, 512 x 512 x 3
    const QString Code = QStringLiteral("DS_CT-I_CR_OGK_TEST");

    /// A started reading of reader on the CT study in a fresh dataset of the given schema.
    qint64 startedReading(const QString &code, const QString &schema, const QString &reader, const QString &other)
    {
        if (!m_fx.dataset(code, schema, {m_ct}))
            return 0;
        AssignOptions o;
        o.readerIds = {m_fx.ids.value(reader), m_fx.ids.value(other)};
        if (!Readings::assign(*m_fx.ws, *m_fx.admin, code, o))
            return 0;
        const qint64 id = m_fx.readingOf(reader, code, m_ct);
        if (!Readings::start(*m_fx.ws, m_fx.user(reader), id))
            return 0;
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.setUp(4, 1, {QStringLiteral(ETALON_SHARED_DICOM), QStringLiteral(ETALON_PYDICOM_FILES "/dicomdirtests")}),
                 qPrintable(m_fx.error));
        QVERIFY2(m_fx.studyUids.size() >= 9, qPrintable(QString::number(m_fx.studyUids.size())));
        m_ct = m_fx.scalarString(ctStudySql());
        QVERIFY(!m_ct.isEmpty());
    }

    /// Every geometry kind survives encode/decode bit for bit, and damaged JSON is reported.
    void findingCodecRoundTrips()
    {
        const std::vector<Finding> all{pointFinding(0.1 + 0.2, 1e-17, 2.5), boxFinding(-0.5, 3.25, 7.75, 9.5, 1, 2),
                                       contourFinding(4), maskFinding({300, 150, 2})};
        for (const Finding &f : all) {
            QVERIFY(FindingCodec::validate(f.geometry).ok());
            const EncodedGeometry e = FindingCodec::encode(f.geometry);
            QCOMPARE(e.maskBlob.isNull(), f.kind() != FindingKind::Mask);
            const Result<FindingGeometry> back = FindingCodec::decode(f.kind(), e.json, e.maskBlob);
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
            QCOMPARE(kindOf(*back), f.kind());
            Finding g = f;
            g.geometry = *back;
            QCOMPARE(geometryKey(g), geometryKey(f));
        }
        const PointGeometry p = std::get<PointGeometry>(*FindingCodec::decode(FindingKind::Point, FindingCodec::encode(all[0].geometry).json));
        QCOMPARE(p.index[0], 0.1 + 0.2); // exact, not 0.3
        QCOMPARE(*p.diameterMm, 6.5);
        QCOMPARE(FindingCodec::encode(all[1].geometry).json,
                 QByteArray(R"({"i0":-0.5,"i1":7.75,"j0":3.25,"j1":9.5,"k0":1,"k1":2})"));
        QCOMPARE(FindingCodec::decode(FindingKind::Box, R"({"i0":0,"i1":1,"j0":0,"j1":1,"k0":0.5,"k1":1})").error().code,
                 ErrorCode::CorruptData);
        QCOMPARE(FindingCodec::decode(FindingKind::Point, R"({"index":[1,2]})").error().code, ErrorCode::CorruptData);
        QCOMPARE(FindingCodec::decode(FindingKind::Contour, R"({"slices":[{"k":0,"points":[[1,1],[2,2]]}]})").error().code,
                 ErrorCode::CorruptData);
        QCOMPARE(FindingCodec::decode(FindingKind::Mask, R"({"size":[2,2,1]})", qCompress(QByteArray(3, '\1'))).error().code,
                 ErrorCode::CorruptData);
        QCOMPARE(FindingCodec::decode(FindingKind::Box, R"({"i0":0,"i1":1,"j0":0,"j1":1,"k0":0,"k1":0,"z":1})").error().code,
                 ErrorCode::CorruptData);
    }

    /// 9 studies x 2 readings over 3 readers: 6 each, never one reader twice on a study.
    void assignBalancesWorkload()
    {
        QStringList nine = m_fx.studyUids.mid(0, 9);
        QVERIFY(m_fx.dataset(Code, QStringLiteral("custom-chest-xray"), nine).ok());
        AssignOptions o;
        o.readerIds = {m_fx.ids["r1"], m_fx.ids["r2"], m_fx.ids["r3"]};
        QCOMPARE(Readings::assign(*m_fx.ws, m_fx.user("r1"), Code, o).error().code, ErrorCode::PermissionDenied);
        const Result<AssignmentReport> report = Readings::assign(*m_fx.ws, *m_fx.admin, Code, o);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->studiesAssigned, 9);
        QCOMPARE(report->readingsCreated, 18);
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT r.reader_ref, COUNT(*) FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
                                      "JOIN datasets d ON d.id = ds.dataset_ref WHERE d.code = '%1' GROUP BY r.reader_ref").arg(Code)));
        QMap<qint64, int> counted;
        while (q.next())
            counted.insert(q.value(0).toLongLong(), q.value(1).toInt());
        QCOMPARE(counted.size(), 3);
        for (const char *r : {"r1", "r2", "r3"})
            QCOMPARE(counted.value(m_fx.ids[r]), 6);
        QCOMPARE(report->workload, counted);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT r.reader_ref), ds.state FROM readings r JOIN dataset_studies ds "
                                      "ON ds.id = r.dataset_study_ref JOIN datasets d ON d.id = ds.dataset_ref WHERE d.code = '%1' "
                                      "GROUP BY ds.id").arg(Code)));
        int studies = 0;
        while (q.next()) {
            ++studies;
            QCOMPARE(q.value(0).toInt(), 2);
            QCOMPARE(q.value(1).toInt(), 2);
            QCOMPARE(q.value(2).toString(), QStringLiteral("assigned"));
        }
        QCOMPARE(studies, 9);
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("reading.assign")), 18);
        // Again: nothing new.
        const Result<AssignmentReport> again = Readings::assign(*m_fx.ws, *m_fx.admin, Code, o);
        QCOMPARE(again->readingsCreated, 0);
        QCOMPARE(again->studiesAlreadyAssigned, 9);
        // Worklists: six each, oldest first, own only.
        const Result<QList<WorklistItem>> list = Readings::worklist(*m_fx.ws, m_fx.user("r2"));
        QCOMPARE(list->size(), 6);
        for (const WorklistItem &item : *list) {
            QCOMPARE(item.datasetCode, Code);
            QVERIFY(nine.contains(item.studyInstanceUid));
            QCOMPARE(item.state, ReadingState::Assigned);
            QVERIFY(Readings::reading(*m_fx.ws, m_fx.user("r2"), item.readingId).ok());
        }
        QCOMPARE(Readings::worklist(*m_fx.ws, m_fx.user("r4"))->size(), 0);
    }

    void assignRefusesBadCandidates()
    {
        QVERIFY(m_fx.dataset(QStringLiteral("DS_CT-II_CR_OGK_TEST"), QStringLiteral("custom-chest-xray"), m_fx.studyUids.mid(0, 2)).ok());
        AssignOptions o;
        o.readerIds = {m_fx.ids["r1"]};
        QCOMPARE(Readings::assign(*m_fx.ws, *m_fx.admin, QStringLiteral("DS_CT-II_CR_OGK_TEST"), o).error().code,
                 ErrorCode::InvalidArgument);
        o.readerIds = {m_fx.ids["r1"], m_fx.admin->userId()}; // a coordinator does not read
        const Result<AssignmentReport> coordinator = Readings::assign(*m_fx.ws, *m_fx.admin, QStringLiteral("DS_CT-II_CR_OGK_TEST"), o);
        QCOMPARE(coordinator.error().code, ErrorCode::InvalidArgument);
        QVERIFY(coordinator.error().message.contains(QLatin1String("admin")));
        o.readerIds = {m_fx.ids["r1"], 987654};
        QCOMPARE(Readings::assign(*m_fx.ws, *m_fx.admin, QStringLiteral("DS_CT-II_CR_OGK_TEST"), o).error().code, ErrorCode::NotFound);
        o.readersPerStudy = 3;
        QCOMPARE(Readings::assign(*m_fx.ws, *m_fx.admin, QStringLiteral("DS_CT-II_CR_OGK_TEST"), o).error().code,
                 ErrorCode::InvalidArgument);
        // Nothing was assigned by the refused calls.
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
                                      "JOIN datasets d ON d.id = ds.dataset_ref WHERE d.code = 'DS_CT-II_CR_OGK_TEST'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Default candidates: every active reader (4), an expert is not included.
        const Result<AssignmentReport> all = Readings::assign(*m_fx.ws, *m_fx.admin, QStringLiteral("DS_CT-II_CR_OGK_TEST"), {});
        QVERIFY(all.ok());
        QCOMPARE(all->readingsCreated, 4);
        QVERIFY(!all->workload.contains(m_fx.ids["e1"]));
        for (int load : all->workload)
            QCOMPARE(load, 1);
    }

    void reassignUntilStarted()
    {
        const QString uid = m_fx.studyUids.at(0);
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.reader_ref FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
                                      "JOIN datasets d ON d.id = ds.dataset_ref JOIN studies st ON st.id = ds.study_ref "
                                      "WHERE d.code = '%1' AND st.study_uid = '%2' ORDER BY r.id").arg(Code, uid)));
        QVERIFY(q.next());
        const qint64 first = q.value(0).toLongLong();
        const qint64 firstReader = q.value(1).toLongLong();
        QVERIFY(q.next());
        const qint64 secondReader = q.value(1).toLongLong();
        const QString firstLogin = m_fx.ids.key(firstReader);
        // Readers may not reassign; the other reader of the study is refused; r4 is fine.
        QCOMPARE(Readings::reassign(*m_fx.ws, m_fx.user(firstLogin), first, m_fx.ids["r4"]).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::reassign(*m_fx.ws, *m_fx.admin, first, secondReader).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(Readings::reassign(*m_fx.ws, *m_fx.admin, first, m_fx.admin->userId()).error().code, ErrorCode::InvalidArgument);
        QVERIFY(Readings::reassign(*m_fx.ws, *m_fx.admin, first, m_fx.ids["r4"]).ok());
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("reading.reassign"), QString::number(first)), 1);
        // The previous reader no longer sees it; the new one does.
        QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user(firstLogin), first).error().code, ErrorCode::NotFound);
        QVERIFY(Readings::reading(*m_fx.ws, m_fx.user("r4"), first).ok());
        // Once started, it stays.
        QVERIFY(Readings::start(*m_fx.ws, m_fx.user("r4"), first).ok());
        QCOMPARE(Readings::reassign(*m_fx.ws, *m_fx.admin, first, m_fx.ids[firstLogin]).error().code, ErrorCode::InvalidState);
        QVERIFY(q.exec(QStringLiteral("SELECT ds.state FROM dataset_studies ds JOIN readings r ON r.dataset_study_ref = ds.id WHERE r.id = %1").arg(first)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("reading"));
    }

    /// Every kind of edit is stored at once and reads back identically from a reopened workspace.
    void editsPersist()
    {
        const qint64 id = startedReading(QStringLiteral("DS_FT-I_CR_OGK_EDIT"), QStringLiteral("custom-chest-xray"), QStringLiteral("r1"),
                                         QStringLiteral("r2"));
        QVERIFY(id > 0);
        const Session &r1 = m_fx.user("r1");
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r1, id, QStringLiteral("ABNORMAL")).ok());
        const Result<qint64> p = Readings::addFinding(*m_fx.ws, r1, id, pointFinding(255.5, 100.25, 1));
        const Result<qint64> b = Readings::addFinding(*m_fx.ws, r1, id, boxFinding(9.5, 19.5, 19.5, 40.5, 0, 2));
        const Result<qint64> c = Readings::addFinding(*m_fx.ws, r1, id, contourFinding(1));
        const Result<qint64> m = Readings::addFinding(*m_fx.ws, r1, id, maskFinding({512, 512, 3}));
        QVERIFY2(p.ok() && b.ok() && c.ok() && m.ok(), qPrintable(!m.ok() ? m.error().message : !c.ok() ? c.error().message : QString()));
        QVERIFY(Readings::setComment(*m_fx.ws, r1, id, QStringLiteral("Левый гидроторакс; see prior")).ok());
        QVERIFY(Readings::addTimeSpent(*m_fx.ws, r1, id, 75).ok());
        QVERIFY(Readings::addTimeSpent(*m_fx.ws, r1, id, 30).ok());
        Finding moved = boxFinding(100.5, 100.5, 150.5, 130.5, 1, 1);
        QVERIFY(Readings::updateFinding(*m_fx.ws, r1, *b, moved).ok());
        const Result<qint64> extra = Readings::addFinding(*m_fx.ws, r1, id, pointFinding(1, 1, 0));
        QVERIFY(Readings::removeFinding(*m_fx.ws, r1, *extra).ok());
        for (const char *action : {"reading.set_class", "reading.comment", "reading.start"})
            QCOMPARE(auditCount(*m_fx.ws, QString::fromLatin1(action), QString::number(id)), 1);
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("finding.add"), QString::number(id)), 5);
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("finding.update"), QString::number(id)), 1);
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("finding.remove"), QString::number(id)), 1);
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("reading.time"), QString::number(id)), 2);

        // A second connection (another process would see the same) reads the committed state.
        Result<std::unique_ptr<store::Workspace>> other = store::Workspace::open(m_fx.dir);
        QVERIFY(other.ok());
        const Result<Reading> back = Readings::reading(**other, r1, id);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->state, ReadingState::InProgress);
        QCOMPARE(back->studyClass.value_or(QString()), QStringLiteral("ABNORMAL"));
        QCOMPARE(back->comment, QStringLiteral("Левый гидроторакс; see prior"));
        QCOMPARE(back->secondsSpent, 105);
        QVERIFY(back->startedAt.isValid());
        QVERIFY(!back->submittedAt.isValid());
        QCOMPARE(back->findings.size(), std::size_t(4));
        const std::vector<Finding> expected{pointFinding(255.5, 100.25, 1), moved, contourFinding(1), maskFinding({512, 512, 3})};
        const std::vector<qint64> ids{*p, *b, *c, *m};
        for (std::size_t n = 0; n < 4; ++n) {
            QCOMPARE(back->findings[n].id, ids[n]);
            QCOMPARE(back->findings[n].kind(), expected[n].kind());
            QCOMPARE(back->findings[n].label, expected[n].label);
            QCOMPARE(back->findings[n].attributes, expected[n].attributes);
            QCOMPARE(geometryKey(back->findings[n]), geometryKey(expected[n]));
        }
        // The mask is stored compressed, and much smaller than 512*512*3 bytes.
        QSqlQuery q((*other)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT length(mask_blob), geometry_json FROM findings WHERE id = %1").arg(*m)) && q.next());
        QVERIFY(q.value(0).toInt() < 512 * 512 * 3 / 20);
        QCOMPARE(q.value(1).toString(), QStringLiteral("{\"size\":[512,512,3]}"));
    }

    void validatesFindingsAgainstSchemaAndSeries()
    {
        const qint64 id = startedReading(QStringLiteral("DS_FT-II_CR_OGK_EDIT"), QStringLiteral("binary-presence"), QStringLiteral("r3"),
                                         QStringLiteral("r4"));
        QVERIFY(id > 0);
        const Session &r3 = m_fx.user("r3");
        const auto refused = [&](const Finding &f, const char *mustMention) {
            const Result<qint64> r = Readings::addFinding(*m_fx.ws, r3, id, f);
            if (r.ok())
                return QStringLiteral("accepted");
            if (r.error().code != ErrorCode::InvalidArgument || !r.error().message.contains(QLatin1String(mustMention)))
                return r.error().message;
            return QString();
        };
        // binary-presence: point and box, label SIGN, no attributes.
        QCOMPARE(refused(contourFinding(0), "contour"), QString());
        Finding point = pointFinding(10, 10, 0, QStringLiteral("SIGN"));
        QVERIFY(Readings::addFinding(*m_fx.ws, r3, id, point).ok());
        QCOMPARE(refused(pointFinding(10, 10, 0, QStringLiteral("NODULE")), "SIGN"), QString());
        // Series: 512 columns x 512 rows x 3 slices.
        QCOMPARE(refused(pointFinding(511.6, 10, 0, QStringLiteral("SIGN")), "512"), QString());
        QCOMPARE(refused(pointFinding(10, 10, 2.6, QStringLiteral("SIGN")), "3 slices"), QString());
        QVERIFY(Readings::addFinding(*m_fx.ws, r3, id, pointFinding(511.5, 511.5, 2.0, QStringLiteral("SIGN"))).ok());
        Finding box = boxFinding(-0.5, -0.5, 511.5, 511.5, 0, 2);
        box.label = QStringLiteral("SIGN");
        box.attributes.clear();
        QVERIFY(Readings::addFinding(*m_fx.ws, r3, id, box).ok());
        box.geometry = BoxGeometry{0, 0, 10, 10, 0, 3};
        QCOMPARE(refused(box, "slices"), QString());
        box.geometry = BoxGeometry{0, 0, 512, 10, 0, 0};
        QCOMPARE(refused(box, "512"), QString());
        box.geometry = BoxGeometry{10, 0, 5, 10, 0, 0};
        QCOMPARE(refused(box, "i0 < i1"), QString());
        box.geometry = BoxGeometry{0, 0, 5, 10, 0, 0};
        box.attributes.insert(QStringLiteral("certainty"), QStringLiteral("definite"));
        QCOMPARE(refused(box, "certainty"), QString());
        // Class codes come from the schema snapshot.
        QCOMPARE(Readings::setStudyClass(*m_fx.ws, r3, id, QStringLiteral("CT2")).error().code, ErrorCode::InvalidArgument);
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r3, id, QStringLiteral("PATHOLOGY")).ok());
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r3, id, std::nullopt).ok());
        QVERIFY(!Readings::reading(*m_fx.ws, r3, id)->studyClass);
        QCOMPARE(Readings::addTimeSpent(*m_fx.ws, r3, id, 0).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(Readings::addTimeSpent(*m_fx.ws, r3, id, -5).error().code, ErrorCode::InvalidArgument);

        // custom-chest-xray allows masks; one of the wrong size or with an unknown label value is refused.
        const qint64 id2 = startedReading(QStringLiteral("DS_FT-III_CR_OGK_EDIT"), QStringLiteral("custom-chest-xray"),
                                          QStringLiteral("r3"), QStringLiteral("r4"));
        QVERIFY(id2 > 0);
        QCOMPARE(Readings::addFinding(*m_fx.ws, r3, id2, maskFinding({512, 512, 2})).error().code, ErrorCode::InvalidArgument);
        Finding bad = maskFinding({512, 512, 3});
        std::get<MaskGeometry>(bad.geometry).labels[5] = 5; // the schema has 4 finding labels
        QCOMPARE(Readings::addFinding(*m_fx.ws, r3, id2, bad).error().code, ErrorCode::InvalidArgument);
        Finding badAttr = boxFinding(0, 0, 5, 5, 0, 0);
        badAttr.attributes.insert(QStringLiteral("certainty"), QStringLiteral("sure"));
        QCOMPARE(Readings::addFinding(*m_fx.ws, r3, id2, badAttr).error().code, ErrorCode::InvalidArgument);
        ContourGeometry twoPoints;
        twoPoints.slices[0] = {{1, 1}, {2, 2}};
        Finding line = contourFinding(0);
        line.geometry = twoPoints;
        QCOMPARE(Readings::addFinding(*m_fx.ws, r3, id2, line).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(Readings::addFinding(*m_fx.ws, r3, id2, contourFinding(2)).error().code, ErrorCode::InvalidArgument); // slice 3
        QVERIFY(Readings::reading(*m_fx.ws, r3, id2)->findings.empty());
    }

    void editsNeedAStartedReading()
    {
        QVERIFY(m_fx.dataset(QStringLiteral("DS_FT-IV_CR_OGK_EDIT"), QStringLiteral("custom-chest-xray"), {m_ct}).ok());
        AssignOptions o;
        o.readerIds = {m_fx.ids["r1"], m_fx.ids["r2"]};
        QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, QStringLiteral("DS_FT-IV_CR_OGK_EDIT"), o).ok());
        const qint64 id = m_fx.readingOf(QStringLiteral("r1"), QStringLiteral("DS_FT-IV_CR_OGK_EDIT"), m_ct);
        const Session &r1 = m_fx.user("r1");
        QCOMPARE(Readings::setStudyClass(*m_fx.ws, r1, id, QStringLiteral("NORMAL")).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::addFinding(*m_fx.ws, r1, id, pointFinding(1, 1, 0)).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::submit(*m_fx.ws, r1, id).error().code, ErrorCode::InvalidState);
        const Result<Reading> started = Readings::start(*m_fx.ws, r1, id);
        QCOMPARE(started->state, ReadingState::InProgress);
        QVERIFY(Readings::start(*m_fx.ws, r1, id).ok()); // again: nothing changes
        QCOMPARE(auditCount(*m_fx.ws, QStringLiteral("reading.start"), QString::number(id)), 1);
    }

    /// Only the reading's own reader edits it: coordinators and others are refused everywhere.
    void permissionRefusals()
    {
        const qint64 id = m_fx.readingOf(QStringLiteral("r1"), QStringLiteral("DS_FT-I_CR_OGK_EDIT"), m_ct);
        const Result<Reading> before = Readings::reading(*m_fx.ws, m_fx.user("r1"), id);
        QVERIFY(before.ok());
        const qint64 findingId = before->findings.front().id;
        const Session &admin = *m_fx.admin;
        QVERIFY(Readings::reading(*m_fx.ws, admin, id).ok()); // coordinators see everything
        QCOMPARE(Readings::start(*m_fx.ws, admin, id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::setStudyClass(*m_fx.ws, admin, id, QStringLiteral("NORMAL")).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::addFinding(*m_fx.ws, admin, id, pointFinding(1, 1, 0)).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::updateFinding(*m_fx.ws, admin, findingId, pointFinding(1, 1, 0)).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::removeFinding(*m_fx.ws, admin, findingId).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::setComment(*m_fx.ws, admin, id, QStringLiteral("x")).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::addTimeSpent(*m_fx.ws, admin, id, 5).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::submit(*m_fx.ws, admin, id).error().code, ErrorCode::PermissionDenied);
        // An expert not arbitrating the study: as if the reading did not exist.
        QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user("e1"), id).error().code, ErrorCode::NotFound);
        QCOMPARE(Readings::setComment(*m_fx.ws, m_fx.user("e1"), id, QStringLiteral("x")).error().code, ErrorCode::NotFound);
        QCOMPARE(Readings::reopen(*m_fx.ws, m_fx.user("r1"), id, QStringLiteral("please")).error().code, ErrorCode::PermissionDenied);
        const Result<Reading> after = Readings::reading(*m_fx.ws, m_fx.user("r1"), id);
        QCOMPARE(after->findings.size(), before->findings.size());
        QCOMPARE(after->comment, before->comment);
        QCOMPARE(after->secondsSpent, before->secondsSpent);
    }

    /// Submit locks; only a coordinator reopens, with a reason, and that is audited.
    void submitLocksAndReopen()
    {
        const qint64 id = m_fx.readingOf(QStringLiteral("r1"), QStringLiteral("DS_FT-I_CR_OGK_EDIT"), m_ct);
        const Session &r1 = m_fx.user("r1");
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r1, id, std::nullopt).ok());
        const Result<void> noClass = Readings::submit(*m_fx.ws, r1, id);
        QCOMPARE(noClass.error().code, ErrorCode::InvalidState);
        QVERIFY(noClass.error().message.contains(QLatin1String("class")));
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r1, id, QStringLiteral("ABNORMAL")).ok());
        QVERIFY(Readings::submit(*m_fx.ws, r1, id).ok());
        const Result<Reading> locked = Readings::reading(*m_fx.ws, r1, id);
        QCOMPARE(locked->state, ReadingState::Submitted);
        QVERIFY(locked->submittedAt.isValid());
        const qint64 findingId = locked->findings.front().id;
        QCOMPARE(Readings::setStudyClass(*m_fx.ws, r1, id, QStringLiteral("NORMAL")).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::addFinding(*m_fx.ws, r1, id, pointFinding(1, 1, 0)).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::updateFinding(*m_fx.ws, r1, findingId, pointFinding(1, 1, 0)).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::removeFinding(*m_fx.ws, r1, findingId).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::setComment(*m_fx.ws, r1, id, QStringLiteral("x")).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::addTimeSpent(*m_fx.ws, r1, id, 5).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::submit(*m_fx.ws, r1, id).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::start(*m_fx.ws, r1, id).error().code, ErrorCode::InvalidState);
        QCOMPARE(Readings::worklist(*m_fx.ws, r1, ReadingState::Submitted)->size(), 1);

        QCOMPARE(Readings::reopen(*m_fx.ws, r1, id, QStringLiteral("typo")).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(Readings::reopen(*m_fx.ws, *m_fx.admin, id, QStringLiteral("  ")).error().code, ErrorCode::InvalidArgument);
        QVERIFY(Readings::reopen(*m_fx.ws, *m_fx.admin, id, QStringLiteral("reader asked: wrong side")).ok());
        QCOMPARE(Readings::reopen(*m_fx.ws, *m_fx.admin, id, QStringLiteral("again")).error().code, ErrorCode::InvalidState);
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT actor_ref, details_json FROM audit_log WHERE action = 'reading.reopen' AND object_id = '%1'").arg(id)) && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_fx.admin->userId());
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("reader asked: wrong side"));
        const Result<Reading> reopened = Readings::reading(*m_fx.ws, r1, id);
        QCOMPARE(reopened->state, ReadingState::InProgress);
        QVERIFY(!reopened->submittedAt.isValid());
        QVERIFY(Readings::removeFinding(*m_fx.ws, r1, findingId).ok());
        QVERIFY(Readings::submit(*m_fx.ws, r1, id).ok());
    }

    /// The submit that completes the pair runs the verification in the same transaction.
    void secondSubmitVerifiesTheStudy()
    {
        const QString code = QStringLiteral("DS_FT-I_CR_OGK_EDIT");
        const qint64 id2 = m_fx.readingOf(QStringLiteral("r2"), code, m_ct);
        const Session &r2 = m_fx.user("r2");
        QVERIFY(Readings::start(*m_fx.ws, r2, id2).ok());
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r2, id2, QStringLiteral("NORMAL")).ok());
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM final_labels") ) && q.next());
        const int finalsBefore = q.value(0).toInt();
        QVERIFY(Readings::submit(*m_fx.ws, r2, id2).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT ds.state FROM dataset_studies ds JOIN readings r ON r.dataset_study_ref = ds.id WHERE r.id = %1").arg(id2)) && q.next());
        // ABNORMAL vs NORMAL with findings on one side only: a dispute.
        QCOMPARE(q.value(0).toString(), QStringLiteral("disputed"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM disputes p JOIN readings r ON r.dataset_study_ref = p.dataset_study_ref WHERE r.id = %1").arg(id2)) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM final_labels")) && q.next());
        QCOMPARE(q.value(0).toInt(), finalsBefore);
        // Verified studies are not reopened.
        QCOMPARE(Readings::reopen(*m_fx.ws, *m_fx.admin, id2, QStringLiteral("late")).error().code, ErrorCode::InvalidState);

        // Agreement: both NORMAL without findings -> final labels at once.
        const qint64 a = startedReading(QStringLiteral("DS_FT-V_CR_OGK_EDIT"), QStringLiteral("custom-chest-xray"), QStringLiteral("r3"),
                                        QStringLiteral("r4"));
        const qint64 b = m_fx.readingOf(QStringLiteral("r4"), QStringLiteral("DS_FT-V_CR_OGK_EDIT"), m_ct);
        QVERIFY(Readings::start(*m_fx.ws, m_fx.user("r4"), b).ok());
        QVERIFY(Readings::setStudyClass(*m_fx.ws, m_fx.user("r3"), a, QStringLiteral("NORMAL")).ok());
        QVERIFY(Readings::setStudyClass(*m_fx.ws, m_fx.user("r4"), b, QStringLiteral("NORMAL")).ok());
        QVERIFY(Readings::submit(*m_fx.ws, m_fx.user("r3"), a).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT ds.state FROM dataset_studies ds JOIN readings r ON r.dataset_study_ref = ds.id WHERE r.id = %1").arg(a)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("reading"));
        QVERIFY(Readings::submit(*m_fx.ws, m_fx.user("r4"), b).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT f.state, f.study_class FROM final_labels f JOIN readings r ON r.dataset_study_ref = f.dataset_study_ref WHERE r.id = %1").arg(a)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("agreed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("NORMAL"));
    }

    void requiredAttributesBlockSubmit()
    {
        const qint64 id = startedReading(QStringLiteral("DS_CT-I_MMG_CANCER"), QStringLiteral("bi-rads"), QStringLiteral("r1"),
                                         QStringLiteral("r2"));
        QVERIFY(id > 0);
        const Session &r1 = m_fx.user("r1");
        QVERIFY(Readings::setStudyClass(*m_fx.ws, r1, id, QStringLiteral("BIRADS4")).ok());
        Finding mass = pointFinding(100, 100, 0, QStringLiteral("MASS"));
        const Result<qint64> fid = Readings::addFinding(*m_fx.ws, r1, id, mass);
        QVERIFY(fid.ok());
        const Result<void> refused = Readings::submit(*m_fx.ws, r1, id);
        QCOMPARE(refused.error().code, ErrorCode::InvalidState);
        QVERIFY(refused.error().message.contains(QLatin1String("laterality")));
        mass.attributes.insert(QStringLiteral("laterality"), QStringLiteral("left"));
        QVERIFY(Readings::updateFinding(*m_fx.ws, r1, *fid, mass).ok());
        QVERIFY(Readings::submit(*m_fx.ws, r1, id).ok());
    }

    void auditChainStaysValid()
    {
        const Result<AuditVerification> v = AuditLog::verify(*m_fx.ws);
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->problem));
        QVERIFY(v->rowCount > 40);
    }

    void cleanupTestCase()
    {
        m_fx.sessions.clear();
        m_fx.admin.reset();
        m_fx.ws.reset();
    }
};

QTEST_GUILESS_MAIN(TestReadings)
#include "tst_readings.moc"
