#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace etalon::core {

/// How study-level classes relate: nominal classes are just different; ordinal ones are
/// ranked (CT0 < CT1 < ... ; BI-RADS), so a disagreement has a size.
enum class ClassScale { Nominal, Ordinal };

/// The kinds of finding a reader may draw, in rising labelling cost (METHODOLOGY.md).
enum class FindingKind { Point, Box, Contour, Mask };

QString findingKindName(FindingKind kind); ///< "point", "box", "contour", "mask"
std::optional<FindingKind> findingKindFromName(const QString &name);

/// One class of a schema: a study-level answer or a finding/mask label.
struct LabelClass {
    QString code;        ///< stable identifier stored in readings, e.g. "CT2", "BIRADS4"
    QString name;        ///< English display name
    QString nameRu;      ///< Russian display name
    QString icd10;       ///< ICD-10 code when one fits, else empty
    QString colour;      ///< "#rrggbb" for overlays
    QString description; ///< the labelling criterion in one or two sentences
};

/// A per-finding attribute the reader fills in (e.g. nodule type: solid / part-solid / ground glass).
struct FindingAttribute {
    QString key;
    QString name;
    QString nameRu;
    QStringList options; ///< allowed values; empty = free text
    bool required = false;
};

/// What a dataset's readers answer: study-level classes and which findings they may draw.
/// Schemas are data: JSON files in resources/schemas/ (see LabelSchema::fromJson).
struct LabelSchema {
    QString id;   ///< e.g. "covid-ct-severity"
    QString name;
    QString nameRu;
    ClassScale scale = ClassScale::Nominal;
    QList<LabelClass> classes;        ///< study-level classes, in order (ordinal rank = index)
    bool studyClassRequired = true;
    QList<FindingKind> findingKinds;  ///< allowed finding kinds; empty = study-level only
    QList<LabelClass> findingLabels;  ///< labels of findings and mask segments
    QList<FindingAttribute> attributes;

    int classIndex(const QString &code) const; ///< -1 when unknown
    bool allows(FindingKind kind) const { return findingKinds.contains(kind); }

    static Result<LabelSchema> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // Last: the macro ends in "private:".
    Q_DECLARE_TR_FUNCTIONS(etalon::core::LabelSchema)
};

} // namespace etalon::core
