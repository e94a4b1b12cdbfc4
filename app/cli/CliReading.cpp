#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/annotation/AnnotationDocument.h"
#include "core/workflow/FindingCodec.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

/// Exit code 5: the object's state does not allow the operation (e.g. a submitted reading).
constexpr int ExitInvalidState = 5;

int exitFor(const Error &error)
{
    return error.code == ErrorCode::InvalidState ? ExitInvalidState : exitCodeFor(error);
}

QString exitCodesHelp()
{
    return tr("Exit codes: 0 done, 1 failed (e.g. no such reading, a value the schema does not allow), 2 usage error\n"
              "or no password available, 3 authentication failed, 4 permission denied, 5 not allowed in the\n"
              "current state (e.g. the reading is submitted, or not started yet).");
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

QString kindName(ReadingKind kind)
{
    return kind == ReadingKind::Arbitration ? QStringLiteral("arbitration") : QStringLiteral("primary");
}

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("kind"), findingKindName(f.kind())},
                       {QStringLiteral("label"), f.label},
                       {QStringLiteral("attributes"), QJsonObject::fromVariantMap(f.attributes)},
                       {QStringLiteral("geometry"), FindingCodec::toJson(f.geometry)}};
}

QJsonObject readingJson(const Reading &r)
{
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(findingJson(f));
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("datasetStudyId"), r.datasetStudyId},
                       {QStringLiteral("kind"), kindName(r.kind)},
                       {QStringLiteral("state"), readingStateName(r.state)},
                       {QStringLiteral("studyClass"), r.studyClass ? QJsonValue(*r.studyClass) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("comment"), r.comment},
                       {QStringLiteral("secondsSpent"), r.secondsSpent},
                       {QStringLiteral("startedAt"), r.startedAt.isValid() ? QJsonValue(r.startedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
                       {QStringLiteral("submittedAt"), r.submittedAt.isValid() ? QJsonValue(r.submittedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
                       {QStringLiteral("findings"), findings}};
}

std::optional<QList<double>> numbers(const QString &text, int minCount, int maxCount)
{
    QList<double> values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        values.append(v);
    }
    if (values.size() < minCount || values.size() > maxCount)
        return std::nullopt;
    return values;
}

/// Builds the finding of add-finding from --point / --box / --contour, --label, --attr.
std::optional<Finding> findingFromArgs(const ParsedArgs &p, QString *problem)
{
    Finding f;
    f.label = p.value(QStringLiteral("--label"));
    for (const QString &attr : p.values.value(QStringLiteral("--attr"))) {
        const qsizetype eq = attr.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = tr("--attr needs key=value (got '%1').").arg(attr);
            return std::nullopt;
        }
        f.attributes.insert(attr.left(eq), attr.mid(eq + 1));
    }
    const int given = int(p.has(QStringLiteral("--point"))) + int(p.has(QStringLiteral("--box"))) + int(p.has(QStringLiteral("--contour")));
    if (given != 1) {
        *problem = tr("Give exactly one of --point, --box or --contour.");
        return std::nullopt;
    }
    if (p.has(QStringLiteral("--point"))) {
        const auto v = numbers(p.value(QStringLiteral("--point")), 3, 3);
        if (!v) {
            *problem = tr("--point needs i,j,k (got '%1').").arg(p.value(QStringLiteral("--point")));
            return std::nullopt;
        }
        PointGeometry point{{v->at(0), v->at(1), v->at(2)}, std::nullopt};
        if (p.has(QStringLiteral("--diameter"))) {
            bool ok = false;
            point.diameterMm = p.value(QStringLiteral("--diameter")).toDouble(&ok);
            if (!ok) {
                *problem = tr("--diameter needs a number of mm.");
                return std::nullopt;
            }
        }
        f.geometry = point;
    } else if (p.has(QStringLiteral("--box"))) {
        const auto v = numbers(p.value(QStringLiteral("--box")), 4, 6);
        if (!v || v->size() == 5) {
            *problem = tr("--box needs i0,j0,i1,j1 or i0,j0,i1,j1,k0,k1 (got '%1').").arg(p.value(QStringLiteral("--box")));
            return std::nullopt;
        }
        BoxGeometry box{v->at(0), v->at(1), v->at(2), v->at(3), 0, 0};
        if (v->size() == 6) {
            box.k0 = int(v->at(4));
            box.k1 = int(v->at(5));
            if (box.k0 != v->at(4) || box.k1 != v->at(5)) {
                *problem = tr("--box: the slice numbers k0,k1 must be whole numbers.");
                return std::nullopt;
            }
        }
        f.geometry = box;
    } else {
        ContourGeometry contour;
        for (const QString &slice : p.values.value(QStringLiteral("--contour"))) {
            const qsizetype colon = slice.indexOf(QLatin1Char(':'));
            bool ok = false;
            const int k = colon > 0 ? slice.left(colon).toInt(&ok) : 0;
            std::vector<Point2> points;
            if (ok) {
                for (const QString &vertex : slice.mid(colon + 1).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    const auto v = numbers(vertex, 2, 2);
                    if (!v) {
                        ok = false;
                        break;
                    }
                    points.push_back({v->at(0), v->at(1)});
                }
            }
            if (!ok || contour.slices.count(k)) {
                *problem = tr("--contour needs k:i,j;i,j;... with one --contour per slice (got '%1').").arg(slice);
                return std::nullopt;
            }
            contour.slices.emplace(k, std::move(points));
        }
        f.geometry = contour;
    }
    return f;
}

void printHelp()
{
    out(tr("Usage: etalon-cli assign DIR --user COORDINATOR --dataset CODE [--readers LOGIN,LOGIN,...] [--json]\n"
           "       etalon-cli worklist DIR --user LOGIN [--state assigned|in_progress|submitted] [--json]\n"
           "       etalon-cli reading start|show|submit DIR --user LOGIN --reading ID [--json]\n"
           "       etalon-cli reading set-class DIR --user LOGIN --reading ID --class CODE|--clear\n"
           "       etalon-cli reading add-finding DIR --user LOGIN --reading ID\n"
           "                  (--point i,j,k [--diameter MM] | --box i0,j0,i1,j1[,k0,k1] | --contour k:i,j;i,j;...)\n"
           "                  [--label CODE] [--attr KEY=VALUE]... [--json]\n"
           "       etalon-cli reading remove-finding DIR --user LOGIN --finding ID\n"
           "       etalon-cli reading paint DIR --user LOGIN --reading ID --voxels i0,j0,k0,i1,j1,k1 --value N [--json]\n"
           "       etalon-cli reading comment DIR --user LOGIN --reading ID --text TEXT\n"
           "       etalon-cli reading time DIR --user LOGIN --reading ID --seconds N\n"
           "       etalon-cli reading reopen DIR --user COORDINATOR --reading ID --reason TEXT"));
    out(QString());
    out(tr("Double reading (docs/reading-workflow.md). assign gives every study of the dataset that has no\n"
           "readers yet two distinct readers, least loaded first (default: every active reader). A reader\n"
           "sees and edits only their own readings (worklist), and must start a reading before editing it.\n"
           "Every edit is stored at once. submit locks the reading (the study class must be set when the\n"
           "schema requires it, and required finding attributes filled in); only a coordinator reopens it,\n"
           "with a reason that goes into the audit log.\n"
           "\n"
           "Coordinates are image indices of the data unit's series: i along a row, j down the columns,\n"
           "k the slice (0-based); box bounds are pixel edges (pixels 10..19 are i0 9.5, i1 19.5) and k0,k1\n"
           "an inclusive slice range (default 0,0). A contour is one closed polygon per slice; repeat\n"
           "--contour for more slices. add-finding prints the new finding's id (with --json: {\"id\": N}).\n"
           "paint sets an inclusive block of voxels of the reading's mask to label N (0 erases; label n is\n"
           "the schema's n-th finding label), as one stroke stored as a delta, and prints how many voxels\n"
           "changed (with --json: {\"voxelsChanged\": N}); the first stroke makes the mask.\n"
           "\n"
           "JSON: assign {\"studiesAssigned\", \"readingsCreated\", \"studiesAlreadyAssigned\",\n"
           "  \"workload\": {login: N}}; worklist [{\"reading\", \"dataset\", \"studyInstanceUid\",\n"
           "  \"seriesInstanceUid\", \"patientId\", \"studyDate\", \"modalities\", \"kind\", \"state\", \"assignedAt\"}];\n"
           "  reading {\"id\", \"datasetStudyId\", \"kind\", \"state\", \"studyClass\", \"comment\", \"secondsSpent\",\n"
           "  \"startedAt\", \"submittedAt\", \"findings\": [{\"id\", \"kind\", \"label\", \"attributes\", \"geometry\"}]}\n"
           "  with geometry as stored (core/workflow/FindingCodec.h).\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(exitCodesHelp());
}

std::optional<qint64> idOption(const ParsedArgs &p, const QString &option)
{
    bool ok = false;
    const qint64 id = p.value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        err(tr("%1 needs a positive id (see etalon-cli worklist).").arg(option));
        return std::nullopt;
    }
    return id;
}

int fail(const Error &error)
{
    err(error.message);
    return exitFor(error);
}

int runAssignCommand(const ParsedArgs &p)
{
    if (p.positional.size() != 1 || !p.has(QStringLiteral("--dataset"))) {
        err(tr("Usage: etalon-cli assign DIR --user COORDINATOR --dataset CODE [--readers LOGIN,...]   (see --help)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> s = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!s)
        return code;
    AssignOptions options;
    QMap<qint64, QString> logins;
    const Result<QList<User>> users = Users::list(*s->workspace, *s->session);
    if (users) {
        for (const User &u : *users)
            logins.insert(u.id, u.login);
    }
    if (p.has(QStringLiteral("--readers"))) {
        if (!users)
            return fail(users.error());
        for (const QString &login : p.value(QStringLiteral("--readers")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qint64 id = logins.key(login.trimmed(), 0);
            if (id == 0) {
                err(tr("There is no user %1 (see etalon-cli user list).").arg(login.trimmed()));
                return ExitFailure;
            }
            options.readerIds.append(id);
        }
    }
    const Result<AssignmentReport> report = Readings::assign(*s->workspace, *s->session, p.value(QStringLiteral("--dataset")), options);
    if (!report)
        return fail(report.error());
    if (p.has(QStringLiteral("--json"))) {
        QJsonObject workload;
        for (auto it = report->workload.begin(); it != report->workload.end(); ++it)
            workload.insert(logins.value(it.key(), QString::number(it.key())), it.value());
        printJson(QJsonObject{{QStringLiteral("studiesAssigned"), report->studiesAssigned},
                              {QStringLiteral("readingsCreated"), report->readingsCreated},
                              {QStringLiteral("studiesAlreadyAssigned"), report->studiesAlreadyAssigned},
                              {QStringLiteral("workload"), workload}});
        return ExitOk;
    }
    out(tr("Assigned %1 studies (%2 readings); %3 already had readers.")
            .arg(report->studiesAssigned).arg(report->readingsCreated).arg(report->studiesAlreadyAssigned));
    for (auto it = report->workload.begin(); it != report->workload.end(); ++it)
        out(tr("  %1: %2 readings in the dataset").arg(logins.value(it.key(), QString::number(it.key()))).arg(it.value()));
    return ExitOk;
}

int runWorklistCommand(const ParsedArgs &p)
{
    if (p.positional.size() != 1) {
        err(tr("Usage: etalon-cli worklist DIR --user LOGIN [--state S] [--json]   (see --help)"));
        return ExitUsage;
    }
    std::optional<ReadingState> state;
    if (p.has(QStringLiteral("--state"))) {
        for (ReadingState s : {ReadingState::Assigned, ReadingState::InProgress, ReadingState::Submitted}) {
            if (readingStateName(s) == p.value(QStringLiteral("--state")))
                state = s;
        }
        if (!state) {
            err(tr("--state must be assigned, in_progress or submitted."));
            return ExitUsage;
        }
    }
    int code = ExitOk;
    std::optional<SignedIn> s = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!s)
        return code;
    const Result<QList<WorklistItem>> items = Readings::worklist(*s->workspace, *s->session, state);
    if (!items)
        return fail(items.error());
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const WorklistItem &i : *items) {
            array.append(QJsonObject{{QStringLiteral("reading"), i.readingId},
                                     {QStringLiteral("dataset"), i.datasetCode},
                                     {QStringLiteral("studyInstanceUid"), i.studyInstanceUid},
                                     {QStringLiteral("seriesInstanceUid"), i.seriesInstanceUid.isEmpty() ? QJsonValue() : QJsonValue(i.seriesInstanceUid)},
                                     {QStringLiteral("patientId"), i.patientId},
                                     {QStringLiteral("studyDate"), i.studyDate},
                                     {QStringLiteral("modalities"), i.modalities},
                                     {QStringLiteral("kind"), kindName(i.kind)},
                                     {QStringLiteral("state"), readingStateName(i.state)},
                                     {QStringLiteral("assignedAt"), i.assignedAt.toString(Qt::ISODateWithMs)}});
        }
        printJson(array);
        return ExitOk;
    }
    for (const WorklistItem &i : *items) {
        out(tr("%1  %2  %3  %4  %5 %6")
                .arg(QString::number(i.readingId).rightJustified(6), readingStateName(i.state).leftJustified(11),
                     i.datasetCode, i.studyInstanceUid, i.modalities, i.studyDate));
    }
    if (items->isEmpty())
        out(tr("Nothing in the worklist."));
    return ExitOk;
}

int runReadingVerb(const ParsedArgs &p)
{
    const QString verb = p.positional.value(0);
    static const QStringList verbs{"start", "show", "set-class", "add-finding", "remove-finding", "paint", "comment", "time", "submit", "reopen"};
    if (!verbs.contains(verb) || p.positional.size() != 2) {
        err(tr("Usage: etalon-cli reading start|show|set-class|add-finding|remove-finding|paint|comment|time|submit|reopen DIR "
               "--user LOGIN --reading ID ...   (see etalon-cli reading --help)"));
        return ExitUsage;
    }
    std::optional<qint64> readingId;
    std::optional<qint64> findingId;
    if (verb == QLatin1String("remove-finding")) {
        if (!(findingId = idOption(p, QStringLiteral("--finding"))))
            return ExitUsage;
    } else if (!(readingId = idOption(p, QStringLiteral("--reading")))) {
        return ExitUsage;
    }
    std::optional<Finding> finding;
    if (verb == QLatin1String("add-finding")) {
        QString problem;
        finding = findingFromArgs(p, &problem);
        if (!finding) {
            err(problem);
            return ExitUsage;
        }
    }
    if (verb == QLatin1String("set-class") && p.has(QStringLiteral("--class")) == p.has(QStringLiteral("--clear"))) {
        err(tr("set-class needs --class CODE or --clear."));
        return ExitUsage;
    }
    if (verb == QLatin1String("comment") && !p.has(QStringLiteral("--text"))) {
        err(tr("comment needs --text TEXT (an empty text clears it)."));
        return ExitUsage;
    }
    qint64 seconds = 0;
    if (verb == QLatin1String("time")) {
        bool ok = false;
        seconds = p.value(QStringLiteral("--seconds")).toLongLong(&ok);
        if (!ok) {
            err(tr("time needs --seconds N."));
            return ExitUsage;
        }
    }
    std::vector<int> block;
    int paintValue = 0;
    if (verb == QLatin1String("paint")) {
        const auto v = numbers(p.value(QStringLiteral("--voxels")), 6, 6);
        bool ok = false;
        paintValue = p.value(QStringLiteral("--value")).toInt(&ok);
        if (!v || !ok || paintValue < 0 || paintValue > 255) {
            err(tr("paint needs --voxels i0,j0,k0,i1,j1,k1 (an inclusive block of voxel indices) and --value N "
                   "(the mask label, 0 erases)."));
            return ExitUsage;
        }
        for (double x : *v)
            block.push_back(int(x));
    }
    if (verb == QLatin1String("reopen") && p.value(QStringLiteral("--reason")).trimmed().isEmpty()) {
        err(tr("reopen needs --reason TEXT (it is kept in the audit log)."));
        return ExitUsage;
    }

    int code = ExitOk;
    std::optional<SignedIn> s = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!s)
        return code;
    store::Workspace &ws = *s->workspace;
    const Session &session = *s->session;
    const bool json = p.has(QStringLiteral("--json"));

    if (verb == QLatin1String("show") || verb == QLatin1String("start")) {
        const Result<Reading> r = verb == QLatin1String("show") ? Readings::reading(ws, session, *readingId)
                                                                 : Readings::start(ws, session, *readingId);
        if (!r)
            return fail(r.error());
        if (json) {
            printJson(readingJson(*r));
            return ExitOk;
        }
        out(tr("Reading %1: %2, class %3, %4 findings, %5 s")
                .arg(r->id)
                .arg(readingStateName(r->state), r->studyClass.value_or(QStringLiteral("-")))
                .arg(r->findings.size())
                .arg(r->secondsSpent));
        if (!r->comment.isEmpty())
            out(tr("  comment: %1").arg(r->comment));
        for (const Finding &f : r->findings) {
            out(tr("  finding %1: %2 %3 %4")
                    .arg(f.id)
                    .arg(findingKindName(f.kind()), f.label,
                         QString::fromUtf8(QJsonDocument(FindingCodec::toJson(f.geometry)).toJson(QJsonDocument::Compact))));
        }
        return ExitOk;
    }
    if (verb == QLatin1String("add-finding")) {
        const Result<qint64> id = Readings::addFinding(ws, session, *readingId, *finding);
        if (!id)
            return fail(id.error());
        if (json)
            printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            out(QString::number(*id));
        return ExitOk;
    }
    if (verb == QLatin1String("paint")) {
        // The reading screen's path: the annotation document turns the block into one stroke,
        // stored as a delta of the voxels it changed.
        Result<std::unique_ptr<annotation::AnnotationDocument>> doc =
            annotation::AnnotationDocument::open(ws, session, *readingId, false);
        if (!doc)
            return fail(doc.error());
        const std::array<int, 3> size = (*doc)->imageSize();
        std::vector<qint64> voxels;
        for (int k = std::max(0, block[2]); k <= std::min(size[2] - 1, block[5]); ++k)
            for (int j = std::max(0, block[1]); j <= std::min(size[1] - 1, block[4]); ++j)
                for (int i = std::max(0, block[0]); i <= std::min(size[0] - 1, block[3]); ++i)
                    voxels.push_back(i + qint64(size[0]) * (j + qint64(size[1]) * k));
        const std::vector<std::uint8_t> before = (*doc)->mask() ? (*doc)->mask()->labels : std::vector<std::uint8_t>();
        if (Result<void> painted = (*doc)->paint(voxels, std::uint8_t(paintValue), QString()); !painted)
            return fail(painted.error());
        qint64 changed = 0;
        if (const MaskGeometry *mask = (*doc)->mask()) {
            for (std::size_t x = 0; x < mask->labels.size(); ++x)
                changed += mask->labels[x] != (before.empty() ? 0 : before[x]);
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("voxelsChanged"), changed}});
        else
            out(tr("Reading %1: %2 mask voxels changed.").arg(*readingId).arg(changed));
        return ExitOk;
    }
    Result<void> done;
    QString message;
    if (verb == QLatin1String("set-class")) {
        const std::optional<QString> cls = p.has(QStringLiteral("--clear")) ? std::nullopt
                                                                            : std::optional<QString>(p.value(QStringLiteral("--class")));
        done = Readings::setStudyClass(ws, session, *readingId, cls);
        message = tr("Reading %1: study class %2.").arg(*readingId).arg(cls.value_or(tr("cleared")));
    } else if (verb == QLatin1String("remove-finding")) {
        done = Readings::removeFinding(ws, session, *findingId);
        message = tr("Removed finding %1.").arg(*findingId);
    } else if (verb == QLatin1String("comment")) {
        done = Readings::setComment(ws, session, *readingId, p.value(QStringLiteral("--text")));
        message = tr("Reading %1: comment saved.").arg(*readingId);
    } else if (verb == QLatin1String("time")) {
        done = Readings::addTimeSpent(ws, session, *readingId, seconds);
        message = tr("Reading %1: %2 s added.").arg(*readingId).arg(seconds);
    } else if (verb == QLatin1String("submit")) {
        done = Readings::submit(ws, session, *readingId);
        message = tr("Reading %1 submitted.").arg(*readingId);
    } else {
        done = Readings::reopen(ws, session, *readingId, p.value(QStringLiteral("--reason")));
        message = tr("Reading %1 reopened.").arg(*readingId);
    }
    if (!done)
        return fail(done.error());
    out(message);
    return ExitOk;
}

ParsedArgs parse(const QStringList &args)
{
    return parseArgs(args,
                     {QStringLiteral("--user"), QStringLiteral("--dataset"), QStringLiteral("--readers"), QStringLiteral("--state"),
                      QStringLiteral("--reading"), QStringLiteral("--finding"), QStringLiteral("--class"), QStringLiteral("--point"),
                      QStringLiteral("--diameter"), QStringLiteral("--box"), QStringLiteral("--contour"), QStringLiteral("--label"),
                      QStringLiteral("--attr"), QStringLiteral("--text"), QStringLiteral("--seconds"), QStringLiteral("--reason"),
                      QStringLiteral("--voxels"), QStringLiteral("--value")},
                     {QStringLiteral("--json"), QStringLiteral("--clear")});
}

int dispatch(const QStringList &args, int (*run)(const ParsedArgs &))
{
    const ParsedArgs p = parse(args);
    if (p.help) {
        printHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty()) {
        err(p.error + QLatin1Char(' ') + tr("(see etalon-cli reading --help)"));
        return ExitUsage;
    }
    return run(p);
}

} // namespace

int runAssign(const QStringList &args)
{
    return dispatch(args, runAssignCommand);
}

int runWorklist(const QStringList &args)
{
    return dispatch(args, runWorklistCommand);
}

int runReading(const QStringList &args)
{
    return dispatch(args, runReadingVerb);
}

} // namespace etalon::app::cli
