#pragma once

#include "core/Result.h"
#include "core/export/ReleaseContent.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace etalon::core::release {

/// The registry row of one dataset version (METHODOLOGY.md, the 8 minimum fields).
struct RegistryRow {
    int number = 0;              ///< 1) sequence number in the registry
    QString code;                ///< 2) internal code, unique in the registry
    QString version;             ///<    the version the row describes
    QString purposeAndScope;     ///< 3) purpose and scope (purpose name + clinical task)
    QString modality;            ///< 4) modality / procedure
    QString target;              ///< 5) target signs / pathology, with ICD-10 code(s) when known
    QString dataUnit;            ///< 6) definition of the data unit
    int unitCount = 0;           ///< 7) number of data units...
    qint64 sizeBytes = 0;        ///<    ...and their size
    QString classCounts;         ///< 8) label classes with the number of units in each, "CT0: 12; CT1: 30"
    QString releasedAt;          ///<    ISO date
};

/// The documents of a release bundle.
/// - README.md: the methodology's fixed structure, filled from the plan, the documentation
///   and the actual content: 1 General information (name, organisation, summary, version);
///   2 Disclaimer (intended use, licence terms, prohibited uses); 3 Variables (table: name,
///   internal code, label classes, keywords, language, funding, version, permanent link,
///   publication date); 4 Preparation of studies; 5 Labelling principles (schema classes
///   with their criteria and ICD-10, finding labels, the documentation's text); 6 Labelling
///   verification (method, thresholds, verification levels counted, agreed/arbitrated/
///   excluded counts, Cohen's kappa with CI, percent agreement, Dice/IoU medians); 7 Content
///   (class-balance table against the plan's targets, the chart image classes.png);
///   8 Licence, copies, citation, distribution; 9 Authors; 10 Affiliations;
///   11 Directory structure, root files and naming rules. Missing documentation fields read
///   "Not specified." The text is English (a bundle goes to people outside the workspace's language).
/// - README.pdf: the same content rendered by QTextDocument + QPdfWriter (A4, tables as
///   tables, the class-balance chart embedded), readable without Etalon.
/// - classes.png: the class-balance chart (bars per class: released units and the plan's target).
/// - CHANGELOG.md: every version, newest first, with its date and change list
///   (content.history + this version).
/// - registry.csv: this version's registry row (header + one row).
///
/// Drawing text needs fonts, and fonts need a QGuiApplication: write() and
/// classBalanceChart() must run in a program that created one (QT_QPA_PLATFORM=offscreen
/// works without a display, e.g. in etalon-cli); with only a QCoreApplication write() fails
/// with InvalidState and classBalanceChart() returns a null image. readmeMarkdown(),
/// registryRow() and registryCsv() need no application object.
class BundleDocuments {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::release::BundleDocuments)
public:
    /// Writes README.md, README.pdf, classes.png, CHANGELOG.md and registry.csv into
    /// bundleDir; returns their bundle-relative paths. `bundleFiles` lists the bundle's other
    /// files (relative paths) for the directory-structure section.
    static Result<QStringList> write(const ReleaseContent &content, const QString &bundleDir,
                                     const QStringList &bundleFiles);

    /// The registry row of the content (number = content.registryNumber; unitCount = released units, agreed or
    /// arbitrated; sizeBytes = sum of the units' dicomBytes; modality from the documentation,
    /// else the released units' modality and body part).
    static RegistryRow registryRow(const ReleaseContent &content);
    /// CSV (header + rows) of registry rows, RFC 4180 quoting, UTF-8, '\n' line ends. Header:
    /// number, code, version, purpose_and_scope, modality_procedure, target_pathology_icd10,
    /// data_unit, unit_count, size_bytes, class_counts, released_at.
    static QByteArray registryCsv(const QList<RegistryRow> &rows);
    /// The README as Markdown (what README.md holds).
    static QString readmeMarkdown(const ReleaseContent &content, const QStringList &bundleFiles);
    /// The class-balance chart: per class (schema order) a bar of released units in the class
    /// colour and a dashed grey bar of the plan's target; write() draws it at 1800x1000.
    /// Null without a QGuiApplication or when size is below 200x120.
    static QImage classBalanceChart(const ReleaseContent &content, const QSize &size);
};

} // namespace etalon::core::release
