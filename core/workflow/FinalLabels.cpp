#include "core/workflow/FinalLabels.h"

#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/FindingCodec.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Session.h"
#include "core/workflow/Verification.h"
#include "core/workflow/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace etalon::core::workflow {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, FinalLabels::tr("Cannot access the final labels of %1: %2")
                                              .arg(workspace.databasePath(), query.lastError().text()));
}

const QString LabelColumns = QStringLiteral(
    "SELECT ds.id, st.study_uid, f.state, f.study_class, f.findings_json, f.verification_level, f.provenance_json, "
    "u.login, f.decided_at FROM final_labels f JOIN dataset_studies ds ON ds.id = f.dataset_study_ref "
    "JOIN studies st ON st.id = ds.study_ref LEFT JOIN users u ON u.id = f.decided_by ");

/// A row selected with LabelColumns, decoded.
Result<FinalLabel> decodeRow(const QSqlQuery &query)
{
    FinalLabel l;
    l.datasetStudyId = query.value(0).toLongLong();
    l.studyInstanceUid = query.value(1).toString();
    l.state = query.value(2).toString();
    if (!query.value(3).isNull())
        l.studyClass = query.value(3).toString();
    const QJsonDocument findings = QJsonDocument::fromJson(query.value(4).toString().toUtf8());
    if (!findings.isArray()) {
        return makeError(ErrorCode::CorruptData,
                         FinalLabels::tr("The final findings of study %1 are not a JSON array; the database is damaged.")
                             .arg(l.studyInstanceUid));
    }
    Result<std::vector<Finding>> decoded = FindingCodec::findingsFromJson(findings.array());
    if (!decoded) {
        return makeError(ErrorCode::CorruptData, FinalLabels::tr("The final findings of study %1 are damaged: %2")
                                                     .arg(l.studyInstanceUid, decoded.error().message));
    }
    l.findings = std::move(*decoded);
    l.verificationLevel = query.value(5).toString();
    l.provenance = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    l.decidedBy = query.value(7).toString();
    l.decidedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    l.decidedAt.setTimeSpec(Qt::UTC);
    const QJsonArray corrections = l.provenance.value(QStringLiteral("corrections")).toArray();
    l.corrections = int(corrections.size());
    if (!corrections.isEmpty())
        l.reason = corrections.last().toObject().value(QStringLiteral("reason")).toString();
    else if (l.state == QLatin1String("excluded"))
        l.reason = l.provenance.value(QStringLiteral("reason")).toString();
    return l;
}

Result<FinalLabel> loadLabel(store::Workspace &workspace, qint64 datasetStudyId)
{
    QSqlQuery query(workspace.database());
    query.prepare(LabelColumns + QStringLiteral("WHERE f.dataset_study_ref = ?"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, FinalLabels::tr("Dataset study %1 has no final label in %2.")
                                                  .arg(datasetStudyId)
                                                  .arg(workspace.databasePath()));
    }
    return decodeRow(query);
}

QJsonObject labelSummary(const std::optional<QString> &studyClass, const QString &level, int findings)
{
    return QJsonObject{{QStringLiteral("class"), studyClass ? QJsonValue(*studyClass) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("findings"), findings}};
}

} // namespace

Result<QList<FinalLabel>> FinalLabels::list(store::Workspace &workspace, const Session &session, const QString &code)
{
    if (Result<void> allowed = requireCoordinator(session, tr("see the final labels of a dataset")); !allowed)
        return allowed.error();
    const Result<qint64> id = Datasets::idOf(workspace, code);
    if (!id)
        return id.error();
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(LabelColumns + QStringLiteral("WHERE ds.dataset_ref = ? AND ds.state <> 'withdrawn' ORDER BY ds.id"));
    query.addBindValue(*id);
    if (!query.exec())
        return databaseError(workspace, query);
    QList<FinalLabel> labels;
    while (query.next()) {
        Result<FinalLabel> label = decodeRow(query);
        if (!label)
            return label.error();
        labels.append(std::move(*label));
    }
    return labels;
}

Result<FinalLabel> FinalLabels::correct(store::Workspace &workspace, const Session &session, qint64 datasetStudyId,
                                        const FinalLabelCorrection &correction)
{
    if (Result<void> allowed = requireCoordinator(session, tr("correct a final label")); !allowed)
        return allowed.error();
    const QString reason = correction.reason.trimmed();
    if (reason.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Correcting the final label of dataset study %1 needs a reason (e.g. the histology result); "
                            "it is kept in the audit log (the next release's CHANGELOG only says which unit changed).")
                             .arg(datasetStudyId));
    }
    if (correction.verificationLevel && *correction.verificationLevel != QLatin1String("low")
        && *correction.verificationLevel != QLatin1String("medium") && *correction.verificationLevel != QLatin1String("high")) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a verification level; use low, medium or high.").arg(*correction.verificationLevel));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();

    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ds.state, d.code, d.schema_json, st.study_uid FROM dataset_studies ds "
                                 "JOIN datasets d ON d.id = ds.dataset_ref JOIN studies st ON st.id = ds.study_ref WHERE ds.id = ?"));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, tr("There is no dataset study %1 in %2 (see 'etalon-cli labels list').")
                                                  .arg(datasetStudyId)
                                                  .arg(workspace.databasePath()));
    }
    const QString studyState = query.value(0).toString();
    const QString code = query.value(1).toString();
    const QString studyUid = query.value(3).toString();
    const Result<LabelSchema> schema = LabelSchema::fromJson(query.value(2).toString().toUtf8());
    if (!schema) {
        return makeError(ErrorCode::CorruptData,
                         tr("The label schema stored with dataset %1 is damaged: %2").arg(code, schema.error().message));
    }
    if (studyState == QLatin1String("withdrawn")) {
        return makeError(ErrorCode::InvalidState,
                         tr("Study %1 was withdrawn from dataset %2; its final label can no longer be corrected.").arg(studyUid, code));
    }
    if (studyState != QLatin1String("final")) {
        return makeError(ErrorCode::InvalidState,
                         tr("Study %1 of dataset %2 has no final label yet (it is %3); finish its verification first.")
                             .arg(studyUid, code, studyState));
    }
    Result<FinalLabel> current = loadLabel(workspace, datasetStudyId);
    if (!current)
        return current.error();
    if (current->state == QLatin1String("excluded")) {
        return makeError(ErrorCode::InvalidState,
                         tr("Study %1 of dataset %2 was excluded as unresolvable (%3); an excluded study has no label to "
                            "correct. Withdraw it from the dataset instead (etalon-cli dataset withdraw).")
                             .arg(studyUid, code, current->reason));
    }
    if (correction.studyClass && schema->classIndex(*correction.studyClass) < 0) {
        QStringList classes;
        for (const LabelClass &c : schema->classes)
            classes.append(c.code);
        return makeError(ErrorCode::InvalidArgument, tr("'%1' is not a class of the label schema %2 of dataset %3; use one of: %4.")
                                                         .arg(*correction.studyClass, schema->id, code,
                                                              classes.isEmpty() ? QStringLiteral("-") : classes.join(QStringLiteral(", "))));
    }
    if (correction.findings) {
        const Result<VolumeGeometry> geometry = Verification::dataUnitGeometry(workspace, datasetStudyId);
        if (!geometry)
            return geometry.error();
        for (const Finding &f : *correction.findings) {
            if (Result<void> valid = Readings::checkFinding(*schema, code, studyUid, geometry->size, f); !valid) {
                return makeError(valid.error().code,
                                 tr("Study %1 of dataset %2: %3").arg(studyUid, code, valid.error().message));
            }
        }
    }

    const std::optional<QString> newClass = correction.studyClass ? correction.studyClass : current->studyClass;
    const QString newLevel = correction.verificationLevel ? *correction.verificationLevel : current->verificationLevel;
    const std::vector<Finding> &newFindings = correction.findings ? *correction.findings : current->findings;
    const QJsonArray newFindingsJson = FindingCodec::findingsToJson(newFindings);
    const bool findingsChanged =
        correction.findings && newFindingsJson != FindingCodec::findingsToJson(current->findings);
    if (newClass == current->studyClass && newLevel == current->verificationLevel && !findingsChanged) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The correction of study %1 of dataset %2 changes nothing (class %3, level %4, %n finding(s)).", nullptr,
                            int(current->findings.size()))
                             .arg(studyUid, code, current->studyClass.value_or(QStringLiteral("-")), current->verificationLevel));
    }

    const QString now = nowUtc();
    const QJsonObject before = labelSummary(current->studyClass, current->verificationLevel, int(current->findings.size()));
    const QJsonObject after = labelSummary(newClass, newLevel, int(newFindings.size()));
    QJsonObject provenance = current->provenance;
    QJsonArray corrections = provenance.value(QStringLiteral("corrections")).toArray();
    corrections.append(QJsonObject{{QStringLiteral("at"), now},
                                   {QStringLiteral("by"), session.login()},
                                   {QStringLiteral("byId"), session.userId()},
                                   {QStringLiteral("reason"), reason},
                                   {QStringLiteral("before"), before},
                                   {QStringLiteral("after"), after}});
    provenance.insert(QStringLiteral("corrections"), corrections);

    // Unchanged findings keep their stored text byte for byte (the release's labels hash is over it).
    query.prepare(findingsChanged ? QStringLiteral("UPDATE final_labels SET study_class = ?, verification_level = ?, "
                                                   "provenance_json = ?, findings_json = ? WHERE dataset_study_ref = ?")
                                  : QStringLiteral("UPDATE final_labels SET study_class = ?, verification_level = ?, "
                                                   "provenance_json = ? WHERE dataset_study_ref = ?"));
    query.addBindValue(newClass ? QVariant(*newClass) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(newLevel);
    query.addBindValue(compact(provenance));
    if (findingsChanged)
        query.addBindValue(compact(newFindingsJson));
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);

    const QJsonObject details{{QStringLiteral("dataset"), code},
                              {QStringLiteral("study"), studyUid},
                              {QStringLiteral("datasetStudy"), datasetStudyId},
                              {QStringLiteral("before"), before},
                              {QStringLiteral("after"), after},
                              {QStringLiteral("findingsChanged"), findingsChanged},
                              {QStringLiteral("reason"), reason}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("final_label.correct"),
                                                 QStringLiteral("final_label"), QString::number(datasetStudyId), details);
        !logged) {
        return logged.error();
    }
    Result<FinalLabel> corrected = loadLabel(workspace, datasetStudyId);
    if (!corrected)
        return corrected.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return corrected;
}

Result<void> FinalLabels::withdraw(store::Workspace &workspace, const Session &session, const QString &code,
                                   const QString &studyInstanceUid, const QString &reason)
{
    if (Result<void> allowed = requireCoordinator(session, tr("withdraw a study from a dataset")); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Withdrawing study %1 from dataset %2 needs a reason (why the study is unsuitable); it is kept "
                            "in the audit log (the next release's CHANGELOG only says which unit was removed).")
                             .arg(studyInstanceUid, code));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<qint64> id = Datasets::idOf(workspace, code);
    if (!id)
        return id.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ds.id, ds.state FROM dataset_studies ds JOIN studies st ON st.id = ds.study_ref "
                                 "WHERE ds.dataset_ref = ? AND st.study_uid = ?"));
    query.addBindValue(*id);
    query.addBindValue(studyInstanceUid);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, tr("Study %1 is not in dataset %2 (see 'etalon-cli dataset show %3').")
                                                  .arg(studyInstanceUid, code, code));
    }
    const qint64 datasetStudyId = query.value(0).toLongLong();
    const QString previousState = query.value(1).toString();
    if (previousState == QLatin1String("withdrawn")) {
        return makeError(ErrorCode::InvalidState,
                         tr("Study %1 has already been withdrawn from dataset %2.").arg(studyInstanceUid, code));
    }
    query.prepare(QStringLiteral("UPDATE dataset_studies SET state = 'withdrawn', withdrawn_reason = ? WHERE id = ?"));
    query.addBindValue(why);
    query.addBindValue(datasetStudyId);
    if (!query.exec())
        return databaseError(workspace, query);
    const QJsonObject details{{QStringLiteral("study"), studyInstanceUid},
                              {QStringLiteral("datasetStudy"), datasetStudyId},
                              {QStringLiteral("previousState"), previousState},
                              {QStringLiteral("reason"), why}};
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dataset.withdraw_study"),
                                                 QStringLiteral("dataset"), code, details);
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

} // namespace etalon::core::workflow
