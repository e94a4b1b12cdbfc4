#include "ReadingFixture.h"

#include "core/workflow/AuditLog.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/FindingCodec.h"
#include "core/workflow/Releases.h"
#include "core/workflow/Verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace readingtest;

/// Final labels on a real workspace: two readers agree on one study with no findings and on
/// one with a drawn box, disagree on a third which an expert excludes. A coordinator lists,
/// corrects and withdraws; the corrections survive reopening, are audited, and make the next
/// release a PATCH (labels) or MINOR (unit removed).
class TestFinalLabels : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    const QString m_code = QStringLiteral("DS_CT-I_DX_CHEST_FINALLABELS");
    QString m_normal;   ///< agreed NORMAL, no findings
    QString m_boxed;    ///< agreed PATHOLOGY with one box
    QString m_excluded; ///< disputed, excluded by the expert
    const QString m_exclusionReason = QStringLiteral("Motion artefacts on every image");

    const Session &admin() const { return *m_fx.admin; }

    static BoxGeometry drawnBox() { return BoxGeometry{9.5, 11.5, 29.5, 40.5, 0, 0}; }

    bool read(const char *login, const QString &uid, const QString &studyClass, bool withBox)
    {
        std::vector<Finding> findings;
        if (withBox) {
            Finding f;
            f.label = QStringLiteral("SIGN");
            f.geometry = drawnBox();
            findings.push_back(f);
        }
        return m_fx.read(QString::fromLatin1(login), m_code, uid, studyClass, findings);
    }

    qint64 datasetStudyOf(const QString &uid) const
    {
        return m_fx
            .scalarString(QStringLiteral("SELECT ds.id FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref "
                                         "JOIN datasets d ON d.id = ds.dataset_ref WHERE d.code = '%1' AND st.study_uid = '%2'")
                              .arg(m_code, uid))
            .toLongLong();
    }

    QString finalRow(const QString &uid) const
    {
        return m_fx.scalarString(QStringLiteral("SELECT state || '|' || COALESCE(study_class, '') || '|' || findings_json || '|' || "
                                                "verification_level || '|' || provenance_json FROM final_labels "
                                                "WHERE dataset_study_ref = %1")
                                     .arg(datasetStudyOf(uid)));
    }

    QString auditCount() const { return m_fx.scalarString(QStringLiteral("SELECT COUNT(*) FROM audit_log")); }

    static std::optional<FinalLabel> find(const QList<FinalLabel> &labels, const QString &uid)
    {
        for (const FinalLabel &l : labels) {
            if (l.studyInstanceUid == uid)
                return l;
        }
        return std::nullopt;
    }

    static QStringList subjectsOf(const QList<ReleaseChange> &changes, const QString &kind)
    {
        QStringList out;
        for (const ReleaseChange &c : changes) {
            if (c.kind == kind)
                out.append(c.subject);
        }
        return out;
    }

    void recordProposed()
    {
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        const Result<Release> r = Releases::record(*m_fx.ws, admin(), m_code, p->proposed, p->changes);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM "/dx"), QStringLiteral(ETALON_SHARED_DICOM "/chest-cr"),
                                   QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice")}),
                 qPrintable(m_fx.error));
        QVERIFY(m_fx.studyUids.size() >= 3);
        m_normal = m_fx.studyUids[0];
        m_boxed = m_fx.studyUids[1];
        m_excluded = m_fx.studyUids[2];
        const Result<Dataset> d = m_fx.dataset(m_code, QStringLiteral("binary-presence"), {m_normal, m_boxed, m_excluded});
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        AssignOptions options;
        options.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
        const Result<AssignmentReport> assigned = Readings::assign(*m_fx.ws, admin(), m_code, options);
        QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().message));
        QVERIFY(read("r1", m_normal, QStringLiteral("NORMAL"), false));
        QVERIFY(read("r2", m_normal, QStringLiteral("NORMAL"), false));
        QVERIFY(read("r1", m_boxed, QStringLiteral("PATHOLOGY"), true));
        QVERIFY(read("r2", m_boxed, QStringLiteral("PATHOLOGY"), true));
        QVERIFY(read("r1", m_excluded, QStringLiteral("NORMAL"), false));
        QVERIFY(read("r2", m_excluded, QStringLiteral("PATHOLOGY"), false));
        const Result<QList<DisputeItem>> disputes = Verification::disputes(*m_fx.ws, admin(), m_code);
        QVERIFY(disputes.ok() && disputes->size() == 1);
        const Result<void> excluded = Verification::arbitrate(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputes->first().disputeId,
                                                             ArbitrationDecision::Exclude, m_exclusionReason);
        QVERIFY2(excluded.ok(), excluded.ok() ? "" : qPrintable(excluded.error().message));
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT COUNT(*) FROM final_labels")), QStringLiteral("3"));
    }

    void listDecodesTheFinalLabels()
    {
        const Result<QList<FinalLabel>> labels = FinalLabels::list(*m_fx.ws, admin(), m_code);
        QVERIFY2(labels.ok(), labels.ok() ? "" : qPrintable(labels.error().message));
        QCOMPARE(labels->size(), 3);
        for (int i = 1; i < labels->size(); ++i)
            QVERIFY(labels->at(i - 1).datasetStudyId < labels->at(i).datasetStudyId);

        const FinalLabel normal = *find(*labels, m_normal);
        QCOMPARE(normal.state, QStringLiteral("agreed"));
        QCOMPARE(normal.studyClass.value_or(QString()), QStringLiteral("NORMAL"));
        QVERIFY(normal.findings.empty());
        QCOMPARE(normal.verificationLevel, QStringLiteral("medium"));
        QVERIFY(normal.decidedBy.isEmpty());
        QVERIFY(normal.decidedAt.isValid());
        QCOMPARE(normal.corrections, 0);
        QVERIFY(normal.reason.isEmpty());
        QCOMPARE(normal.datasetStudyId, datasetStudyOf(m_normal));

        // Both readers drew the same box: the agreed label holds it exactly as drawn.
        const FinalLabel boxed = *find(*labels, m_boxed);
        QCOMPARE(boxed.studyClass.value_or(QString()), QStringLiteral("PATHOLOGY"));
        QCOMPARE(int(boxed.findings.size()), 1);
        QCOMPARE(boxed.findings[0].label, QStringLiteral("SIGN"));
        QCOMPARE(boxed.findings[0].id, 0);
        const BoxGeometry *box = std::get_if<BoxGeometry>(&boxed.findings[0].geometry);
        QVERIFY(box);
        QCOMPARE(box->i0, drawnBox().i0);
        QCOMPARE(box->j0, drawnBox().j0);
        QCOMPARE(box->i1, drawnBox().i1);
        QCOMPARE(box->j1, drawnBox().j1);
        QCOMPARE(box->k0, 0);
        QCOMPARE(box->k1, 0);

        const FinalLabel excluded = *find(*labels, m_excluded);
        QCOMPARE(excluded.state, QStringLiteral("excluded"));
        QVERIFY(!excluded.studyClass);
        QCOMPARE(excluded.reason, m_exclusionReason);
        QCOMPARE(excluded.decidedBy, QStringLiteral("e1"));
        QCOMPARE(excluded.verificationLevel, QStringLiteral("low"));
    }

    void findingsCodecRoundTrip()
    {
        // A mask and a contour survive the findings_json encoding (what Verification stores).
        Finding mask;
        mask.label = QStringLiteral("GGO");
        MaskGeometry m;
        m.size = {4, 3, 2};
        m.labels.assign(24, 0);
        m.labels[5] = 1;
        m.labels[23] = 2;
        mask.geometry = m;
        Finding contour;
        contour.attributes.insert(QStringLiteral("certainty"), QStringLiteral("high"));
        ContourGeometry c;
        c.slices[1] = {{0.5, 0.25}, {3.0, 0.5}, {2.0, 2.75}};
        contour.geometry = c;
        contour.id = 17;
        const QJsonArray json = FindingCodec::findingsToJson({mask, contour});
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("sourceFindingId")).toInteger(), 17);
        const Result<std::vector<Finding>> back = FindingCodec::findingsFromJson(json);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(int(back->size()), 2);
        QCOMPARE(std::get<MaskGeometry>(back->at(0).geometry).labels, m.labels);
        QCOMPARE(std::get<MaskGeometry>(back->at(0).geometry).size, m.size);
        QCOMPARE(std::get<ContourGeometry>(back->at(1).geometry).slices, c.slices);
        QCOMPARE(back->at(1).attributes.value(QStringLiteral("certainty")).toString(), QStringLiteral("high"));

        QJsonArray broken = json;
        QJsonObject o = broken.at(0).toObject();
        o.insert(QStringLiteral("maskBlobBase64"), QStringLiteral("not base64 !!"));
        broken.replace(0, o);
        const Result<std::vector<Finding>> bad = FindingCodec::findingsFromJson(broken);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::CorruptData);
    }

    void refusalsChangeNothing()
    {
        const QString before = finalRow(m_normal);
        const QString audits = auditCount();
        const qint64 id = datasetStudyOf(m_normal);
        FinalLabelCorrection c;
        c.studyClass = QStringLiteral("PATHOLOGY");
        c.reason = QStringLiteral("Histology");

        for (const char *login : {"r1", "e1"}) {
            const Session &s = m_fx.user(QString::fromLatin1(login));
            const Result<FinalLabel> corrected = FinalLabels::correct(*m_fx.ws, s, id, c);
            QVERIFY(!corrected.ok());
            QCOMPARE(corrected.error().code, ErrorCode::PermissionDenied);
            const Result<QList<FinalLabel>> listed = FinalLabels::list(*m_fx.ws, s, m_code);
            QVERIFY(!listed.ok());
            QCOMPARE(listed.error().code, ErrorCode::PermissionDenied);
            const Result<void> withdrawn = FinalLabels::withdraw(*m_fx.ws, s, m_code, m_normal, QStringLiteral("x"));
            QVERIFY(!withdrawn.ok());
            QCOMPARE(withdrawn.error().code, ErrorCode::PermissionDenied);
        }

        FinalLabelCorrection noReason = c;
        noReason.reason = QStringLiteral("   ");
        Result<FinalLabel> r = FinalLabels::correct(*m_fx.ws, admin(), id, noReason);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

        FinalLabelCorrection unknownClass = c;
        unknownClass.studyClass = QStringLiteral("CT3");
        r = FinalLabels::correct(*m_fx.ws, admin(), id, unknownClass);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("CT3")) && r.error().message.contains(QStringLiteral("NORMAL")),
                 qPrintable(r.error().message));

        FinalLabelCorrection badLevel = c;
        badLevel.verificationLevel = QStringLiteral("certain");
        r = FinalLabels::correct(*m_fx.ws, admin(), id, badLevel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

        // binary-presence allows points and boxes labelled SIGN only.
        FinalLabelCorrection contour = c;
        Finding f;
        f.label = QStringLiteral("SIGN");
        ContourGeometry g;
        g.slices[0] = {{1, 1}, {5, 1}, {3, 4}};
        f.geometry = g;
        contour.findings = std::vector<Finding>{f};
        r = FinalLabels::correct(*m_fx.ws, admin(), id, contour);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("contour")), qPrintable(r.error().message));
        FinalLabelCorrection wrongLabel = c;
        f.label = QStringLiteral("NODULE");
        f.geometry = drawnBox();
        wrongLabel.findings = std::vector<Finding>{f};
        r = FinalLabels::correct(*m_fx.ws, admin(), id, wrongLabel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

        FinalLabelCorrection same;
        same.studyClass = QStringLiteral("NORMAL");
        same.reason = QStringLiteral("Checked again");
        r = FinalLabels::correct(*m_fx.ws, admin(), id, same);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);

        r = FinalLabels::correct(*m_fx.ws, admin(), datasetStudyOf(m_excluded), c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidState);
        QVERIFY2(r.error().message.contains(m_excluded), qPrintable(r.error().message));

        r = FinalLabels::correct(*m_fx.ws, admin(), 999999, c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);

        QCOMPARE(finalRow(m_normal), before);
        QCOMPARE(auditCount(), audits);
    }

    void correctionMakesAPatchRelease()
    {
        recordProposed(); // 1.0.0
        const qint64 id = datasetStudyOf(m_normal);
        const QString findingsBefore =
            m_fx.scalarString(QStringLiteral("SELECT findings_json FROM final_labels WHERE dataset_study_ref = %1").arg(id));
        FinalLabelCorrection c;
        c.studyClass = QStringLiteral("PATHOLOGY");
        c.verificationLevel = QStringLiteral("high");
        c.reason = QStringLiteral("  Histology after biopsy  ");
        const Result<FinalLabel> corrected = FinalLabels::correct(*m_fx.ws, admin(), id, c);
        QVERIFY2(corrected.ok(), corrected.ok() ? "" : qPrintable(corrected.error().message));
        QCOMPARE(corrected->studyClass.value_or(QString()), QStringLiteral("PATHOLOGY"));
        QCOMPARE(corrected->verificationLevel, QStringLiteral("high"));
        QCOMPARE(corrected->state, QStringLiteral("agreed"));
        QCOMPARE(corrected->corrections, 1);
        QCOMPARE(corrected->reason, QStringLiteral("Histology after biopsy"));
        // Findings were not part of the correction: their stored text is untouched.
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT findings_json FROM final_labels WHERE dataset_study_ref = %1").arg(id)),
                 findingsBefore);

        const QJsonArray history = corrected->provenance.value(QStringLiteral("corrections")).toArray();
        QCOMPARE(history.size(), 1);
        const QJsonObject entry = history.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("by")).toString(), QStringLiteral("admin"));
        QCOMPARE(entry.value(QStringLiteral("before")).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("NORMAL"));
        QCOMPARE(entry.value(QStringLiteral("before")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("medium"));
        QCOMPARE(entry.value(QStringLiteral("after")).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("PATHOLOGY"));
        QCOMPARE(entry.value(QStringLiteral("after")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("high"));
        QCOMPARE(entry.value(QStringLiteral("after")).toObject().value(QStringLiteral("findings")).toInt(), 0);
        // The rest of the provenance (who agreed) is kept.
        QCOMPARE(corrected->provenance.value(QStringLiteral("outcome")).toString(), QStringLiteral("agreed"));

        const Result<QList<AuditEntry>> log = AuditLog::list(*m_fx.ws, admin(), 1);
        QVERIFY(log.ok() && log->size() == 1);
        QCOMPARE(log->first().action, QStringLiteral("final_label.correct"));
        QCOMPARE(log->first().objectId, QString::number(id));
        QCOMPARE(log->first().details.value(QStringLiteral("study")).toString(), m_normal);
        QCOMPARE(log->first().details.value(QStringLiteral("reason")).toString(), QStringLiteral("Histology after biopsy"));
        QCOMPARE(log->first().details.value(QStringLiteral("before")).toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("NORMAL"));
        QCOMPARE(log->first().details.value(QStringLiteral("after")).toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("PATHOLOGY"));
        QVERIFY(AuditLog::verify(*m_fx.ws)->ok);

        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QVERIFY(p->releaseNeeded);
        QCOMPARE(p->bump, VersionBump::Patch);
        QCOMPARE(p->proposed, (SemanticVersion{1, 0, 1}));
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("labels_changed")), QStringList{m_normal});
    }

    void correctingFindings()
    {
        const qint64 id = datasetStudyOf(m_boxed);
        Finding a;
        a.label = QStringLiteral("SIGN");
        a.geometry = BoxGeometry{0.5, 0.5, 8.5, 6.5, 0, 0};
        Finding b;
        b.label = QStringLiteral("SIGN");
        b.geometry = PointGeometry{Vec3{12, 14, 0}, 4.5};
        FinalLabelCorrection c;
        c.findings = std::vector<Finding>{a, b};
        c.reason = QStringLiteral("Second lesion missed by both readers");
        const Result<FinalLabel> corrected = FinalLabels::correct(*m_fx.ws, admin(), id, c);
        QVERIFY2(corrected.ok(), corrected.ok() ? "" : qPrintable(corrected.error().message));
        QCOMPARE(corrected->studyClass.value_or(QString()), QStringLiteral("PATHOLOGY")); // unset keeps the class
        QCOMPARE(corrected->verificationLevel, QStringLiteral("medium"));
        QCOMPARE(int(corrected->findings.size()), 2);
        QCOMPARE(std::get<BoxGeometry>(corrected->findings[0].geometry).i1, 8.5);
        QCOMPARE(std::get<PointGeometry>(corrected->findings[1].geometry).index, (Vec3{12, 14, 0}));
        QCOMPARE(*std::get<PointGeometry>(corrected->findings[1].geometry).diameterMm, 4.5);
        const QJsonObject entry = corrected->provenance.value(QStringLiteral("corrections")).toArray().last().toObject();
        QCOMPARE(entry.value(QStringLiteral("before")).toObject().value(QStringLiteral("findings")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("after")).toObject().value(QStringLiteral("findings")).toInt(), 2);
        // Stored in the same format Verification writes.
        const QJsonArray stored = QJsonDocument::fromJson(
                                      m_fx.scalarString(QStringLiteral("SELECT findings_json FROM final_labels WHERE dataset_study_ref = %1")
                                                            .arg(id))
                                          .toUtf8())
                                      .array();
        QCOMPARE(stored, FindingCodec::findingsToJson({a, b}));
    }

    void reopenedWorkspaceShowsTheCorrections()
    {
        Result<std::unique_ptr<store::Workspace>> reopened = store::Workspace::open(m_fx.dir);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        const Result<QList<FinalLabel>> labels = FinalLabels::list(**reopened, admin(), m_code);
        QVERIFY2(labels.ok(), labels.ok() ? "" : qPrintable(labels.error().message));
        const FinalLabel normal = *find(*labels, m_normal);
        QCOMPARE(normal.studyClass.value_or(QString()), QStringLiteral("PATHOLOGY"));
        QCOMPARE(normal.verificationLevel, QStringLiteral("high"));
        QCOMPARE(normal.corrections, 1);
        QCOMPARE(normal.reason, QStringLiteral("Histology after biopsy"));
        const FinalLabel boxed = *find(*labels, m_boxed);
        QCOMPARE(int(boxed.findings.size()), 2);
        QCOMPARE(boxed.reason, QStringLiteral("Second lesion missed by both readers"));
    }

    void withdrawalMakesAMinorRelease()
    {
        recordProposed(); // 1.0.1
        const QString audits = auditCount();
        Result<void> r = FinalLabels::withdraw(*m_fx.ws, admin(), m_code, m_boxed, QStringLiteral(" "));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        r = FinalLabels::withdraw(*m_fx.ws, admin(), m_code, QStringLiteral("1.2.3.4.5"), QStringLiteral("Wrong patient"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY2(r.error().message.contains(QStringLiteral("1.2.3.4.5")), qPrintable(r.error().message));
        r = FinalLabels::withdraw(*m_fx.ws, admin(), QStringLiteral("DS_NO_SUCH"), m_boxed, QStringLiteral("Wrong patient"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(auditCount(), audits);

        r = FinalLabels::withdraw(*m_fx.ws, admin(), m_code, m_boxed, QStringLiteral("Wrong patient in the series"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT state || '|' || withdrawn_reason FROM dataset_studies WHERE id = %1")
                                       .arg(datasetStudyOf(m_boxed))),
                 QStringLiteral("withdrawn|Wrong patient in the series"));
        // The final label stays stored but is no longer listed.
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT COUNT(*) FROM final_labels")), QStringLiteral("3"));
        const Result<QList<FinalLabel>> labels = FinalLabels::list(*m_fx.ws, admin(), m_code);
        QVERIFY(labels.ok());
        QCOMPARE(labels->size(), 2);
        QVERIFY(!find(*labels, m_boxed));

        const Result<QList<AuditEntry>> log = AuditLog::list(*m_fx.ws, admin(), 1);
        QVERIFY(log.ok() && log->size() == 1);
        QCOMPARE(log->first().action, QStringLiteral("dataset.withdraw_study"));
        QCOMPARE(log->first().objectId, m_code);
        QCOMPARE(log->first().details.value(QStringLiteral("study")).toString(), m_boxed);
        QCOMPARE(log->first().details.value(QStringLiteral("previousState")).toString(), QStringLiteral("final"));

        r = FinalLabels::withdraw(*m_fx.ws, admin(), m_code, m_boxed, QStringLiteral("Again"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidState);
        FinalLabelCorrection c;
        c.studyClass = QStringLiteral("NORMAL");
        c.reason = QStringLiteral("Late correction");
        const Result<FinalLabel> late = FinalLabels::correct(*m_fx.ws, admin(), datasetStudyOf(m_boxed), c);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::InvalidState);

        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->bump, VersionBump::Minor);
        QCOMPARE(p->proposed, (SemanticVersion{1, 1, 0}));
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("unit_removed")), QStringList{m_boxed});
        QVERIFY(subjectsOf(p->changes, QStringLiteral("labels_changed")).isEmpty());
        QCOMPARE(p->unitCount, 2);
        QVERIFY(AuditLog::verify(*m_fx.ws)->ok);
    }
};

QTEST_GUILESS_MAIN(TestFinalLabels)
#include "tst_finallabels.moc"
