#include "ReadingFixture.h"

#include "core/export/Manifest.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Releases.h"
#include "core/workflow/Verification.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace readingtest;

/// Release versions on a real workspace: studies read by two readers, a dispute arbitrated
/// by an expert, final labels from the workflow; the version each change leads to, refusals
/// and the immutability of recorded releases.
class TestReleases : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    const QString m_code = QStringLiteral("DS_CT-I_CT_OGK_RELEASE");
    QString m_s1; ///< agreed before 1.0.0
    QString m_s2; ///< disputed at 1.0.0, arbitrated afterwards
    QString m_s3; ///< added for 1.1.0

    const Session &admin() const { return *m_fx.admin; }

    bool read(const char *login, const QString &uid, const QString &studyClass)
    {
        return m_fx.read(QString::fromLatin1(login), m_code, uid, studyClass);
    }

    void assignAll()
    {
        AssignOptions options;
        options.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
        const Result<AssignmentReport> assigned = Readings::assign(*m_fx.ws, admin(), m_code, options);
        QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().message));
    }

    /// The hash of a unit's final labels computed here from the row, by the documented
    /// canonical form ("<UTF-8 length>:<bytes>\n" of state, class, findings JSON, level).
    QString finalLabelsHashFromRow(const QString &uid)
    {
        QSqlQuery q(m_fx.ws->database());
        q.prepare(QStringLiteral("SELECT f.state, COALESCE(f.study_class, ''), f.findings_json, f.verification_level "
                                 "FROM final_labels f JOIN dataset_studies ds ON ds.id = f.dataset_study_ref "
                                 "JOIN datasets d ON d.id = ds.dataset_ref JOIN studies st ON st.id = ds.study_ref "
                                 "WHERE d.code = ? AND st.study_uid = ?"));
        q.addBindValue(m_code);
        q.addBindValue(uid);
        if (!q.exec() || !q.next())
            return {};
        QByteArray canonical;
        for (int i = 0; i < 4; ++i) {
            const QByteArray v = q.value(i).toString().toUtf8();
            canonical += QByteArray::number(v.size()) + ':' + v + '\n';
        }
        return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
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

    static SemanticVersion v(int a, int b, int c) { return SemanticVersion{a, b, c}; }

    bool sqlFails(const QString &sql, QString *why = nullptr)
    {
        QSqlQuery q(m_fx.ws->database());
        const bool ok = q.exec(sql);
        if (why)
            *why = q.lastError().text();
        return !ok;
    }

    Result<Release> recordProposed()
    {
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        if (!p)
            return p.error();
        return Releases::record(*m_fx.ws, admin(), m_code, p->proposed, p->changes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"), QStringLiteral(ETALON_SHARED_DICOM "/dx"),
                                   QStringLiteral(ETALON_SHARED_DICOM "/chest-cr")}),
                 qPrintable(m_fx.error));
        QVERIFY(m_fx.studyUids.size() >= 3);
        m_s1 = m_fx.studyUids[0];
        m_s2 = m_fx.studyUids[1];
        m_s3 = m_fx.studyUids[2];
        const Result<Dataset> d = m_fx.dataset(m_code, QStringLiteral("binary-presence"), {m_s1, m_s2});
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        assignAll();
        QVERIFY(read("r1", m_s1, QStringLiteral("NORMAL")));
        QVERIFY(read("r2", m_s1, QStringLiteral("NORMAL")));
        QVERIFY(read("r1", m_s2, QStringLiteral("NORMAL")));
        QVERIFY(read("r2", m_s2, QStringLiteral("PATHOLOGY")));
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT COUNT(*) FROM final_labels")), QStringLiteral("1"));
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT COUNT(*) FROM disputes")), QStringLiteral("1"));
    }

    void versionsParseAndOrder()
    {
        QCOMPARE(SemanticVersion::parse(QStringLiteral("1.10.0"))->toString(), QStringLiteral("1.10.0"));
        QVERIFY(!SemanticVersion::parse(QStringLiteral("1.0")));
        QVERIFY(!SemanticVersion::parse(QStringLiteral("01.0.0")));
        QVERIFY(!SemanticVersion::parse(QStringLiteral("1.0.0-rc1")));
        QVERIFY(v(1, 10, 0) > v(1, 9, 9));
        QVERIFY(v(2, 0, 0) > v(1, 99, 99));
        QCOMPARE(nextVersion(v(1, 2, 3), VersionBump::Major), v(2, 0, 0));
        QCOMPARE(nextVersion(v(1, 2, 3), VersionBump::Minor), v(1, 3, 0));
        QCOMPARE(nextVersion(v(1, 2, 3), VersionBump::Patch), v(1, 2, 4));
    }

    void firstReleaseIs100()
    {
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QVERIFY(!p->lastVersion);
        QCOMPARE(p->proposed, v(1, 0, 0));
        QVERIFY(p->releaseNeeded);
        QCOMPARE(p->unitCount, 2);
        QCOMPARE(p->unitsWithoutFinalLabels, 1); // the disputed study

        const Result<Release> wrong = Releases::record(*m_fx.ws, admin(), m_code, v(1, 1, 0), {});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::InvalidArgument);
        QVERIFY(wrong.error().message.contains(QStringLiteral("1.0.0")));

        const Result<Release> r = Releases::record(*m_fx.ws, admin(), m_code, v(1, 0, 0), {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->version, v(1, 0, 0));
        QCOMPARE(r->createdBy, QStringLiteral("admin"));
        QCOMPARE(r->units.size(), 2);
        QCOMPARE(r->plan.value(QStringLiteral("schemaId")).toString(), QStringLiteral("binary-presence"));
        QCOMPARE(r->plan.value(QStringLiteral("purpose")).toString(), QStringLiteral("calibration"));
        const QString storedSchema = m_fx.scalarString(QStringLiteral("SELECT schema_json FROM datasets WHERE code = '%1'").arg(m_code));
        QCOMPARE(r->plan.value(QStringLiteral("schemaSha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(storedSchema.toUtf8(), QCryptographicHash::Sha256).toHex()));
        for (const ReleaseUnit &u : r->units) {
            if (u.studyInstanceUid == m_s1) {
                QCOMPARE(u.finalState, QStringLiteral("agreed"));
                QCOMPARE(u.studyClass, QStringLiteral("NORMAL"));
                QCOMPARE(u.labelsHash, finalLabelsHashFromRow(m_s1));
                QCOMPARE(u.labelsHash.size(), 64);
            } else {
                QCOMPARE(u.studyInstanceUid, m_s2);
                QVERIFY(u.finalState.isEmpty());
                QVERIFY(u.labelsHash.isEmpty());
            }
        }
        QCOMPARE(Datasets::show(*m_fx.ws, admin(), m_code)->version, QStringLiteral("1.0.0"));

        // Audited, chain intact.
        const Result<QList<AuditEntry>> log = AuditLog::list(*m_fx.ws, admin(), 1);
        QVERIFY(log.ok() && log->size() == 1);
        QCOMPARE(log->first().action, QStringLiteral("release.record"));
        QCOMPARE(log->first().objectId, m_code);
        QCOMPARE(log->first().details.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QVERIFY(AuditLog::verify(*m_fx.ws)->ok);
    }

    void nothingChanged()
    {
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY(p.ok());
        QVERIFY(!p->releaseNeeded);
        QCOMPARE(p->bump, VersionBump::None);
        QVERIFY(p->changes.isEmpty());
        QCOMPARE(*p->lastVersion, v(1, 0, 0));
        QVERIFY2(p->summary.contains(QStringLiteral("Nothing changed")), qPrintable(p->summary));
        const Result<Release> again = Releases::record(*m_fx.ws, admin(), m_code, v(1, 0, 0), {});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists")), qPrintable(again.error().message));
    }

    void readersAndExpertsAreRefused()
    {
        for (const char *login : {"r1", "e1"}) {
            const Session &s = m_fx.user(QString::fromLatin1(login));
            const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, s, m_code);
            QVERIFY(!p.ok());
            QCOMPARE(p.error().code, ErrorCode::PermissionDenied);
            const Result<Release> r = Releases::record(*m_fx.ws, s, m_code, v(9, 0, 0), {});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(Releases::list(*m_fx.ws, s, m_code).error().code, ErrorCode::PermissionDenied);
            QCOMPARE(Releases::diff(*m_fx.ws, s, m_code, v(1, 0, 0), v(1, 0, 0)).error().code, ErrorCode::PermissionDenied);
            DatasetSpec spec = Datasets::show(*m_fx.ws, admin(), m_code)->spec;
            spec.clinicalTask = QStringLiteral("changed by a reader");
            QCOMPARE(Datasets::updatePlan(*m_fx.ws, s, m_code, spec).error().code, ErrorCode::PermissionDenied);
        }
        QCOMPARE(Releases::list(*m_fx.ws, admin(), m_code)->size(), 1);
    }

    void addedStudyIsMinor()
    {
        const Result<AddStudiesReport> added = Datasets::addStudies(*m_fx.ws, admin(), m_code, {StudyToAdd{m_s3, {}}});
        QVERIFY(added.ok() && added->added == QStringList{m_s3});
        assignAll();
        QVERIFY(read("r1", m_s3, QStringLiteral("PATHOLOGY")));
        QVERIFY(read("r2", m_s3, QStringLiteral("PATHOLOGY")));

        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY(p.ok());
        QCOMPARE(p->proposed, v(1, 1, 0));
        QCOMPARE(p->bump, VersionBump::Minor);
        QCOMPARE(p->changes.size(), 1);
        QCOMPARE(p->changes.first().kind, QStringLiteral("unit_added"));
        QCOMPARE(p->changes.first().subject, m_s3);
        QVERIFY(p->changes.first().description.contains(m_s3));

        const Result<Release> tooSmall = Releases::record(*m_fx.ws, admin(), m_code, v(1, 0, 1), p->changes);
        QVERIFY(!tooSmall.ok());
        QVERIFY2(tooSmall.error().message.contains(QStringLiteral("1.1.0")), qPrintable(tooSmall.error().message));

        const Result<Release> r = Releases::record(*m_fx.ws, admin(), m_code, p->proposed, p->changes);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->units.size(), 3);
        QCOMPARE(r->changes.size(), 1);
        QCOMPARE(r->changes.first().subject, m_s3);
    }

    void arbitratedAfterReleaseIsPatch()
    {
        const Result<QList<DisputeItem>> disputes = Verification::disputes(*m_fx.ws, admin(), m_code);
        QVERIFY(disputes.ok() && disputes->size() == 1 && disputes->first().expertId);
        const Result<void> decided =
            Verification::arbitrate(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputes->first().disputeId, ArbitrationDecision::AcceptB);
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));

        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY(p.ok());
        QCOMPARE(p->proposed, v(1, 1, 1));
        QCOMPARE(p->bump, VersionBump::Patch);
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("labels_changed")), QStringList{m_s2});
        QCOMPARE(p->changes.size(), 1);
        QVERIFY(p->changes.first().after.contains(QStringLiteral("PATHOLOGY")));
        QCOMPARE(p->unitsWithoutFinalLabels, 0);

        // A bundle written now: its manifest hash goes with the release.
        QTemporaryDir bundle;
        QFile readme(bundle.filePath(QStringLiteral("README.md")));
        QVERIFY(readme.open(QIODevice::WriteOnly) && readme.write("# release 1.1.1\n") > 0);
        readme.close();
        const Result<QString> manifest = release::Manifest::write(bundle.path());
        QVERIFY(manifest.ok());
        const Result<Release> r = Releases::record(*m_fx.ws, admin(), m_code, p->proposed, p->changes, *manifest);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->manifestHash, *manifest);
    }

    void correctedFinalLabelIsPatch()
    {
        // No workflow call corrects a final label yet (e.g. raising the verification level
        // after histology); the row is changed directly to check what the version follows.
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE final_labels SET verification_level = 'high' WHERE dataset_study_ref = "
                                      "(SELECT ds.id FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref "
                                      "WHERE st.study_uid = '%1')").arg(m_s1)));
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QVERIFY(p.ok());
        QCOMPARE(p->proposed, v(1, 1, 2));
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("labels_changed")), QStringList{m_s1});
        QVERIFY(q.exec(QStringLiteral("UPDATE final_labels SET verification_level = 'medium' WHERE dataset_study_ref = "
                                      "(SELECT ds.id FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref "
                                      "WHERE st.study_uid = '%1')").arg(m_s1)));
        QVERIFY(!Releases::proposeNextVersion(*m_fx.ws, admin(), m_code)->releaseNeeded);
    }

    void lowerOrEqualVersionsAreRefused()
    {
        for (const SemanticVersion &bad : {v(1, 1, 1), v(1, 1, 0), v(1, 0, 9), v(0, 9, 0)}) {
            const Result<Release> r = Releases::record(*m_fx.ws, admin(), m_code, bad, {});
            QVERIFY2(!r.ok(), qPrintable(bad.toString()));
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        }
        // The database refuses it too, whoever writes.
        QString why;
        QVERIFY(sqlFails(QStringLiteral("INSERT INTO releases (dataset_ref, version, major, minor, patch, created_at, created_by, "
                                        "plan_json, unit_count) SELECT id, '1.0.5', 1, 0, 5, 'x', 1, '{}', 0 FROM datasets "
                                        "WHERE code = '%1'").arg(m_code),
                         &why));
        QVERIFY2(why.contains(QStringLiteral("greater")), qPrintable(why));
        QCOMPARE(Releases::list(*m_fx.ws, admin(), m_code)->size(), 3);
    }

    void releasesAreImmutable()
    {
        QString why;
        QVERIFY(sqlFails(QStringLiteral("UPDATE releases SET version = '9.0.0', major = 9"), &why));
        QVERIFY2(why.contains(QStringLiteral("immutable")), qPrintable(why));
        QVERIFY(sqlFails(QStringLiteral("UPDATE releases SET changes_json = '[]'")));
        QVERIFY(sqlFails(QStringLiteral("DELETE FROM releases")));
        QVERIFY(sqlFails(QStringLiteral("UPDATE release_units SET labels_hash = ''")));
        QVERIFY(sqlFails(QStringLiteral("DELETE FROM release_units")));
        QVERIFY(sqlFails(QStringLiteral("INSERT INTO release_units (release_ref, dataset_study_ref, study_uid) "
                                        "SELECT MIN(id), 999999, 'x' FROM releases")));
        // The manifest hash is set once: 1.1.1 has one; 1.0.0 gets its own now, then no more.
        QVERIFY(sqlFails(QStringLiteral("UPDATE releases SET manifest_hash = '%1' WHERE version = '1.1.1'").arg(QString(64, QLatin1Char('a')))));
        const QString hash(64, QLatin1Char('b'));
        const Result<void> set = Releases::setManifestHash(*m_fx.ws, admin(), m_code, v(1, 0, 0), hash);
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        QCOMPARE(Releases::show(*m_fx.ws, admin(), m_code, v(1, 0, 0))->manifestHash, hash);
        const Result<void> again = Releases::setManifestHash(*m_fx.ws, admin(), m_code, v(1, 0, 0), QString(64, QLatin1Char('c')));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidState);
        QVERIFY(sqlFails(QStringLiteral("UPDATE releases SET manifest_hash = '%1' WHERE version = '1.0.0'").arg(QString(64, QLatin1Char('c')))));
        QCOMPARE(Releases::show(*m_fx.ws, admin(), m_code, v(1, 0, 0))->units.size(), 2);
        QVERIFY(AuditLog::verify(*m_fx.ws)->ok);
    }

    void diffListsUnitsAndLabels()
    {
        const Result<ReleaseDiff> d = Releases::diff(*m_fx.ws, admin(), m_code, v(1, 0, 0), v(1, 1, 1));
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(d->added, QStringList{m_s3});
        QVERIFY(d->removed.isEmpty());
        QCOMPARE(d->labelsChanged, QStringList{m_s2});

        const Result<ReleaseDiff> minor = Releases::diff(*m_fx.ws, admin(), m_code, v(1, 0, 0), v(1, 1, 0));
        QVERIFY(minor.ok());
        QCOMPARE(minor->added, QStringList{m_s3});
        QVERIFY(minor->labelsChanged.isEmpty());

        // Backwards: the added unit is removed.
        const Result<ReleaseDiff> back = Releases::diff(*m_fx.ws, admin(), m_code, v(1, 1, 0), v(1, 0, 0));
        QVERIFY(back.ok());
        QCOMPARE(back->removed, QStringList{m_s3});

        const Result<ReleaseDiff> unknown = Releases::diff(*m_fx.ws, admin(), m_code, v(1, 0, 0), v(3, 0, 0));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("1.1.1")));
    }

    void planChangesAreMajor()
    {
        DatasetSpec spec = Datasets::show(*m_fx.ws, admin(), m_code)->spec;
        // Documentation only: PATCH.
        spec.name = QStringLiteral("Renamed set");
        const Result<Dataset> renamed = Datasets::updatePlan(*m_fx.ws, admin(), m_code, spec);
        QVERIFY2(renamed.ok(), renamed.ok() ? "" : qPrintable(renamed.error().message));
        Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QCOMPARE(p->proposed, v(1, 1, 2));
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("name")).size(), 1);

        // The purpose: MAJOR.
        spec.purpose = DatasetPurpose::Functional;
        QVERIFY(Datasets::updatePlan(*m_fx.ws, admin(), m_code, spec).ok());
        p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QCOMPARE(p->proposed, v(2, 0, 0));
        QCOMPARE(p->bump, VersionBump::Major);
        QCOMPARE(p->changes.first().kind, QStringLiteral("purpose"));
        QCOMPARE(p->changes.first().before, QStringLiteral("calibration"));
        QCOMPARE(p->changes.first().after, QStringLiteral("functional"));
        QCOMPARE(p->changes.size(), 2);
        QCOMPARE(Releases::record(*m_fx.ws, admin(), m_code, v(1, 2, 0), p->changes).error().code, ErrorCode::InvalidArgument);
        QVERIFY(Releases::record(*m_fx.ws, admin(), m_code, v(2, 0, 0), p->changes).ok());
        QCOMPARE(Datasets::show(*m_fx.ws, admin(), m_code)->version, QStringLiteral("2.0.0"));

        const Result<QList<AuditEntry>> log = AuditLog::list(*m_fx.ws, admin());
        int planUpdates = 0;
        for (const AuditEntry &e : *log)
            planUpdates += e.action == QLatin1String("dataset.update_plan") ? 1 : 0;
        QCOMPARE(planUpdates, 2);

        // The schema cannot change once readings exist.
        spec.schema = *LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
        const Result<Dataset> schema = Datasets::updatePlan(*m_fx.ws, admin(), m_code, spec);
        QVERIFY(!schema.ok());
        QCOMPARE(schema.error().code, ErrorCode::InvalidState);
    }

    void schemaAndTaskChangesAreMajor()
    {
        // A second dataset, released before any reading: its schema may still change.
        const QString code = QStringLiteral("DS_FT-I_CT_OGK_SCHEMA");
        QVERIFY(m_fx.dataset(code, QStringLiteral("binary-presence"), {m_s1}).ok());
        QVERIFY(Releases::record(*m_fx.ws, admin(), code, v(1, 0, 0), {}).ok());
        DatasetSpec spec = Datasets::show(*m_fx.ws, admin(), code)->spec;
        spec.schema = *LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
        spec.clinicalTask = QStringLiteral("COVID-19 pneumonia on chest CT");
        QVERIFY(Datasets::updatePlan(*m_fx.ws, admin(), code, spec).ok());
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), code);
        QCOMPARE(p->proposed, v(2, 0, 0));
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("label_schema")).size(), 1);
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("clinical_task")).size(), 1);

        // The workspace registry lists every dataset's releases.
        const Result<QList<Release>> all = Releases::list(*m_fx.ws, admin());
        QVERIFY(all.ok());
        QStringList seen;
        for (const Release &r : *all)
            seen.append(r.datasetCode + QLatin1Char(' ') + r.version.toString());
        QCOMPARE(seen, (QStringList{m_code + QStringLiteral(" 1.0.0"), m_code + QStringLiteral(" 1.1.0"),
                                    m_code + QStringLiteral(" 1.1.1"), m_code + QStringLiteral(" 2.0.0"),
                                    code + QStringLiteral(" 1.0.0")}));
    }

    void withdrawnUnitIsMinor()
    {
        // No workflow call withdraws a study yet; the state is set directly.
        QSqlQuery q(m_fx.ws->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE dataset_studies SET state = 'withdrawn', withdrawn_reason = 'test' WHERE study_ref = "
                                      "(SELECT id FROM studies WHERE study_uid = '%1') AND dataset_ref = "
                                      "(SELECT id FROM datasets WHERE code = '%2')").arg(m_s3, m_code)));
        const Result<ReleaseProposal> p = Releases::proposeNextVersion(*m_fx.ws, admin(), m_code);
        QCOMPARE(p->proposed, v(2, 1, 0));
        QCOMPARE(subjectsOf(p->changes, QStringLiteral("unit_removed")), QStringList{m_s3});
        QVERIFY(Releases::record(*m_fx.ws, admin(), m_code, p->proposed, p->changes).ok());
        const Result<ReleaseDiff> d = Releases::diff(*m_fx.ws, admin(), m_code, v(2, 0, 0), v(2, 1, 0));
        QCOMPARE(d->removed, QStringList{m_s3});
    }
};

QTEST_GUILESS_MAIN(TestReleases)
#include "tst_releases.moc"
