#include "core/workflow/Datasets.h"

#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"
#include "core/workflow/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace etalon::core::workflow {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("etalon::core::workflow::Datasets", "Cannot access the datasets of %1: %2")
                         .arg(workspace.databasePath(), query.lastError().text()));
}

/// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject targetsToJson(const QMap<QString, int> &targets)
{
    QJsonObject object;
    for (auto it = targets.begin(); it != targets.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

const char *DatasetSelect =
    "SELECT d.id, d.code, d.name, d.version, d.purpose, d.clinical_task, d.data_unit, d.schema_json, "
    "d.class_targets_json, d.thresholds_json, d.verification_method, d.data_source, u.login, d.created_at, "
    "(SELECT COUNT(*) FROM dataset_studies s WHERE s.dataset_ref = d.id AND s.state <> 'withdrawn') "
    "FROM datasets d JOIN users u ON u.id = d.created_by";

Result<Dataset> datasetFromQuery(const QSqlQuery &query)
{
    Dataset d;
    d.id = query.value(0).toLongLong();
    d.spec.code = query.value(1).toString();
    d.spec.name = query.value(2).toString();
    d.version = query.value(3).toString();
    d.spec.purpose = purposeFromName(query.value(4).toString()).value_or(DatasetPurpose::Calibration);
    d.spec.clinicalTask = query.value(5).toString();
    d.spec.dataUnit = query.value(6).toString();
    Result<LabelSchema> schema = LabelSchema::fromJson(query.value(7).toString().toUtf8());
    if (!schema) {
        return makeError(ErrorCode::CorruptData, Datasets::tr("The label schema stored with dataset %1 is damaged: %2")
                                                     .arg(d.spec.code, schema.error().message));
    }
    d.spec.schema = *schema;
    const QJsonObject targets = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    for (auto it = targets.begin(); it != targets.end(); ++it)
        d.spec.classTargets.insert(it.key(), it.value().toInt());
    Result<DisagreementThresholds> thresholds =
        DisagreementThresholds::fromJson(QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object());
    if (!thresholds)
        return makeError(ErrorCode::CorruptData, thresholds.error().message);
    d.spec.thresholds = *thresholds;
    d.spec.verificationMethod = query.value(10).toString();
    d.spec.dataSource = query.value(11).toString();
    d.createdBy = query.value(12).toString();
    d.createdAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
    d.studyCount = query.value(14).toInt();
    return d;
}

/// Datasets the session may see: all for coordinators; for others, those in which they
/// have a reading or a dispute sent to them.
QString visibilityClause(const Session &session)
{
    if (session.isCoordinator())
        return QStringLiteral("1");
    return QStringLiteral("(EXISTS (SELECT 1 FROM readings r JOIN dataset_studies s ON s.id = r.dataset_study_ref "
                          "WHERE s.dataset_ref = d.id AND r.reader_ref = %1) "
                          "OR EXISTS (SELECT 1 FROM disputes p JOIN dataset_studies s ON s.id = p.dataset_study_ref "
                          "WHERE s.dataset_ref = d.id AND p.expert_ref = %1))")
        .arg(session.userId());
}

} // namespace

QString purposeName(DatasetPurpose purpose)
{
    switch (purpose) {
    case DatasetPurpose::Functional:
        return QStringLiteral("functional");
    case DatasetPurpose::Calibration:
        return QStringLiteral("calibration");
    case DatasetPurpose::FineTuning:
        return QStringLiteral("fine_tuning");
    case DatasetPurpose::Training:
        return QStringLiteral("training");
    case DatasetPurpose::Dynamic:
        return QStringLiteral("dynamic");
    case DatasetPurpose::TechnicalDefects:
        return QStringLiteral("technical_defects");
    }
    return {};
}

std::optional<DatasetPurpose> purposeFromName(const QString &name)
{
    for (DatasetPurpose p : {DatasetPurpose::Functional, DatasetPurpose::Calibration, DatasetPurpose::FineTuning,
                             DatasetPurpose::Training, DatasetPurpose::Dynamic, DatasetPurpose::TechnicalDefects}) {
        if (purposeName(p) == name)
            return p;
    }
    return std::nullopt;
}

Result<void> Datasets::validateCode(const QString &code)
{
    static const QRegularExpression pattern(
        QStringLiteral("^DS_([A-Z0-9]+(?:-[A-Z0-9]+)?)_([A-Z0-9]+)(?:_([A-Z0-9]+))?_([A-Z0-9]+)$"));
    if (pattern.match(code).hasMatch())
        return {};
    QString why;
    if (!code.startsWith(QLatin1String("DS_")))
        why = tr("it must start with DS_");
    else if (code != code.toUpper())
        why = tr("use upper-case letters");
    else if (code.split(QLatin1Char('_')).size() < 4)
        why = tr("it needs at least a test, a modality and a target");
    else if (code.split(QLatin1Char('_')).size() > 5)
        why = tr("it has more parts than test, modality, organ and target");
    else
        why = tr("each part may hold only Latin letters and digits (the test part also one '-')");
    return makeError(ErrorCode::InvalidArgument,
                     tr("The dataset code '%1' does not follow DS_<test>_<modality>_<organ>_<target> (e.g. "
                        "DS_CT-I_CT_OGK_COVID): %2.")
                         .arg(code, why));
}

Result<void> Datasets::validate(const DatasetSpec &spec)
{
    if (Result<void> code = validateCode(spec.code); !code)
        return code;
    if (spec.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The dataset %1 needs a name.").arg(spec.code));
    if (spec.schema.id.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The dataset %1 needs a label schema.").arg(spec.code));
    // Round-trip the schema snapshot, so a schema built in code is validated like a file.
    if (Result<LabelSchema> schema = LabelSchema::fromJson(spec.schema.toJson()); !schema)
        return schema.error();
    for (auto it = spec.classTargets.begin(); it != spec.classTargets.end(); ++it) {
        if (spec.schema.classIndex(it.key()) < 0) {
            QStringList codes;
            for (const LabelClass &c : spec.schema.classes)
                codes.append(c.code);
            return makeError(ErrorCode::InvalidArgument,
                             tr("The class target '%1' is not a class of the schema %2 (its classes: %3).")
                                 .arg(it.key(), spec.schema.id, codes.join(QStringLiteral(", "))));
        }
        if (it.value() < 0)
            return makeError(ErrorCode::InvalidArgument, tr("The class target for '%1' is negative.").arg(it.key()));
    }
    if (Result<DisagreementThresholds> t = DisagreementThresholds::fromJson(spec.thresholds.toJson()); !t)
        return t.error();
    return {};
}

namespace {

/// Binds a plan's columns in the order name, purpose, clinical_task, data_unit, schema_id,
/// schema_json, class_targets_json, thresholds_json, verification_method, data_source.
void bindPlan(QSqlQuery &query, const DatasetSpec &spec, const QString &schemaJson)
{
    query.addBindValue(spec.name.trimmed());
    query.addBindValue(purposeName(spec.purpose));
    query.addBindValue(text(spec.clinicalTask));
    query.addBindValue(text(spec.dataUnit));
    query.addBindValue(spec.schema.id);
    query.addBindValue(schemaJson);
    query.addBindValue(compact(targetsToJson(spec.classTargets)));
    query.addBindValue(compact(spec.thresholds.toJson()));
    query.addBindValue(text(spec.verificationMethod));
    query.addBindValue(text(spec.dataSource));
}

} // namespace

Result<Dataset> Datasets::create(store::Workspace &workspace, const Session &session, const DatasetSpec &spec)
{
    if (Result<void> allowed = requireCoordinator(session, tr("create a dataset")); !allowed)
        return allowed.error();
    if (Result<void> valid = validate(spec); !valid)
        return valid.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE code = ?"));
    query.addBindValue(spec.code);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.next())
        return makeError(ErrorCode::AlreadyExists, tr("There is already a dataset %1; choose another code.").arg(spec.code));
    const QString schemaJson = QString::fromUtf8(
        QJsonDocument::fromJson(spec.schema.toJson()).toJson(QJsonDocument::Compact));
    query.prepare(QStringLiteral(
        "INSERT INTO datasets (code, name, purpose, clinical_task, data_unit, schema_id, schema_json, class_targets_json, "
        "thresholds_json, verification_method, data_source, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(spec.code);
    bindPlan(query, spec, schemaJson);
    query.addBindValue(session.userId());
    query.addBindValue(nowUtc());
    if (!query.exec())
        return databaseError(workspace, query);
    const QJsonObject details{{QStringLiteral("name"), spec.name.trimmed()},
                              {QStringLiteral("purpose"), purposeName(spec.purpose)},
                              {QStringLiteral("schema"), spec.schema.id},
                              {QStringLiteral("classTargets"), targetsToJson(spec.classTargets)},
                              {QStringLiteral("thresholds"), spec.thresholds.toJson()}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dataset.create"),
                                                 QStringLiteral("dataset"), spec.code, details);
        !logged) {
        return logged.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return show(workspace, session, spec.code);
}

Result<Dataset> Datasets::show(store::Workspace &workspace, const Session &session, const QString &code)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("%1 WHERE d.code = ? AND %2").arg(QLatin1String(DatasetSelect), visibilityClause(session)));
    query.addBindValue(code);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        // Readers get the same answer for a dataset they may not see as for a missing one.
        return makeError(ErrorCode::NotFound,
                         tr("There is no dataset %1 (see 'etalon-cli dataset list').").arg(code));
    }
    return datasetFromQuery(query);
}

Result<QList<Dataset>> Datasets::list(store::Workspace &workspace, const Session &session)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("%1 WHERE %2 ORDER BY d.code").arg(QLatin1String(DatasetSelect), visibilityClause(session))))
        return databaseError(workspace, query);
    QList<Dataset> datasets;
    while (query.next()) {
        Result<Dataset> d = datasetFromQuery(query);
        if (!d)
            return d.error();
        datasets.append(*d);
    }
    return datasets;
}

Result<QList<DatasetStudy>> Datasets::studies(store::Workspace &workspace, const Session &session, const QString &code)
{
    if (Result<void> allowed = requireCoordinator(session, tr("list the studies of a dataset")); !allowed)
        return allowed.error();
    const Result<Dataset> dataset = show(workspace, session, code);
    if (!dataset)
        return dataset.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ds.id, st.study_uid, se.series_uid, ds.state, ds.added_at FROM dataset_studies ds "
                                 "JOIN studies st ON st.id = ds.study_ref LEFT JOIN series se ON se.id = ds.series_ref "
                                 "WHERE ds.dataset_ref = ? ORDER BY ds.id"));
    query.addBindValue(dataset->id);
    if (!query.exec())
        return databaseError(workspace, query);
    QList<DatasetStudy> studies;
    while (query.next()) {
        DatasetStudy s;
        s.id = query.value(0).toLongLong();
        s.studyInstanceUid = query.value(1).toString();
        s.seriesInstanceUid = query.value(2).toString();
        s.state = query.value(3).toString();
        s.addedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        studies.append(s);
    }
    return studies;
}

Result<AddStudiesReport> Datasets::addStudies(store::Workspace &workspace, const Session &session, const QString &code,
                                              const QList<StudyToAdd> &studies)
{
    if (Result<void> allowed = requireCoordinator(session, tr("add studies to a dataset")); !allowed)
        return allowed.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<Dataset> dataset = show(workspace, session, code);
    if (!dataset)
        return dataset.error();

    AddStudiesReport report;
    QSqlQuery query(workspace.database());
    const QString addedAt = nowUtc();
    QJsonArray addedJson;
    for (const StudyToAdd &study : studies) {
        const QString uid = study.studyInstanceUid.trimmed();
        if (report.added.contains(uid) || report.alreadyPresent.contains(uid) || report.unknown.contains(uid))
            continue;
        query.prepare(QStringLiteral("SELECT id FROM studies WHERE study_uid = ?"));
        query.addBindValue(uid);
        if (!query.exec())
            return databaseError(workspace, query);
        if (!query.next()) {
            report.unknown.append(uid);
            continue;
        }
        const qint64 studyId = query.value(0).toLongLong();
        QVariant seriesId(QMetaType(QMetaType::LongLong));
        if (!study.seriesInstanceUid.isEmpty()) {
            query.prepare(QStringLiteral("SELECT id, study_ref FROM series WHERE series_uid = ?"));
            query.addBindValue(study.seriesInstanceUid.trimmed());
            if (!query.exec())
                return databaseError(workspace, query);
            if (!query.next() || query.value(1).toLongLong() != studyId) {
                report.problems.append({uid, tr("the series %1 is not part of this study in the workspace")
                                                 .arg(study.seriesInstanceUid)});
                continue;
            }
            seriesId = query.value(0).toLongLong();
        }
        query.prepare(QStringLiteral("SELECT ds.series_ref, se.series_uid FROM dataset_studies ds "
                                     "LEFT JOIN series se ON se.id = ds.series_ref WHERE ds.dataset_ref = ? AND ds.study_ref = ?"));
        query.addBindValue(dataset->id);
        query.addBindValue(studyId);
        if (!query.exec())
            return databaseError(workspace, query);
        if (query.next()) {
            const bool sameUnit = query.value(0).isNull() ? seriesId.isNull()
                                                          : (!seriesId.isNull() && query.value(0).toLongLong() == seriesId.toLongLong());
            if (sameUnit) {
                report.alreadyPresent.append(uid);
            } else {
                const QString existing = query.value(1).isNull() ? tr("the whole study") : tr("series %1").arg(query.value(1).toString());
                report.problems.append({uid, tr("the study is already in the dataset with %1 as its data unit; a study "
                                                "is in a dataset once").arg(existing)});
            }
            continue;
        }
        query.prepare(QStringLiteral("INSERT INTO dataset_studies (dataset_ref, study_ref, series_ref, added_by, added_at) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(dataset->id);
        query.addBindValue(studyId);
        query.addBindValue(seriesId);
        query.addBindValue(session.userId());
        query.addBindValue(addedAt);
        if (!query.exec())
            return databaseError(workspace, query);
        report.added.append(uid);
        QJsonObject entry{{QStringLiteral("study"), uid}};
        if (!study.seriesInstanceUid.isEmpty())
            entry.insert(QStringLiteral("series"), study.seriesInstanceUid.trimmed());
        addedJson.append(entry);
    }
    if (!report.added.isEmpty()) {
        if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dataset.add_studies"),
                                                     QStringLiteral("dataset"), code,
                                                     QJsonObject{{QStringLiteral("studies"), addedJson}});
            !logged) {
            return logged.error();
        }
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

Result<Dataset> Datasets::updatePlan(store::Workspace &workspace, const Session &session, const QString &code,
                                     const DatasetSpec &spec)
{
    if (Result<void> allowed = requireCoordinator(session, tr("change the plan of a dataset")); !allowed)
        return allowed.error();
    if (spec.code != code) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The code of dataset %1 cannot change (asked: %2); create a new dataset instead.").arg(code, spec.code));
    }
    if (Result<void> valid = validate(spec); !valid)
        return valid.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<Dataset> current = show(workspace, session, code);
    if (!current)
        return current.error();
    const QString schemaJson = QString::fromUtf8(QJsonDocument::fromJson(spec.schema.toJson()).toJson(QJsonDocument::Compact));
    const QString oldSchemaJson =
        QString::fromUtf8(QJsonDocument::fromJson(current->spec.schema.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery query(workspace.database());
    if (schemaJson != oldSchemaJson) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM readings r JOIN dataset_studies s ON s.id = r.dataset_study_ref "
                                     "WHERE s.dataset_ref = ?"));
        query.addBindValue(current->id);
        if (!query.exec() || !query.next())
            return databaseError(workspace, query);
        if (query.value(0).toLongLong() > 0) {
            return makeError(ErrorCode::InvalidState,
                             tr("The label schema of dataset %1 cannot change: it already has %n reading(s) made with "
                                "the schema %2. Create a new dataset for the new schema.",
                                nullptr, query.value(0).toInt())
                                 .arg(code, current->spec.schema.id));
        }
    }
    QJsonObject changed;
    const auto note = [&](const char *field, const QJsonValue &before, const QJsonValue &after) {
        if (before != after)
            changed.insert(QLatin1String(field), QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}});
    };
    note("name", current->spec.name, spec.name.trimmed());
    note("purpose", purposeName(current->spec.purpose), purposeName(spec.purpose));
    note("clinicalTask", current->spec.clinicalTask, text(spec.clinicalTask));
    note("dataUnit", current->spec.dataUnit, text(spec.dataUnit));
    note("schema", current->spec.schema.id, spec.schema.id);
    if (schemaJson != oldSchemaJson && current->spec.schema.id == spec.schema.id)
        changed.insert(QStringLiteral("schemaContent"), QStringLiteral("edited"));
    note("classTargets", targetsToJson(current->spec.classTargets), targetsToJson(spec.classTargets));
    note("thresholds", current->spec.thresholds.toJson(), spec.thresholds.toJson());
    note("verificationMethod", current->spec.verificationMethod, text(spec.verificationMethod));
    note("dataSource", current->spec.dataSource, text(spec.dataSource));
    if (changed.isEmpty())
        return *current;
    query.prepare(QStringLiteral(
        "UPDATE datasets SET name = ?, purpose = ?, clinical_task = ?, data_unit = ?, schema_id = ?, schema_json = ?, "
        "class_targets_json = ?, thresholds_json = ?, verification_method = ?, data_source = ? WHERE id = ?"));
    bindPlan(query, spec, schemaJson);
    query.addBindValue(current->id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dataset.update_plan"),
                                                 QStringLiteral("dataset"), code, changed);
        !logged) {
        return logged.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return show(workspace, session, code);
}

Result<qint64> Datasets::idOf(store::Workspace &workspace, const QString &code)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM datasets WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no dataset %1 (see 'etalon-cli dataset list').").arg(code));
    return query.value(0).toLongLong();
}

const QStringList &Datasets::derivedModalities()
{
    static const QStringList modalities{QStringLiteral("SEG"), QStringLiteral("RTSTRUCT"), QStringLiteral("SR"),
                                        QStringLiteral("PR"),  QStringLiteral("KO"),       QStringLiteral("DOC"),
                                        QStringLiteral("REG"), QStringLiteral("RTPLAN"),   QStringLiteral("RTDOSE")};
    return modalities;
}

Result<DataUnitSeries> Datasets::unitSeries(store::Workspace &workspace, qint64 datasetStudyId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ds.series_ref, se.series_uid, st.study_uid, ds.study_ref FROM dataset_studies ds "
                                 "JOIN studies st ON st.id = ds.study_ref LEFT JOIN series se ON se.id = ds.series_ref "
                                 "WHERE ds.id = ?"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no dataset study %1.").arg(datasetStudyId));
    if (!query.value(0).isNull())
        return DataUnitSeries{query.value(0).toLongLong(), query.value(1).toString()};
    const QString studyUid = query.value(2).toString();
    const qint64 studyRef = query.value(3).toLongLong();
    QStringList placeholders;
    for (int i = 0; i < derivedModalities().size(); ++i)
        placeholders.append(QStringLiteral("?"));
    query.prepare(QStringLiteral("SELECT se.id, se.series_uid FROM series se "
                                 "JOIN instances i ON i.series_ref = se.id AND i.has_pixel_data = 1 "
                                 "WHERE se.study_ref = ? GROUP BY se.id "
                                 "ORDER BY CASE WHEN UPPER(se.modality) IN (%1) THEN 1 ELSE 0 END, "
                                 "SUM(MAX(i.number_of_frames, 1)) DESC, se.series_number, se.id LIMIT 1")
                      .arg(placeholders.join(QLatin1Char(','))));
    query.addBindValue(studyRef);
    for (const QString &modality : derivedModalities())
        query.addBindValue(modality);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, tr("Study %1 has no image series in the workspace; re-import the study or "
                                                 "choose a series as the data unit.")
                                                  .arg(studyUid));
    }
    return DataUnitSeries{query.value(0).toLongLong(), query.value(1).toString()};
}

} // namespace etalon::core::workflow
