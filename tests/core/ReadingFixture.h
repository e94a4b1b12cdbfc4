#pragma once

// Shared set-up of the reading-workflow tests: a workspace with real imported studies,
// a coordinator, readers and experts, and helpers to make datasets.

#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/LabelSchemas.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Users.h"

#include <QDebug>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace readingtest {

using namespace etalon::core;
using namespace etalon::core::workflow;

inline QString passwordOf(const QString &login)
{
    return login + QStringLiteral("-password");
}

struct Fixture {
    QTemporaryDir tmp;
    QString dir;
    std::unique_ptr<store::Workspace> ws;
    std::optional<Session> admin;
    QMap<QString, Session> sessions;
    QMap<QString, qint64> ids;
    QStringList studyUids; ///< every imported study, in catalogue order
    QString error;         ///< why setUp failed

    /// Readers r1..rN (years 1..N), experts e1..eM (doctor degree), and the studies of the
    /// given folders imported.
    bool setUp(int readers, int experts, const QStringList &folders)
    {
        qputenv("ETALON_PWHASH_FAST", "1");
        dir = tmp.filePath(QStringLiteral("ws"));
        Result<std::unique_ptr<store::Workspace>> created = store::Workspace::create(dir);
        if (!created)
            return fail(created.error().message);
        ws = std::move(*created);
        Result<Session> first = Users::createFirstCoordinator(
            *ws, NewUser{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Coordinator, {}, passwordOf(QStringLiteral("admin"))});
        if (!first)
            return fail(first.error().message);
        admin = *first;
        for (int i = 1; i <= readers; ++i) {
            if (!addUser(QStringLiteral("r%1").arg(i), Role::Reader, {i, Degree::None}))
                return false;
        }
        for (int i = 1; i <= experts; ++i) {
            if (!addUser(QStringLiteral("e%1").arg(i), Role::Expert, {20 + i, Degree::Doctor}))
                return false;
        }
        dicom::Indexer indexer(*ws);
        Result<dicom::ImportReport> report = indexer.importPaths(folders, {});
        if (!report)
            return fail(report.error().message);
        Result<QList<store::StudySummary>> studies = store::Catalog(*ws).studies();
        if (!studies)
            return fail(studies.error().message);
        for (const store::StudySummary &s : *studies)
            studyUids.append(s.studyInstanceUid);
        return true;
    }

    bool addUser(const QString &login, Role role, Qualification q)
    {
        Result<User> user = Users::add(*ws, *admin, NewUser{login, login.toUpper(), role, q, passwordOf(login)});
        if (!user)
            return fail(user.error().message);
        Result<Session> session = Users::authenticate(*ws, login, passwordOf(login));
        if (!session)
            return fail(session.error().message);
        sessions.insert(login, *session);
        ids.insert(login, user->id);
        return true;
    }

    const Session &user(const QString &login) const { return sessions.find(login).value(); }

    bool fail(const QString &why)
    {
        error = why;
        return false;
    }

    /// A dataset of the given schema holding the given studies (whole-study units).
    Result<Dataset> dataset(const QString &code, const QString &schemaId, const QStringList &uids)
    {
        DatasetSpec spec;
        spec.code = code;
        spec.name = QStringLiteral("Test set ") + code;
        spec.purpose = DatasetPurpose::Calibration;
        spec.schema = *LabelSchemas::builtIn(schemaId);
        Result<Dataset> created = Datasets::create(*ws, *admin, spec);
        if (!created)
            return created;
        QList<StudyToAdd> add;
        for (const QString &uid : uids)
            add.append(StudyToAdd{uid, {}});
        Result<AddStudiesReport> added = Datasets::addStudies(*ws, *admin, code, add);
        if (!added)
            return added.error();
        if (!added->complete())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("studies not added"));
        return Datasets::show(*ws, *admin, code);
    }

    /// The reading of login on the study, 0 if none.
    qint64 readingOf(const QString &login, const QString &datasetCode, const QString &studyUid) const
    {
        QSqlQuery q(ws->database());
        q.prepare(QStringLiteral("SELECT r.id FROM readings r JOIN dataset_studies ds ON ds.id = r.dataset_study_ref "
                                 "JOIN datasets d ON d.id = ds.dataset_ref JOIN studies st ON st.id = ds.study_ref "
                                 "WHERE d.code = ? AND st.study_uid = ? AND r.reader_ref = ?"));
        q.addBindValue(datasetCode);
        q.addBindValue(studyUid);
        q.addBindValue(ids.value(login));
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }

    /// login reads studyUid in datasetCode: start, the class (empty: left unset), findings,
    /// comment, reading time, submit (unless told not to). False, with the core's message as
    /// a warning, when any step is refused.
    bool read(const QString &login, const QString &datasetCode, const QString &studyUid, const QString &studyClass,
              const std::vector<Finding> &findings = {}, const QString &comment = {}, qint64 seconds = 0,
              bool submit = true)
    {
        const qint64 id = readingOf(login, datasetCode, studyUid);
        if (id == 0) {
            qWarning() << "no reading of" << login << "on" << studyUid << "in" << datasetCode;
            return false;
        }
        const Session &s = user(login);
        const auto ok = [](const auto &result) {
            if (!result)
                qWarning() << result.error().message;
            return result.ok();
        };
        if (!ok(Readings::start(*ws, s, id)))
            return false;
        if (!studyClass.isEmpty() && !ok(Readings::setStudyClass(*ws, s, id, studyClass)))
            return false;
        for (const Finding &f : findings) {
            if (!ok(Readings::addFinding(*ws, s, id, f)))
                return false;
        }
        if (!comment.isEmpty() && !ok(Readings::setComment(*ws, s, id, comment)))
            return false;
        if (seconds > 0 && !ok(Readings::addTimeSpent(*ws, s, id, seconds)))
            return false;
        return !submit || ok(Readings::submit(*ws, s, id));
    }

    /// Study UID of a folder's first study (by catalogue lookup of a series' study).
    QString scalarString(const QString &sql) const
    {
        QSqlQuery q(ws->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0).toString();
    }
};

/// A message with every occurrence of the id replaced, to compare answers for two ids.
inline QString withoutId(QString message, qint64 id)
{
    return message.replace(QString::number(id), QStringLiteral("#"));
}

} // namespace readingtest
