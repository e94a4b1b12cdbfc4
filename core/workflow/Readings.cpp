#include "core/workflow/Readings.h"

#include "core/Logging.h"
#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/FindingCodec.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"
#include "core/workflow/Timestamps.h"
#include "core/workflow/Verification.h"
#include "core/workflow/Users.h"
#include "core/workflow/WriteTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace etalon::core::workflow {

namespace {

/// Stored strokes of one mask after which Readings folds them into the mask's base voxels.
constexpr qint64 maskEditsBeforeFolding = 200;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    return parseUtcTimestamp(value);
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, Readings::tr("Cannot access the readings of %1: %2")
                                              .arg(workspace.databasePath(), query.lastError().text()));
}

/// The one answer for a reading the session may not see and for one that does not exist,
/// so that nobody learns whether another reader's reading exists.
/// Runs one statement with its bound values; the database's message when it fails.
Result<void> execute(store::Workspace &workspace, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(workspace.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(workspace, query);
    return {};
}

Error noSuchReading(qint64 readingId)
{
    return makeError(ErrorCode::NotFound, Readings::tr("There is no reading %1 among your readings (see 'etalon-cli worklist').")
                                              .arg(readingId));
}

Error noSuchFinding(qint64 findingId)
{
    return makeError(ErrorCode::NotFound, Readings::tr("There is no finding %1 in your readings (see 'etalon-cli reading show').")
                                              .arg(findingId));
}

std::optional<ReadingState> stateFromName(const QString &name)
{
    for (ReadingState s : {ReadingState::Assigned, ReadingState::InProgress, ReadingState::Submitted}) {
        if (readingStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// A reading row with what the checks need about its study and dataset.
struct Row {
    Reading reading;
    QString datasetStudyState;
    qint64 datasetId = 0;
    QString datasetCode;
    QString schemaJson;
    QString studyUid;
    qint64 studyRef = 0;
    QVariant seriesRef;
};

const char *RowSelect =
    "SELECT r.id, r.dataset_study_ref, r.reader_ref, r.kind, r.state, r.study_class, r.comment, r.seconds_spent, "
    "r.started_at, r.submitted_at, ds.state, d.id, d.code, d.schema_json, st.study_uid, ds.study_ref, ds.series_ref "
    "FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref JOIN datasets d ON d.id = ds.dataset_ref "
    "JOIN studies st ON st.id = ds.study_ref ";

Result<std::optional<Row>> loadRow(store::Workspace &workspace, qint64 readingId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("%1 WHERE r.id = ?").arg(QLatin1String(RowSelect)));
    query.addBindValue(readingId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return std::optional<Row>();
    Row row;
    Reading &r = row.reading;
    r.id = query.value(0).toLongLong();
    r.datasetStudyId = query.value(1).toLongLong();
    r.readerId = query.value(2).toLongLong();
    r.kind = query.value(3).toString() == QLatin1String("arbitration") ? ReadingKind::Arbitration : ReadingKind::Primary;
    r.state = stateFromName(query.value(4).toString()).value_or(ReadingState::Assigned);
    if (!query.value(5).isNull())
        r.studyClass = query.value(5).toString();
    r.comment = query.value(6).toString();
    r.secondsSpent = query.value(7).toLongLong();
    r.startedAt = parseTime(query.value(8));
    r.submittedAt = parseTime(query.value(9));
    row.datasetStudyState = query.value(10).toString();
    row.datasetId = query.value(11).toLongLong();
    row.datasetCode = query.value(12).toString();
    row.schemaJson = query.value(13).toString();
    row.studyUid = query.value(14).toString();
    row.studyRef = query.value(15).toLongLong();
    row.seriesRef = query.value(16);
    return std::optional<Row>(row);
}

/// Whether the session may see the reading: its reader, a coordinator, or the expert a
/// dispute of the study was sent to (the primary readings only).
Result<bool> maySee(store::Workspace &workspace, const Session &session, const Row &row)
{
    if (session.isCoordinator() || row.reading.readerId == session.userId())
        return true;
    if (row.reading.kind != ReadingKind::Primary || !session.hasRole(Role::Expert))
        return false;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM disputes WHERE dataset_study_ref = ? AND expert_ref = ?"));
    query.addBindValue(row.reading.datasetStudyId);
    query.addBindValue(session.userId());
    if (!query.exec())
        return databaseError(workspace, query);
    return query.next();
}

/// Loads a reading the session may see; NotFound (the same as for a missing id) otherwise.
Result<Row> visibleRow(store::Workspace &workspace, const Session &session, qint64 readingId)
{
    Result<std::optional<Row>> row = loadRow(workspace, readingId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchReading(readingId);
    Result<bool> visible = maySee(workspace, session, **row);
    if (!visible)
        return visible.error();
    if (!*visible)
        return noSuchReading(readingId);
    return **row;
}

/// Loads a reading the session edits: its own, started, not submitted.
Result<Row> editableRow(store::Workspace &workspace, const Session &session, qint64 readingId)
{
    Result<Row> row = visibleRow(workspace, session, readingId);
    if (!row)
        return row;
    const Reading &r = row->reading;
    if (r.readerId != session.userId()) {
        return makeError(ErrorCode::PermissionDenied,
                         Readings::tr("%1 %2 may not edit reading %3: only its reader may do that.")
                             .arg(roleDisplayName(session.role()), session.login())
                             .arg(readingId));
    }
    if (row->datasetStudyState == QLatin1String("withdrawn")) {
        return makeError(ErrorCode::InvalidState,
                         Readings::tr("Study %1 was withdrawn from dataset %2; its reading %3 can no longer change.")
                             .arg(row->studyUid, row->datasetCode)
                             .arg(readingId));
    }
    if (r.state == ReadingState::Submitted) {
        return makeError(ErrorCode::InvalidState,
                         Readings::tr("Reading %1 is submitted and locked; only a coordinator can reopen it.").arg(readingId));
    }
    if (r.state == ReadingState::Assigned) {
        return makeError(ErrorCode::InvalidState,
                         Readings::tr("Reading %1 has not been started; start it first ('etalon-cli reading start').")
                             .arg(readingId));
    }
    return row;
}

Result<LabelSchema> schemaOf(const Row &row)
{
    Result<LabelSchema> schema = LabelSchema::fromJson(row.schemaJson.toUtf8());
    if (!schema) {
        return makeError(ErrorCode::CorruptData, Readings::tr("The label schema stored with dataset %1 is damaged: %2")
                                                     .arg(row.datasetCode, schema.error().message));
    }
    return schema;
}

Result<void> applyMaskEdits(store::Workspace &workspace, qint64 findingId, MaskGeometry &mask);

Result<std::vector<Finding>> loadFindings(store::Workspace &workspace, qint64 readingId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id, kind, label, attributes_json, geometry_json, mask_blob FROM findings "
                                 "WHERE reading_ref = ? ORDER BY id"));
    query.addBindValue(readingId);
    if (!query.exec())
        return databaseError(workspace, query);
    std::vector<Finding> findings;
    while (query.next()) {
        Finding f;
        f.id = query.value(0).toLongLong();
        const std::optional<FindingKind> kind = findingKindFromName(query.value(1).toString());
        if (!kind) {
            return makeError(ErrorCode::CorruptData, Readings::tr("Finding %1 has an unknown kind '%2'.")
                                                         .arg(f.id).arg(query.value(1).toString()));
        }
        f.label = query.value(2).toString();
        f.attributes = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object().toVariantMap();
        Result<FindingGeometry> geometry =
            FindingCodec::decode(*kind, query.value(4).toString().toUtf8(), query.value(5).toByteArray());
        if (!geometry)
            return makeError(ErrorCode::CorruptData, Readings::tr("Finding %1: %2").arg(f.id).arg(geometry.error().message));
        f.geometry = std::move(*geometry);
        findings.push_back(std::move(f));
    }
    for (Finding &f : findings) {
        if (auto *mask = std::get_if<MaskGeometry>(&f.geometry)) {
            if (Result<void> applied = applyMaskEdits(workspace, f.id, *mask); !applied)
                return applied.error();
        }
    }
    return findings;
}

/// Applies the stored edits of mask finding \a findingId to its base voxels, in order.
Result<void> applyMaskEdits(store::Workspace &workspace, qint64 findingId, MaskGeometry &mask)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id, delta_blob FROM mask_edits WHERE finding_ref = ? ORDER BY id"));
    query.addBindValue(findingId);
    if (!query.exec())
        return databaseError(workspace, query);
    while (query.next()) {
        Result<MaskDelta> delta = FindingCodec::decodeDelta(query.value(1).toByteArray());
        if (!delta || !delta->apply(mask)) {
            return makeError(ErrorCode::CorruptData, Readings::tr("Mask edit %1 of finding %2 is damaged or does not fit the mask.")
                                                         .arg(query.value(0).toLongLong())
                                                         .arg(findingId));
        }
    }
    return {};
}

/// Folds the edits of mask finding \a findingId into its base voxels (inside the caller's
/// transaction): the mask reads the same, with one blob instead of many deltas.
Result<void> foldMaskEdits(store::Workspace &workspace, qint64 findingId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT geometry_json, mask_blob, (SELECT COUNT(*) FROM mask_edits WHERE finding_ref = f.id) "
                                 "FROM findings f WHERE id = ? AND kind = 'mask'"));
    query.addBindValue(findingId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next() || query.value(2).toLongLong() == 0)
        return {};
    Result<FindingGeometry> geometry =
        FindingCodec::decode(FindingKind::Mask, query.value(0).toString().toUtf8(), query.value(1).toByteArray());
    if (!geometry)
        return makeError(ErrorCode::CorruptData, Readings::tr("Finding %1: %2").arg(findingId).arg(geometry.error().message));
    auto &mask = std::get<MaskGeometry>(*geometry);
    if (Result<void> applied = applyMaskEdits(workspace, findingId, mask); !applied)
        return applied;
    query.prepare(QStringLiteral("UPDATE findings SET mask_blob = ? WHERE id = ?"));
    query.addBindValue(FindingCodec::encode(mask).maskBlob);
    query.addBindValue(findingId);
    if (!query.exec())
        return databaseError(workspace, query);
    query.prepare(QStringLiteral("DELETE FROM mask_edits WHERE finding_ref = ?"));
    query.addBindValue(findingId);
    if (!query.exec())
        return databaseError(workspace, query);
    return {};
}

/// The data unit's image series (Datasets::unitSeries): its UID and size (columns, rows, slices).
struct UnitSeries {
    QString seriesUid;
    std::array<int, 3> size{0, 0, 0};
};

Result<UnitSeries> unitSeries(store::Workspace &workspace, const Row &row)
{
    const Result<DataUnitSeries> series = Datasets::unitSeries(workspace, row.reading.datasetStudyId);
    if (!series && series.error().code != ErrorCode::NotFound)
        return series.error();
    QSqlQuery query(workspace.database());
    const QString frames = QStringLiteral("(SELECT COALESCE(SUM(MAX(i.number_of_frames, 1)), 0) FROM instances i "
                                          "WHERE i.series_ref = se.id AND i.has_pixel_data = 1)");
    query.prepare(QStringLiteral("SELECT se.columns, se.rows, %1, se.series_uid FROM series se WHERE se.id = ?").arg(frames));
    query.addBindValue(series ? series->seriesId : qint64(-1));
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next() || query.value(0).toInt() <= 0 || query.value(1).toInt() <= 0 || query.value(2).toInt() <= 0) {
        return makeError(ErrorCode::InvalidState,
                         Readings::tr("Study %1 has no image series in the workspace to draw findings on; "
                                      "re-import the study or choose a series as the data unit.")
                             .arg(row.studyUid));
    }
    return UnitSeries{query.value(3).toString(), {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()}};
}

Result<std::array<int, 3>> unitSize(store::Workspace &workspace, const Row &row)
{
    Result<UnitSeries> unit = unitSeries(workspace, row);
    if (!unit)
        return unit.error();
    return unit->size;
}

/// Checks a finding against the dataset's schema and the data unit's size.
Result<void> checkUnitFinding(store::Workspace &workspace, const Row &row, const LabelSchema &schema, const Finding &finding)
{
    Result<std::array<int, 3>> size = unitSize(workspace, row);
    if (!size)
        return size.error();
    return Readings::checkFinding(schema, row.datasetCode, row.studyUid, *size, finding);
}

} // namespace

Result<void> Readings::checkFinding(const LabelSchema &schema, const QString &datasetCode, const QString &studyUid,
                                    const std::array<int, 3> &unitSize, const Finding &finding)
{
    const FindingKind kind = finding.kind();
    if (!schema.allows(kind)) {
        QStringList allowed;
        for (FindingKind k : schema.findingKinds)
            allowed.append(findingKindName(k));
        return makeError(ErrorCode::InvalidArgument,
                         Readings::tr("The label schema %1 of dataset %2 does not allow %3 findings (allowed: %4).")
                             .arg(schema.id, datasetCode, findingKindName(kind),
                                  allowed.isEmpty() ? Readings::tr("none, study-level answers only") : allowed.join(QStringLiteral(", "))));
    }
    QStringList labels;
    for (const LabelClass &c : schema.findingLabels)
        labels.append(c.code);
    if (!labels.isEmpty() && !labels.contains(finding.label)) {
        return makeError(ErrorCode::InvalidArgument,
                         Readings::tr("'%1' is not a finding label of the schema %2; use one of: %3.")
                             .arg(finding.label, schema.id, labels.join(QStringLiteral(", "))));
    }
    if (labels.isEmpty() && !finding.label.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         Readings::tr("The schema %1 has no finding labels; leave the label empty (got '%2').")
                             .arg(schema.id, finding.label));
    }
    for (auto it = finding.attributes.begin(); it != finding.attributes.end(); ++it) {
        const auto attribute = std::find_if(schema.attributes.begin(), schema.attributes.end(),
                                            [&](const FindingAttribute &a) { return a.key == it.key(); });
        if (attribute == schema.attributes.end()) {
            QStringList keys;
            for (const FindingAttribute &a : schema.attributes)
                keys.append(a.key);
            return makeError(ErrorCode::InvalidArgument,
                             Readings::tr("The schema %1 has no finding attribute '%2' (its attributes: %3).")
                                 .arg(schema.id, it.key(), keys.isEmpty() ? QStringLiteral("-") : keys.join(QStringLiteral(", "))));
        }
        if (!attribute->options.isEmpty() && !attribute->options.contains(it.value().toString())) {
            return makeError(ErrorCode::InvalidArgument,
                             Readings::tr("'%1' is not a value of the attribute '%2'; use one of: %3.")
                                 .arg(it.value().toString(), it.key(), attribute->options.join(QStringLiteral(", "))));
        }
    }
    if (Result<void> valid = FindingCodec::validate(finding.geometry); !valid)
        return valid;

    const auto [nx, ny, nz] = unitSize;
    const auto outside = [&](const QString &what) {
        return makeError(ErrorCode::InvalidArgument,
                         Readings::tr("The %1 lies outside the images of study %2 (%3 columns x %4 rows x %5 slices; "
                                      "i from -0.5 to %6, j from -0.5 to %7, slices 0 to %8).")
                             .arg(what, studyUid)
                             .arg(nx).arg(ny).arg(nz)
                             .arg(nx - 0.5).arg(ny - 0.5).arg(nz - 1));
    };
    const auto inI = [&](double i) { return i >= -0.5 && i <= nx - 0.5; };
    const auto inJ = [&](double j) { return j >= -0.5 && j <= ny - 0.5; };
    const auto inK = [&](int k) { return k >= 0 && k < nz; };
    if (const auto *point = std::get_if<PointGeometry>(&finding.geometry)) {
        if (!inI(point->index[0]) || !inJ(point->index[1]) || point->index[2] < -0.5 || point->index[2] > nz - 0.5)
            return outside(Readings::tr("point"));
    } else if (const auto *box = std::get_if<BoxGeometry>(&finding.geometry)) {
        if (!inI(box->i0) || !inI(box->i1) || !inJ(box->j0) || !inJ(box->j1) || !inK(box->k0) || !inK(box->k1))
            return outside(Readings::tr("box"));
    } else if (const auto *contour = std::get_if<ContourGeometry>(&finding.geometry)) {
        const std::array<int, 3> n{nx, ny, nz};
        const int axis = contour->axis;
        for (const auto &[slice, points] : contour->slices) {
            if (slice < 0 || slice >= n[std::size_t(axis)])
                return outside(Readings::tr("contour"));
            for (const Point2 &p : points) {
                const Vec3 index = contour->toIndex(slice, p);
                if (!inI(index[0]) || !inJ(index[1]) || index[2] < -0.5 || index[2] > nz - 0.5)
                    return outside(Readings::tr("contour"));
            }
        }
    } else if (const auto *mask = std::get_if<MaskGeometry>(&finding.geometry)) {
        if (mask->size != unitSize) {
            return makeError(ErrorCode::InvalidArgument,
                             Readings::tr("The mask is %1x%2x%3 but the images of study %4 are %5x%6x%7; a mask covers "
                                          "the whole series.")
                                 .arg(mask->size[0]).arg(mask->size[1]).arg(mask->size[2])
                                 .arg(studyUid)
                                 .arg(nx).arg(ny).arg(nz));
        }
        const int maxLabel = std::max<int>(1, int(labels.size()));
        const std::uint8_t highest = mask->labels.empty() ? 0 : *std::max_element(mask->labels.begin(), mask->labels.end());
        if (highest > maxLabel) {
            return makeError(ErrorCode::InvalidArgument,
                             Readings::tr("The mask uses label value %1, but the schema %2 has %3 finding label(s).")
                                 .arg(highest).arg(schema.id).arg(maxLabel));
        }
    }
    return {};
}

namespace {

QJsonObject findingDetails(const Row &row, const Finding &finding)
{
    return QJsonObject{{QStringLiteral("reading"), QString::number(row.reading.id)},
                       {QStringLiteral("kind"), findingKindName(finding.kind())},
                       {QStringLiteral("label"), finding.label}};
}

/// Runs one audited edit of a reading: a write transaction, the checks on the row, the
/// change and its audit entry, commit.
template <typename Change>
Result<void> editReading(store::Workspace &workspace, const Session &session, qint64 readingId, Change change)
{
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    Result<Row> row = editableRow(workspace, session, readingId);
    if (!row)
        return row.error();
    if (Result<void> changed = change(*row); !changed)
        return changed;
    return transaction.commit();
}

Result<void> audit(store::Workspace &workspace, const Session &session, const QString &action, qint64 readingId,
                   const QJsonObject &details)
{
    Result<qint64> logged = AuditLog::append(workspace, session.userId(), action, QStringLiteral("reading"),
                                             QString::number(readingId), details);
    if (!logged)
        return logged.error();
    return {};
}

/// A user who may take readings: an active reader or expert.
struct Candidate {
    qint64 id = 0;
    QString login;
};

Result<Candidate> readerCandidate(store::Workspace &workspace, qint64 userId)
{
    const Result<User> user = Users::byId(workspace, userId);
    if (!user)
        return user.error();
    if (user->role != Role::Reader && user->role != Role::Expert) {
        return makeError(ErrorCode::InvalidArgument, Readings::tr("%1 is a %2, not a reader or expert; only they read studies.")
                                                         .arg(user->login, roleName(user->role)));
    }
    if (!user->active)
        return makeError(ErrorCode::InvalidArgument, Readings::tr("The account %1 is deactivated; choose an active reader.").arg(user->login));
    return Candidate{user->id, user->login};
}

} // namespace

Result<AssignmentReport> Readings::assign(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                          const AssignOptions &options)
{
    if (Result<void> allowed = requireCoordinator(session, tr("assign readers")); !allowed)
        return allowed.error();
    if (options.readersPerStudy != 2) {
        return makeError(ErrorCode::InvalidArgument, tr("Double reading needs exactly 2 readers per study (asked for %1).")
                                                         .arg(options.readersPerStudy));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<Dataset> dataset = Datasets::show(workspace, session, datasetCode);
    if (!dataset)
        return dataset.error();

    QSqlQuery query(workspace.database());
    QList<Candidate> candidates;
    if (options.readerIds.isEmpty()) {
        if (!query.exec(QStringLiteral("SELECT id, login FROM users WHERE role = 'reader' AND active = 1 ORDER BY id")))
            return databaseError(workspace, query);
        while (query.next())
            candidates.append(Candidate{query.value(0).toLongLong(), query.value(1).toString()});
    } else {
        for (qint64 id : options.readerIds) {
            if (std::any_of(candidates.begin(), candidates.end(), [&](const Candidate &c) { return c.id == id; }))
                continue;
            Result<Candidate> candidate = readerCandidate(workspace, id);
            if (!candidate)
                return candidate.error();
            candidates.append(*candidate);
        }
    }
    if (candidates.size() < options.readersPerStudy) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Assigning dataset %1 needs at least %2 distinct active readers; %3 available. Add readers "
                            "with 'etalon-cli user add' or name them with --readers.")
                             .arg(datasetCode)
                             .arg(options.readersPerStudy)
                             .arg(candidates.size()));
    }

    // Current workload: primary readings in this dataset.
    QMap<qint64, int> load;
    for (const Candidate &c : candidates)
        load.insert(c.id, 0);
    query.prepare(QStringLiteral("SELECT r.reader_ref, COUNT(*) FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
                                 "WHERE ds.dataset_ref = ? AND r.kind = 'primary' GROUP BY r.reader_ref"));
    query.addBindValue(dataset->id);
    if (!query.exec())
        return databaseError(workspace, query);
    QMap<qint64, int> existingLoad;
    while (query.next())
        existingLoad.insert(query.value(0).toLongLong(), query.value(1).toInt());
    for (auto it = load.begin(); it != load.end(); ++it)
        it.value() = existingLoad.value(it.key());

    query.prepare(QStringLiteral("SELECT ds.id, ds.state, st.study_uid FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref "
                                 "WHERE ds.dataset_ref = ? AND ds.state <> 'withdrawn' ORDER BY ds.id"));
    query.addBindValue(dataset->id);
    if (!query.exec())
        return databaseError(workspace, query);
    struct Pending {
        qint64 id;
        QString uid;
    };
    QList<Pending> pending;
    AssignmentReport report;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("added"))
            pending.append(Pending{query.value(0).toLongLong(), query.value(2).toString()});
        else
            ++report.studiesAlreadyAssigned;
    }

    const QString now = nowUtc();
    for (const Pending &study : pending) {
        // Readers already on the study (none for a study in state 'added', but be safe).
        QList<qint64> onStudy;
        query.prepare(QStringLiteral("SELECT reader_ref FROM readings WHERE dataset_study_ref = ?"));
        query.addBindValue(study.id);
        if (!query.exec())
            return databaseError(workspace, query);
        while (query.next())
            onStudy.append(query.value(0).toLongLong());
        int needed = options.readersPerStudy - int(onStudy.size());
        while (needed-- > 0) {
            // Least loaded first; ties by user id (deterministic).
            const Candidate *best = nullptr;
            for (const Candidate &c : candidates) {
                if (onStudy.contains(c.id))
                    continue;
                if (!best || load.value(c.id) < load.value(best->id))
                    best = &c;
            }
            if (!best) {
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Study %1 cannot get two distinct readers from the candidates.").arg(study.uid));
            }
            query.prepare(QStringLiteral("INSERT INTO readings (dataset_study_ref, reader_ref, kind, state, assigned_by, assigned_at) "
                                         "VALUES (?, ?, 'primary', 'assigned', ?, ?)"));
            query.addBindValue(study.id);
            query.addBindValue(best->id);
            query.addBindValue(session.userId());
            query.addBindValue(now);
            if (!query.exec())
                return databaseError(workspace, query);
            const qint64 readingId = query.lastInsertId().toLongLong();
            onStudy.append(best->id);
            load[best->id] += 1;
            ++report.readingsCreated;
            if (Result<void> logged = audit(workspace, session, QStringLiteral("reading.assign"), readingId,
                                            QJsonObject{{QStringLiteral("dataset"), datasetCode},
                                                        {QStringLiteral("study"), study.uid},
                                                        {QStringLiteral("reader"), best->login}});
                !logged) {
                return logged.error();
            }
        }
        query.prepare(QStringLiteral("UPDATE dataset_studies SET state = 'assigned' WHERE id = ? AND state = 'added'"));
        query.addBindValue(study.id);
        if (!query.exec())
            return databaseError(workspace, query);
        ++report.studiesAssigned;
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    report.workload = load;
    return report;
}

Result<void> Readings::reassign(store::Workspace &workspace, const Session &session, qint64 readingId, qint64 newReaderId)
{
    if (Result<void> allowed = requireCoordinator(session, tr("reassign a reading")); !allowed)
        return allowed;
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    Result<Row> row = visibleRow(workspace, session, readingId);
    if (!row)
        return row.error();
    if (row->reading.kind != ReadingKind::Primary) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Reading %1 is an expert's arbitration reading; change the dispute's expert instead.").arg(readingId));
    }
    if (row->reading.state != ReadingState::Assigned) {
        return makeError(ErrorCode::InvalidState,
                         tr("Reading %1 has already been started; a reading can be given to another reader only before it starts.")
                             .arg(readingId));
    }
    Result<Candidate> candidate = readerCandidate(workspace, newReaderId);
    if (!candidate)
        return candidate.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT r.id, u.login FROM readings r JOIN users u ON u.id = r.reader_ref "
                                 "WHERE r.dataset_study_ref = ? AND r.reader_ref = ?"));
    query.addBindValue(row->reading.datasetStudyId);
    query.addBindValue(newReaderId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.next()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 already reads study %2 (reading %3); the two readings of a study need two different readers.")
                             .arg(candidate->login, row->studyUid)
                             .arg(query.value(0).toLongLong()));
    }
    const Result<User> previousReader = Users::byId(workspace, row->reading.readerId);
    const QString previous = previousReader ? previousReader->login : QString();
    query.prepare(QStringLiteral("UPDATE readings SET reader_ref = ?, assigned_by = ?, assigned_at = ? WHERE id = ? AND state = 'assigned'"));
    query.addBindValue(newReaderId);
    query.addBindValue(session.userId());
    query.addBindValue(nowUtc());
    query.addBindValue(readingId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (Result<void> logged = audit(workspace, session, QStringLiteral("reading.reassign"), readingId,
                                    QJsonObject{{QStringLiteral("dataset"), row->datasetCode},
                                                {QStringLiteral("study"), row->studyUid},
                                                {QStringLiteral("from"), previous},
                                                {QStringLiteral("to"), candidate->login}});
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<void> Readings::reopen(store::Workspace &workspace, const Session &session, qint64 readingId, const QString &reason)
{
    if (Result<void> allowed = requireCoordinator(session, tr("reopen a reading")); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Reopening reading %1 needs a reason (it is kept in the audit log).").arg(readingId));
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    Result<Row> row = visibleRow(workspace, session, readingId);
    if (!row)
        return row.error();
    if (row->reading.state != ReadingState::Submitted)
        return makeError(ErrorCode::InvalidState, tr("Reading %1 is not submitted; there is nothing to reopen.").arg(readingId));
    if (row->datasetStudyState == QLatin1String("disputed") || row->datasetStudyState == QLatin1String("final")) {
        return makeError(ErrorCode::InvalidState,
                         tr("Study %1 of dataset %2 has already been verified (%3); its readings can no longer be reopened.")
                             .arg(row->studyUid, row->datasetCode, row->datasetStudyState));
    }
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE readings SET state = 'in_progress', submitted_at = NULL WHERE id = ?"));
    query.addBindValue(readingId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (Result<void> logged = audit(workspace, session, QStringLiteral("reading.reopen"), readingId,
                                    QJsonObject{{QStringLiteral("dataset"), row->datasetCode},
                                                {QStringLiteral("study"), row->studyUid},
                                                {QStringLiteral("reason"), reason.trimmed()}});
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<QList<WorklistItem>> Readings::worklist(store::Workspace &workspace, const Session &session,
                                               std::optional<ReadingState> state)
{
    // A worklist may hold 100,000 rows (issue 3: open it in < 200 ms). They are read through
    // SQLite's C API on the workspace's own connection: QSqlQuery would make a QVariant and
    // a UTF-16 copy of every value first.
    QSqlDatabase db = workspace.database();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3 *const *>(handle.constData())
                              : nullptr;
    const auto failed = [&](const char *why) -> Error {
        return makeError(ErrorCode::Database, tr("Cannot access the readings of %1: %2")
                                                  .arg(workspace.databasePath(), QString::fromUtf8(why)));
    };
    if (!connection)
        return failed("the workspace database is not open");

    // Dataset codes are few: read them once instead of joining a string into every row.
    QHash<qint64, QString> datasetCodes;
    {
        QSqlQuery codes(db);
        codes.setForwardOnly(true);
        if (!codes.exec(QStringLiteral("SELECT id, code FROM datasets")))
            return databaseError(workspace, codes);
        while (codes.next())
            datasetCodes.insert(codes.value(0).toLongLong(), codes.value(1).toString());
    }
    // Ordered by the index readings_reader_assigned (reader, assigned_at, id): no sort step.
    // The modalities come from the covering index series_study_modality.
    QByteArray sql(
        "SELECT r.id, r.dataset_study_ref, ds.dataset_ref, st.study_uid, COALESCE(se.series_uid, ''), p.patient_id, st.study_date, "
        "(SELECT group_concat(modality, '\\') FROM (SELECT DISTINCT modality FROM series WHERE study_ref = st.id AND modality <> '' ORDER BY modality)), "
        "r.kind = 'arbitration', CASE r.state WHEN 'in_progress' THEN 1 WHEN 'submitted' THEN 2 ELSE 0 END, r.assigned_at "
        "FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
        "JOIN studies st ON st.id = ds.study_ref JOIN patients p ON p.id = st.patient_ref "
        "LEFT JOIN series se ON se.id = ds.series_ref "
        "WHERE r.reader_ref = ?1 AND ds.state <> 'withdrawn'");
    if (state)
        sql += " AND r.state = ?2";
    sql += " ORDER BY r.assigned_at, r.id";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return failed(sqlite3_errmsg(connection));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, &sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, session.userId());
    const QByteArray stateName = state ? readingStateName(*state).toUtf8() : QByteArray();
    if (state)
        sqlite3_bind_text(raw, 2, stateName.constData(), int(stateName.size()), SQLITE_STATIC);

    const auto text = [raw](int column) -> QString {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(raw, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(raw, column)) : QString();
    };
    // Repeated values (the patient, the study date, a timestamp) share one string.
    struct LastValue {
        QByteArray bytes;
        QString text;
        bool isNull = true;
    };
    // Returns true when the value differs from the previous row's.
    const auto shared = [raw](LastValue &last, int column) -> bool {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(raw, column));
        if (!bytes) {
            const bool changed = !last.isNull;
            last = LastValue();
            return changed;
        }
        const QByteArrayView value(bytes, sqlite3_column_bytes(raw, column));
        if (!last.isNull && value == QByteArrayView(last.bytes))
            return false;
        last.bytes = value.toByteArray();
        last.text = QString::fromUtf8(value);
        last.isNull = false;
        return true;
    };
    QList<WorklistItem> items;
    LastValue lastPatient, lastDate, lastAssigned;
    QDateTime lastAssignedAt;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        WorklistItem item;
        item.readingId = sqlite3_column_int64(raw, 0);
        item.datasetStudyId = sqlite3_column_int64(raw, 1);
        item.datasetCode = datasetCodes.value(sqlite3_column_int64(raw, 2));
        item.studyInstanceUid = text(3);
        item.seriesInstanceUid = text(4);
        shared(lastPatient, 5);
        item.patientId = lastPatient.text;
        shared(lastDate, 6);
        item.studyDate = lastDate.text;
        item.modalities = text(7);
        item.kind = sqlite3_column_int(raw, 8) == 1 ? ReadingKind::Arbitration : ReadingKind::Primary;
        const int stateCode = sqlite3_column_int(raw, 9);
        item.state = stateCode == 2 ? ReadingState::Submitted : stateCode == 1 ? ReadingState::InProgress : ReadingState::Assigned;
        // Readings assigned together share the timestamp: parse it once.
        if (shared(lastAssigned, 10))
            lastAssignedAt = lastAssigned.isNull ? QDateTime() : parseUtcTimestamp(QStringView(lastAssigned.text));
        item.assignedAt = lastAssignedAt;
        items.append(std::move(item));
    }
    if (rc != SQLITE_DONE)
        return failed(sqlite3_errmsg(connection));
    return items;
}

Result<Reading> Readings::reading(store::Workspace &workspace, const Session &session, qint64 readingId)
{
    Result<Row> row = visibleRow(workspace, session, readingId);
    if (!row)
        return row.error();
    Result<std::vector<Finding>> findings = loadFindings(workspace, readingId);
    if (!findings)
        return findings.error();
    Reading reading = row->reading;
    reading.findings = std::move(*findings);
    return reading;
}

Result<Reading> Readings::start(store::Workspace &workspace, const Session &session, qint64 readingId)
{
    {
        WriteTransaction transaction(workspace);
        if (!transaction.isActive())
            return transaction.error();
        Result<Row> row = visibleRow(workspace, session, readingId);
        if (!row)
            return row.error();
        if (row->reading.readerId != session.userId()) {
            return makeError(ErrorCode::PermissionDenied, tr("%1 %2 may not start reading %3: only its reader may do that.")
                                                              .arg(roleDisplayName(session.role()), session.login())
                                                              .arg(readingId));
        }
        if (row->datasetStudyState == QLatin1String("withdrawn")) {
            return makeError(ErrorCode::InvalidState, tr("Study %1 was withdrawn from dataset %2; its reading %3 can no longer change.")
                                                          .arg(row->studyUid, row->datasetCode)
                                                          .arg(readingId));
        }
        if (row->reading.state == ReadingState::Submitted) {
            return makeError(ErrorCode::InvalidState,
                             tr("Reading %1 is submitted and locked; only a coordinator can reopen it.").arg(readingId));
        }
        if (row->reading.state == ReadingState::Assigned) {
            QSqlQuery query(workspace.database());
            query.prepare(QStringLiteral("UPDATE readings SET state = 'in_progress', started_at = ? WHERE id = ?"));
            query.addBindValue(nowUtc());
            query.addBindValue(readingId);
            if (!query.exec())
                return databaseError(workspace, query);
            query.prepare(QStringLiteral("UPDATE dataset_studies SET state = 'reading' WHERE id = ? AND state = 'assigned'"));
            query.addBindValue(row->reading.datasetStudyId);
            if (!query.exec())
                return databaseError(workspace, query);
            if (Result<void> logged = audit(workspace, session, QStringLiteral("reading.start"), readingId,
                                            QJsonObject{{QStringLiteral("dataset"), row->datasetCode},
                                                        {QStringLiteral("study"), row->studyUid}});
                !logged) {
                return logged.error();
            }
            if (Result<void> committed = transaction.commit(); !committed)
                return committed.error();
        }
        // Starting a reading in progress again changes nothing.
    }
    return reading(workspace, session, readingId);
}

Result<void> Readings::setStudyClass(store::Workspace &workspace, const Session &session, qint64 readingId,
                                     const std::optional<QString> &classCode)
{
    return editReading(workspace, session, readingId, [&](const Row &row) -> Result<void> {
        if (classCode) {
            Result<LabelSchema> schema = schemaOf(row);
            if (!schema)
                return schema.error();
            if (schema->classIndex(*classCode) < 0) {
                QStringList codes;
                for (const LabelClass &c : schema->classes)
                    codes.append(c.code);
                return makeError(ErrorCode::InvalidArgument, tr("'%1' is not a class of the schema %2; use one of: %3.")
                                                                 .arg(*classCode, schema->id, codes.join(QStringLiteral(", "))));
            }
        }
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE readings SET study_class = ? WHERE id = ?"));
        query.addBindValue(classCode ? QVariant(*classCode) : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(readingId);
        if (!query.exec())
            return databaseError(workspace, query);
        return audit(workspace, session, QStringLiteral("reading.set_class"), readingId,
                     QJsonObject{{QStringLiteral("class"), classCode ? QJsonValue(*classCode) : QJsonValue(QJsonValue::Null)}});
    });
}

Result<qint64> Readings::addFinding(store::Workspace &workspace, const Session &session, qint64 readingId, const Finding &finding)
{
    qint64 findingId = 0;
    Result<void> done = editReading(workspace, session, readingId, [&](const Row &row) -> Result<void> {
        Result<LabelSchema> schema = schemaOf(row);
        if (!schema)
            return schema.error();
        if (Result<void> valid = checkUnitFinding(workspace, row, *schema, finding); !valid)
            return valid;
        const EncodedGeometry encoded = FindingCodec::encode(finding.geometry);
        const QString now = nowUtc();
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("INSERT INTO findings (reading_ref, kind, label, attributes_json, geometry_json, mask_blob, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(readingId);
        query.addBindValue(findingKindName(finding.kind()));
        query.addBindValue(finding.label.isNull() ? QStringLiteral("") : finding.label);
        query.addBindValue(compact(QJsonObject::fromVariantMap(finding.attributes)));
        query.addBindValue(QString::fromUtf8(encoded.json));
        query.addBindValue(encoded.maskBlob.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(encoded.maskBlob));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return databaseError(workspace, query);
        findingId = query.lastInsertId().toLongLong();
        QJsonObject details = findingDetails(row, finding);
        details.insert(QStringLiteral("finding"), findingId);
        return audit(workspace, session, QStringLiteral("finding.add"), readingId, details);
    });
    if (!done)
        return done.error();
    return findingId;
}

namespace {

/// The reading a finding belongs to, or NotFound (the same for any finding the session may not see).
Result<qint64> readingOfFinding(store::Workspace &workspace, const Session &session, qint64 findingId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT reading_ref FROM findings WHERE id = ?"));
    query.addBindValue(findingId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return noSuchFinding(findingId);
    const qint64 readingId = query.value(0).toLongLong();
    Result<Row> row = visibleRow(workspace, session, readingId);
    if (!row) {
        if (row.error().code == ErrorCode::NotFound)
            return noSuchFinding(findingId);
        return row.error();
    }
    return readingId;
}

} // namespace

namespace {

/// Runs one audited edit of a finding: a write transaction, the finding's reading (NotFound
/// for what the session may not see), the checks on it, its schema, the change, commit.
template <typename Change>
Result<void> editFinding(store::Workspace &workspace, const Session &session, qint64 findingId, Change change)
{
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    Result<qint64> readingId = readingOfFinding(workspace, session, findingId);
    if (!readingId)
        return readingId.error();
    Result<Row> row = editableRow(workspace, session, *readingId);
    if (!row)
        return row.error();
    Result<LabelSchema> schema = schemaOf(*row);
    if (!schema)
        return schema.error();
    if (Result<void> changed = change(*row, *schema); !changed)
        return changed;
    return transaction.commit();
}

} // namespace

Result<void> Readings::updateFinding(store::Workspace &workspace, const Session &session, qint64 findingId, const Finding &finding)
{
    return editFinding(workspace, session, findingId, [&](const Row &row, const LabelSchema &schema) -> Result<void> {
        if (Result<void> valid = checkUnitFinding(workspace, row, schema, finding); !valid)
            return valid;
        const EncodedGeometry encoded = FindingCodec::encode(finding.geometry);
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE findings SET kind = ?, label = ?, attributes_json = ?, geometry_json = ?, mask_blob = ?, "
                                     "updated_at = ? WHERE id = ?"));
        query.addBindValue(findingKindName(finding.kind()));
        query.addBindValue(finding.label.isNull() ? QStringLiteral("") : finding.label);
        query.addBindValue(compact(QJsonObject::fromVariantMap(finding.attributes)));
        query.addBindValue(QString::fromUtf8(encoded.json));
        query.addBindValue(encoded.maskBlob.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(encoded.maskBlob));
        query.addBindValue(nowUtc());
        query.addBindValue(findingId);
        if (!query.exec())
            return databaseError(workspace, query);
        // A whole new geometry replaces the base and every edit made on the old one.
        if (Result<void> dropped = execute(workspace, QStringLiteral("DELETE FROM mask_edits WHERE finding_ref = ?"), {findingId});
            !dropped) {
            return dropped;
        }
        QJsonObject details = findingDetails(row, finding);
        details.insert(QStringLiteral("finding"), findingId);
        return audit(workspace, session, QStringLiteral("finding.update"), row.reading.id, details);
    });
}

Result<void> Readings::paintMask(store::Workspace &workspace, const Session &session, qint64 findingId, const MaskDelta &delta)
{
    if (delta.isEmpty())
        return {};
    return editFinding(workspace, session, findingId, [&](const Row &row, const LabelSchema &schema) -> Result<void> {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("SELECT kind, geometry_json, (SELECT COUNT(*) FROM mask_edits WHERE finding_ref = f.id) "
                                     "FROM findings f WHERE id = ?"));
        query.addBindValue(findingId);
        if (!query.exec() || !query.next())
            return databaseError(workspace, query);
        if (query.value(0).toString() != findingKindName(FindingKind::Mask)) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("Finding %1 is a %2, not a mask; only masks are painted.").arg(findingId).arg(query.value(0).toString()));
        }
        const QJsonArray size = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object().value(QStringLiteral("size")).toArray();
        const qint64 voxels = qint64(size.at(0).toInt()) * size.at(1).toInt() * size.at(2).toInt();
        const qint64 editsSoFar = query.value(2).toLongLong();
        const int maxLabel = std::max<int>(1, int(schema.findingLabels.size()));
        qint64 total = 0, end = 0;
        for (const MaskDelta::Run &r : delta.runs) {
            if (r.start < end || r.length <= 0 || r.start + r.length > voxels || r.label > maxLabel) {
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The mask edit does not fit finding %1 (voxels 0 to %2, labels 0 to %3).")
                                     .arg(findingId).arg(voxels - 1).arg(maxLabel));
            }
            end = r.start + r.length;
            total += r.length;
        }
        if (total != qint64(delta.before.size()))
            return makeError(ErrorCode::InvalidArgument, tr("The mask edit's old labels do not match its runs."));
        if (Result<void> stored = execute(workspace,
                                          QStringLiteral("INSERT INTO mask_edits (finding_ref, delta_blob, voxels, created_at) "
                                                         "VALUES (?, ?, ?, ?)"),
                                          {findingId, FindingCodec::encodeDelta(delta), total, nowUtc()});
            !stored) {
            return stored;
        }
        if (Result<void> touched =
                execute(workspace, QStringLiteral("UPDATE findings SET updated_at = ? WHERE id = ?"), {nowUtc(), findingId});
            !touched) {
            return touched;
        }
        // Keep reopening fast: fold a long tail of strokes into the base now and then.
        if (editsSoFar + 1 >= maskEditsBeforeFolding) {
            if (Result<void> folded = foldMaskEdits(workspace, findingId); !folded)
                return folded;
        }
        QJsonObject labels;
        for (const MaskDelta::Run &r : delta.runs)
            labels.insert(QString::number(r.label), labels.value(QString::number(r.label)).toInteger() + r.length);
        return audit(workspace, session, QStringLiteral("finding.paint"), row.reading.id,
                     QJsonObject{{QStringLiteral("finding"), findingId},
                                 {QStringLiteral("voxels"), total},
                                 {QStringLiteral("labels"), labels}});
    });
}

Result<ReadingContext> Readings::context(store::Workspace &workspace, const Session &session, qint64 readingId)
{
    Result<Row> row = visibleRow(workspace, session, readingId);
    if (!row)
        return row.error();
    Result<LabelSchema> schema = schemaOf(*row);
    if (!schema)
        return schema.error();
    ReadingContext context;
    context.datasetCode = row->datasetCode;
    context.schema = *schema;
    context.studyInstanceUid = row->studyUid;
    context.unitIsSeries = !row->seriesRef.isNull();
    Result<UnitSeries> unit = unitSeries(workspace, *row);
    if (!unit)
        return unit.error();
    context.seriesInstanceUid = unit->seriesUid;
    context.imageSize = unit->size;
    return context;
}

Result<void> Readings::removeFinding(store::Workspace &workspace, const Session &session, qint64 findingId)
{
    return editFinding(workspace, session, findingId, [&](const Row &row, const LabelSchema &) -> Result<void> {
        if (Result<void> removed = execute(workspace, QStringLiteral("DELETE FROM findings WHERE id = ?"), {findingId}); !removed)
            return removed;
        return audit(workspace, session, QStringLiteral("finding.remove"), row.reading.id,
                     QJsonObject{{QStringLiteral("finding"), findingId}});
    });
}

Result<void> Readings::setComment(store::Workspace &workspace, const Session &session, qint64 readingId, const QString &comment)
{
    return editReading(workspace, session, readingId, [&](const Row &) -> Result<void> {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE readings SET comment = ? WHERE id = ?"));
        query.addBindValue(comment.isNull() ? QStringLiteral("") : comment);
        query.addBindValue(readingId);
        if (!query.exec())
            return databaseError(workspace, query);
        return audit(workspace, session, QStringLiteral("reading.comment"), readingId,
                     QJsonObject{{QStringLiteral("comment"), comment}});
    });
}

Result<void> Readings::addTimeSpent(store::Workspace &workspace, const Session &session, qint64 readingId, qint64 seconds)
{
    if (seconds <= 0 || seconds > 24 * 3600) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Reading time is added in positive steps of at most a day (got %1 s).").arg(seconds));
    }
    return editReading(workspace, session, readingId, [&](const Row &row) -> Result<void> {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE readings SET seconds_spent = seconds_spent + ? WHERE id = ?"));
        query.addBindValue(seconds);
        query.addBindValue(readingId);
        if (!query.exec())
            return databaseError(workspace, query);
        return audit(workspace, session, QStringLiteral("reading.time"), readingId,
                     QJsonObject{{QStringLiteral("seconds"), seconds},
                                 {QStringLiteral("total"), row.reading.secondsSpent + seconds}});
    });
}

Result<void> Readings::submit(store::Workspace &workspace, const Session &session, qint64 readingId)
{
    return editReading(workspace, session, readingId, [&](const Row &row) -> Result<void> {
        Result<LabelSchema> schema = schemaOf(row);
        if (!schema)
            return schema.error();
        if (schema->studyClassRequired && !row.reading.studyClass) {
            return makeError(ErrorCode::InvalidState,
                             tr("Reading %1 has no study class and the schema %2 requires one; set it first "
                                "('etalon-cli reading set-class').")
                                 .arg(readingId)
                                 .arg(schema->id));
        }
        Result<std::vector<Finding>> findings = loadFindings(workspace, readingId);
        if (!findings)
            return findings.error();
        for (const Finding &f : *findings) {
            for (const FindingAttribute &a : schema->attributes) {
                if (a.required && f.attributes.value(a.key).toString().trimmed().isEmpty()) {
                    return makeError(ErrorCode::InvalidState,
                                     tr("Finding %1 of reading %2 lacks the required attribute '%3'; fill it in before submitting.")
                                         .arg(f.id).arg(readingId).arg(a.key));
                }
            }
        }
        for (const Finding &f : *findings) {
            if (f.kind() == FindingKind::Mask) {
                if (Result<void> folded = foldMaskEdits(workspace, f.id); !folded)
                    return folded;
            }
        }
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE readings SET state = 'submitted', submitted_at = ? WHERE id = ?"));
        query.addBindValue(nowUtc());
        query.addBindValue(readingId);
        if (!query.exec())
            return databaseError(workspace, query);
        if (Result<void> logged = audit(workspace, session, QStringLiteral("reading.submit"), readingId,
                                        QJsonObject{{QStringLiteral("dataset"), row.datasetCode},
                                                    {QStringLiteral("study"), row.studyUid},
                                                    {QStringLiteral("findings"), qint64(findings->size())}});
            !logged) {
            return logged;
        }
        if (row.reading.kind != ReadingKind::Primary)
            return {};
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM readings WHERE dataset_study_ref = ? AND kind = 'primary' "
                                     "AND state = 'submitted'"));
        query.addBindValue(row.reading.datasetStudyId);
        if (!query.exec() || !query.next())
            return databaseError(workspace, query);
        if (query.value(0).toInt() < 2)
            return {};
        if (Result<void> evaluated = Verification::evaluateStudy(workspace, row.reading.datasetStudyId, session.userId());
            !evaluated) {
            // The detail may describe the other reading: debug level only (off by default).
            qCWarning(lcStore) << "Verification of dataset study" << row.reading.datasetStudyId << "failed";
            qCDebug(lcStore) << evaluated.error().message;
            return makeError(ErrorCode::Database,
                             tr("Reading %1 could not be submitted because the workspace could not record it; nothing "
                                "changed. Try again, and tell the coordinator if it keeps failing.")
                                 .arg(readingId));
        }
        return {};
    });
}

} // namespace etalon::core::workflow
