#include "app/gui/ImportDialog.h"

#include "app/gui/AppSettings.h"
#include "core/store/Workspace.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace etalon::app {

ImportDialog::ImportDialog(const QString &workspaceDir, QWidget *parent)
    : QDialog(parent)
    , m_workspaceDir(workspaceDir)
    , m_sources(new QListWidget(this))
    , m_addFolder(new QPushButton(tr("Add &folder…"), this))
    , m_addFiles(new QPushButton(tr("Add f&iles…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_copy(new QCheckBox(tr("&Copy files into the workspace storage"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problems(new QTableWidget(0, 2, this))
    , m_start(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("C&ancel import"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Import DICOM"));
    setObjectName(QStringLiteral("importDialog"));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_copy->setToolTip(tr("Copies every imported file into the workspace, so the workspace keeps working when the "
                          "source folder or disc is gone."));
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_start->setDefault(true);

    auto *sourceButtons = new QVBoxLayout;
    sourceButtons->addWidget(m_addFolder);
    sourceButtons->addWidget(m_addFiles);
    sourceButtons->addWidget(m_remove);
    sourceButtons->addStretch();
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sources, 1);
    sourceRow->addLayout(sourceButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Folders are searched recursively; DICOMDIR files bring in the files they list."), this));
    layout->addLayout(sourceRow);
    layout->addWidget(m_copy);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    resize(720, 480);

    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_sources->selectedItems()); updateButtons(); });
    connect(m_sources, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::onFinished);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_cancelRequested)
        m_cancelRequested->store(true);
    m_watcher.waitForFinished();
}

void ImportDialog::setSources(const QStringList &paths)
{
    m_sources->clear();
    m_sources->addItems(paths);
    updateButtons();
}

QStringList ImportDialog::sources() const
{
    QStringList paths;
    for (int i = 0; i < m_sources->count(); ++i)
        paths << m_sources->item(i)->text();
    return paths;
}

bool ImportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportDialog::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of DICOM files"), AppSettings::lastImportFolder());
    if (dir.isEmpty())
        return;
    AppSettings::setLastImportFolder(dir);
    m_sources->addItem(dir);
    updateButtons();
}

void ImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add DICOM files or a DICOMDIR"), AppSettings::lastImportFolder());
    if (files.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(files.first()).absolutePath());
    m_sources->addItems(files);
    updateButtons();
}

void ImportDialog::start()
{
    const QStringList paths = sources();
    if (paths.isEmpty() || isRunning())
        return;
    m_problems->setRowCount(0);
    m_problems->hide();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Looking for DICOM files…"));
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);

    core::dicom::Indexer::Options options;
    options.copyIntoStorage = m_copy->isChecked();
    const auto cancelFlag = m_cancelRequested;
    QPointer<ImportDialog> self(this);
    options.progress = [self, cancelFlag](int done, int total) {
        QMetaObject::invokeMethod(
            qApp, [self, done, total] {
                if (self)
                    self->onProgress(done, total);
            },
            Qt::QueuedConnection);
        return !cancelFlag->load();
    };
    const QString workspaceDir = m_workspaceDir;
    m_watcher.setFuture(QtConcurrent::run([workspaceDir, paths, options]() -> core::Result<core::dicom::ImportReport> {
        // A connection of this thread's own: SQLite connections do not cross threads.
        auto workspace = core::store::Workspace::open(workspaceDir);
        if (!workspace)
            return workspace.error();
        core::dicom::Indexer indexer(**workspace);
        return indexer.importPaths(paths, options);
    }));
    updateButtons();
}

void ImportDialog::cancel()
{
    if (m_cancelRequested && isRunning()) {
        m_cancelRequested->store(true);
        m_status->setText(tr("Cancelling: finishing the current batch…"));
    }
}

void ImportDialog::onProgress(int done, int total)
{
    if (!isRunning())
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    if (!m_cancelRequested || !m_cancelRequested->load())
        m_status->setText(tr("Reading headers: %1 of %2 files").arg(done).arg(total));
}

void ImportDialog::onFinished()
{
    const auto result = m_watcher.result();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!result) {
        m_report = {};
        m_status->setText(tr("The import failed: %1").arg(result.error().message));
    } else {
        m_report = *result;
        QString text = m_report.cancelled ? tr("Import cancelled. Kept: ") : tr("Import finished: ");
        text += tr("%1 files seen, %2 new images, %3 already in the workspace, %4 new studies, %5 new series.")
                    .arg(m_report.filesSeen)
                    .arg(m_report.instancesAdded)
                    .arg(m_report.instancesAlreadyPresent)
                    .arg(m_report.studiesAdded)
                    .arg(m_report.seriesAdded);
        if (!m_report.problems.isEmpty())
            text += QLatin1Char(' ') + tr("%n file(s) could not be imported (listed below).", nullptr, int(m_report.problems.size()));
        m_status->setText(text);
        m_problems->setRowCount(int(m_report.problems.size()));
        for (int row = 0; row < m_report.problems.size(); ++row) {
            const core::dicom::ImportProblem &problem = m_report.problems.at(row);
            m_problems->setItem(row, 0, new QTableWidgetItem(problem.path));
            m_problems->setItem(row, 1, new QTableWidgetItem(problem.reason));
        }
        m_problems->setVisible(!m_report.problems.isEmpty());
        m_problems->resizeColumnToContents(0);
    }
    updateButtons();
    emit imported();
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && m_sources->count() > 0);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    m_addFolder->setEnabled(!running);
    m_addFiles->setEnabled(!running);
    m_remove->setEnabled(!running && !m_sources->selectedItems().isEmpty());
    m_copy->setEnabled(!running);
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace etalon::app
