#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::dicom {

/// A file that could not be imported and why.
struct ImportProblem {
    QString path;
    QString reason;
};

struct ImportReport {
    int filesSeen = 0;
    int instancesAdded = 0;
    int instancesAlreadyPresent = 0;
    int studiesAdded = 0;
    int seriesAdded = 0;
    QList<ImportProblem> problems;
    bool cancelled = false;
};

/// Indexes DICOM files into a workspace reading headers only. Rows are written in one
/// transaction per batch, so a cancelled or killed import leaves no half-written rows.
/// Re-importing a file whose SOP Instance UID is known adds nothing.
class Indexer {
public:
    struct Options {
        /// Copy files into the workspace's managed storage instead of referencing them.
        bool copyIntoStorage = false;
        int batchSize = 200;
        /// Called with (files done, files total); return false to cancel.
        std::function<bool(int, int)> progress;
    };

    explicit Indexer(store::Workspace &workspace) : m_workspace(workspace) {}

    Result<ImportReport> importPaths(const QStringList &paths, const Options &options);

private:
    store::Workspace &m_workspace;
};

} // namespace etalon::core::dicom
