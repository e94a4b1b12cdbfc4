#include "core/workflow/Statistics.h"

#include "core/model/LabelSchema.h"
#include "core/store/Workspace.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace etalon::core::workflow {

namespace {

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("etalon::core::workflow::Statistics",
                                                 "Cannot read the readings of %1 for the statistics: %2")
                         .arg(workspace.databasePath(), query.lastError().text()));
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue kappaJson(const std::optional<evaluation::KappaEstimate> &k)
{
    if (!k)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), k->kappa},
                       {QStringLiteral("standardError"), k->standardError},
                       {QStringLiteral("ciLower"), k->ciLower},
                       {QStringLiteral("ciUpper"), k->ciUpper},
                       {QStringLiteral("observedAgreement"), k->observedAgreement},
                       {QStringLiteral("expectedAgreement"), k->expectedAgreement},
                       {QStringLiteral("items"), k->items}};
}

QJsonObject summaryJson(const evaluation::DistributionSummary &s)
{
    return QJsonObject{{QStringLiteral("count"), s.count}, {QStringLiteral("median"), s.median},
                       {QStringLiteral("q1"), s.q1},       {QStringLiteral("q3"), s.q3},
                       {QStringLiteral("min"), s.min},     {QStringLiteral("max"), s.max}};
}

QJsonObject summariesJson(const QMap<int, evaluation::DistributionSummary> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(QString::number(it.key()), summaryJson(it.value()));
    return o;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return evaluation::percentileOfSorted(values, 50.0);
}

/// One primary reading as the statistics pass reads it.
struct PrimaryRow {
    qint64 readingId = 0;
    bool submitted = false;
    int classIndex = -1; ///< -1: no class, or one outside the schema
    QString login;
    qint64 seconds = 0;
    int findings = 0;
};

} // namespace

QJsonObject DatasetStatistics::toJson() const
{
    QJsonArray categoriesJson;
    for (const QString &c : classes.categories)
        categoriesJson.append(c);
    QJsonArray counts;
    for (const std::vector<qint64> &row : classes.confusion.counts) {
        QJsonArray r;
        for (qint64 n : row)
            r.append(n);
        counts.append(r);
    }
    QJsonValue fleiss = QJsonValue::Null;
    if (classes.fleissKappa) {
        const evaluation::FleissKappaEstimate &f = *classes.fleissKappa;
        fleiss = QJsonObject{{QStringLiteral("value"), f.kappa},
                             {QStringLiteral("standardErrorNull"), f.standardErrorNull},
                             {QStringLiteral("items"), f.items},
                             {QStringLiteral("readsPerItem"), f.ratersPerItem},
                             {QStringLiteral("observedAgreement"), f.meanObservedAgreement},
                             {QStringLiteral("expectedAgreement"), f.expectedAgreement}};
    }
    const bool ordinal = classes.scale == QLatin1String("ordinal");
    const QJsonObject classesJson{
        {QStringLiteral("scale"), classes.scale},
        {QStringLiteral("categories"), categoriesJson},
        {QStringLiteral("completedPairs"), classes.completedPairs},
        {QStringLiteral("items"), classes.items},
        {QStringLiteral("percentAgreement"), optionalNumber(classes.percentAgreement)},
        {QStringLiteral("confusionMatrix"), QJsonObject{{QStringLiteral("rows"), QStringLiteral("readerA")},
                                                        {QStringLiteral("columns"), QStringLiteral("readerB")},
                                                        {QStringLiteral("categories"), categoriesJson},
                                                        {QStringLiteral("counts"), counts}}},
        {QStringLiteral("cohenKappa"), kappaJson(classes.cohenKappa)},
        {QStringLiteral("weightedKappa"), ordinal ? QJsonValue(QJsonObject{{QStringLiteral("linear"), kappaJson(classes.linearKappa)},
                                                                          {QStringLiteral("quadratic"), kappaJson(classes.quadraticKappa)}})
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fleissKappa"), fleiss},
        {QStringLiteral("studiesWithMoreThanTwoReads"), classes.studiesWithMoreThanTwoReads}};

    QJsonObject labels;
    for (auto it = findings.labelCodes.begin(); it != findings.labelCodes.end(); ++it)
        labels.insert(QString::number(it.key()), it.value());
    QJsonArray detectionReaders;
    for (const ReaderDetection &r : findings.readers) {
        detectionReaders.append(QJsonObject{{QStringLiteral("login"), r.login},
                                            {QStringLiteral("drawn"), r.drawn},
                                            {QStringLiteral("matched"), r.matched},
                                            {QStringLiteral("unmatched"), r.unmatched}});
    }
    const QJsonObject findingsJson{
        {QStringLiteral("studiesCompared"), findings.studiesCompared},
        {QStringLiteral("iou"), findings.iou ? QJsonValue(summaryJson(*findings.iou)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("dice"), summariesJson(findings.diceByLabel)},
        {QStringLiteral("hd95Mm"), summariesJson(findings.hd95ByLabel)},
        {QStringLiteral("maskLabels"), labels},
        {QStringLiteral("detection"), QJsonObject{{QStringLiteral("matchedPairs"), findings.matchedPairs},
                                                  {QStringLiteral("unmatchedA"), findings.unmatchedA},
                                                  {QStringLiteral("unmatchedB"), findings.unmatchedB},
                                                  {QStringLiteral("readers"), detectionReaders}}}};

    QJsonArray readersJson;
    for (const ReaderProcess &r : readers) {
        readersJson.append(QJsonObject{{QStringLiteral("login"), r.login},
                                       {QStringLiteral("studiesRead"), r.studiesRead},
                                       {QStringLiteral("meanSecondsPerStudy"), optionalNumber(r.meanSecondsPerStudy)},
                                       {QStringLiteral("medianSecondsPerStudy"), optionalNumber(r.medianSecondsPerStudy)},
                                       {QStringLiteral("upheldInArbitration"), r.upheldInArbitration},
                                       {QStringLiteral("arbitrationsInvolved"), r.arbitrationsInvolved}});
    }
    return QJsonObject{{QStringLiteral("dataset"), datasetCode},
                       {QStringLiteral("classes"), classesJson},
                       {QStringLiteral("findings"), findingsJson},
                       {QStringLiteral("process"), process.toJson()},
                       {QStringLiteral("readers"), readersJson}};
}

Result<DatasetStatistics> Statistics::compute(store::Workspace &workspace, const Session &session, const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("see the agreement statistics of a dataset")); !allowed)
        return allowed.error();
    Result<DatasetStatus> status = Verification::status(workspace, session, datasetCode);
    if (!status)
        return status.error();

    DatasetStatistics s;
    s.datasetCode = datasetCode;
    s.process = std::move(*status);

    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, schema_json FROM datasets WHERE code = ?"));
    query.addBindValue(datasetCode);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no dataset %1 (see 'etalon-cli dataset list').").arg(datasetCode));
    const qint64 datasetId = query.value(0).toLongLong();
    const Result<LabelSchema> schema = LabelSchema::fromJson(query.value(1).toString().toUtf8());
    if (!schema) {
        return makeError(ErrorCode::CorruptData,
                         tr("The label schema stored with dataset %1 is damaged: %2").arg(datasetCode, schema.error().message));
    }
    const bool ordinal = schema->scale == ClassScale::Ordinal;
    s.classes.scale = ordinal ? QStringLiteral("ordinal") : QStringLiteral("nominal");
    for (const LabelClass &c : schema->classes)
        s.classes.categories.append(c.code);
    for (int i = 0; i < schema->findingLabels.size(); ++i)
        s.findings.labelCodes.insert(i + 1, schema->findingLabels.at(i).code);
    const int k = int(s.classes.categories.size());
    s.classes.confusion.counts.assign(std::size_t(k), std::vector<qint64>(std::size_t(k), 0));
    const auto classIndexOf = [&](const QVariant &value) { return value.isNull() ? -1 : int(s.classes.categories.indexOf(value.toString())); };

    // The expert's submitted arbitration readings with a class: a further read of the study.
    QHash<qint64, QList<int>> arbitrationClasses;
    query.prepare(QStringLiteral("SELECT ds.id, r.study_class FROM dataset_studies ds JOIN readings r ON r.dataset_study_ref = ds.id "
                                 "AND r.kind = 'arbitration' AND r.state = 'submitted' WHERE ds.dataset_ref = ?"));
    query.addBindValue(datasetId);
    if (!query.exec())
        return databaseError(workspace, query);
    while (query.next()) {
        const int c = classIndexOf(query.value(1));
        if (c >= 0)
            arbitrationClasses[query.value(0).toLongLong()].append(c);
    }

    // Every primary reading, study by study, A (assigned first) before B.
    query.prepare(QStringLiteral("SELECT ds.id, r.id, r.state, r.study_class, u.login, r.seconds_spent, "
                                 "(SELECT COUNT(*) FROM findings f WHERE f.reading_ref = r.id) "
                                 "FROM dataset_studies ds JOIN readings r ON r.dataset_study_ref = ds.id AND r.kind = 'primary' "
                                 "JOIN users u ON u.id = r.reader_ref WHERE ds.dataset_ref = ? "
                                 "ORDER BY ds.id, r.assigned_at, r.id"));
    query.addBindValue(datasetId);
    if (!query.exec())
        return databaseError(workspace, query);
    std::map<qint64, std::vector<PrimaryRow>> studies;
    while (query.next()) {
        PrimaryRow row;
        row.readingId = query.value(1).toLongLong();
        row.submitted = query.value(2).toString() == QLatin1String("submitted");
        row.classIndex = classIndexOf(query.value(3));
        row.login = query.value(4).toString();
        row.seconds = query.value(5).toLongLong();
        row.findings = query.value(6).toInt();
        studies[query.value(0).toLongLong()].push_back(std::move(row));
    }

    QMap<QString, std::vector<double>> secondsByReader;
    QMap<QString, ReaderDetection> detection;
    std::vector<double> ious;
    QMap<int, std::vector<double>> dice;
    QMap<int, std::vector<double>> hd95;
    std::vector<std::vector<int>> fleissRows; // per study with >= 3 class reads: counts per category
    for (const auto &[datasetStudyId, rows] : studies) {
        for (const PrimaryRow &r : rows) {
            if (r.submitted)
                secondsByReader[r.login].push_back(double(r.seconds));
        }
        if (rows.size() != 2 || !rows[0].submitted || !rows[1].submitted)
            continue;
        ++s.classes.completedPairs;
        const int a = rows[0].classIndex;
        const int b = rows[1].classIndex;
        if (a >= 0 && b >= 0) {
            ++s.classes.confusion.counts[std::size_t(a)][std::size_t(b)];
            ++s.classes.items;
        }
        std::vector<int> reads;
        for (int c : {a, b}) {
            if (c >= 0)
                reads.push_back(c);
        }
        for (int c : arbitrationClasses.value(datasetStudyId))
            reads.push_back(c);
        if (reads.size() >= 3) {
            std::vector<int> row(std::size_t(k), 0);
            for (int c : reads)
                ++row[std::size_t(c)];
            fleissRows.push_back(std::move(row));
        }

        if (rows[0].findings + rows[1].findings == 0)
            continue;
        const Result<PrimaryComparison> comparison = Verification::comparePrimaryReadings(workspace, datasetStudyId, true);
        if (!comparison)
            return comparison.error();
        ++s.findings.studiesCompared;
        QHash<qint64, FindingKind> kindOf;
        for (const Finding &f : comparison->readingA.findings)
            kindOf.insert(f.id, f.kind());
        for (const CasePair &p : comparison->pairs) {
            const FindingKind kind = kindOf.value(p.findingIdA, FindingKind::Point);
            if ((kind == FindingKind::Box || kind == FindingKind::Contour) && p.iou)
                ious.push_back(*p.iou);
        }
        for (const CaseMaskLabel &l : comparison->maskLabels) {
            dice[l.label].push_back(l.dice);
            if (l.hd95Mm)
                hd95[l.label].push_back(*l.hd95Mm);
        }
        const int matched = int(comparison->pairs.size());
        const int drawnA = int(comparison->readingA.findings.size());
        const int drawnB = int(comparison->readingB.findings.size());
        s.findings.matchedPairs += matched;
        s.findings.unmatchedA += drawnA - matched;
        s.findings.unmatchedB += drawnB - matched;
        for (const auto &[login, drawn] : {std::pair{comparison->readerALogin, drawnA}, std::pair{comparison->readerBLogin, drawnB}}) {
            ReaderDetection &d = detection[login];
            d.login = login;
            d.drawn += drawn;
            d.matched += matched;
            d.unmatched += drawn - matched;
        }
    }
    // Readers who drew nothing still appear in the detection table.
    for (const auto &[datasetStudyId, rows] : studies) {
        Q_UNUSED(datasetStudyId)
        if (rows.size() == 2 && rows[0].submitted && rows[1].submitted) {
            for (const PrimaryRow &r : rows)
                detection[r.login].login = r.login;
        }
    }
    s.findings.readers = detection.values();

    if (s.classes.items > 0) {
        s.classes.percentAgreement = evaluation::percentAgreement(s.classes.confusion);
        if (Result<evaluation::KappaEstimate> kappa = evaluation::cohenKappa(s.classes.confusion); kappa)
            s.classes.cohenKappa = *kappa;
        if (ordinal) {
            if (Result<evaluation::KappaEstimate> kappa = evaluation::cohenKappa(s.classes.confusion, evaluation::KappaWeighting::Linear); kappa)
                s.classes.linearKappa = *kappa;
            if (Result<evaluation::KappaEstimate> kappa = evaluation::cohenKappa(s.classes.confusion, evaluation::KappaWeighting::Quadratic); kappa)
                s.classes.quadraticKappa = *kappa;
        }
    }
    s.classes.studiesWithMoreThanTwoReads = int(fleissRows.size());
    if (!fleissRows.empty()) {
        // The most common number of reads (the larger on a tie); Fleiss' kappa needs equal numbers.
        std::map<int, int> byReads;
        for (const std::vector<int> &row : fleissRows) {
            int n = 0;
            for (int c : row)
                n += c;
            ++byReads[n];
        }
        int reads = 0;
        int most = 0;
        for (const auto &[n, studiesWithN] : byReads) {
            if (studiesWithN >= most) {
                most = studiesWithN;
                reads = n;
            }
        }
        std::vector<std::vector<int>> items;
        for (const std::vector<int> &row : fleissRows) {
            int n = 0;
            for (int c : row)
                n += c;
            if (n == reads)
                items.push_back(row);
        }
        if (Result<evaluation::FleissKappaEstimate> fleiss = evaluation::fleissKappa(items); fleiss)
            s.classes.fleissKappa = *fleiss;
    }

    if (Result<evaluation::DistributionSummary> summary = evaluation::summarize(ious); summary)
        s.findings.iou = *summary;
    for (auto it = dice.begin(); it != dice.end(); ++it) {
        if (Result<evaluation::DistributionSummary> summary = evaluation::summarize(it.value()); summary)
            s.findings.diceByLabel.insert(it.key(), *summary);
    }
    for (auto it = hd95.begin(); it != hd95.end(); ++it) {
        if (Result<evaluation::DistributionSummary> summary = evaluation::summarize(it.value()); summary)
            s.findings.hd95ByLabel.insert(it.key(), *summary);
    }

    QMap<QString, ReaderProcess> readers;
    for (auto it = secondsByReader.begin(); it != secondsByReader.end(); ++it) {
        ReaderProcess &r = readers[it.key()];
        r.login = it.key();
        r.studiesRead = int(it.value().size());
        double total = 0.0;
        for (double v : it.value())
            total += v;
        r.meanSecondsPerStudy = total / double(it.value().size());
        r.medianSecondsPerStudy = median(it.value());
    }
    for (const ReaderFigures &f : s.process.readers) {
        if (f.arbitrationsInvolved == 0 && !readers.contains(f.login))
            continue;
        ReaderProcess &r = readers[f.login];
        r.login = f.login;
        r.upheldInArbitration = f.upheldInArbitration;
        r.arbitrationsInvolved = f.arbitrationsInvolved;
    }
    s.readers = readers.values();
    return s;
}

} // namespace etalon::core::workflow
