#include "core/workflow/Verification.h"

#include "core/evaluation/Agreement.h"
#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/DisagreementDetector.h"
#include "core/workflow/FindingCodec.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"
#include "core/workflow/Users.h"
#include "core/workflow/WriteTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace etalon::core::workflow {

namespace {

const char *Context = "etalon::core::workflow::Verification";

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("etalon::core::workflow::Verification",
                                                 "Cannot access the verification records of %1: %2")
                         .arg(workspace.databasePath(), query.lastError().text()));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// A dataset study with what verification needs of its dataset.
struct StudyContext {
    qint64 datasetStudyId = 0;
    qint64 datasetId = 0;
    QString datasetCode;
    QString studyUid;
    QString state;
    LabelSchema schema;
    QJsonObject thresholdsJson; ///< as stored (recorded in the provenance)
    DisagreementThresholds thresholds;
};

Result<StudyContext> loadStudyContext(store::Workspace &workspace, qint64 datasetStudyId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ds.id, d.id, d.code, st.study_uid, ds.state, d.schema_json, d.thresholds_json "
                                 "FROM dataset_studies ds JOIN datasets d ON d.id = ds.dataset_ref "
                                 "JOIN studies st ON st.id = ds.study_ref WHERE ds.id = ?"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(Context, "There is no dataset study %1 in %2.")
                             .arg(datasetStudyId)
                             .arg(workspace.databasePath()));
    }
    StudyContext c;
    c.datasetStudyId = query.value(0).toLongLong();
    c.datasetId = query.value(1).toLongLong();
    c.datasetCode = query.value(2).toString();
    c.studyUid = query.value(3).toString();
    c.state = query.value(4).toString();
    Result<LabelSchema> schema = LabelSchema::fromJson(query.value(5).toString().toUtf8());
    if (!schema) {
        return makeError(ErrorCode::CorruptData,
                         QCoreApplication::translate(Context, "The label schema stored with dataset %1 is damaged: %2")
                             .arg(c.datasetCode, schema.error().message));
    }
    c.schema = *schema;
    c.thresholdsJson = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    Result<DisagreementThresholds> thresholds = DisagreementThresholds::fromJson(c.thresholdsJson);
    if (!thresholds) {
        return makeError(ErrorCode::CorruptData,
                         QCoreApplication::translate(Context, "The disagreement thresholds stored with dataset %1 are damaged: %2")
                             .arg(c.datasetCode, thresholds.error().message));
    }
    c.thresholds = *thresholds;
    return c;
}

/// A reading with its findings, straight from the database (no session: callers check).
Result<Reading> loadReading(store::Workspace &workspace, qint64 readingId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id, dataset_study_ref, reader_ref, kind, state, study_class, comment, seconds_spent, "
                                 "started_at, submitted_at FROM readings WHERE id = ?"));
    query.addBindValue(readingId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(Context, "There is no reading %1 in %2.").arg(readingId).arg(workspace.databasePath()));
    }
    Reading r;
    r.id = query.value(0).toLongLong();
    r.datasetStudyId = query.value(1).toLongLong();
    r.readerId = query.value(2).toLongLong();
    r.kind = query.value(3).toString() == QLatin1String("arbitration") ? ReadingKind::Arbitration : ReadingKind::Primary;
    const QString state = query.value(4).toString();
    r.state = state == QLatin1String("submitted")     ? ReadingState::Submitted
              : state == QLatin1String("in_progress") ? ReadingState::InProgress
                                                      : ReadingState::Assigned;
    if (!query.value(5).isNull())
        r.studyClass = query.value(5).toString();
    r.comment = query.value(6).toString();
    r.secondsSpent = query.value(7).toLongLong();
    r.startedAt = parseTime(query.value(8));
    r.submittedAt = parseTime(query.value(9));

    query.prepare(QStringLiteral("SELECT id, kind, label, attributes_json, geometry_json, mask_blob FROM findings "
                                 "WHERE reading_ref = ? ORDER BY id"));
    query.addBindValue(readingId);
    if (!query.exec())
        return databaseError(workspace, query);
    while (query.next()) {
        const std::optional<FindingKind> kind = findingKindFromName(query.value(1).toString());
        if (!kind) {
            return makeError(ErrorCode::CorruptData, QCoreApplication::translate(Context, "Finding %1 of reading %2 has an unknown kind '%3'.")
                                                         .arg(query.value(0).toLongLong())
                                                         .arg(readingId)
                                                         .arg(query.value(1).toString()));
        }
        Result<FindingGeometry> geometry =
            FindingCodec::decode(*kind, query.value(4).toString().toUtf8(), query.value(5).toByteArray());
        if (!geometry) {
            return makeError(ErrorCode::CorruptData, QCoreApplication::translate(Context, "Finding %1 of reading %2 is damaged: %3")
                                                         .arg(query.value(0).toLongLong())
                                                         .arg(readingId)
                                                         .arg(geometry.error().message));
        }
        Finding f;
        f.id = query.value(0).toLongLong();
        f.label = query.value(2).toString();
        f.attributes = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object().toVariantMap();
        f.geometry = std::move(*geometry);
        r.findings.push_back(std::move(f));
    }
    return r;
}

/// The two primary readings of a study, A first (assigned first), with the readers' logins.
struct PrimaryPair {
    qint64 readingA = 0;
    qint64 readingB = 0;
    qint64 readerA = 0;
    qint64 readerB = 0;
    QString loginA;
    QString loginB;
    bool bothSubmitted = false;
};

Result<PrimaryPair> primaryPair(store::Workspace &workspace, qint64 datasetStudyId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT r.id, r.reader_ref, u.login, r.state FROM readings r JOIN users u ON u.id = r.reader_ref "
                                 "WHERE r.dataset_study_ref = ? AND r.kind = 'primary' ORDER BY r.assigned_at, r.id"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    PrimaryPair p;
    int n = 0;
    int submitted = 0;
    while (query.next()) {
        if (n == 0) {
            p.readingA = query.value(0).toLongLong();
            p.readerA = query.value(1).toLongLong();
            p.loginA = query.value(2).toString();
        } else {
            p.readingB = query.value(0).toLongLong();
            p.readerB = query.value(1).toLongLong();
            p.loginB = query.value(2).toString();
        }
        submitted += query.value(3).toString() == QLatin1String("submitted");
        ++n;
    }
    if (n != 2) {
        return makeError(ErrorCode::InvalidState,
                         QCoreApplication::translate(Context, "Dataset study %1 has %2 primary readings; verification needs two.")
                             .arg(datasetStudyId)
                             .arg(n));
    }
    p.bothSubmitted = submitted == 2;
    return p;
}

QJsonArray findingsJson(const std::vector<Finding> &findings)
{
    return FindingCodec::findingsToJson(findings);
}

QJsonArray reasonsJson(const std::vector<DisputeReason> &reasons)
{
    QJsonArray array;
    for (const DisputeReason &r : reasons) {
        QJsonObject o{{QStringLiteral("kind"), disputeKindName(r.kind)},
                      {QStringLiteral("message"), r.message},
                      {QStringLiteral("value"), optionalNumber(r.value)},
                      {QStringLiteral("threshold"), optionalNumber(r.threshold)}};
        if (r.findingIdA > 0)
            o.insert(QStringLiteral("findingIdA"), r.findingIdA);
        if (r.findingIdB > 0)
            o.insert(QStringLiteral("findingIdB"), r.findingIdB);
        if (r.maskLabel > 0)
            o.insert(QStringLiteral("maskLabel"), r.maskLabel);
        array.append(o);
    }
    return array;
}

QJsonArray pairsJson(const std::vector<MatchedFindings> &pairs)
{
    QJsonArray array;
    for (const MatchedFindings &p : pairs) {
        QJsonObject o{{QStringLiteral("findingIdA"), p.findingIdA},
                      {QStringLiteral("findingIdB"), p.findingIdB},
                      {QStringLiteral("score"), p.metrics.score},
                      {QStringLiteral("iou"), optionalNumber(p.metrics.iou)},
                      {QStringLiteral("dice"), optionalNumber(p.metrics.dice)},
                      {QStringLiteral("distanceMm"), optionalNumber(p.metrics.distanceMm)}};
        if (!p.maskLabels.empty()) {
            QJsonObject labels;
            for (const auto &[label, m] : p.maskLabels) {
                QJsonObject lm{{QStringLiteral("dice"), m.overlap.dice}};
                if (m.distances)
                    lm.insert(QStringLiteral("hd95Mm"), m.distances->hd95Mm);
                labels.insert(QString::number(label), lm);
            }
            o.insert(QStringLiteral("maskLabels"), labels);
        }
        array.append(o);
    }
    return array;
}

QJsonObject readingSummary(const Reading &r, const QString &login)
{
    return QJsonObject{{QStringLiteral("readingId"), r.id},
                       {QStringLiteral("readerId"), r.readerId},
                       {QStringLiteral("reader"), login},
                       {QStringLiteral("studyClass"), r.studyClass ? QJsonValue(*r.studyClass) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("findings"), int(r.findings.size())},
                       {QStringLiteral("startedAt"), r.startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("submittedAt"), r.submittedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("secondsSpent"), r.secondsSpent}};
}

/// Experts who may arbitrate a study read by readerA and readerB, least loaded first.
Result<std::optional<qint64>> chooseExpert(store::Workspace &workspace, const User &readerA, const User &readerB,
                                           qint64 datasetStudyId)
{
    QSqlQuery query(workspace.database());
    // Load: disputes assigned and not yet decided.
    query.prepare(QStringLiteral(
        "SELECT u.id, u.years_experience, u.degree, "
        "(SELECT COUNT(*) FROM disputes p WHERE p.expert_ref = u.id "
        " AND NOT EXISTS (SELECT 1 FROM arbitrations a WHERE a.dispute_ref = p.id)) AS load "
        "FROM users u WHERE u.role = 'expert' AND u.active = 1 "
        "AND NOT EXISTS (SELECT 1 FROM readings r WHERE r.dataset_study_ref = ? AND r.reader_ref = u.id AND r.kind = 'primary') "
        "ORDER BY load, u.id"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id == readerA.id || id == readerB.id)
            continue;
        Qualification q;
        q.yearsExperience = query.value(1).toInt();
        q.degree = degreeFromName(query.value(2).toString()).value_or(Degree::None);
        if (q.isHigherThan(readerA.qualification) && q.isHigherThan(readerB.qualification))
            return std::optional<qint64>(id);
    }
    return std::optional<qint64>();
}

/// A dispute with its study (and the decision, when there is one).
struct DisputeRow {
    qint64 id = 0;
    qint64 datasetStudyId = 0;
    std::optional<qint64> expertId;
    QJsonArray reasons;
    QDateTime detectedAt;
    bool decided = false;
    QString decision;
    QString decisionReason;
    QDateTime decidedAt;
};

Result<DisputeRow> loadDispute(store::Workspace &workspace, qint64 disputeId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT p.id, p.dataset_study_ref, p.expert_ref, p.reasons_json, p.detected_at, a.decision, "
                                 "a.reason, a.decided_at FROM disputes p LEFT JOIN arbitrations a ON a.dispute_ref = p.id "
                                 "WHERE p.id = ?"));
    query.addBindValue(disputeId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(Context, "There is no dispute %1 (see 'etalon-cli disputes').").arg(disputeId));
    }
    DisputeRow d;
    d.id = query.value(0).toLongLong();
    d.datasetStudyId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        d.expertId = query.value(2).toLongLong();
    d.reasons = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    d.detectedAt = parseTime(query.value(4));
    d.decided = !query.value(5).isNull();
    d.decision = query.value(5).toString();
    d.decisionReason = query.value(6).toString();
    d.decidedAt = parseTime(query.value(7));
    return d;
}

QStringList reasonMessages(const QJsonArray &reasons)
{
    QStringList messages;
    for (const QJsonValue &v : reasons)
        messages.append(v.toObject().value(QStringLiteral("message")).toString());
    return messages;
}

/// The dataset's id if the session may see it (coordinators: any; experts: a dispute sent
/// to them). Otherwise NotFound, as if absent.
Result<qint64> visibleDataset(store::Workspace &workspace, const Session &session, const QString &code)
{
    QSqlQuery query(workspace.database());
    if (session.isCoordinator()) {
        query.prepare(QStringLiteral("SELECT id FROM datasets WHERE code = ?"));
        query.addBindValue(code);
    } else {
        query.prepare(QStringLiteral("SELECT d.id FROM datasets d WHERE d.code = ? AND (EXISTS (SELECT 1 FROM readings r "
                                     "JOIN dataset_studies s ON s.id = r.dataset_study_ref WHERE s.dataset_ref = d.id "
                                     "AND r.reader_ref = ?) OR EXISTS (SELECT 1 FROM disputes p JOIN dataset_studies s "
                                     "ON s.id = p.dataset_study_ref WHERE s.dataset_ref = d.id AND p.expert_ref = ?))"));
        query.addBindValue(code);
        query.addBindValue(session.userId());
        query.addBindValue(session.userId());
    }
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(Context, "There is no dataset %1 (see 'etalon-cli dataset list').").arg(code));
    }
    return query.value(0).toLongLong();
}

} // namespace

QString arbitrationDecisionName(ArbitrationDecision decision)
{
    switch (decision) {
    case ArbitrationDecision::AcceptA:
        return QStringLiteral("accept_a");
    case ArbitrationDecision::AcceptB:
        return QStringLiteral("accept_b");
    case ArbitrationDecision::Own:
        return QStringLiteral("own");
    case ArbitrationDecision::Exclude:
        return QStringLiteral("exclude");
    }
    return {};
}

std::optional<ArbitrationDecision> arbitrationDecisionFromName(const QString &name)
{
    for (ArbitrationDecision d :
         {ArbitrationDecision::AcceptA, ArbitrationDecision::AcceptB, ArbitrationDecision::Own, ArbitrationDecision::Exclude}) {
        if (arbitrationDecisionName(d) == name)
            return d;
    }
    return std::nullopt;
}

QString verificationLevelName(VerificationLevel level)
{
    switch (level) {
    case VerificationLevel::Low:
        return QStringLiteral("low");
    case VerificationLevel::Medium:
        return QStringLiteral("medium");
    case VerificationLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

QJsonObject DatasetStatus::toJson() const
{
    const auto mapJson = [](const QMap<QString, int> &map) {
        QJsonObject o;
        for (auto it = map.begin(); it != map.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonArray readerArray;
    for (const ReaderFigures &r : readers) {
        readerArray.append(QJsonObject{{QStringLiteral("login"), r.login},
                                       {QStringLiteral("userId"), r.userId},
                                       {QStringLiteral("assigned"), r.assigned},
                                       {QStringLiteral("inProgress"), r.inProgress},
                                       {QStringLiteral("submitted"), r.submitted},
                                       {QStringLiteral("secondsSpent"), r.secondsSpent},
                                       {QStringLiteral("upheldInArbitration"), r.upheldInArbitration},
                                       {QStringLiteral("arbitrationsInvolved"), r.arbitrationsInvolved},
                                       {QStringLiteral("arbitrationsDecided"), r.arbitrationsDecided}});
    }
    return QJsonObject{
        {QStringLiteral("dataset"), datasetCode},
        {QStringLiteral("studiesByState"), mapJson(studiesByState)},
        {QStringLiteral("finalByState"), mapJson(finalByState)},
        {QStringLiteral("finalClassCounts"), mapJson(finalClassCounts)},
        {QStringLiteral("completedPairs"), completedPairs},
        {QStringLiteral("disputedAfterTwoReads"), disputedAfterTwoReads},
        {QStringLiteral("awaitingArbitration"), awaitingArbitration},
        {QStringLiteral("awaitingExpert"), awaitingExpert},
        {QStringLiteral("stillDisputedAfterArbitration"), stillDisputedAfterArbitration},
        {QStringLiteral("disputedShare"), disputedShare},
        {QStringLiteral("excludedShare"), excludedShare},
        {QStringLiteral("reference"), QJsonObject{{QStringLiteral("disputedShare"), DisputedShareReference},
                                                  {QStringLiteral("excludedShare"), ExcludedShareReference}}},
        {QStringLiteral("kappa"), QJsonObject{{QStringLiteral("value"), optionalNumber(kappa)},
                                              {QStringLiteral("weighting"), kappaWeighting},
                                              {QStringLiteral("items"), kappaItems},
                                              {QStringLiteral("ciLower"), optionalNumber(kappaCiLower)},
                                              {QStringLiteral("ciUpper"), optionalNumber(kappaCiUpper)}}},
        {QStringLiteral("readers"), readerArray}};
}

Result<VolumeGeometry> Verification::dataUnitGeometry(store::Workspace &workspace, qint64 datasetStudyId)
{
    const Result<DataUnitSeries> series = Datasets::unitSeries(workspace, datasetStudyId);
    if (!series)
        return series.error();
    const qint64 seriesId = series->seriesId;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT i.rows, i.columns, i.number_of_frames, i.position_x, i.position_y, i.position_z, "
                                 "i.image_orientation, i.pixel_spacing_row, i.pixel_spacing_column, i.slice_thickness "
                                 "FROM instances i WHERE i.series_ref = ? AND i.has_pixel_data = 1 ORDER BY i.instance_number, i.id"));
    query.addBindValue(seriesId);
    if (!query.exec())
        return databaseError(workspace, query);
    VolumeGeometry g;
    int frames = 0;
    bool first = true;
    std::optional<double> thickness;
    std::vector<Vec3> positions;
    while (query.next()) {
        if (first) {
            g.size[0] = std::max(1, query.value(1).toInt());
            g.size[1] = std::max(1, query.value(0).toInt());
            const QStringList cosines = query.value(6).toString().split(QLatin1Char('\\'));
            if (cosines.size() == 6) {
                Vec3 row{cosines[0].toDouble(), cosines[1].toDouble(), cosines[2].toDouble()};
                Vec3 col{cosines[3].toDouble(), cosines[4].toDouble(), cosines[5].toDouble()};
                const Vec3 normal{row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2],
                                  row[0] * col[1] - row[1] * col[0]};
                const double n = std::sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]);
                if (n > 0.5)
                    g.axes = {row, col, Vec3{normal[0] / n, normal[1] / n, normal[2] / n}};
            }
            if (!query.value(7).isNull() && query.value(7).toDouble() > 0)
                g.spacing[1] = query.value(7).toDouble();
            if (!query.value(8).isNull() && query.value(8).toDouble() > 0)
                g.spacing[0] = query.value(8).toDouble();
            if (!query.value(9).isNull() && query.value(9).toDouble() > 0)
                thickness = query.value(9).toDouble();
            first = false;
        }
        frames += std::max(1, query.value(2).toInt());
        if (!query.value(3).isNull() && !query.value(4).isNull() && !query.value(5).isNull())
            positions.push_back(Vec3{query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toDouble()});
    }
    if (first)
        return makeError(ErrorCode::NotFound, tr("The data unit of dataset study %1 has no images.").arg(datasetStudyId));
    g.size[2] = std::max(1, frames);
    g.spacing[2] = thickness.value_or(1.0);
    if (!positions.empty()) {
        const Vec3 &n = g.axes[2];
        std::vector<std::pair<double, Vec3>> along;
        for (const Vec3 &p : positions)
            along.emplace_back(p[0] * n[0] + p[1] * n[1] + p[2] * n[2], p);
        std::sort(along.begin(), along.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        g.origin = along.front().second;
        std::vector<double> gaps;
        for (std::size_t i = 1; i < along.size(); ++i) {
            const double gap = along[i].first - along[i - 1].first;
            if (gap > 1e-4)
                gaps.push_back(gap);
        }
        if (!gaps.empty()) {
            std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
            g.spacing[2] = gaps[gaps.size() / 2];
        }
    }
    return g;
}

Result<void> Verification::evaluateStudy(store::Workspace &workspace, qint64 datasetStudyId, qint64 actorId)
{
    Result<StudyContext> context = loadStudyContext(workspace, datasetStudyId);
    if (!context)
        return context.error();
    if (context->state == QLatin1String("disputed") || context->state == QLatin1String("final")) {
        return makeError(ErrorCode::InvalidState, tr("Study %1 of dataset %2 has already been verified (%3).")
                                                      .arg(context->studyUid, context->datasetCode, context->state));
    }
    const Result<PrimaryPair> pair = primaryPair(workspace, datasetStudyId);
    if (!pair)
        return pair.error();
    if (!pair->bothSubmitted) {
        return makeError(ErrorCode::InvalidState, tr("Study %1 of dataset %2 cannot be verified before both readings are submitted.")
                                                      .arg(context->studyUid, context->datasetCode));
    }
    const Result<Reading> a = loadReading(workspace, pair->readingA);
    if (!a)
        return a.error();
    const Result<Reading> b = loadReading(workspace, pair->readingB);
    if (!b)
        return b.error();
    const Result<VolumeGeometry> geometry = dataUnitGeometry(workspace, datasetStudyId);
    if (!geometry)
        return geometry.error();
    const DisagreementDetector detector(context->schema, context->thresholds, *geometry);
    const Verdict verdict = detector.compare(*a, *b);

    const QString now = nowUtc();
    QSqlQuery query(workspace.database());
    const QJsonObject readingsJson{{QStringLiteral("a"), readingSummary(*a, pair->loginA)},
                                   {QStringLiteral("b"), readingSummary(*b, pair->loginB)}};
    if (verdict.agreed) {
        const Consensus &consensus = *verdict.consensus;
        const QJsonObject provenance{
            {QStringLiteral("outcome"), QStringLiteral("agreed")},
            {QStringLiteral("readings"), readingsJson},
            {QStringLiteral("readerIds"), QJsonArray{a->readerId, b->readerId}},
            {QStringLiteral("decidedAt"), now},
            {QStringLiteral("thresholds"), context->thresholdsJson},
            {QStringLiteral("findingConsensus"), findingConsensusName(context->thresholds.findingConsensus)},
            {QStringLiteral("pairs"), pairsJson(verdict.pairs)},
            {QStringLiteral("verificationRule"),
             QStringLiteral("two independent expert readings agreed: medium (classification from expert opinion)")}};
        query.prepare(QStringLiteral("INSERT INTO final_labels (dataset_study_ref, state, study_class, findings_json, "
                                     "verification_level, provenance_json, decided_by, decided_at) "
                                     "VALUES (?, 'agreed', ?, ?, ?, ?, NULL, ?)"));
        query.addBindValue(datasetStudyId);
        query.addBindValue(consensus.studyClass ? QVariant(*consensus.studyClass) : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(compact(findingsJson(consensus.findings)));
        query.addBindValue(verificationLevelName(VerificationLevel::Medium));
        query.addBindValue(compact(provenance));
        query.addBindValue(now);
        if (!query.exec())
            return databaseError(workspace, query);
        query.prepare(QStringLiteral("UPDATE dataset_studies SET state = 'final' WHERE id = ?"));
        query.addBindValue(datasetStudyId);
        if (!query.exec())
            return databaseError(workspace, query);
        const QJsonObject details{{QStringLiteral("dataset"), context->datasetCode},
                                  {QStringLiteral("study"), context->studyUid},
                                  {QStringLiteral("readingA"), a->id},
                                  {QStringLiteral("readingB"), b->id},
                                  {QStringLiteral("studyClass"), consensus.studyClass ? QJsonValue(*consensus.studyClass)
                                                                                      : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("findings"), int(consensus.findings.size())},
                                  {QStringLiteral("verificationLevel"), verificationLevelName(VerificationLevel::Medium)}};
        if (Result<qint64> logged = AuditLog::append(workspace, actorId, QStringLiteral("study.agree"), QStringLiteral("dataset_study"),
                                                     QString::number(datasetStudyId), details);
            !logged) {
            return logged.error();
        }
        return {};
    }

    // Disputed: record why, and send it to an expert when one qualifies.
    const Result<User> readerA = Users::byId(workspace, a->readerId);
    if (!readerA)
        return readerA.error();
    const Result<User> readerB = Users::byId(workspace, b->readerId);
    if (!readerB)
        return readerB.error();
    const Result<std::optional<qint64>> expert = chooseExpert(workspace, *readerA, *readerB, datasetStudyId);
    if (!expert)
        return expert.error();
    const QJsonArray reasons = reasonsJson(verdict.reasons);
    query.prepare(QStringLiteral("INSERT INTO disputes (dataset_study_ref, reasons_json, detected_at, expert_ref, assigned_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(datasetStudyId);
    query.addBindValue(compact(reasons));
    query.addBindValue(now);
    query.addBindValue(expert->has_value() ? QVariant(**expert) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(expert->has_value() ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    if (!query.exec())
        return databaseError(workspace, query);
    const qint64 disputeId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("UPDATE dataset_studies SET state = 'disputed' WHERE id = ?"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    QJsonArray kinds;
    for (const DisputeReason &r : verdict.reasons) {
        if (!kinds.contains(disputeKindName(r.kind)))
            kinds.append(disputeKindName(r.kind));
    }
    QJsonObject details{{QStringLiteral("dataset"), context->datasetCode},
                        {QStringLiteral("study"), context->studyUid},
                        {QStringLiteral("datasetStudy"), datasetStudyId},
                        {QStringLiteral("readingA"), a->id},
                        {QStringLiteral("readingB"), b->id},
                        {QStringLiteral("kinds"), kinds},
                        {QStringLiteral("expert"), expert->has_value() ? QJsonValue(**expert) : QJsonValue(QJsonValue::Null)}};
    if (Result<qint64> logged = AuditLog::append(workspace, actorId, QStringLiteral("dispute.open"), QStringLiteral("dispute"),
                                                 QString::number(disputeId), details);
        !logged) {
        return logged.error();
    }
    return {};
}

Result<QList<DisputeItem>> Verification::disputes(store::Workspace &workspace, const Session &session, const QString &datasetCode)
{
    if (Result<void> allowed = requireRole(session, {Role::Coordinator, Role::Expert}, tr("list disputes")); !allowed)
        return allowed.error();
    const Result<qint64> datasetId = visibleDataset(workspace, session, datasetCode);
    if (!datasetId)
        return datasetId.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT p.id, p.dataset_study_ref, st.study_uid, p.reasons_json, p.expert_ref, p.detected_at, "
                                 "EXISTS (SELECT 1 FROM arbitrations a WHERE a.dispute_ref = p.id) "
                                 "FROM disputes p JOIN dataset_studies ds ON ds.id = p.dataset_study_ref "
                                 "JOIN studies st ON st.id = ds.study_ref "
                                 "WHERE ds.dataset_ref = ? AND (? OR p.expert_ref = ?) ORDER BY p.detected_at, p.id"));
    query.addBindValue(*datasetId);
    query.addBindValue(session.isCoordinator() ? 1 : 0);
    query.addBindValue(session.userId());
    if (!query.exec())
        return databaseError(workspace, query);
    QList<DisputeItem> items;
    while (query.next()) {
        DisputeItem item;
        item.disputeId = query.value(0).toLongLong();
        item.datasetStudyId = query.value(1).toLongLong();
        item.datasetCode = datasetCode;
        item.studyInstanceUid = query.value(2).toString();
        item.reasons = reasonMessages(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array());
        if (!query.value(4).isNull())
            item.expertId = query.value(4).toLongLong();
        item.detectedAt = parseTime(query.value(5));
        item.decided = query.value(6).toInt() == 1;
        items.append(item);
    }
    return items;
}

Result<void> Verification::assignExpert(store::Workspace &workspace, const Session &session, qint64 disputeId, qint64 expertId)
{
    if (Result<void> allowed = requireCoordinator(session, tr("assign an expert to a dispute")); !allowed)
        return allowed.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<DisputeRow> dispute = loadDispute(workspace, disputeId);
    if (!dispute)
        return dispute.error();
    if (dispute->decided)
        return makeError(ErrorCode::InvalidState, tr("Dispute %1 has already been decided; its expert cannot change.").arg(disputeId));
    const Result<User> expert = Users::byId(workspace, expertId);
    if (!expert)
        return expert.error();
    const Result<PrimaryPair> pair = primaryPair(workspace, dispute->datasetStudyId);
    if (!pair)
        return pair.error();
    if (expert->role != Role::Expert || !expert->active) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 cannot arbitrate dispute %2: only active expert accounts may arbitrate.").arg(expert->login).arg(disputeId));
    }
    if (expertId == pair->readerA || expertId == pair->readerB) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 cannot arbitrate dispute %2: they read the study themselves.").arg(expert->login).arg(disputeId));
    }
    for (qint64 readerId : {pair->readerA, pair->readerB}) {
        const Result<User> reader = Users::byId(workspace, readerId);
        if (!reader)
            return reader.error();
        if (!expert->qualification.isHigherThan(reader->qualification)) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 cannot arbitrate dispute %2: the expert must be more qualified (degree, then years of "
                                "experience) than both readers, and is not more qualified than %3.")
                                 .arg(expert->login)
                                 .arg(disputeId)
                                 .arg(reader->login));
        }
    }
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE disputes SET expert_ref = ?, assigned_at = ? WHERE id = ?"));
    query.addBindValue(expertId);
    query.addBindValue(nowUtc());
    query.addBindValue(disputeId);
    if (!query.exec())
        return databaseError(workspace, query);
    const QJsonObject details{{QStringLiteral("expert"), expert->login},
                              {QStringLiteral("previousExpert"),
                               dispute->expertId ? QJsonValue(*dispute->expertId) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("datasetStudy"), dispute->datasetStudyId}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dispute.assign"),
                                                 QStringLiteral("dispute"), QString::number(disputeId), details);
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

namespace {

/// Who may look at or decide a dispute: coordinators look; the assigned expert looks and
/// decides; an expert who read the study never does (checked first, so the refusal says why).
Result<void> checkDisputeAccess(store::Workspace &workspace, const Session &session, const DisputeRow &dispute,
                                const PrimaryPair &pair, bool deciding)
{
    if (session.userId() == pair.readerA || session.userId() == pair.readerB) {
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate(Context, "%1 read this study and may not arbitrate dispute %2; a coordinator "
                                                              "assigns another expert.")
                             .arg(session.login())
                             .arg(dispute.id));
    }
    if (session.isCoordinator() && !deciding)
        return {};
    if (Result<void> role = requireRole(session, {Role::Expert},
                                        deciding ? QCoreApplication::translate(Context, "arbitrate a dispute")
                                                 : QCoreApplication::translate(Context, "open an arbitration case"));
        !role) {
        return role;
    }
    if (!dispute.expertId || *dispute.expertId != session.userId()) {
        Q_UNUSED(workspace)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate(Context, "Dispute %1 is not assigned to %2; only its assigned expert may "
                                                              "open or decide it.")
                             .arg(dispute.id)
                             .arg(session.login()));
    }
    return {};
}

Result<std::optional<qint64>> ownReadingId(store::Workspace &workspace, qint64 datasetStudyId, qint64 expertId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM readings WHERE dataset_study_ref = ? AND reader_ref = ? AND kind = 'arbitration'"));
    query.addBindValue(datasetStudyId);
    query.addBindValue(expertId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace

Result<ArbitrationCase> Verification::arbitrationCase(store::Workspace &workspace, const Session &session, qint64 disputeId)
{
    const Result<DisputeRow> dispute = loadDispute(workspace, disputeId);
    if (!dispute)
        return dispute.error();
    const Result<PrimaryPair> pair = primaryPair(workspace, dispute->datasetStudyId);
    if (!pair)
        return pair.error();
    if (Result<void> allowed = checkDisputeAccess(workspace, session, *dispute, *pair, false); !allowed)
        return allowed.error();
    const Result<StudyContext> context = loadStudyContext(workspace, dispute->datasetStudyId);
    if (!context)
        return context.error();
    // The detector's verdict on the locked readings, recomputed the same way as for the
    // statistics. With every surface distance computed (HD95 per mask label for the screen):
    // a dataset without an HD95 threshold gets an infinite one, which no distance exceeds, so
    // the verdict and reasons are those of comparePrimaryReadings(workspace, id).
    Result<PrimaryComparison> compared = comparePrimaryReadings(workspace, dispute->datasetStudyId, true);
    if (!compared)
        return compared.error();

    ArbitrationCase c;
    c.dispute.disputeId = dispute->id;
    c.dispute.datasetStudyId = dispute->datasetStudyId;
    c.dispute.datasetCode = context->datasetCode;
    c.dispute.studyInstanceUid = context->studyUid;
    c.dispute.reasons = reasonMessages(dispute->reasons);
    c.dispute.expertId = dispute->expertId;
    c.dispute.decided = dispute->decided;
    c.dispute.detectedAt = dispute->detectedAt;
    c.readerALogin = compared->readerALogin;
    c.readerBLogin = compared->readerBLogin;
    c.agreed = compared->agreed;
    c.reasons = std::move(compared->reasons);
    c.pairs = std::move(compared->pairs);
    c.maskLabels = std::move(compared->maskLabels);
    c.readingA = std::move(compared->readingA);
    c.readingB = std::move(compared->readingB);
    if (dispute->expertId) {
        const Result<std::optional<qint64>> own = ownReadingId(workspace, dispute->datasetStudyId, *dispute->expertId);
        if (!own)
            return own.error();
        if (own->has_value()) {
            Result<Reading> ownReading = loadReading(workspace, **own);
            if (!ownReading)
                return ownReading.error();
            c.ownReading = std::move(*ownReading);
        }
    }
    if (dispute->decided) {
        c.decision = arbitrationDecisionFromName(dispute->decision);
        c.decisionReason = dispute->decisionReason;
        c.decidedAt = dispute->decidedAt;
    }
    return c;
}

Result<PrimaryComparison> Verification::comparePrimaryReadings(store::Workspace &workspace, qint64 datasetStudyId,
                                                               bool allSurfaceDistances)
{
    const Result<StudyContext> context = loadStudyContext(workspace, datasetStudyId);
    if (!context)
        return context.error();
    const Result<PrimaryPair> pair = primaryPair(workspace, datasetStudyId);
    if (!pair)
        return pair.error();
    if (!pair->bothSubmitted) {
        return makeError(ErrorCode::InvalidState, tr("Study %1 of dataset %2 cannot be compared before both readings are submitted.")
                                                      .arg(context->studyUid, context->datasetCode));
    }
    Result<Reading> a = loadReading(workspace, pair->readingA);
    if (!a)
        return a.error();
    Result<Reading> b = loadReading(workspace, pair->readingB);
    if (!b)
        return b.error();
    const Result<VolumeGeometry> geometry = dataUnitGeometry(workspace, datasetStudyId);
    if (!geometry)
        return geometry.error();
    DisagreementThresholds thresholds = context->thresholds;
    if (allSurfaceDistances && !thresholds.hd95Mm)
        thresholds.hd95Mm = std::numeric_limits<double>::infinity(); // computed, never exceeded
    const DisagreementDetector detector(context->schema, thresholds, *geometry);
    const Verdict verdict = detector.compare(*a, *b);

    PrimaryComparison c;
    c.datasetStudyId = datasetStudyId;
    c.studyInstanceUid = context->studyUid;
    c.readerALogin = pair->loginA;
    c.readerBLogin = pair->loginB;
    c.agreed = verdict.agreed;
    for (const DisputeReason &r : verdict.reasons) {
        c.reasons.append(CaseReason{disputeKindName(r.kind), r.message, r.value, r.threshold, r.findingIdA, r.findingIdB,
                                    r.maskLabel});
    }
    for (const MatchedFindings &p : verdict.pairs) {
        c.pairs.append(CasePair{p.findingIdA, p.findingIdB, p.metrics.score, p.metrics.iou, p.metrics.dice, p.metrics.distanceMm});
        for (const auto &[label, m] : p.maskLabels) {
            CaseMaskLabel l;
            l.findingIdA = p.findingIdA;
            l.findingIdB = p.findingIdB;
            l.label = label;
            l.dice = m.overlap.dice;
            if (m.distances && m.distances->defined)
                l.hd95Mm = m.distances->hd95Mm;
            c.maskLabels.append(l);
        }
    }
    c.readingA = std::move(*a);
    c.readingB = std::move(*b);
    return c;
}

Result<qint64> Verification::startOwnReading(store::Workspace &workspace, const Session &session, qint64 disputeId,
                                             std::optional<ArbitrationDecision> startFrom)
{
    if (startFrom && *startFrom != ArbitrationDecision::AcceptA && *startFrom != ArbitrationDecision::AcceptB) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("An own reading can start empty or from reading A or B, not from '%1'.").arg(arbitrationDecisionName(*startFrom)));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<DisputeRow> dispute = loadDispute(workspace, disputeId);
    if (!dispute)
        return dispute.error();
    const Result<PrimaryPair> pair = primaryPair(workspace, dispute->datasetStudyId);
    if (!pair)
        return pair.error();
    if (Result<void> allowed = checkDisputeAccess(workspace, session, *dispute, *pair, true); !allowed)
        return allowed.error();
    if (dispute->decided)
        return makeError(ErrorCode::InvalidState, tr("Dispute %1 has already been decided.").arg(disputeId));
    const Result<std::optional<qint64>> existing = ownReadingId(workspace, dispute->datasetStudyId, session.userId());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return **existing;

    const QString now = nowUtc();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO readings (dataset_study_ref, reader_ref, kind, state, study_class, comment, "
                                 "assigned_by, assigned_at, started_at) VALUES (?, ?, 'arbitration', 'in_progress', ?, ?, ?, ?, ?)"));
    query.addBindValue(dispute->datasetStudyId);
    query.addBindValue(session.userId());
    std::optional<Reading> source;
    if (startFrom) {
        Result<Reading> r = loadReading(workspace, *startFrom == ArbitrationDecision::AcceptA ? pair->readingA : pair->readingB);
        if (!r)
            return r.error();
        source = std::move(*r);
    }
    query.addBindValue(source && source->studyClass ? QVariant(*source->studyClass) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(source ? source->comment : QStringLiteral(""));
    query.addBindValue(session.userId());
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return databaseError(workspace, query);
    const qint64 readingId = query.lastInsertId().toLongLong();
    if (source) {
        // Copy the stored rows as they are (geometry JSON and mask blobs unchanged).
        query.prepare(QStringLiteral("INSERT INTO findings (reading_ref, kind, label, attributes_json, geometry_json, mask_blob, "
                                     "created_at, updated_at) SELECT ?, kind, label, attributes_json, geometry_json, mask_blob, ?, ? "
                                     "FROM findings WHERE reading_ref = ? ORDER BY id"));
        query.addBindValue(readingId);
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(source->id);
        if (!query.exec())
            return databaseError(workspace, query);
    }
    const QJsonObject details{{QStringLiteral("dispute"), disputeId},
                              {QStringLiteral("datasetStudy"), dispute->datasetStudyId},
                              {QStringLiteral("startFrom"), startFrom ? QJsonValue(arbitrationDecisionName(*startFrom) == QLatin1String("accept_a")
                                                                                       ? QStringLiteral("a")
                                                                                       : QStringLiteral("b"))
                                                                      : QJsonValue(QJsonValue::Null)}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("reading.start_arbitration"),
                                                 QStringLiteral("reading"), QString::number(readingId), details);
        !logged) {
        return logged.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return readingId;
}

Result<void> Verification::arbitrate(store::Workspace &workspace, const Session &session, qint64 disputeId,
                                     ArbitrationDecision decision, const QString &reason)
{
    const QString trimmedReason = reason.trimmed();
    if (decision == ArbitrationDecision::Exclude && trimmedReason.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Excluding the study of dispute %1 needs a reason (why it cannot be resolved).").arg(disputeId));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<DisputeRow> dispute = loadDispute(workspace, disputeId);
    if (!dispute)
        return dispute.error();
    const Result<PrimaryPair> pair = primaryPair(workspace, dispute->datasetStudyId);
    if (!pair)
        return pair.error();
    if (Result<void> allowed = checkDisputeAccess(workspace, session, *dispute, *pair, true); !allowed)
        return allowed.error();
    if (dispute->decided) {
        return makeError(ErrorCode::InvalidState,
                         tr("Dispute %1 has already been decided (%2); a decision is final.").arg(disputeId).arg(dispute->decision));
    }
    const Result<StudyContext> context = loadStudyContext(workspace, dispute->datasetStudyId);
    if (!context)
        return context.error();

    std::optional<Reading> chosen;
    switch (decision) {
    case ArbitrationDecision::AcceptA:
    case ArbitrationDecision::AcceptB: {
        Result<Reading> r = loadReading(workspace, decision == ArbitrationDecision::AcceptA ? pair->readingA : pair->readingB);
        if (!r)
            return r.error();
        if (r->state != ReadingState::Submitted) {
            return makeError(ErrorCode::InvalidState, tr("Reading %1 was reopened and is not submitted; dispute %2 can be decided "
                                                         "once it is submitted again.")
                                                          .arg(r->id)
                                                          .arg(disputeId));
        }
        chosen = std::move(*r);
        break;
    }
    case ArbitrationDecision::Own: {
        const Result<std::optional<qint64>> own = ownReadingId(workspace, dispute->datasetStudyId, session.userId());
        if (!own)
            return own.error();
        if (!own->has_value()) {
            return makeError(ErrorCode::InvalidState,
                             tr("Dispute %1: there is no own reading of %2 yet; start one (etalon-cli arbitrate start), "
                                "complete and submit it, then decide 'own'.")
                                 .arg(disputeId)
                                 .arg(session.login()));
        }
        Result<Reading> r = loadReading(workspace, **own);
        if (!r)
            return r.error();
        if (r->state != ReadingState::Submitted) {
            return makeError(ErrorCode::InvalidState,
                             tr("Dispute %1: submit your own reading %2 first (etalon-cli reading submit), then decide 'own'.")
                                 .arg(disputeId)
                                 .arg(r->id));
        }
        chosen = std::move(*r);
        break;
    }
    case ArbitrationDecision::Exclude:
        break;
    }

    const QString now = nowUtc();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO arbitrations (dispute_ref, expert_ref, decision, reading_ref, reason, decided_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(disputeId);
    query.addBindValue(session.userId());
    query.addBindValue(arbitrationDecisionName(decision));
    query.addBindValue(chosen ? QVariant(chosen->id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(trimmedReason.isNull() ? QStringLiteral("") : trimmedReason);
    query.addBindValue(now);
    if (!query.exec())
        return databaseError(workspace, query);

    const bool excluded = decision == ArbitrationDecision::Exclude;
    const VerificationLevel level = excluded ? VerificationLevel::Low : VerificationLevel::Medium;
    const QJsonObject provenance{
        {QStringLiteral("outcome"), excluded ? QStringLiteral("excluded") : QStringLiteral("arbitrated")},
        {QStringLiteral("decision"), arbitrationDecisionName(decision)},
        {QStringLiteral("expertId"), session.userId()},
        {QStringLiteral("expert"), session.login()},
        {QStringLiteral("decidedAt"), now},
        {QStringLiteral("reason"), trimmedReason.isNull() ? QStringLiteral("") : trimmedReason},
        {QStringLiteral("acceptedReadingId"), chosen ? QJsonValue(chosen->id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("readerIds"), QJsonArray{pair->readerA, pair->readerB}},
        {QStringLiteral("readings"), QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("readingId"), pair->readingA},
                                                                                   {QStringLiteral("reader"), pair->loginA}}},
                                                 {QStringLiteral("b"), QJsonObject{{QStringLiteral("readingId"), pair->readingB},
                                                                                   {QStringLiteral("reader"), pair->loginB}}}}},
        {QStringLiteral("disputeId"), disputeId},
        {QStringLiteral("disputeReasons"), dispute->reasons},
        {QStringLiteral("verificationRule"),
         excluded ? QStringLiteral("excluded as unresolvable: no classification stands (low)")
                  : QStringLiteral("expert arbitration of two expert readings: medium (classification from expert opinion)")}};
    query.prepare(QStringLiteral("INSERT INTO final_labels (dataset_study_ref, state, study_class, findings_json, verification_level, "
                                 "provenance_json, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(dispute->datasetStudyId);
    query.addBindValue(excluded ? QStringLiteral("excluded") : QStringLiteral("arbitrated"));
    query.addBindValue(chosen && chosen->studyClass ? QVariant(*chosen->studyClass) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(compact(chosen ? findingsJson(chosen->findings) : QJsonArray()));
    query.addBindValue(verificationLevelName(level));
    query.addBindValue(compact(provenance));
    query.addBindValue(session.userId());
    query.addBindValue(now);
    if (!query.exec())
        return databaseError(workspace, query);
    query.prepare(QStringLiteral("UPDATE dataset_studies SET state = 'final' WHERE id = ?"));
    query.addBindValue(dispute->datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    const QJsonObject details{{QStringLiteral("dataset"), context->datasetCode},
                              {QStringLiteral("study"), context->studyUid},
                              {QStringLiteral("decision"), arbitrationDecisionName(decision)},
                              {QStringLiteral("reading"), chosen ? QJsonValue(chosen->id) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("reason"), trimmedReason.isNull() ? QStringLiteral("") : trimmedReason},
                              {QStringLiteral("verificationLevel"), verificationLevelName(level)}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dispute.arbitrate"),
                                                 QStringLiteral("dispute"), QString::number(disputeId), details);
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

Result<DatasetStatus> Verification::status(store::Workspace &workspace, const Session &session, const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("see the status of a dataset")); !allowed)
        return allowed.error();
    const Result<qint64> datasetId = visibleDataset(workspace, session, datasetCode);
    if (!datasetId)
        return datasetId.error();
    DatasetStatus s;
    s.datasetCode = datasetCode;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql) -> bool {
        query.prepare(sql);
        query.addBindValue(*datasetId);
        return query.exec();
    };

    if (!run(QStringLiteral("SELECT state, COUNT(*) FROM dataset_studies WHERE dataset_ref = ? GROUP BY state")))
        return databaseError(workspace, query);
    while (query.next())
        s.studiesByState.insert(query.value(0).toString(), query.value(1).toInt());

    // Final labels in the order of final_labels_summary (state, class): grouped without a sort;
    // the dataset is checked per label through dataset_studies_dataset.
    if (!run(QStringLiteral("SELECT f.state, f.study_class, COUNT(*) FROM final_labels f CROSS JOIN dataset_studies ds "
                            "ON ds.id = f.dataset_study_ref AND ds.dataset_ref = ? GROUP BY f.state, f.study_class"))) {
        return databaseError(workspace, query);
    }
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int n = query.value(2).toInt();
        s.finalByState[state] += n;
        if (state != QLatin1String("excluded") && !query.value(1).isNull())
            s.finalClassCounts[query.value(1).toString()] += n;
    }
    s.stillDisputedAfterArbitration = s.finalByState.value(QStringLiteral("excluded"));

    // Disputes and arbitrations are a fraction of the studies: start from them (CROSS JOIN
    // fixes the order) and check the dataset per row, rather than visit every dataset study.
    if (!run(QStringLiteral("SELECT COUNT(*), SUM(p.expert_ref IS NULL AND a.id IS NULL), SUM(a.id IS NULL) FROM disputes p "
                            "CROSS JOIN dataset_studies ds ON ds.id = p.dataset_study_ref AND ds.dataset_ref = ? "
                            "LEFT JOIN arbitrations a ON a.dispute_ref = p.id")) ||
        !query.next()) {
        return databaseError(workspace, query);
    }
    s.disputedAfterTwoReads = query.value(0).toInt();
    s.awaitingExpert = query.value(1).toInt();
    s.awaitingArbitration = query.value(2).toInt();

    // One pass over the dataset's primary readings, study by study (indexes
    // dataset_studies_dataset, readings_study_summary), read through SQLite's C API (200,000
    // rows for 100,000 studies; QSqlQuery would copy every value into a QVariant): the pair
    // of classes of each completed study, and each reader's counts and time.
    // Kappa is symmetric in the two raters, so each pair is ordered by reading id rather than
    // by assignment.
    QMap<qint64, ReaderFigures> figures;
    {
        QSqlQuery schemaQuery(workspace.database());
        schemaQuery.prepare(QStringLiteral("SELECT schema_json FROM datasets WHERE id = ?"));
        schemaQuery.addBindValue(*datasetId);
        if (!schemaQuery.exec() || !schemaQuery.next())
            return databaseError(workspace, schemaQuery);
        const Result<LabelSchema> schema = LabelSchema::fromJson(schemaQuery.value(0).toString().toUtf8());
        if (!schema)
            return makeError(ErrorCode::CorruptData, tr("The label schema stored with dataset %1 is damaged: %2").arg(datasetCode, schema.error().message));
        QHash<qint64, QString> logins;
        {
            QSqlQuery users(workspace.database());
            users.setForwardOnly(true);
            if (!users.exec(QStringLiteral("SELECT id, login FROM users")))
                return databaseError(workspace, users);
            while (users.next())
                logins.insert(users.value(0).toLongLong(), users.value(1).toString());
        }
        const int k = std::max<int>(1, int(schema->classes.size()));
        std::vector<QByteArray> codes;
        for (const LabelClass &c : schema->classes)
            codes.push_back(c.code.toUtf8());
        // The schema index of a class, -1 for none or one outside the schema.
        const auto classIndexOf = [&codes](const unsigned char *text, int size) {
            if (!text)
                return -1;
            const QByteArrayView value(text, size);
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (value == QByteArrayView(codes[i]))
                    return int(i);
            }
            return -1;
        };
        evaluation::ConfusionMatrix matrix;
        matrix.counts.assign(std::size_t(k), std::vector<qint64>(std::size_t(k), 0));

        QSqlDatabase db = workspace.database();
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                                  ? *static_cast<sqlite3 *const *>(handle.constData())
                                  : nullptr;
        const auto failed = [&](const char *why) -> Error {
            return makeError(ErrorCode::Database, QCoreApplication::translate("etalon::core::workflow::Verification",
                                                                              "Cannot access the verification records of %1: %2")
                                                      .arg(workspace.databasePath(), QString::fromUtf8(why)));
        };
        if (!connection)
            return failed("the workspace database is not open");
        const char *sql = "SELECT ds.id, r.id, r.state, r.study_class, r.reader_ref, r.seconds_spent "
                          "FROM dataset_studies ds JOIN readings r ON r.dataset_study_ref = ds.id AND r.kind = 'primary' "
                          "WHERE ds.dataset_ref = ?1 ORDER BY ds.id";
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr) != SQLITE_OK)
            return failed(sqlite3_errmsg(connection));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, &sqlite3_finalize);
        sqlite3_bind_int64(raw, 1, *datasetId);

        // The submitted primary readings of the current study: (reading id, class index).
        qint64 currentStudy = 0;
        std::vector<std::pair<qint64, int>> submitted;
        const auto closeStudy = [&] {
            if (submitted.size() == 2) {
                std::sort(submitted.begin(), submitted.end());
                ++s.completedPairs;
                const int a = submitted[0].second;
                const int b = submitted[1].second;
                if (a >= 0 && b >= 0) {
                    ++matrix.counts[std::size_t(a)][std::size_t(b)];
                    ++s.kappaItems;
                }
            }
            submitted.clear();
        };
        ReaderFigures *reader = nullptr;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            const qint64 study = sqlite3_column_int64(raw, 0);
            if (study != currentStudy) {
                closeStudy();
                currentStudy = study;
            }
            const qint64 readingId = sqlite3_column_int64(raw, 1);
            const auto *state = reinterpret_cast<const char *>(sqlite3_column_text(raw, 2));
            const qint64 readerId = sqlite3_column_int64(raw, 4);
            if (!reader || reader->userId != readerId) {
                reader = &figures[readerId];
                if (reader->userId != readerId) {
                    reader->userId = readerId;
                    reader->login = logins.value(readerId);
                }
            }
            if (state && qstrcmp(state, "submitted") == 0) {
                ++reader->submitted;
                submitted.emplace_back(readingId, classIndexOf(sqlite3_column_text(raw, 3), sqlite3_column_bytes(raw, 3)));
            } else if (state && qstrcmp(state, "in_progress") == 0) {
                ++reader->inProgress;
            } else {
                ++reader->assigned;
            }
            reader->secondsSpent += sqlite3_column_int64(raw, 5);
        }
        if (rc != SQLITE_DONE)
            return failed(sqlite3_errmsg(connection));
        closeStudy();

        const bool ordinal = schema->scale == ClassScale::Ordinal;
        s.kappaWeighting = ordinal ? QStringLiteral("quadratic") : QStringLiteral("unweighted");
        if (s.kappaItems > 0) {
            const Result<evaluation::KappaEstimate> kappa = evaluation::cohenKappa(
                matrix, ordinal ? evaluation::KappaWeighting::Quadratic : evaluation::KappaWeighting::Unweighted);
            if (kappa) {
                s.kappa = kappa->kappa;
                s.kappaCiLower = kappa->ciLower;
                s.kappaCiUpper = kappa->ciUpper;
            }
        }
    }
    if (s.completedPairs > 0) {
        s.disputedShare = double(s.disputedAfterTwoReads) / s.completedPairs;
        s.excludedShare = double(s.stillDisputedAfterArbitration) / s.completedPairs;
    }

    // Per reader: arbitration outcomes (the counts and time came with the pass above).
    if (!run(QStringLiteral("SELECT r.reader_ref, a.reading_ref = r.id FROM arbitrations a CROSS JOIN disputes p ON p.id = a.dispute_ref "
                            "CROSS JOIN dataset_studies ds ON ds.id = p.dataset_study_ref AND ds.dataset_ref = ? "
                            "CROSS JOIN readings r ON r.dataset_study_ref = p.dataset_study_ref AND r.kind = 'primary'"))) {
        return databaseError(workspace, query);
    }
    while (query.next()) {
        ReaderFigures &f = figures[query.value(0).toLongLong()];
        ++f.arbitrationsInvolved;
        f.upheldInArbitration += query.value(1).toInt() == 1;
    }
    if (!run(QStringLiteral("SELECT a.expert_ref, u.login, COUNT(*) FROM arbitrations a CROSS JOIN disputes p ON p.id = a.dispute_ref "
                            "CROSS JOIN dataset_studies ds ON ds.id = p.dataset_study_ref AND ds.dataset_ref = ? "
                            "JOIN users u ON u.id = a.expert_ref GROUP BY a.expert_ref"))) {
        return databaseError(workspace, query);
    }
    while (query.next()) {
        ReaderFigures &f = figures[query.value(0).toLongLong()];
        f.userId = query.value(0).toLongLong();
        f.login = query.value(1).toString();
        f.arbitrationsDecided += query.value(2).toInt();
    }
    QList<ReaderFigures> list = figures.values();
    std::sort(list.begin(), list.end(), [](const ReaderFigures &a, const ReaderFigures &b) { return a.login < b.login; });
    s.readers = list;
    return s;
}

Result<QList<ExcludedStudy>> Verification::excludedStudies(store::Workspace &workspace, const Session &session,
                                                           const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("see the excluded studies of a dataset")); !allowed)
        return allowed.error();
    const Result<qint64> datasetId = visibleDataset(workspace, session, datasetCode);
    if (!datasetId)
        return datasetId.error();
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ds.id, st.study_uid, a.reason, u.login, a.decided_at FROM final_labels f "
                                 "JOIN dataset_studies ds ON ds.id = f.dataset_study_ref JOIN studies st ON st.id = ds.study_ref "
                                 "LEFT JOIN disputes p ON p.dataset_study_ref = ds.id LEFT JOIN arbitrations a ON a.dispute_ref = p.id "
                                 "LEFT JOIN users u ON u.id = a.expert_ref "
                                 "WHERE ds.dataset_ref = ? AND f.state = 'excluded' ORDER BY f.decided_at, ds.id"));
    query.addBindValue(*datasetId);
    if (!query.exec())
        return databaseError(workspace, query);
    QList<ExcludedStudy> items;
    while (query.next()) {
        ExcludedStudy item;
        item.datasetStudyId = query.value(0).toLongLong();
        item.studyInstanceUid = query.value(1).toString();
        item.reason = query.value(2).toString();
        item.expertLogin = query.value(3).toString();
        item.decidedAt = parseTime(query.value(4));
        items.append(item);
    }
    return items;
}

} // namespace etalon::core::workflow
