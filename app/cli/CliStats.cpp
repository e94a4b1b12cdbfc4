#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/workflow/Statistics.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

void printStatsHelp()
{
    out(tr("Usage: etalon-cli stats DIR --user COORDINATOR --dataset CODE [--json]"));
    out(QString());
    out(tr("Agreement statistics of a dataset's double reading (coordinators only).\n"
           "Classes, over studies with both primary readings submitted and classed: percent agreement,\n"
           "the confusion matrix (rows reader A = the reading assigned first, columns reader B, schema\n"
           "class order), Cohen's kappa with standard error and 95% CI, linear and quadratic weighted\n"
           "kappa for ordinal schemas, and Fleiss' kappa over the studies with the most common number\n"
           "(3 or more) of class reads, the expert's arbitration reading counting as a read.\n"
           "Findings, over the detector's matched pairs: IoU of boxes and contours, Dice and HD95 (mm)\n"
           "per mask label (count, median, quartiles by linear interpolation, min, max), matched and\n"
           "unmatched findings per reader. Process: the figures of 'etalon-cli status' and, per reader,\n"
           "studies read, mean and median seconds per study, and arbitrations upheld.\n"
           "\n"
           "JSON: {\"dataset\", \"classes\": {\"scale\", \"categories\", \"completedPairs\", \"items\",\n"
           "  \"percentAgreement\", \"confusionMatrix\": {\"rows\": \"readerA\", \"columns\": \"readerB\",\n"
           "  \"categories\", \"counts\"}, \"cohenKappa\": K, \"weightedKappa\": {\"linear\": K, \"quadratic\": K}\n"
           "  (null for nominal schemas), \"fleissKappa\": {\"value\", \"standardErrorNull\", \"items\",\n"
           "  \"readsPerItem\", \"observedAgreement\", \"expectedAgreement\"}, \"studiesWithMoreThanTwoReads\"},\n"
           "  \"findings\": {\"studiesCompared\", \"iou\": S, \"dice\": {\"LABEL\": S}, \"hd95Mm\": {\"LABEL\": S},\n"
           "  \"maskLabels\": {\"LABEL\": code}, \"detection\": {\"matchedPairs\", \"unmatchedA\", \"unmatchedB\",\n"
           "  \"readers\": [{\"login\", \"drawn\", \"matched\", \"unmatched\"}]}}, \"process\": the JSON of\n"
           "  'etalon-cli status', \"readers\": [{\"login\", \"studiesRead\", \"meanSecondsPerStudy\",\n"
           "  \"medianSecondsPerStudy\", \"upheldInArbitration\", \"arbitrationsInvolved\"}]}\n"
           "  K = {\"value\", \"standardError\", \"ciLower\", \"ciUpper\", \"observedAgreement\",\n"
           "  \"expectedAgreement\", \"items\"}, S = {\"count\", \"median\", \"q1\", \"q3\", \"min\", \"max\"};\n"
           "  a figure that is undefined (no items, a single category) is null.\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(tr("Exit codes: 0 done, 1 failed (the message says why), 2 usage error or no password available,\n"
           "3 authentication failed, 4 permission denied."));
}

QString number(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString kappaText(const std::optional<evaluation::KappaEstimate> &k)
{
    if (!k)
        return tr("undefined");
    return tr("%1 (SE %2, 95% CI %3 to %4)").arg(number(k->kappa), number(k->standardError), number(k->ciLower), number(k->ciUpper));
}

QString summaryText(const evaluation::DistributionSummary &s, int decimals)
{
    return tr("median %1 (IQR %2-%3, range %4-%5, n=%6)")
        .arg(number(s.median, decimals), number(s.q1, decimals), number(s.q3, decimals), number(s.min, decimals),
             number(s.max, decimals))
        .arg(s.count);
}

void printText(const DatasetStatistics &s)
{
    const ClassAgreement &c = s.classes;
    out(tr("Dataset %1: agreement statistics").arg(s.datasetCode));
    out(tr("Classes (%1): %2 studies read twice, %3 with a class from both readers").arg(c.scale).arg(c.completedPairs).arg(c.items));
    out(tr("  percent agreement:  %1").arg(c.percentAgreement ? number(100.0 * *c.percentAgreement, 1) + QLatin1Char('%') : tr("undefined")));
    out(tr("  Cohen's kappa:      %1").arg(kappaText(c.cohenKappa)));
    if (c.scale == QLatin1String("ordinal")) {
        out(tr("  linear weighted:    %1").arg(kappaText(c.linearKappa)));
        out(tr("  quadratic weighted: %1").arg(kappaText(c.quadraticKappa)));
    }
    if (c.fleissKappa) {
        out(tr("  Fleiss' kappa:      %1 over %2 studies with %3 reads each")
                .arg(number(c.fleissKappa->kappa))
                .arg(c.fleissKappa->items)
                .arg(c.fleissKappa->ratersPerItem));
    } else {
        out(tr("  Fleiss' kappa:      none (no study has more than two reads)"));
    }
    out(tr("  confusion matrix (rows reader A, columns reader B):"));
    QString header = QStringLiteral("    %1").arg(QString(), -12);
    for (const QString &code : c.categories)
        header += QStringLiteral(" %1").arg(code, 8);
    out(header);
    for (int i = 0; i < c.confusion.categories(); ++i) {
        QString line = QStringLiteral("    %1").arg(c.categories.value(i), -12);
        for (qint64 n : c.confusion.counts[std::size_t(i)])
            line += QStringLiteral(" %1").arg(n, 8);
        out(line);
    }

    const FindingAgreement &f = s.findings;
    out(tr("Findings: %1 studies with findings compared; %2 matched pairs, %3 unmatched of reader A, %4 of reader B")
            .arg(f.studiesCompared)
            .arg(f.matchedPairs)
            .arg(f.unmatchedA)
            .arg(f.unmatchedB));
    if (f.iou)
        out(tr("  IoU (boxes, contours): %1").arg(summaryText(*f.iou, 3)));
    for (auto it = f.diceByLabel.begin(); it != f.diceByLabel.end(); ++it)
        out(tr("  Dice, label %1 (%2): %3").arg(it.key()).arg(f.labelCodes.value(it.key()), summaryText(it.value(), 3)));
    for (auto it = f.hd95ByLabel.begin(); it != f.hd95ByLabel.end(); ++it)
        out(tr("  HD95 mm, label %1 (%2): %3").arg(it.key()).arg(f.labelCodes.value(it.key()), summaryText(it.value(), 2)));
    for (const ReaderDetection &r : f.readers)
        out(tr("  %1: %2 findings drawn, %3 matched, %4 unmatched").arg(r.login).arg(r.drawn).arg(r.matched).arg(r.unmatched));

    const DatasetStatus &p = s.process;
    out(tr("Process:"));
    out(tr("  disputed after two reads: %1 of %2 (%3%; the article saw up to 25%)")
            .arg(p.disputedAfterTwoReads)
            .arg(p.completedPairs)
            .arg(number(100.0 * p.disputedShare, 1)));
    out(tr("  still disputed after arbitration: %1 (%2%; the article saw up to 4%), %3 awaiting arbitration")
            .arg(p.stillDisputedAfterArbitration)
            .arg(number(100.0 * p.excludedShare, 1))
            .arg(p.awaitingArbitration));
    for (const ReaderProcess &r : s.readers) {
        out(tr("  %1: %2 studies read, %3 s mean / %4 s median per study; upheld in %5 of %6 arbitrations")
                .arg(r.login)
                .arg(r.studiesRead)
                .arg(r.meanSecondsPerStudy ? number(*r.meanSecondsPerStudy, 0) : QStringLiteral("-"),
                     r.medianSecondsPerStudy ? number(*r.medianSecondsPerStudy, 0) : QStringLiteral("-"))
                .arg(r.upheldInArbitration)
                .arg(r.arbitrationsInvolved));
    }
}

} // namespace

int runStats(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, {QStringLiteral("--user"), QStringLiteral("--dataset")}, {QStringLiteral("--json")});
    if (p.help) {
        printStatsHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty() || p.positional.size() != 1 || !p.has(QStringLiteral("--dataset"))) {
        err((p.error.isEmpty() ? tr("Usage: etalon-cli stats DIR --user COORDINATOR --dataset CODE [--json]") : p.error) +
            QLatin1Char(' ') + tr("(see etalon-cli stats --help)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<DatasetStatistics> s =
        Statistics::compute(*signedIn->workspace, *signedIn->session, p.value(QStringLiteral("--dataset")));
    if (!s) {
        err(s.error().message);
        return exitCodeFor(s.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        out(QString::fromUtf8(QJsonDocument(s->toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    printText(*s);
    return ExitOk;
}

} // namespace etalon::app::cli
