#include "core/export/ReleaseContent.h"

#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Session.h"
#include "core/workflow/Verification.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace etalon::core::release {

QList<const BundleUnit *> ReleaseContent::releasedUnits() const
{
    QList<const BundleUnit *> released;
    for (const BundleUnit &unit : units) {
        if (unit.released())
            released.append(&unit);
    }
    return released;
}

QMap<QString, int> ReleaseContent::classCounts() const
{
    QMap<QString, int> counts;
    for (const LabelClass &c : dataset.spec.schema.classes)
        counts.insert(c.code, 0);
    for (const BundleUnit *unit : releasedUnits()) {
        if (unit->studyClass)
            ++counts[*unit->studyClass];
    }
    return counts;
}

namespace {

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, ReleaseCollector::tr("Cannot read the dataset to release from %1: %2")
                                             .arg(workspace.databasePath(), query.lastError().text()));
}

struct StudyRow {
    qint64 id = 0;
    int rank = 0;
    QString studyUid;
    QString seriesUid;
    QString state;
};

/// A change as CHANGELOG.md shows it: study and series UIDs looked up (whole values, never
/// parts of text) and replaced by pseudonyms, and the description written again in English
/// from the change's fields, whatever language the workspace stored it in. A CHANGELOG note
/// (documentation/notes) keeps the coordinator's own words.
workflow::ReleaseChange forBundle(workflow::ReleaseChange change, const QHash<QString, QString> &names)
{
    const auto name = [&](const QString &uid) {
        return uid.isEmpty() ? QString() : names.value(uid, QStringLiteral("a series not in this dataset"));
    };
    const QString &kind = change.kind;
    if (kind.startsWith(QLatin1String("unit_")) || kind == QLatin1String("labels_changed")) {
        change.subject = names.value(change.subject, QStringLiteral("a unit"));
        if (kind == QLatin1String("unit_replaced")) {
            change.before = name(change.before);
            change.after = name(change.after);
        }
    }
    if (kind == QLatin1String("unit_added")) {
        change.description = QStringLiteral("Data unit added: %1.").arg(change.subject);
    } else if (kind == QLatin1String("unit_removed")) {
        change.description = QStringLiteral("Data unit removed: %1.").arg(change.subject);
    } else if (kind == QLatin1String("unit_replaced")) {
        change.description = QStringLiteral("Data unit %1 replaced: its images are now %2 (were %3).")
                                 .arg(change.subject, change.after.isEmpty() ? QStringLiteral("the whole study") : change.after,
                                      change.before.isEmpty() ? QStringLiteral("the whole study") : change.before);
    } else if (kind == QLatin1String("labels_changed")) {
        change.description = QStringLiteral("Final labels of %1 corrected: %2 -> %3.").arg(change.subject, change.before, change.after);
    } else if (kind == QLatin1String("label_schema")) {
        change.description = QStringLiteral("Label schema changed: %1 -> %2.").arg(change.before, change.after);
    } else if (kind == QLatin1String("principles")) {
        change.description = QStringLiteral("The labelling or verification principles of the documentation were edited.");
    } else if (kind == QLatin1String("date_treatment")) {
        change.description = change.after == QLatin1String("remove")
                                 ? QStringLiteral("Dates in the images are now removed (they were shifted).")
                                 : QStringLiteral("Dates in the images are now shifted by a fixed number of days (they were removed).");
    } else if (kind == QLatin1String("documentation") && change.subject != QLatin1String("notes")) {
        change.description = QStringLiteral("The release documentation was edited.");
    } else if (const QString field = workflow::Releases::fieldName(kind, false); !field.isEmpty()) {
        change.description = QStringLiteral("%1 changed from \"%2\" to \"%3\".").arg(field, change.before, change.after);
    }
    return change;
}

} // namespace

Result<ReleaseContent> ReleaseCollector::collect(store::Workspace &workspace, const workflow::Session &session,
                                                 const QString &datasetCode, const CollectOptions &options)
{
    using namespace workflow;
    ReleaseContent content;
    const Result<Dataset> dataset = Datasets::show(workspace, session, datasetCode);
    if (!dataset)
        return dataset.error();
    if (!session.isCoordinator()) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only a coordinator may release dataset %1.").arg(datasetCode));
    }
    content.dataset = *dataset;
    content.version = options.version;
    content.releasedAt = QDateTime::currentDateTimeUtc();
    const Result<ReleaseDocumentation> documentation = ReleaseSettings::documentation(workspace, session, datasetCode);
    if (!documentation)
        return documentation.error();
    content.documentation = *documentation;
    const Result<DeidentificationSettings> deid = ReleaseSettings::deidentification(workspace, session, datasetCode);
    if (!deid)
        return deid.error();
    content.datesRemoved = deid->removeDates;

    // Every dataset study, withdrawn ones included: a unit's number is its rank among them,
    // so it keeps its pseudonym from one version to the next.
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT ds.id, st.study_uid, COALESCE(se.series_uid, ''), ds.state FROM dataset_studies ds "
                                 "JOIN datasets d ON d.id = ds.dataset_ref JOIN studies st ON st.id = ds.study_ref "
                                 "LEFT JOIN series se ON se.id = ds.series_ref WHERE d.code = ? ORDER BY ds.id"));
    query.addBindValue(datasetCode);
    if (!query.exec())
        return databaseError(workspace, query);
    QList<StudyRow> rows;
    QHash<QString, QString> uidToName;
    while (query.next()) {
        StudyRow row;
        row.id = query.value(0).toLongLong();
        row.rank = int(rows.size()) + 1;
        row.studyUid = query.value(1).toString();
        row.seriesUid = query.value(2).toString();
        row.state = query.value(3).toString();
        rows.append(row);
    }
    const auto pseudonymOf = [&](int rank) { return QStringLiteral("%1_%2").arg(datasetCode).arg(rank, 4, 10, QLatin1Char('0')); };
    for (const StudyRow &row : rows) {
        uidToName.insert(row.studyUid, pseudonymOf(row.rank));
        if (!row.seriesUid.isEmpty())
            uidToName.insert(row.seriesUid, QStringLiteral("the chosen series of %1").arg(pseudonymOf(row.rank)));
    }

    const Result<QList<FinalLabel>> finals = FinalLabels::list(workspace, session, datasetCode);
    if (!finals)
        return finals.error();
    QHash<qint64, FinalLabel> finalById;
    for (const FinalLabel &f : *finals)
        finalById.insert(f.datasetStudyId, f);

    // Readers: pseudonyms by user id, R for readers, E for experts.
    query.prepare(QStringLiteral("SELECT DISTINCT u.id, u.role, u.years_experience, u.degree, u.login FROM readings r "
                                 "JOIN users u ON u.id = r.reader_ref JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
                                 "JOIN datasets d ON d.id = ds.dataset_ref WHERE d.code = ? ORDER BY u.id"));
    query.addBindValue(datasetCode);
    if (!query.exec())
        return databaseError(workspace, query);
    struct ReaderInfo {
        QString pseudonym;
        int years = 0;
        QString degree;
    };
    QHash<qint64, ReaderInfo> readers;
    QHash<QString, QString> loginToPseudonym;
    int readerCount = 0;
    int expertCount = 0;
    while (query.next()) {
        ReaderInfo info;
        const bool expert = query.value(1).toString() == QLatin1String("expert");
        info.pseudonym = expert ? QStringLiteral("E%1").arg(++expertCount) : QStringLiteral("R%1").arg(++readerCount);
        info.years = query.value(2).toInt();
        info.degree = query.value(3).toString();
        readers.insert(query.value(0).toLongLong(), info);
        loginToPseudonym.insert(query.value(4).toString(), info.pseudonym);
    }

    store::Catalog catalog(workspace);
    QStringList unverified;
    QSqlQuery readingQuery(workspace.database());
    readingQuery.prepare(QStringLiteral("SELECT id FROM readings WHERE dataset_study_ref = ? "
                                        "ORDER BY CASE kind WHEN 'primary' THEN 0 ELSE 1 END, assigned_at, id"));
    for (const StudyRow &row : rows) {
        if (row.state == QLatin1String("withdrawn"))
            continue;
        BundleUnit unit;
        unit.datasetStudyId = row.id;
        unit.pseudonym = pseudonymOf(row.rank);
        unit.originalStudyInstanceUid = row.studyUid;
        unit.originalSeriesInstanceUid = row.seriesUid;
        const auto final = finalById.constFind(row.id);
        if (final == finalById.constEnd()) {
            unverified.append(row.studyUid);
            continue;
        }
        unit.finalState = final->state;
        unit.studyClass = final->studyClass;
        unit.verificationLevel = final->verificationLevel;
        unit.corrections = final->corrections;
        if (final->state == QLatin1String("excluded"))
            unit.exclusionReason = final->reason;
        unit.finalFindings = final->findings;

        // Files and modality of the data unit: the chosen series, or every image series of
        // the study; findings are drawn on Datasets::unitSeries.
        const Result<DataUnitSeries> drawnOn = Datasets::unitSeries(workspace, row.id);
        if (!drawnOn)
            return drawnOn.error();
        unit.originalUnitSeriesUid = drawnOn->seriesInstanceUid;
        QStringList seriesUids;
        if (!row.seriesUid.isEmpty()) {
            seriesUids.append(row.seriesUid);
        } else {
            const Result<QList<store::SeriesSummary>> series = catalog.series(row.studyUid);
            if (!series)
                return series.error();
            for (const store::SeriesSummary &s : *series) {
                if (!Datasets::derivedModalities().contains(s.modality.toUpper()) && s.imageInstanceCount > 0)
                    seriesUids.append(s.seriesInstanceUid);
            }
        }
        for (const QString &seriesUid : seriesUids) {
            const Result<store::SeriesSummary> summary = catalog.seriesByUid(seriesUid);
            if (!summary)
                return summary.error();
            const Result<QStringList> files = catalog.instanceFiles(seriesUid);
            if (!files)
                return files.error();
            unit.originalFiles.append(*files);
            if (seriesUid == unit.originalUnitSeriesUid) {
                unit.modality = summary->modality;
                unit.bodyPart = summary->bodyPartExamined;
                unit.originalUnitSeriesFiles = *files;
            }
        }
        const Result<VolumeGeometry> geometry = Verification::dataUnitGeometry(workspace, row.id);
        if (geometry)
            unit.geometry = *geometry;

        readingQuery.addBindValue(row.id);
        if (!readingQuery.exec())
            return databaseError(workspace, readingQuery);
        QList<qint64> readingIds;
        while (readingQuery.next())
            readingIds.append(readingQuery.value(0).toLongLong());
        for (const qint64 readingId : readingIds) {
            const Result<Reading> reading = Readings::reading(workspace, session, readingId);
            if (!reading)
                return reading.error();
            BundleReading r;
            const ReaderInfo info = readers.value(reading->readerId);
            r.reader = info.pseudonym;
            r.yearsExperience = info.years;
            r.degree = info.degree;
            r.role = reading->kind == ReadingKind::Primary ? QStringLiteral("primary") : QStringLiteral("arbitration");
            r.state = readingStateName(reading->state);
            r.studyClass = reading->studyClass;
            r.findings = reading->findings;
            r.secondsSpent = reading->secondsSpent;
            unit.readings.append(r);
        }
        content.units.append(unit);
    }
    if (!unverified.isEmpty()) {
        return makeError(ErrorCode::InvalidState,
                         tr("%n data unit(s) of %1 have no final labels yet (first: %2). Finish their reading and "
                            "verification, or withdraw them from the dataset, before releasing it.",
                            nullptr, int(unverified.size()))
                             .arg(datasetCode, QStringList(unverified.mid(0, 3)).join(QStringLiteral(", "))));
    }
    if (content.releasedUnits().isEmpty()) {
        return makeError(ErrorCode::InvalidState,
                         tr("Dataset %1 has no verified data unit to release (every unit is excluded or withdrawn).")
                             .arg(datasetCode));
    }

    for (const ReleaseChange &change : options.changes)
        content.changes.append(forBundle(change, uidToName));
    const Result<QList<Release>> everyRelease = Releases::list(workspace, session);
    if (!everyRelease)
        return everyRelease.error();
    content.registryNumber = int(everyRelease->size()) + 1;
    const Result<QList<Release>> history = Releases::list(workspace, session, datasetCode);
    if (!history)
        return history.error();
    for (Release release : *history) {
        for (ReleaseChange &change : release.changes)
            change = forBundle(change, uidToName);
        release.createdBy.clear(); // a login: never released
        for (ReleaseUnit &unit : release.units) {
            unit.studyInstanceUid.clear(); // never released
            unit.seriesInstanceUid.clear();
        }
        content.history.append(release);
    }

    const Result<DatasetStatistics> statistics = Statistics::compute(workspace, session, datasetCode);
    if (!statistics)
        return statistics.error();
    content.statistics = *statistics;
    const auto rename = [&](QString &login) { login = loginToPseudonym.value(login, QStringLiteral("?")); };
    for (ReaderDetection &r : content.statistics.findings.readers)
        rename(r.login);
    for (ReaderProcess &r : content.statistics.readers)
        rename(r.login);
    for (ReaderFigures &r : content.statistics.process.readers)
        rename(r.login);
    return content;
}

} // namespace etalon::core::release
