#pragma once

#include "core/export/Manifest.h"
#include "core/export/ReleaseBuilder.h"
#include "core/workflow/Releases.h"
#include "core/workflow/Session.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// The coordinator's release of a dataset (Workflow ▸ Release dataset…, issue 6).
/// "Release" tab: the proposal of Releases::proposeNextVersion (last version, proposed
/// version with its bump and summary, the change list, unit counts and, when units lack
/// final labels, the core's refusal), the version to release (three spin boxes, at least the
/// proposal's minimum), CHANGELOG notes, the release documentation (DocumentationDialog),
/// de-identification (dates shifted or removed, burned-in annotation), the output folder and
/// zip; Release asks for confirmation and runs ReleaseBuilder::build with a cancellable
/// progress dialog. "History" tab: the dataset's releases, two of them compared
/// (Releases::diff) and a bundle checked against its manifest (ReleaseBuilder::verify).
class ReleaseDialog : public QDialog {
    Q_OBJECT

public:
    /// Opens on \a datasetCode when the workspace has it, else on the first dataset.
    ReleaseDialog(core::store::Workspace &workspace, const core::workflow::Session &session,
                  const QString &datasetCode = {}, QWidget *parent = nullptr);

    QString currentDatasetCode() const;
    /// Selects a dataset by code (false when there is no such dataset).
    bool setCurrentDataset(const QString &code);
    /// The proposal shown (none when it could not be made: proposalError() says why).
    const std::optional<core::workflow::ReleaseProposal> &proposal() const { return m_proposal; }
    QString proposalError() const { return m_proposalError; }
    /// Why a release is refused now (units without final labels, a version below the
    /// minimum, no output folder...); empty when Release is enabled.
    QString blocker() const { return m_blocker; }
    /// The version in the spin boxes.
    core::workflow::SemanticVersion chosenVersion() const;
    void setChosenVersion(const core::workflow::SemanticVersion &version);
    /// The least version allowed now (the proposal's, or the last version's patch for notes only).
    core::workflow::SemanticVersion minimumVersion() const;
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    /// CHANGELOG notes, one per non-empty line.
    QStringList notes() const;
    /// The report of the last successful release of this dialog.
    const std::optional<core::release::ReleaseBuildReport> &lastReport() const { return m_lastReport; }
    /// The message of the last failed or cancelled release, empty otherwise.
    QString lastError() const { return m_lastError; }
    /// The releases on the history tab, oldest first.
    const QList<core::workflow::Release> &history() const { return m_history; }
    /// Shows what changed from \a from to \a to on the history tab (false with a message when it cannot).
    bool compareVersions(const core::workflow::SemanticVersion &from, const core::workflow::SemanticVersion &to);
    /// Checks a bundle folder (or zip) against its manifest and shows the result on the
    /// history tab; the check, or nullopt when the manifest could not be read (lastError()).
    std::optional<core::release::ManifestCheck> verifyBundle(const QString &bundle);

public slots:
    /// Reads the proposal, settings and history of the current dataset again.
    void refresh();
    /// Opens the documentation form; after a save the proposal is read again.
    void editDocumentation();
    /// Confirms, builds the bundle with a progress dialog and reports the outcome.
    void release();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createReleaseTab();
    QWidget *createHistoryTab();
    void retranslateUi();
    void showProposal();
    void showHistory();
    void showReleaseDetails();
    void updateState();
    void chooseOutputFolder();
    void chooseBundleToVerify();
    void compareSelected();
    void setRemoveDates(bool remove);
    QString kindName(const QString &kind) const;
    QString bumpName(core::workflow::VersionBump bump) const;

    core::store::Workspace &m_workspace;
    core::workflow::Session m_session;
    std::optional<core::workflow::ReleaseProposal> m_proposal;
    QString m_proposalError;
    QString m_collectError; ///< the core's refusal when units have no final labels
    QString m_blocker;
    bool m_versionEdited = false;
    bool m_updatingVersion = false;
    bool m_removeDates = false;
    bool m_settingsLoaded = false;
    std::optional<core::release::ReleaseBuildReport> m_lastReport;
    QString m_lastError;
    QList<core::workflow::Release> m_history;

    QLabel *m_datasetLabel = nullptr;
    QComboBox *m_datasets = nullptr;
    QTabWidget *m_tabs = nullptr;

    QGroupBox *m_proposalBox = nullptr;
    QLabel *m_lastVersionCaption = nullptr;
    QLabel *m_lastVersion = nullptr;
    QLabel *m_proposedCaption = nullptr;
    QLabel *m_proposed = nullptr;
    QLabel *m_unitsCaption = nullptr;
    QLabel *m_units = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unitsWarning = nullptr;
    QLabel *m_changesCaption = nullptr;
    QTableWidget *m_changes = nullptr;

    QGroupBox *m_versionBox = nullptr;
    QLabel *m_versionCaption = nullptr;
    QSpinBox *m_major = nullptr;
    QSpinBox *m_minor = nullptr;
    QSpinBox *m_patch = nullptr;
    QPushButton *m_resetVersion = nullptr;
    QLabel *m_versionProblem = nullptr;
    QLabel *m_notesCaption = nullptr;
    QPlainTextEdit *m_notes = nullptr;

    QGroupBox *m_documentationBox = nullptr;
    QLabel *m_documentationState = nullptr;
    QPushButton *m_editDocumentation = nullptr;

    QGroupBox *m_deidBox = nullptr;
    QRadioButton *m_shiftDates = nullptr;
    QRadioButton *m_removeDatesButton = nullptr;
    QLabel *m_datesExplanation = nullptr;
    QCheckBox *m_allowBurnedIn = nullptr;
    QLabel *m_burnedInWarning = nullptr;

    QGroupBox *m_outputBox = nullptr;
    QLineEdit *m_output = nullptr;
    QPushButton *m_browseOutput = nullptr;
    QCheckBox *m_zip = nullptr;
    QLabel *m_bundlePreview = nullptr;

    QLabel *m_status = nullptr;
    QPushButton *m_release = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QLabel *m_historyCaption = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_verify = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace etalon::app
