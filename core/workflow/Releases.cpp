#include "core/workflow/Releases.h"
#include "core/workflow/ReleaseDocumentation.h"

#include "core/store/Workspace.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"
#include "core/workflow/WriteTransaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace etalon::core::workflow {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, Releases::tr("Cannot access the releases of %1: %2")
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

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void appendField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
}

bool isHex64(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

struct State {
    QJsonObject plan;
    QList<ReleaseUnit> units;
};

/// The dataset's plan and data units as they are now.
Result<State> currentState(store::Workspace &workspace, qint64 id)
{
    State state;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT name, purpose, clinical_task, data_unit, schema_id, schema_json, thresholds_json, "
                                 "verification_method, data_source, class_targets_json FROM datasets WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, Releases::tr("The dataset #%1 no longer exists.").arg(id));
    state.plan = QJsonObject{
        {QStringLiteral("name"), query.value(0).toString()},
        {QStringLiteral("purpose"), query.value(1).toString()},
        {QStringLiteral("clinicalTask"), query.value(2).toString()},
        {QStringLiteral("dataUnit"), query.value(3).toString()},
        {QStringLiteral("schemaId"), query.value(4).toString()},
        {QStringLiteral("schemaSha256"), sha256Hex(query.value(5).toString().toUtf8())},
        {QStringLiteral("thresholds"), objectOf(query.value(6).toString())},
        {QStringLiteral("verificationMethod"), query.value(7).toString()},
        {QStringLiteral("dataSource"), query.value(8).toString()},
        {QStringLiteral("classTargets"), objectOf(query.value(9).toString())},
    };
    // The release documentation (migration 006): a hash, empty while there is none, so that
    // releases recorded before it existed compare equal.
    // The labelling and verification principles written in it count as principles (MAJOR),
    // the rest as documentation (PATCH); removed dates are recorded as such (PATCH).
    query.prepare(QStringLiteral("SELECT documentation_json, remove_dates FROM release_settings WHERE dataset_ref = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.next()) {
        QJsonObject documentation = objectOf(query.value(0).toString());
        const QString principles = documentation.value(QStringLiteral("labellingPrinciples")).toString().trimmed()
                                   + QLatin1Char('\n') + documentation.value(QStringLiteral("verificationPrinciples")).toString().trimmed();
        documentation.remove(QStringLiteral("labellingPrinciples"));
        documentation.remove(QStringLiteral("verificationPrinciples"));
        ReleaseDocumentation empty = ReleaseDocumentation();
        QJsonObject emptyJson = empty.toJson();
        emptyJson.remove(QStringLiteral("labellingPrinciples"));
        emptyJson.remove(QStringLiteral("verificationPrinciples"));
        if (!documentation.isEmpty() && documentation != emptyJson)
            state.plan.insert(QStringLiteral("documentationSha256"), sha256Hex(compact(documentation).toUtf8()));
        if (principles.trimmed().size() > 0)
            state.plan.insert(QStringLiteral("principlesSha256"), sha256Hex(principles.toUtf8()));
        if (query.value(1).toInt() != 0)
            state.plan.insert(QStringLiteral("dates"), QStringLiteral("remove"));
    }
    query.prepare(QStringLiteral(
        "SELECT ds.id, st.study_uid, COALESCE(se.series_uid, ''), COALESCE(f.state, ''), COALESCE(f.study_class, ''), "
        "f.findings_json, f.verification_level FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref "
        "LEFT JOIN series se ON se.id = ds.series_ref LEFT JOIN final_labels f ON f.dataset_study_ref = ds.id "
        "WHERE ds.dataset_ref = ? AND ds.state <> 'withdrawn' ORDER BY ds.id"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(workspace, query);
    while (query.next()) {
        ReleaseUnit unit;
        unit.datasetStudyId = query.value(0).toLongLong();
        unit.studyInstanceUid = query.value(1).toString();
        unit.seriesInstanceUid = query.value(2).toString();
        unit.finalState = query.value(3).toString();
        unit.studyClass = query.value(4).toString();
        if (!unit.finalState.isEmpty()) {
            unit.labelsHash = Releases::labelsHash(unit.finalState, unit.studyClass, query.value(5).toString(),
                                                   query.value(6).toString());
        }
        state.units.append(unit);
    }
    return state;
}

const char *ReleaseSelect =
    "SELECT r.id, d.code, r.major, r.minor, r.patch, r.created_at, u.login, r.plan_json, r.changes_json, r.manifest_hash, "
    "COALESCE(g.registry_json, '{}'), COALESCE(g.bundle_bytes, 0) "
    "FROM releases r JOIN datasets d ON d.id = r.dataset_ref JOIN users u ON u.id = r.created_by "
    "LEFT JOIN release_registry g ON g.release_ref = r.id";

Result<QList<Release>> loadReleases(store::Workspace &workspace, const QString &where, const QVariantList &binds)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("%1 %2 ORDER BY d.code, r.major, r.minor, r.patch").arg(QLatin1String(ReleaseSelect), where));
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return databaseError(workspace, query);
    QList<Release> releases;
    while (query.next()) {
        Release r;
        r.id = query.value(0).toLongLong();
        r.datasetCode = query.value(1).toString();
        r.version = SemanticVersion{query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt()};
        r.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        r.createdBy = query.value(6).toString();
        r.plan = objectOf(query.value(7).toString());
        const QJsonArray changes = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array();
        for (const QJsonValue &c : changes)
            r.changes.append(ReleaseChange::fromJson(c.toObject()));
        r.manifestHash = query.value(9).toString();
        r.registry = objectOf(query.value(10).toString());
        r.bundleBytes = query.value(11).toLongLong();
        releases.append(r);
    }
    QSqlQuery units(workspace.database());
    units.prepare(QStringLiteral("SELECT dataset_study_ref, study_uid, series_uid, final_state, study_class, labels_hash "
                                 "FROM release_units WHERE release_ref = ? ORDER BY dataset_study_ref"));
    for (Release &r : releases) {
        units.addBindValue(r.id);
        if (!units.exec())
            return databaseError(workspace, units);
        while (units.next()) {
            ReleaseUnit u;
            u.datasetStudyId = units.value(0).toLongLong();
            u.studyInstanceUid = units.value(1).toString();
            u.seriesInstanceUid = units.value(2).toString();
            u.finalState = units.value(3).toString();
            u.studyClass = units.value(4).toString();
            u.labelsHash = units.value(5).toString();
            r.units.append(u);
        }
    }
    return releases;
}

QString planValue(const QJsonObject &plan, const QString &key)
{
    const QJsonValue v = plan.value(key);
    if (v.isObject())
        return compact(v.toObject());
    return v.toString();
}

QString unitLabel(const ReleaseUnit &u)
{
    if (u.finalState.isEmpty())
        return Releases::tr("no final labels");
    if (u.studyClass.isEmpty())
        return u.finalState;
    return QStringLiteral("%1 (%2)").arg(u.studyClass, u.finalState);
}

int kindOrder(const QString &kind)
{
    static const QStringList order{
        QStringLiteral("clinical_task"), QStringLiteral("purpose"), QStringLiteral("data_unit"),
        QStringLiteral("label_schema"), QStringLiteral("verification_method"), QStringLiteral("thresholds"),
        QStringLiteral("principles"), QStringLiteral("unit_replaced"), QStringLiteral("unit_added"), QStringLiteral("unit_removed"),
        QStringLiteral("labels_changed"), QStringLiteral("name"), QStringLiteral("data_source"),
        QStringLiteral("class_targets"), QStringLiteral("date_treatment"), QStringLiteral("documentation")};
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

VersionBump largestBump(const QList<ReleaseChange> &changes)
{
    VersionBump bump = VersionBump::None;
    for (const ReleaseChange &c : changes)
        bump = std::max(bump, c.bump);
    return bump;
}

/// The bump that takes `from` to `to` (to > from).
VersionBump bumpBetween(const SemanticVersion &from, const SemanticVersion &to)
{
    if (to.major != from.major)
        return VersionBump::Major;
    if (to.minor != from.minor)
        return VersionBump::Minor;
    return VersionBump::Patch;
}

QString bumpDisplayName(VersionBump bump)
{
    switch (bump) {
    case VersionBump::Major:
        return Releases::tr("MAJOR");
    case VersionBump::Minor:
        return Releases::tr("MINOR");
    case VersionBump::Patch:
        return Releases::tr("PATCH");
    case VersionBump::None:
        break;
    }
    return Releases::tr("none");
}

} // namespace

std::optional<SemanticVersion> SemanticVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return SemanticVersion{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

QString SemanticVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

QString versionBumpName(VersionBump bump)
{
    switch (bump) {
    case VersionBump::None:
        return QStringLiteral("none");
    case VersionBump::Patch:
        return QStringLiteral("patch");
    case VersionBump::Minor:
        return QStringLiteral("minor");
    case VersionBump::Major:
        return QStringLiteral("major");
    }
    return {};
}

std::optional<VersionBump> versionBumpFromName(const QString &name)
{
    for (VersionBump b : {VersionBump::None, VersionBump::Patch, VersionBump::Minor, VersionBump::Major}) {
        if (versionBumpName(b) == name)
            return b;
    }
    return std::nullopt;
}

SemanticVersion nextVersion(const SemanticVersion &from, VersionBump bump)
{
    switch (bump) {
    case VersionBump::Major:
        return SemanticVersion{from.major + 1, 0, 0};
    case VersionBump::Minor:
        return SemanticVersion{from.major, from.minor + 1, 0};
    case VersionBump::Patch:
        return SemanticVersion{from.major, from.minor, from.patch + 1};
    case VersionBump::None:
        break;
    }
    return from;
}

QString Releases::fieldName(const QString &kind, bool translated)
{
    // English source texts; Releases::tr() gives the user's language.
    static const std::pair<const char *, const char *> names[] = {
        {"clinical_task", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Clinical task")},
        {"purpose", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Purpose")},
        {"data_unit", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Data unit definition")},
        {"label_schema", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Label schema")},
        {"verification_method", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Verification method")},
        {"thresholds", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Disagreement thresholds (verification principle)")},
        {"name", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Name")},
        {"data_source", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Data source")},
        {"class_targets", QT_TRANSLATE_NOOP("etalon::core::workflow::Releases", "Class targets")},
    };
    for (const auto &[k, text] : names) {
        if (kind == QLatin1String(k))
            return translated ? tr(text) : QString::fromLatin1(text);
    }
    return {};
}

SemanticVersion ReleaseProposal::leastVersion() const
{
    if (!lastVersion)
        return SemanticVersion{1, 0, 0};
    return nextVersion(*lastVersion, std::max(bump, VersionBump::Patch));
}

QJsonObject ReleaseChange::toJson() const
{
    return QJsonObject{{QStringLiteral("bump"), versionBumpName(bump)},     {QStringLiteral("kind"), kind},
                       {QStringLiteral("subject"), subject},                {QStringLiteral("before"), before},
                       {QStringLiteral("after"), after},                    {QStringLiteral("description"), description}};
}

ReleaseChange ReleaseChange::fromJson(const QJsonObject &json)
{
    ReleaseChange c;
    c.bump = versionBumpFromName(json.value(QStringLiteral("bump")).toString()).value_or(VersionBump::Patch);
    c.kind = json.value(QStringLiteral("kind")).toString();
    c.subject = json.value(QStringLiteral("subject")).toString();
    c.before = json.value(QStringLiteral("before")).toString();
    c.after = json.value(QStringLiteral("after")).toString();
    c.description = json.value(QStringLiteral("description")).toString();
    return c;
}

QString Releases::labelsHash(const QString &state, const QString &studyClass, const QString &findingsJson,
                             const QString &verificationLevel)
{
    QByteArray canonical;
    appendField(canonical, state);
    appendField(canonical, studyClass);
    appendField(canonical, findingsJson);
    appendField(canonical, verificationLevel);
    return sha256Hex(canonical);
}

QList<ReleaseChange> Releases::compare(const QJsonObject &planBefore, const QList<ReleaseUnit> &unitsBefore,
                                       const QJsonObject &planAfter, const QList<ReleaseUnit> &unitsAfter)
{
    QList<ReleaseChange> changes;
    struct Field {
        const char *kind;
        const char *key;
        VersionBump bump;
    };
    static const Field fields[] = {
        {"clinical_task", "clinicalTask", VersionBump::Major},
        {"purpose", "purpose", VersionBump::Major},
        {"data_unit", "dataUnit", VersionBump::Major},
        {"verification_method", "verificationMethod", VersionBump::Major},
        {"thresholds", "thresholds", VersionBump::Major},
        {"name", "name", VersionBump::Patch},
        {"data_source", "dataSource", VersionBump::Patch},
        {"class_targets", "classTargets", VersionBump::Patch},
    };
    for (const Field &f : fields) {
        const QString key = QLatin1String(f.key);
        const QString before = planValue(planBefore, key);
        const QString after = planValue(planAfter, key);
        if (before == after)
            continue;
        ReleaseChange c;
        c.bump = f.bump;
        c.kind = QLatin1String(f.kind);
        c.subject = key;
        c.before = before;
        c.after = after;
        c.description = tr("%1 changed from \"%2\" to \"%3\".").arg(fieldName(c.kind), before, after);
        changes.append(c);
    }
    // Entries described as a whole rather than quoted: the documentation's principles and
    // the rest of it (hashes), and how dates are de-identified ("" = shifted).
    struct Whole {
        const char *key;
        const char *kind;
        VersionBump bump;
        bool hash;
    };
    static const Whole wholes[] = {
        {"principlesSha256", "principles", VersionBump::Major, true},
        {"dates", "date_treatment", VersionBump::Patch, false},
        {"documentationSha256", "documentation", VersionBump::Patch, true},
    };
    for (const Whole &w : wholes) {
        const QString before = planValue(planBefore, QLatin1String(w.key));
        const QString after = planValue(planAfter, QLatin1String(w.key));
        if (before == after)
            continue;
        const auto shown = [&](const QString &value) {
            return w.hash ? value.left(12) : (value.isEmpty() ? QStringLiteral("shift") : value);
        };
        ReleaseChange c;
        c.bump = w.bump;
        c.kind = QLatin1String(w.kind);
        c.subject = w.hash ? QStringLiteral("documentation") : QStringLiteral("dates");
        c.before = shown(before);
        c.after = shown(after);
        if (c.kind == QLatin1String("principles"))
            c.description = tr("The labelling or verification principles in the release documentation were edited.");
        else if (c.kind == QLatin1String("documentation"))
            c.description = tr("The release documentation was edited.");
        else if (c.after == QLatin1String("remove"))
            c.description = tr("Dates in the released images are now removed instead of shifted.");
        else
            c.description = tr("Dates in the released images are now shifted instead of removed.");
        changes.append(c);
    }
    const QString schemaBefore = planValue(planBefore, QStringLiteral("schemaId"));
    const QString schemaAfter = planValue(planAfter, QStringLiteral("schemaId"));
    const QString hashBefore = planValue(planBefore, QStringLiteral("schemaSha256"));
    const QString hashAfter = planValue(planAfter, QStringLiteral("schemaSha256"));
    if (schemaBefore != schemaAfter || hashBefore != hashAfter) {
        ReleaseChange c;
        c.bump = VersionBump::Major;
        c.kind = QStringLiteral("label_schema");
        c.subject = QStringLiteral("schema");
        c.before = QStringLiteral("%1 (sha256 %2)").arg(schemaBefore, hashBefore.left(12));
        c.after = QStringLiteral("%1 (sha256 %2)").arg(schemaAfter, hashAfter.left(12));
        c.description = schemaBefore != schemaAfter
                            ? tr("Label schema changed from %1 to %2.").arg(schemaBefore, schemaAfter)
                            : tr("Label schema %1 was edited (its classes or labels changed).").arg(schemaAfter);
        changes.append(c);
    }

    // A study is in a dataset once, so units are matched by study UID.
    QHash<QString, ReleaseUnit> before;
    for (const ReleaseUnit &u : unitsBefore)
        before.insert(u.studyInstanceUid, u);
    QSet<QString> seen;
    for (const ReleaseUnit &u : unitsAfter) {
        seen.insert(u.studyInstanceUid);
        const auto old = before.constFind(u.studyInstanceUid);
        ReleaseChange c;
        c.subject = u.studyInstanceUid;
        if (old == before.constEnd()) {
            c.bump = VersionBump::Minor;
            c.kind = QStringLiteral("unit_added");
            c.after = unitLabel(u);
            c.description = u.seriesInstanceUid.isEmpty()
                                ? tr("Data unit added: study %1.").arg(u.studyInstanceUid)
                                : tr("Data unit added: study %1, series %2.").arg(u.studyInstanceUid, u.seriesInstanceUid);
        } else if (old->datasetStudyId != u.datasetStudyId || old->seriesInstanceUid != u.seriesInstanceUid) {
            c.bump = VersionBump::Minor;
            c.kind = QStringLiteral("unit_replaced");
            c.before = old->seriesInstanceUid;
            c.after = u.seriesInstanceUid;
            c.description = tr("Data unit replaced: study %1 (series \"%2\" -> \"%3\").")
                                .arg(u.studyInstanceUid, old->seriesInstanceUid, u.seriesInstanceUid);
        } else if (old->labelsHash != u.labelsHash) {
            c.bump = VersionBump::Patch;
            c.kind = QStringLiteral("labels_changed");
            c.before = unitLabel(*old);
            c.after = unitLabel(u);
            c.description = tr("Final labels of study %1 corrected: %2 -> %3.").arg(u.studyInstanceUid, c.before, c.after);
        } else {
            continue;
        }
        changes.append(c);
    }
    for (const ReleaseUnit &u : unitsBefore) {
        if (seen.contains(u.studyInstanceUid))
            continue;
        ReleaseChange c;
        c.bump = VersionBump::Minor;
        c.kind = QStringLiteral("unit_removed");
        c.subject = u.studyInstanceUid;
        c.before = unitLabel(u);
        c.description = tr("Data unit removed: study %1.").arg(u.studyInstanceUid);
        changes.append(c);
    }
    std::stable_sort(changes.begin(), changes.end(), [](const ReleaseChange &a, const ReleaseChange &b) {
        if (a.bump != b.bump)
            return a.bump > b.bump;
        if (kindOrder(a.kind) != kindOrder(b.kind))
            return kindOrder(a.kind) < kindOrder(b.kind);
        return a.subject < b.subject;
    });
    return changes;
}

Result<ReleaseProposal> Releases::proposeNextVersion(store::Workspace &workspace, const Session &session,
                                                     const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("prepare a dataset release")); !allowed)
        return allowed.error();
    const Result<qint64> id = Datasets::idOf(workspace, datasetCode);
    if (!id)
        return id.error();
    const Result<State> now = currentState(workspace, *id);
    if (!now)
        return now.error();
    const Result<QList<Release>> releases = loadReleases(workspace, QStringLiteral("WHERE r.dataset_ref = ?"), {*id});
    if (!releases)
        return releases.error();

    ReleaseProposal p;
    p.datasetCode = datasetCode;
    p.unitCount = int(now->units.size());
    p.unitsWithoutFinalLabels = int(std::count_if(now->units.begin(), now->units.end(),
                                                  [](const ReleaseUnit &u) { return u.finalState.isEmpty(); }));
    if (releases->isEmpty()) {
        p.proposed = SemanticVersion{1, 0, 0};
        p.bump = VersionBump::Major;
        p.releaseNeeded = true;
        p.summary = tr("First release of %1: version %2 with %n data unit(s).", nullptr, p.unitCount)
                        .arg(datasetCode, p.proposed.toString());
        return p;
    }
    const Release &last = releases->last();
    p.lastVersion = last.version;
    p.changes = compare(last.plan, last.units, now->plan, now->units);
    p.bump = largestBump(p.changes);
    p.releaseNeeded = p.bump != VersionBump::None;
    p.proposed = nextVersion(last.version, p.bump);
    if (!p.releaseNeeded) {
        p.summary = tr("Nothing changed in %1 since version %2; no release is needed.").arg(datasetCode, last.version.toString());
    } else {
        p.summary = tr("%1: %n change(s) since version %2; the next version is %3 (%4).", nullptr, int(p.changes.size()))
                        .arg(datasetCode, last.version.toString(), p.proposed.toString(), bumpDisplayName(p.bump));
    }
    return p;
}

Result<Release> Releases::record(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                 const SemanticVersion &version, const QList<ReleaseChange> &changes,
                                 const QString &manifestHash)
{
    RecordOptions options;
    options.manifestHash = manifestHash;
    return record(workspace, session, datasetCode, version, changes, options);
}

Result<QString> Releases::stateFingerprint(store::Workspace &workspace, const QString &datasetCode)
{
    const Result<qint64> id = Datasets::idOf(workspace, datasetCode);
    if (!id)
        return id.error();
    const Result<State> now = currentState(workspace, *id);
    if (!now)
        return now.error();
    QByteArray canonical;
    appendField(canonical, compact(now->plan));
    for (const ReleaseUnit &u : now->units) {
        appendField(canonical, QString::number(u.datasetStudyId));
        appendField(canonical, u.studyInstanceUid);
        appendField(canonical, u.seriesInstanceUid);
        appendField(canonical, u.labelsHash);
    }
    return sha256Hex(canonical);
}

Result<Release> Releases::record(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                 const SemanticVersion &version, const QList<ReleaseChange> &changes,
                                 const RecordOptions &options)
{
    const QString &manifestHash = options.manifestHash;
    if (Result<void> allowed = requireCoordinator(session, tr("record a dataset release")); !allowed)
        return allowed.error();
    if (!manifestHash.isEmpty() && !isHex64(manifestHash)) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a SHA-256 of a manifest (64 lowercase hexadecimal digits).").arg(manifestHash));
    }
    if (version.major < 0 || version.minor < 0 || version.patch < 0)
        return makeError(ErrorCode::InvalidArgument, tr("The version %1 is not a valid version.").arg(version.toString()));
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<qint64> id = Datasets::idOf(workspace, datasetCode);
    if (!id)
        return id.error();
    const Result<State> now = currentState(workspace, *id);
    if (!now)
        return now.error();
    if (now->units.isEmpty()) {
        return makeError(ErrorCode::InvalidState,
                         tr("The dataset %1 has no data units; add studies before releasing it.").arg(datasetCode));
    }
    if (!options.expectedState.isEmpty()) {
        const Result<QString> fingerprint = stateFingerprint(workspace, datasetCode);
        if (!fingerprint)
            return fingerprint.error();
        if (*fingerprint != options.expectedState) {
            return makeError(ErrorCode::InvalidState,
                             tr("The dataset %1 changed while its release bundle was being written (a label, a unit or "
                                "the plan); nothing was recorded. Write the release again.")
                                 .arg(datasetCode));
        }
    }
    const Result<QList<Release>> releases = loadReleases(workspace, QStringLiteral("WHERE r.dataset_ref = ?"), {*id});
    if (!releases)
        return releases.error();

    QList<ReleaseChange> stored = changes;
    if (releases->isEmpty()) {
        if (version != SemanticVersion{1, 0, 0}) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("The first release of %1 is version 1.0.0, not %2.").arg(datasetCode, version.toString()));
        }
    } else {
        const Release &last = releases->last();
        for (const Release &r : *releases) {
            if (r.version == version) {
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Version %1 of %2 already exists; releases never change. Choose a later version.")
                                     .arg(version.toString(), datasetCode));
            }
        }
        if (!(version > last.version)) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("Version %1 is not greater than the last release %2 of %3.")
                                 .arg(version.toString(), last.version.toString(), datasetCode));
        }
        const QList<ReleaseChange> found = compare(last.plan, last.units, now->plan, now->units);
        const VersionBump required = largestBump(found);
        if (bumpBetween(last.version, version) < required) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("Version %1 is too small for the changes since %2: they need a %3 release (%4).")
                                 .arg(version.toString(), last.version.toString(), bumpDisplayName(required),
                                      nextVersion(last.version, required).toString()));
        }
        if (stored.isEmpty())
            stored = found;
    }

    const QString createdAt = nowUtc();
    QJsonArray changesJson;
    for (const ReleaseChange &c : stored)
        changesJson.append(c.toJson());
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("INSERT INTO releases (dataset_ref, version, major, minor, patch, created_at, created_by, "
                                 "plan_json, changes_json, unit_count, manifest_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(*id);
    query.addBindValue(version.toString());
    query.addBindValue(version.major);
    query.addBindValue(version.minor);
    query.addBindValue(version.patch);
    query.addBindValue(createdAt);
    query.addBindValue(session.userId());
    query.addBindValue(compact(now->plan));
    query.addBindValue(compact(changesJson));
    query.addBindValue(int(now->units.size()));
    query.addBindValue(manifestHash.isEmpty() ? QStringLiteral("") : manifestHash);
    if (!query.exec())
        return databaseError(workspace, query);
    const qint64 releaseId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO release_units (release_ref, dataset_study_ref, study_uid, series_uid, "
                                 "final_state, study_class, labels_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ReleaseUnit &u : now->units) {
        query.addBindValue(releaseId);
        query.addBindValue(u.datasetStudyId);
        query.addBindValue(u.studyInstanceUid);
        query.addBindValue(u.seriesInstanceUid.isNull() ? QStringLiteral("") : u.seriesInstanceUid);
        query.addBindValue(u.finalState.isNull() ? QStringLiteral("") : u.finalState);
        query.addBindValue(u.studyClass.isNull() ? QStringLiteral("") : u.studyClass);
        query.addBindValue(u.labelsHash.isNull() ? QStringLiteral("") : u.labelsHash);
        if (!query.exec())
            return databaseError(workspace, query);
    }
    if (!options.registry.isEmpty() || options.bundleBytes > 0) {
        query.prepare(QStringLiteral("INSERT INTO release_registry (release_ref, registry_json, bundle_bytes) VALUES (?, ?, ?)"));
        query.addBindValue(releaseId);
        query.addBindValue(compact(options.registry));
        query.addBindValue(options.bundleBytes);
        if (!query.exec())
            return databaseError(workspace, query);
    }
    query.prepare(QStringLiteral("UPDATE datasets SET version = ? WHERE id = ?"));
    query.addBindValue(version.toString());
    query.addBindValue(*id);
    if (!query.exec())
        return databaseError(workspace, query);
    const QJsonObject details{{QStringLiteral("version"), version.toString()},
                              {QStringLiteral("previous"), releases->isEmpty() ? QString() : releases->last().version.toString()},
                              {QStringLiteral("units"), int(now->units.size())},
                              {QStringLiteral("changes"), int(stored.size())},
                              {QStringLiteral("manifestSha256"), manifestHash}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("release.record"),
                                                 QStringLiteral("dataset"), datasetCode, details);
        !logged) {
        return logged.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return show(workspace, session, datasetCode, version);
}

Result<void> Releases::setManifestHash(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                       const SemanticVersion &version, const QString &manifestHash)
{
    if (Result<void> allowed = requireCoordinator(session, tr("record a dataset release")); !allowed)
        return allowed;
    if (!isHex64(manifestHash)) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a SHA-256 of a manifest (64 lowercase hexadecimal digits).").arg(manifestHash));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<Release> release = show(workspace, session, datasetCode, version);
    if (!release)
        return release.error();
    if (!release->manifestHash.isEmpty()) {
        return makeError(ErrorCode::InvalidState, tr("Release %1 of %2 already has its manifest hash; releases never change.")
                                                      .arg(version.toString(), datasetCode));
    }
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE releases SET manifest_hash = ? WHERE id = ?"));
    query.addBindValue(manifestHash);
    query.addBindValue(release->id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("release.manifest"),
                                                 QStringLiteral("dataset"), datasetCode,
                                                 QJsonObject{{QStringLiteral("version"), version.toString()},
                                                             {QStringLiteral("manifestSha256"), manifestHash}});
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

Result<QList<Release>> Releases::list(store::Workspace &workspace, const Session &session, const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("see the releases of datasets")); !allowed)
        return allowed.error();
    if (datasetCode.isEmpty())
        return loadReleases(workspace, {}, {});
    const Result<qint64> id = Datasets::idOf(workspace, datasetCode);
    if (!id)
        return id.error();
    return loadReleases(workspace, QStringLiteral("WHERE r.dataset_ref = ?"), {*id});
}

Result<Release> Releases::show(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                               const SemanticVersion &version)
{
    const Result<QList<Release>> releases = list(workspace, session, datasetCode);
    if (!releases)
        return releases.error();
    QStringList known;
    for (const Release &r : *releases) {
        if (r.version == version)
            return r;
        known.append(r.version.toString());
    }
    return makeError(ErrorCode::NotFound,
                     known.isEmpty()
                         ? tr("The dataset %1 has no release %2: it has not been released yet.").arg(datasetCode, version.toString())
                         : tr("The dataset %1 has no release %2 (its releases: %3).")
                               .arg(datasetCode, version.toString(), known.join(QStringLiteral(", "))));
}

Result<ReleaseDiff> Releases::diff(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                   const SemanticVersion &v1, const SemanticVersion &v2)
{
    const Result<Release> from = show(workspace, session, datasetCode, v1);
    if (!from)
        return from.error();
    const Result<Release> to = show(workspace, session, datasetCode, v2);
    if (!to)
        return to.error();
    ReleaseDiff d;
    d.from = v1;
    d.to = v2;
    d.changes = compare(from->plan, from->units, to->plan, to->units);
    for (const ReleaseChange &c : d.changes) {
        if (c.kind == QLatin1String("unit_added"))
            d.added.append(c.subject);
        else if (c.kind == QLatin1String("unit_removed"))
            d.removed.append(c.subject);
        else if (c.kind == QLatin1String("labels_changed"))
            d.labelsChanged.append(c.subject);
        else if (c.kind == QLatin1String("unit_replaced")) {
            d.removed.append(c.subject);
            d.added.append(c.subject);
        }
    }
    d.added.sort();
    d.removed.sort();
    d.labelsChanged.sort();
    return d;
}

} // namespace etalon::core::workflow
