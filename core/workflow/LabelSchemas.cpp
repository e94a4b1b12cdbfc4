#include "core/workflow/LabelSchemas.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>

namespace etalon::core::workflow {

namespace {

const QStringList &builtInIds()
{
    static const QStringList ids{QStringLiteral("binary-presence"), QStringLiteral("covid-ct-severity"),
                                 QStringLiteral("bi-rads"), QStringLiteral("lung-rads"),
                                 QStringLiteral("custom-chest-xray")};
    return ids;
}

} // namespace

QList<LabelSchema> LabelSchemas::builtIn()
{
    QList<LabelSchema> schemas;
    for (const QString &id : builtInIds()) {
        Result<LabelSchema> schema = builtIn(id);
        if (schema)
            schemas.append(*schema);
        else
            qWarning("%s", qPrintable(schema.error().message));
    }
    return schemas;
}

Result<LabelSchema> LabelSchemas::builtIn(const QString &id)
{
    if (!builtInIds().contains(id)) {
        return makeError(ErrorCode::NotFound, tr("There is no built-in label schema '%1'; the built-in ones are: %2.")
                                                  .arg(id, builtInIds().join(QStringLiteral(", "))));
    }
    return fromFile(QStringLiteral("%1/%2.json").arg(QString::fromLatin1(ResourceDir), id));
}

Result<LabelSchema> LabelSchemas::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::IoError,
                         tr("Cannot read the label schema %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    Result<LabelSchema> schema = LabelSchema::fromJson(file.readAll());
    if (!schema)
        return makeError(schema.error().code, tr("%1: %2").arg(QDir::toNativeSeparators(path), schema.error().message));
    return schema;
}

Result<LabelSchema> LabelSchemas::resolve(const QString &idOrPath)
{
    if (builtInIds().contains(idOrPath))
        return builtIn(idOrPath);
    if (QFileInfo(idOrPath).isFile())
        return fromFile(idOrPath);
    return makeError(ErrorCode::NotFound, tr("'%1' is neither a built-in label schema (%2) nor a schema file.")
                                              .arg(idOrPath, builtInIds().join(QStringLiteral(", "))));
}

} // namespace etalon::core::workflow
