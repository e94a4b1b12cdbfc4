#include "core/workflow/ReleaseDocumentation.h"

#include "core/store/Workspace.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"
#include "core/workflow/WriteTransaction.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace etalon::core::workflow {

namespace {

// The text fields by JSON name; authors and affiliations are arrays.
using TextField = QString ReleaseDocumentation::*;
struct FieldName {
    const char *name;
    TextField field;
};
const FieldName TextFields[] = {
    {"organisation", &ReleaseDocumentation::organisation},
    {"summary", &ReleaseDocumentation::summary},
    {"intendedUse", &ReleaseDocumentation::intendedUse},
    {"prohibitedUses", &ReleaseDocumentation::prohibitedUses},
    {"keywords", &ReleaseDocumentation::keywords},
    {"language", &ReleaseDocumentation::language},
    {"funding", &ReleaseDocumentation::funding},
    {"permanentLink", &ReleaseDocumentation::permanentLink},
    {"icd10", &ReleaseDocumentation::icd10},
    {"modalityProcedure", &ReleaseDocumentation::modalityProcedure},
    {"preparationPrinciples", &ReleaseDocumentation::preparationPrinciples},
    {"labellingPrinciples", &ReleaseDocumentation::labellingPrinciples},
    {"verificationPrinciples", &ReleaseDocumentation::verificationPrinciples},
    {"licence", &ReleaseDocumentation::licence},
    {"copies", &ReleaseDocumentation::copies},
    {"citation", &ReleaseDocumentation::citation},
    {"distributionRules", &ReleaseDocumentation::distributionRules},
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, ReleaseSettings::tr("Cannot access the release settings of %1: %2")
                                             .arg(workspace.databasePath(), query.lastError().text()));
}

/// The settings row of a dataset, created with a fresh salt and date shift when missing.
Result<void> ensureRow(store::Workspace &workspace, qint64 id)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM release_settings WHERE dataset_ref = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.next())
        return {};
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    const int shift = -int(QRandomGenerator::system()->bounded(365, 3651));
    query.prepare(QStringLiteral("INSERT INTO release_settings (dataset_ref, salt, date_shift_days) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(salt);
    query.addBindValue(shift);
    if (!query.exec())
        return databaseError(workspace, query);
    return {};
}

/// The dataset's id, its settings row created when missing (in the caller's transaction).
Result<qint64> settingsRowOf(store::Workspace &workspace, const QString &code)
{
    const Result<qint64> id = Datasets::idOf(workspace, code);
    if (!id)
        return id.error();
    if (Result<void> row = ensureRow(workspace, *id); !row)
        return row.error();
    return *id;
}

} // namespace

QJsonObject ReleaseDocumentation::toJson() const
{
    QJsonObject json;
    for (const FieldName &f : TextFields)
        json.insert(QLatin1String(f.name), this->*f.field);
    json.insert(QStringLiteral("authors"), toArray(authors));
    json.insert(QStringLiteral("affiliations"), toArray(affiliations));
    if (!logoPng.isEmpty())
        json.insert(QStringLiteral("logoPngBase64"), QString::fromLatin1(logoPng.toBase64()));
    return json;
}

ReleaseDocumentation ReleaseDocumentation::fromJson(const QJsonObject &json)
{
    ReleaseDocumentation d;
    for (const FieldName &f : TextFields) {
        if (json.contains(QLatin1String(f.name)))
            d.*f.field = json.value(QLatin1String(f.name)).toString();
    }
    d.authors = fromArray(json.value(QStringLiteral("authors")));
    d.affiliations = fromArray(json.value(QStringLiteral("affiliations")));
    d.logoPng = QByteArray::fromBase64(json.value(QStringLiteral("logoPngBase64")).toString().toLatin1());
    return d;
}

Result<QByteArray> ReleaseDocumentation::logoFromFile(const QString &path)
{
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        return makeError(ErrorCode::InvalidArgument,
                         ReleaseSettings::tr("%1 is not an image Etalon can read (%2); use a PNG, JPEG or SVG file as the logo.")
                             .arg(path, reader.errorString()));
    }
    if (image.width() > 800)
        image = image.scaledToWidth(800, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return makeError(ErrorCode::IoError, ReleaseSettings::tr("The logo %1 could not be converted to PNG.").arg(path));
    return png;
}

Result<ReleaseDocumentation> ReleaseSettings::documentation(store::Workspace &workspace, const Session &session,
                                                            const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("read a dataset's release documentation")); !allowed)
        return allowed.error();
    const Result<qint64> id = Datasets::idOf(workspace, datasetCode);
    if (!id)
        return id.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT documentation_json FROM release_settings WHERE dataset_ref = ?"));
    query.addBindValue(*id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return ReleaseDocumentation();
    return ReleaseDocumentation::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

Result<void> ReleaseSettings::setDocumentation(store::Workspace &workspace, const Session &session,
                                               const QString &datasetCode, const ReleaseDocumentation &documentation)
{
    if (Result<void> allowed = requireCoordinator(session, tr("edit a dataset's release documentation")); !allowed)
        return allowed.error();
    const Result<ReleaseDocumentation> before = ReleaseSettings::documentation(workspace, session, datasetCode);
    if (!before)
        return before.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<qint64> id = settingsRowOf(workspace, datasetCode);
    if (!id)
        return id.error();
    const QJsonObject oldJson = before->toJson();
    const QJsonObject newJson = documentation.toJson();
    QJsonArray changed;
    QStringList keys = oldJson.keys() + newJson.keys(); // a field may be left out (the logo when there is none)
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        if (oldJson.value(key) != newJson.value(key))
            changed.append(key);
    }
    if (changed.isEmpty())
        return transaction.commit();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE release_settings SET documentation_json = ? WHERE dataset_ref = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(newJson).toJson(QJsonDocument::Compact)));
    query.addBindValue(*id);
    if (!query.exec())
        return databaseError(workspace, query);
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("dataset.documentation"),
                                                 QStringLiteral("dataset"), datasetCode,
                                                 QJsonObject{{QStringLiteral("changed"), changed}});
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

Result<DeidentificationSettings> ReleaseSettings::deidentification(store::Workspace &workspace, const Session &session,
                                                                   const QString &datasetCode)
{
    if (Result<void> allowed = requireCoordinator(session, tr("release a dataset")); !allowed)
        return allowed.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<qint64> id = settingsRowOf(workspace, datasetCode);
    if (!id)
        return id.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT salt, remove_dates, date_shift_days FROM release_settings WHERE dataset_ref = ?"));
    query.addBindValue(*id);
    if (!query.exec() || !query.next())
        return databaseError(workspace, query);
    DeidentificationSettings settings;
    settings.salt = query.value(0).toByteArray();
    settings.removeDates = query.value(1).toInt() != 0;
    settings.dateShiftDays = query.value(2).toInt();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return settings;
}

Result<void> ReleaseSettings::setRemoveDates(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                             bool removeDates)
{
    if (Result<void> allowed = requireCoordinator(session, tr("change how a dataset's dates are de-identified")); !allowed)
        return allowed.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<qint64> id = settingsRowOf(workspace, datasetCode);
    if (!id)
        return id.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE release_settings SET remove_dates = ? WHERE dataset_ref = ? AND remove_dates <> ?"));
    query.addBindValue(removeDates ? 1 : 0);
    query.addBindValue(*id);
    query.addBindValue(removeDates ? 1 : 0);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.numRowsAffected() > 0) {
        if (Result<qint64> logged = AuditLog::append(
                workspace, session.userId(), QStringLiteral("dataset.date_treatment"), QStringLiteral("dataset"), datasetCode,
                QJsonObject{{QStringLiteral("dates"), removeDates ? QStringLiteral("remove") : QStringLiteral("shift")}});
            !logged) {
            return logged.error();
        }
    }
    return transaction.commit();
}

} // namespace etalon::core::workflow
