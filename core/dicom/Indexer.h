#pragma once

#include "core/Result.h"

#include <QList>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::dicom {

/// A file that could not be imported and why (the reason does not repeat the path).
struct ImportProblem {
    QString path;
    QString reason;
};

struct ImportReport {
    int filesSeen = 0;               ///< candidate files after expanding folders and DICOMDIRs
    int instancesAdded = 0;
    int instancesAlreadyPresent = 0; ///< SOP Instance UID already indexed (or twice in this import)
    int nonImageInstancesAdded = 0;  ///< of instancesAdded: objects without pixel data (SR, RT plan...)
    int studiesAdded = 0;
    int seriesAdded = 0;
    QList<ImportProblem> problems;
    bool cancelled = false;
};

/// Indexes DICOM files into a workspace reading headers only (in parallel). Rows are
/// written in one transaction per batch, so a cancelled or killed import leaves whole
/// batches only. Re-importing a file whose SOP Instance UID is known adds nothing.
/// Objects without pixel data (SR, RT plans, KOs) are indexed with their series, flagged
/// as non-images; files that are not DICOM, are corrupt or lack Study/Series/SOP Instance
/// UIDs become problems and the import goes on.
class Indexer {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::dicom::Indexer)

public:
    struct Options {
        /// Copy files into the workspace's managed storage
        /// (storage/<study uid>/<series uid>/<sop uid>.dcm) instead of referencing them.
        bool copyIntoStorage = false;
        int batchSize = 200;
        /// Called on the importing thread with (files done, files total) after each file;
        /// return false to cancel: the current batch is rolled back, earlier ones stay.
        std::function<bool(int, int)> progress;
    };

    explicit Indexer(store::Workspace &workspace) : m_workspace(workspace) {}

    /// Fails only when the workspace cannot be written (the report then is lost);
    /// per-file failures are listed in the report.
    Result<ImportReport> importPaths(const QStringList &paths, const Options &options);

private:
    store::Workspace &m_workspace;
};

} // namespace etalon::core::dicom
