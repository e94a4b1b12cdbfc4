#pragma once

#include "core/Result.h"
#include "core/model/LabelSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace etalon::core::workflow {

/// The label schemas shipped with Etalon (resources/schemas/*.json, embedded under
/// :/etalon/schemas/) and loading of custom ones from a file.
class LabelSchemas {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::LabelSchemas)

public:
    static constexpr const char *ResourceDir = ":/etalon/schemas";

    /// binary-presence, covid-ct-severity, bi-rads, lung-rads, custom-chest-xray (in that order).
    static QList<LabelSchema> builtIn();
    /// A built-in schema by id; NotFound names the ids there are.
    static Result<LabelSchema> builtIn(const QString &id);
    /// A schema from a JSON file; errors name the file.
    static Result<LabelSchema> fromFile(const QString &path);
    /// A built-in id, or else a path to a JSON file.
    static Result<LabelSchema> resolve(const QString &idOrPath);
};

} // namespace etalon::core::workflow
