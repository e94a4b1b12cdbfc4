#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/workflow/FindingCodec.h"
#include "core/workflow/Users.h"
#include "core/workflow/Verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString exitCodesHelp()
{
    return tr("Exit codes: 0 done, 1 failed (the message says why), 2 usage error or no password available,\n"
              "3 authentication failed, 4 permission denied.");
}

void printDisputesHelp()
{
    out(tr("Usage: etalon-cli disputes DIR --user LOGIN --dataset CODE [--json]"));
    out(QString());
    out(tr("Disputed studies of a dataset: studies whose two independent readings disagree. A coordinator\n"
           "sees all of them; an expert sees those sent to them for arbitration; readers are refused.\n"
           "\n"
           "JSON: [{\"dispute\": id, \"datasetStudy\": id, \"dataset\", \"studyInstanceUid\", \"reasons\": [str],\n"
           "  \"expert\": user id|null, \"decided\": bool, \"detectedAt\"}]\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(exitCodesHelp());
}

void printArbitrateHelp()
{
    out(tr("Usage: etalon-cli arbitrate DIR --user EXPERT --dispute ID --decision accept_a|accept_b|own|exclude\n"
           "                            [--reason TEXT]\n"
           "       etalon-cli arbitrate show DIR --user LOGIN --dispute ID [--json]\n"
           "       etalon-cli arbitrate start DIR --user EXPERT --dispute ID [--from a|b]\n"
           "       etalon-cli arbitrate assign DIR --user COORDINATOR --dispute ID --expert LOGIN"));
    out(QString());
    out(tr("Arbitration of a disputed study by the expert assigned to it (more qualified than both readers\n"
           "and not one of them). Reading A is the reading assigned first.\n"
           "\n"
           "decide: accept_a / accept_b take that reader's class and findings as the final labels; own takes\n"
           "  the expert's own reading, which must be started ('arbitrate start'), completed with the\n"
           "  'reading' commands and submitted first; exclude removes the study as unresolvable and needs\n"
           "  --reason. A decision is final and audited. An expert who read the study is refused.\n"
           "show: both readings and the detector's verdict (the assigned expert or a coordinator).\n"
           "  JSON: {\"dispute\", \"dataset\", \"studyInstanceUid\", \"readingA\"/\"readingB\": {\"reading\",\n"
           "  \"reader\", \"studyClass\", \"comment\", \"secondsSpent\", \"submittedAt\", \"findings\": [{\"id\",\n"
           "  \"kind\", \"label\", \"attributes\", \"geometry\"}]}, \"reasons\": [{\"kind\", \"message\", \"value\",\n"
           "  \"threshold\", \"findingA\", \"findingB\"}], \"pairs\": [{\"findingA\", \"findingB\", \"score\", \"iou\",\n"
           "  \"dice\", \"distanceMm\"}], \"ownReading\": id|null, \"decision\": str|null, \"reason\", \"decidedAt\"}\n"
           "start: creates (or shows) the expert's own reading, optionally starting from reading A or B;\n"
           "  prints its reading id.\n"
           "assign: a coordinator sends the dispute to an expert (when none qualified automatically, or to\n"
           "  reassign an undecided dispute).\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(exitCodesHelp());
}

void printStatusHelp()
{
    out(tr("Usage: etalon-cli status DIR --user COORDINATOR --dataset CODE [--json]"));
    out(QString());
    out(tr("The figures of a dataset's double reading (coordinators only): studies per state, final labels\n"
           "per state and class, the share of studies disputed after two reads and still disputed (excluded)\n"
           "after arbitration against the article's 25% and 4%, Cohen's kappa between the two reads\n"
           "(quadratic-weighted for ordinal schemas) and, per reader, readings, time and arbitrations.\n"
           "\n"
           "JSON: {\"dataset\", \"studiesByState\", \"finalByState\", \"finalClassCounts\", \"completedPairs\",\n"
           "  \"disputedAfterTwoReads\", \"awaitingArbitration\", \"awaitingExpert\",\n"
           "  \"stillDisputedAfterArbitration\", \"disputedShare\", \"excludedShare\", \"reference\":\n"
           "  {\"disputedShare\": 0.25, \"excludedShare\": 0.04}, \"kappa\": {\"value\", \"weighting\", \"items\",\n"
           "  \"ciLower\", \"ciUpper\"}, \"readers\": [{\"login\", \"userId\", \"assigned\", \"inProgress\",\n"
           "  \"submitted\", \"secondsSpent\", \"upheldInArbitration\", \"arbitrationsInvolved\",\n"
           "  \"arbitrationsDecided\"}]}\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(exitCodesHelp());
}

/// --dispute as a positive number; prints the usage error otherwise.
std::optional<qint64> disputeId(const ParsedArgs &p)
{
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("--dispute")).toLongLong(&ok);
    if (!ok || id <= 0) {
        err(tr("--dispute needs the number of a dispute (see 'etalon-cli disputes')."));
        return std::nullopt;
    }
    return id;
}

QJsonObject readingJson(const Reading &r, const QString &login)
{
    QJsonArray findings;
    for (const Finding &f : r.findings) {
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("kind"), findingKindName(f.kind())},
                                    {QStringLiteral("label"), f.label},
                                    {QStringLiteral("attributes"), QJsonObject::fromVariantMap(f.attributes)},
                                    {QStringLiteral("geometry"), FindingCodec::toJson(f.geometry)}});
    }
    return QJsonObject{{QStringLiteral("reading"), r.id},
                       {QStringLiteral("reader"), login},
                       {QStringLiteral("studyClass"), r.studyClass ? QJsonValue(*r.studyClass) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("comment"), r.comment},
                       {QStringLiteral("secondsSpent"), r.secondsSpent},
                       {QStringLiteral("submittedAt"), r.submittedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("findings"), findings}};
}

void printReading(const QString &title, const Reading &r, const QString &login)
{
    out(tr("%1: reading %2 by %3, class %4, %5 s, submitted %6")
            .arg(title)
            .arg(r.id)
            .arg(login, r.studyClass.value_or(tr("(none)")))
            .arg(r.secondsSpent)
            .arg(r.submittedAt.isValid() ? r.submittedAt.toString(Qt::ISODate) : tr("not yet")));
    if (!r.comment.isEmpty())
        out(tr("  comment: %1").arg(r.comment));
    for (const Finding &f : r.findings) {
        out(tr("  finding %1: %2 %3 %4")
                .arg(f.id)
                .arg(findingKindName(f.kind()), f.label.isEmpty() ? QStringLiteral("-") : f.label,
                     compact(FindingCodec::toJson(f.geometry))));
    }
}

int arbitrateShow(const ParsedArgs &p)
{
    if (p.positional.size() != 2 || !p.has(QStringLiteral("--dispute"))) {
        err(tr("Usage: etalon-cli arbitrate show DIR --user LOGIN --dispute ID [--json]   (see etalon-cli arbitrate --help)"));
        return ExitUsage;
    }
    const std::optional<qint64> id = disputeId(p);
    if (!id)
        return ExitUsage;
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<ArbitrationCase> c = Verification::arbitrationCase(*signedIn->workspace, *signedIn->session, *id);
    if (!c) {
        err(c.error().message);
        return exitCodeFor(c.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray reasons;
        for (const CaseReason &r : c->reasons) {
            reasons.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                       {QStringLiteral("message"), r.message},
                                       {QStringLiteral("value"), optionalNumber(r.value)},
                                       {QStringLiteral("threshold"), optionalNumber(r.threshold)},
                                       {QStringLiteral("findingA"), r.findingIdA},
                                       {QStringLiteral("findingB"), r.findingIdB}});
        }
        QJsonArray pairs;
        for (const CasePair &pair : c->pairs) {
            pairs.append(QJsonObject{{QStringLiteral("findingA"), pair.findingIdA},
                                     {QStringLiteral("findingB"), pair.findingIdB},
                                     {QStringLiteral("score"), pair.score},
                                     {QStringLiteral("iou"), optionalNumber(pair.iou)},
                                     {QStringLiteral("dice"), optionalNumber(pair.dice)},
                                     {QStringLiteral("distanceMm"), optionalNumber(pair.distanceMm)}});
        }
        printJson(QJsonObject{
            {QStringLiteral("dispute"), c->dispute.disputeId},
            {QStringLiteral("dataset"), c->dispute.datasetCode},
            {QStringLiteral("studyInstanceUid"), c->dispute.studyInstanceUid},
            {QStringLiteral("readingA"), readingJson(c->readingA, c->readerALogin)},
            {QStringLiteral("readingB"), readingJson(c->readingB, c->readerBLogin)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("pairs"), pairs},
            {QStringLiteral("ownReading"), c->ownReading ? QJsonValue(c->ownReading->id) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decision"), c->decision ? QJsonValue(arbitrationDecisionName(*c->decision)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), c->decisionReason},
            {QStringLiteral("decidedAt"), c->decidedAt.isValid() ? QJsonValue(c->decidedAt.toString(Qt::ISODateWithMs))
                                                                 : QJsonValue(QJsonValue::Null)}});
        return ExitOk;
    }
    out(tr("Dispute %1: study %2 of dataset %3").arg(c->dispute.disputeId).arg(c->dispute.studyInstanceUid, c->dispute.datasetCode));
    printReading(tr("Reading A"), c->readingA, c->readerALogin);
    printReading(tr("Reading B"), c->readingB, c->readerBLogin);
    out(tr("Verdict: %1").arg(c->agreed ? tr("agreed") : tr("disputed")));
    for (const CaseReason &r : c->reasons)
        out(QStringLiteral("  [%1] %2").arg(r.kind, r.message));
    for (const CasePair &pair : c->pairs) {
        out(tr("  matched: finding %1 (A) with %2 (B), score %3")
                .arg(pair.findingIdA)
                .arg(pair.findingIdB)
                .arg(QString::number(pair.score, 'f', 3)));
    }
    if (c->ownReading)
        printReading(tr("Own reading"), *c->ownReading, signedIn->session->login());
    if (c->decision) {
        out(tr("Decided: %1 at %2%3")
                .arg(arbitrationDecisionName(*c->decision), c->decidedAt.toString(Qt::ISODate),
                     c->decisionReason.isEmpty() ? QString() : tr(" (reason: %1)").arg(c->decisionReason)));
    } else {
        out(tr("Not decided yet."));
    }
    return ExitOk;
}

int arbitrateStart(const ParsedArgs &p)
{
    if (p.positional.size() != 2 || !p.has(QStringLiteral("--dispute"))) {
        err(tr("Usage: etalon-cli arbitrate start DIR --user EXPERT --dispute ID [--from a|b]   (see etalon-cli arbitrate --help)"));
        return ExitUsage;
    }
    const std::optional<qint64> id = disputeId(p);
    if (!id)
        return ExitUsage;
    std::optional<ArbitrationDecision> from;
    const QString fromText = p.value(QStringLiteral("--from"));
    if (fromText == QLatin1String("a"))
        from = ArbitrationDecision::AcceptA;
    else if (fromText == QLatin1String("b"))
        from = ArbitrationDecision::AcceptB;
    else if (p.has(QStringLiteral("--from"))) {
        err(tr("--from takes a or b (the reading to start from)."));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<qint64> reading = Verification::startOwnReading(*signedIn->workspace, *signedIn->session, *id, from);
    if (!reading) {
        err(reading.error().message);
        return exitCodeFor(reading.error());
    }
    out(QString::number(*reading));
    return ExitOk;
}

int arbitrateAssign(const ParsedArgs &p)
{
    if (p.positional.size() != 2 || !p.has(QStringLiteral("--dispute")) || !p.has(QStringLiteral("--expert"))) {
        err(tr("Usage: etalon-cli arbitrate assign DIR --user COORDINATOR --dispute ID --expert LOGIN   (see etalon-cli arbitrate --help)"));
        return ExitUsage;
    }
    const std::optional<qint64> id = disputeId(p);
    if (!id)
        return ExitUsage;
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<User>> users = Users::list(*signedIn->workspace, *signedIn->session);
    if (!users) {
        err(users.error().message);
        return exitCodeFor(users.error());
    }
    const QString login = p.value(QStringLiteral("--expert"));
    const auto it = std::find_if(users->begin(), users->end(), [&](const User &u) { return u.login == login; });
    if (it == users->end()) {
        err(tr("There is no user %1 (see 'etalon-cli user list').").arg(login));
        return ExitFailure;
    }
    const Result<void> assigned = Verification::assignExpert(*signedIn->workspace, *signedIn->session, *id, it->id);
    if (!assigned) {
        err(assigned.error().message);
        return exitCodeFor(assigned.error());
    }
    out(tr("Dispute %1 is assigned to %2.").arg(*id).arg(login));
    return ExitOk;
}

int arbitrateDecide(const ParsedArgs &p)
{
    if (p.positional.size() != 1 || !p.has(QStringLiteral("--dispute")) || !p.has(QStringLiteral("--decision"))) {
        err(tr("Usage: etalon-cli arbitrate DIR --user EXPERT --dispute ID --decision accept_a|accept_b|own|exclude "
               "[--reason TEXT]   (see etalon-cli arbitrate --help)"));
        return ExitUsage;
    }
    const std::optional<qint64> id = disputeId(p);
    if (!id)
        return ExitUsage;
    const std::optional<ArbitrationDecision> decision = arbitrationDecisionFromName(p.value(QStringLiteral("--decision")));
    if (!decision) {
        err(tr("--decision takes accept_a, accept_b, own or exclude."));
        return ExitUsage;
    }
    if (*decision == ArbitrationDecision::Exclude && p.value(QStringLiteral("--reason")).trimmed().isEmpty()) {
        err(tr("Excluding a study needs --reason TEXT (why the dispute cannot be resolved)."));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<void> decided = Verification::arbitrate(*signedIn->workspace, *signedIn->session, *id, *decision,
                                                         p.value(QStringLiteral("--reason")));
    if (!decided) {
        err(decided.error().message);
        return exitCodeFor(decided.error());
    }
    out(tr("Dispute %1 decided: %2.").arg(*id).arg(arbitrationDecisionName(*decision)));
    return ExitOk;
}

} // namespace

int runDisputes(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, {QStringLiteral("--user"), QStringLiteral("--dataset")}, {QStringLiteral("--json")});
    if (p.help) {
        printDisputesHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty() || p.positional.size() != 1 || !p.has(QStringLiteral("--dataset"))) {
        err((p.error.isEmpty() ? tr("Usage: etalon-cli disputes DIR --user LOGIN --dataset CODE [--json]") : p.error) +
            QLatin1Char(' ') + tr("(see etalon-cli disputes --help)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<DisputeItem>> list =
        Verification::disputes(*signedIn->workspace, *signedIn->session, p.value(QStringLiteral("--dataset")));
    if (!list) {
        err(list.error().message);
        return exitCodeFor(list.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const DisputeItem &d : *list) {
            array.append(QJsonObject{{QStringLiteral("dispute"), d.disputeId},
                                     {QStringLiteral("datasetStudy"), d.datasetStudyId},
                                     {QStringLiteral("dataset"), d.datasetCode},
                                     {QStringLiteral("studyInstanceUid"), d.studyInstanceUid},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)},
                                     {QStringLiteral("expert"), d.expertId ? QJsonValue(*d.expertId) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("decided"), d.decided},
                                     {QStringLiteral("detectedAt"), d.detectedAt.toString(Qt::ISODateWithMs)}});
        }
        printJson(array);
        return ExitOk;
    }
    if (list->isEmpty())
        out(tr("No disputes."));
    for (const DisputeItem &d : *list) {
        out(tr("%1  %2  %3  %4")
                .arg(d.disputeId)
                .arg(d.studyInstanceUid, d.decided ? tr("decided") : tr("open"),
                     d.expertId ? tr("expert #%1").arg(*d.expertId) : tr("no expert yet")));
        for (const QString &reason : d.reasons)
            out(QStringLiteral("    ") + reason);
    }
    return ExitOk;
}

int runArbitrate(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args,
                                   {QStringLiteral("--user"), QStringLiteral("--dispute"), QStringLiteral("--decision"),
                                    QStringLiteral("--reason"), QStringLiteral("--from"), QStringLiteral("--expert")},
                                   {QStringLiteral("--json")});
    if (p.help) {
        printArbitrateHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty()) {
        err(p.error + QLatin1Char(' ') + tr("(see etalon-cli arbitrate --help)"));
        return ExitUsage;
    }
    const QString verb = p.positional.value(0);
    if (verb == QLatin1String("show"))
        return arbitrateShow(p);
    if (verb == QLatin1String("start"))
        return arbitrateStart(p);
    if (verb == QLatin1String("assign"))
        return arbitrateAssign(p);
    return arbitrateDecide(p);
}

int runStatus(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, {QStringLiteral("--user"), QStringLiteral("--dataset")}, {QStringLiteral("--json")});
    if (p.help) {
        printStatusHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty() || p.positional.size() != 1 || !p.has(QStringLiteral("--dataset"))) {
        err((p.error.isEmpty() ? tr("Usage: etalon-cli status DIR --user COORDINATOR --dataset CODE [--json]") : p.error) +
            QLatin1Char(' ') + tr("(see etalon-cli status --help)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<DatasetStatus> s = Verification::status(*signedIn->workspace, *signedIn->session, p.value(QStringLiteral("--dataset")));
    if (!s) {
        err(s.error().message);
        return exitCodeFor(s.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        printJson(s->toJson());
        return ExitOk;
    }
    const auto mapText = [](const QMap<QString, int> &map) {
        QStringList parts;
        for (auto it = map.begin(); it != map.end(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
    };
    out(tr("Dataset %1").arg(s->datasetCode));
    out(tr("  studies:            %1").arg(mapText(s->studiesByState)));
    out(tr("  final labels:       %1").arg(mapText(s->finalByState)));
    out(tr("  final classes:      %1").arg(mapText(s->finalClassCounts)));
    out(tr("  read twice:         %1").arg(s->completedPairs));
    out(tr("  disputed:           %1 (%2%; the article saw up to 25%)")
            .arg(s->disputedAfterTwoReads)
            .arg(QString::number(100.0 * s->disputedShare, 'f', 1)));
    out(tr("  still disputed:     %1 excluded (%2%; the article saw up to 4%), %3 awaiting arbitration, %4 without expert")
            .arg(s->stillDisputedAfterArbitration)
            .arg(QString::number(100.0 * s->excludedShare, 'f', 1))
            .arg(s->awaitingArbitration)
            .arg(s->awaitingExpert));
    out(tr("  kappa (%1):  %2 over %3 studies")
            .arg(s->kappaWeighting, s->kappa ? QString::number(*s->kappa, 'f', 3) : tr("undefined"))
            .arg(s->kappaItems));
    for (const ReaderFigures &r : s->readers) {
        out(tr("  %1: %2 assigned, %3 in progress, %4 submitted, %5 s; upheld in %6 of %7 arbitrations; decided %8")
                .arg(r.login)
                .arg(r.assigned)
                .arg(r.inProgress)
                .arg(r.submitted)
                .arg(r.secondsSpent)
                .arg(r.upheldInArbitration)
                .arg(r.arbitrationsInvolved)
                .arg(r.arbitrationsDecided));
    }
    return ExitOk;
}

} // namespace etalon::app::cli
