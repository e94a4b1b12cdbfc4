#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// What the release README says beyond the plan (METHODOLOGY.md, "Documentation"): the
/// coordinator fills it in once per dataset and edits it between releases (a change is a
/// PATCH: documentation). Every field may be empty; the README then says "not specified".
struct ReleaseDocumentation {
    QString organisation;           ///< who releases it (under the title)
    QString summary;                ///< 1–2 sentences
    QString intendedUse;            ///< disclaimer: what the dataset is for
    QString prohibitedUses;         ///< disclaimer: what it must not be used for
    QString keywords;               ///< comma separated
    QString language = QStringLiteral("English");
    QString funding;
    QString permanentLink;          ///< DOI or URL
    QString icd10;                  ///< target pathology ICD-10 code(s), e.g. "U07.1"
    QString modalityProcedure;      ///< registry field 4, e.g. "CT, chest, without contrast"; empty: from the series
    QString preparationPrinciples;  ///< how studies were selected and prepared
    QString labellingPrinciples;    ///< free text beyond the label schema's own criteria
    QString verificationPrinciples; ///< free text beyond the verification method
    QString licence;                ///< e.g. "CC BY-NC-ND 4.0"
    QString copies;                 ///< where copies are kept / how to obtain one
    QString citation;               ///< recommended citation
    QString distributionRules;
    QStringList authors;            ///< one per entry, e.g. "A. A. Ivanov (1)"
    QStringList affiliations;       ///< one per entry, e.g. "(1) Research and Practical Clinical Center ..."
    QByteArray logoPng;             ///< the organisation's logo as PNG (logo.png in the bundle), empty: none

    /// Reads an image Qt can decode (PNG, JPEG, SVG...) as the logo: converted to PNG, at most
    /// 800 pixels wide. InvalidArgument naming the file when it is not an image.
    static Result<QByteArray> logoFromFile(const QString &path);

    /// Every field by its name (camelCase as above; authors/affiliations as arrays; the logo
    /// as "logoPngBase64", present only when there is one).
    QJsonObject toJson() const;
    static ReleaseDocumentation fromJson(const QJsonObject &json);
    bool operator==(const ReleaseDocumentation &) const = default;
};

/// How a dataset's releases are de-identified; chosen per dataset, the same for every version
/// so that UIDs and shifted dates of a unit stay the same from one version to the next.
struct DeidentificationSettings {
    QByteArray salt;             ///< generated once (32 random bytes), never shown or released
    bool removeDates = false;    ///< remove dates instead of shifting them
    int dateShiftDays = 0;       ///< generated once: a random whole number of days in [-3650, -365]
};

/// The release documentation and de-identification settings of datasets (migration 006).
class ReleaseSettings {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::ReleaseSettings)

public:
    /// Coordinators only. Empty documentation for a dataset that has none yet.
    static Result<ReleaseDocumentation> documentation(store::Workspace &workspace, const Session &session,
                                                      const QString &datasetCode);
    /// Coordinators only. Replaces the documentation; audited as "dataset.documentation" with
    /// the names of the changed fields.
    static Result<void> setDocumentation(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                         const ReleaseDocumentation &documentation);
    /// Coordinators only. The settings, created on first use (random salt and shift; stored).
    static Result<DeidentificationSettings> deidentification(store::Workspace &workspace, const Session &session,
                                                             const QString &datasetCode);
    /// Coordinators only. Chooses shifting or removing dates (audited as "dataset.date_treatment").
    static Result<void> setRemoveDates(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                       bool removeDates);
};

} // namespace etalon::core::workflow
