#include "app/gui/ReleaseDialog.h"

#include "app/gui/DocumentationDialog.h"
#include "core/export/ReleaseContent.h"
#include "core/store/Workspace.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/ReleaseDocumentation.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace etalon::app {

using core::release::ManifestCheck;
using core::release::ReleaseBuilder;
using core::release::ReleaseBuildOptions;
using core::release::ReleaseBuildReport;
using core::workflow::Release;
using core::workflow::ReleaseChange;
using core::workflow::ReleaseProposal;
using core::workflow::Releases;
using core::workflow::ReleaseSettings;
using core::workflow::SemanticVersion;
using core::workflow::VersionBump;

namespace {

const char *const ProblemStyle = "QLabel { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px; "
                                 "padding: 6px; color: #58151c; }";
const char *const NoticeStyle = "QLabel { background: #fff3cd; border: 1px solid #ffe69c; border-radius: 4px; "
                                "padding: 6px; color: #664d03; }";

QSpinBox *versionSpin(QWidget *parent, const QString &name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 999);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ReleaseDialog::ReleaseDialog(core::store::Workspace &workspace, const core::workflow::Session &session,
                             const QString &datasetCode, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_datasetLabel(new QLabel(this))
    , m_datasets(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("releaseDialog"));
    m_datasets->setObjectName(QStringLiteral("releaseDataset"));
    m_datasets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_datasets->setMinimumContentsLength(24);
    m_datasetLabel->setBuddy(m_datasets);
    m_tabs->setObjectName(QStringLiteral("releaseTabs"));
    m_tabs->addTab(createReleaseTab(), QString());
    m_tabs->addTab(createHistoryTab(), QString());

    m_release = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_release->setDefault(true);
    m_status->setObjectName(QStringLiteral("releaseStatus"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_datasetLabel);
    top->addWidget(m_datasets);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    const core::Result<QList<core::workflow::Dataset>> datasets = core::workflow::Datasets::list(m_workspace, m_session);
    if (datasets) {
        for (const core::workflow::Dataset &d : *datasets)
            m_datasets->addItem(QStringLiteral("%1 — %2").arg(d.spec.code, d.spec.name), d.spec.code);
    } else {
        m_proposalError = datasets.error().message;
    }
    if (const int index = m_datasets->findData(datasetCode); index >= 0)
        m_datasets->setCurrentIndex(index);

    connect(m_datasets, &QComboBox::currentIndexChanged, this, [this] {
        m_versionEdited = false;
        m_lastReport.reset();
        m_details->clear();
        refresh();
    });
    connect(m_release, &QPushButton::clicked, this, &ReleaseDialog::release);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    refresh();
    resize(1120, 760);
}

QWidget *ReleaseDialog::createReleaseTab()
{
    auto *page = new QWidget(m_tabs);

    // Left: what the core proposes.
    m_proposalBox = new QGroupBox(page);
    m_lastVersionCaption = new QLabel(m_proposalBox);
    m_lastVersion = new QLabel(m_proposalBox);
    m_lastVersion->setObjectName(QStringLiteral("lastVersion"));
    m_proposedCaption = new QLabel(m_proposalBox);
    m_proposed = new QLabel(m_proposalBox);
    m_proposed->setObjectName(QStringLiteral("proposedVersion"));
    m_unitsCaption = new QLabel(m_proposalBox);
    m_units = new QLabel(m_proposalBox);
    m_units->setObjectName(QStringLiteral("unitCounts"));
    m_summary = new QLabel(m_proposalBox);
    m_summary->setObjectName(QStringLiteral("proposalSummary"));
    m_summary->setWordWrap(true);
    m_unitsWarning = new QLabel(m_proposalBox);
    m_unitsWarning->setObjectName(QStringLiteral("releaseProblem"));
    m_unitsWarning->setWordWrap(true);
    m_unitsWarning->setStyleSheet(QString::fromLatin1(ProblemStyle));
    m_unitsWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changesCaption = new QLabel(m_proposalBox);
    m_changes = new QTableWidget(0, 3, m_proposalBox);
    m_changes->setObjectName(QStringLiteral("changeTable"));
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_changesCaption->setBuddy(m_changes);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->addRow(m_lastVersionCaption, m_lastVersion);
    facts->addRow(m_proposedCaption, m_proposed);
    facts->addRow(m_unitsCaption, m_units);
    auto *proposalLayout = new QVBoxLayout(m_proposalBox);
    proposalLayout->addLayout(facts);
    proposalLayout->addWidget(m_summary);
    proposalLayout->addWidget(m_unitsWarning);
    proposalLayout->addWidget(m_changesCaption);
    proposalLayout->addWidget(m_changes, 1);
    proposalLayout->addStretch(0); // takes the room while the change table is hidden (nothing to list)

    // Right: what the coordinator chooses.
    m_versionBox = new QGroupBox(page);
    m_versionCaption = new QLabel(m_versionBox);
    m_major = versionSpin(m_versionBox, QStringLiteral("versionMajor"));
    m_minor = versionSpin(m_versionBox, QStringLiteral("versionMinor"));
    m_patch = versionSpin(m_versionBox, QStringLiteral("versionPatch"));
    m_versionCaption->setBuddy(m_major);
    m_resetVersion = new QPushButton(m_versionBox);
    m_resetVersion->setObjectName(QStringLiteral("resetVersion"));
    m_versionProblem = new QLabel(m_versionBox);
    m_versionProblem->setObjectName(QStringLiteral("versionProblem"));
    m_versionProblem->setWordWrap(true);
    m_notesCaption = new QLabel(m_versionBox);
    m_notesCaption->setWordWrap(true);
    m_notes = new QPlainTextEdit(m_versionBox);
    m_notes->setObjectName(QStringLiteral("changelogNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(QFontMetrics(m_notes->font()).lineSpacing() * 4 + 14);
    m_notesCaption->setBuddy(m_notes);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versionCaption);
    versionRow->addWidget(m_major);
    versionRow->addWidget(new QLabel(QStringLiteral("."), m_versionBox));
    versionRow->addWidget(m_minor);
    versionRow->addWidget(new QLabel(QStringLiteral("."), m_versionBox));
    versionRow->addWidget(m_patch);
    versionRow->addWidget(m_resetVersion);
    versionRow->addStretch(1);
    auto *versionLayout = new QVBoxLayout(m_versionBox);
    versionLayout->addLayout(versionRow);
    versionLayout->addWidget(m_versionProblem);
    versionLayout->addWidget(m_notesCaption);
    versionLayout->addWidget(m_notes);

    m_documentationBox = new QGroupBox(page);
    m_documentationState = new QLabel(m_documentationBox);
    m_documentationState->setObjectName(QStringLiteral("documentationState"));
    m_documentationState->setWordWrap(true);
    m_editDocumentation = new QPushButton(m_documentationBox);
    m_editDocumentation->setObjectName(QStringLiteral("editDocumentation"));
    auto *documentationLayout = new QHBoxLayout(m_documentationBox);
    documentationLayout->addWidget(m_documentationState, 1);
    documentationLayout->addWidget(m_editDocumentation, 0, Qt::AlignTop);

    m_deidBox = new QGroupBox(page);
    m_shiftDates = new QRadioButton(m_deidBox);
    m_shiftDates->setObjectName(QStringLiteral("shiftDates"));
    m_removeDatesButton = new QRadioButton(m_deidBox);
    m_removeDatesButton->setObjectName(QStringLiteral("removeDates"));
    auto *dates = new QButtonGroup(m_deidBox);
    dates->addButton(m_shiftDates);
    dates->addButton(m_removeDatesButton);
    m_datesExplanation = new QLabel(m_deidBox);
    m_datesExplanation->setWordWrap(true);
    m_datesExplanation->setForegroundRole(QPalette::PlaceholderText);
    m_allowBurnedIn = new QCheckBox(m_deidBox);
    m_allowBurnedIn->setObjectName(QStringLiteral("allowBurnedIn"));
    m_burnedInWarning = new QLabel(m_deidBox);
    m_burnedInWarning->setObjectName(QStringLiteral("burnedInWarning"));
    m_burnedInWarning->setWordWrap(true);
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(m_shiftDates);
    datesRow->addWidget(m_removeDatesButton);
    datesRow->addStretch(1);
    auto *deidLayout = new QVBoxLayout(m_deidBox);
    deidLayout->addLayout(datesRow);
    deidLayout->addWidget(m_datesExplanation);
    deidLayout->addWidget(m_allowBurnedIn);
    deidLayout->addWidget(m_burnedInWarning);

    m_outputBox = new QGroupBox(page);
    m_output = new QLineEdit(m_outputBox);
    m_output->setObjectName(QStringLiteral("outputFolder"));
    m_output->setClearButtonEnabled(true);
    m_browseOutput = new QPushButton(m_outputBox);
    m_browseOutput->setObjectName(QStringLiteral("browseOutput"));
    m_zip = new QCheckBox(m_outputBox);
    m_zip->setObjectName(QStringLiteral("writeZip"));
    m_bundlePreview = new QLabel(m_outputBox);
    m_bundlePreview->setObjectName(QStringLiteral("bundlePreview"));
    m_bundlePreview->setWordWrap(true);
    m_bundlePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_output, 1);
    folderRow->addWidget(m_browseOutput);
    auto *outputLayout = new QVBoxLayout(m_outputBox);
    outputLayout->addLayout(folderRow);
    outputLayout->addWidget(m_zip);
    outputLayout->addWidget(m_bundlePreview);

    auto *right = new QVBoxLayout;
    right->addWidget(m_versionBox);
    right->addWidget(m_documentationBox);
    right->addWidget(m_deidBox);
    right->addWidget(m_outputBox);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_proposalBox, 11);
    layout->addLayout(right, 9);

    for (QSpinBox *spin : {m_major, m_minor, m_patch}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (m_updatingVersion)
                return;
            m_versionEdited = true;
            updateState();
        });
    }
    connect(m_resetVersion, &QPushButton::clicked, this, [this] {
        m_versionEdited = false;
        updateState();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ReleaseDialog::updateState);
    connect(m_editDocumentation, &QPushButton::clicked, this, &ReleaseDialog::editDocumentation);
    connect(m_removeDatesButton, &QRadioButton::toggled, this, [this](bool checked) {
        if (m_settingsLoaded && checked != m_removeDates)
            setRemoveDates(checked);
    });
    connect(m_allowBurnedIn, &QCheckBox::toggled, this, &ReleaseDialog::updateState);
    connect(m_output, &QLineEdit::textChanged, this, &ReleaseDialog::updateState);
    connect(m_browseOutput, &QPushButton::clicked, this, &ReleaseDialog::chooseOutputFolder);
    connect(m_zip, &QCheckBox::toggled, this, &ReleaseDialog::updateState);
    return page;
}

QWidget *ReleaseDialog::createHistoryTab()
{
    auto *page = new QWidget(m_tabs);
    m_historyCaption = new QLabel(page);
    m_historyCaption->setWordWrap(true);
    m_historyTable = new QTableWidget(0, 7, page);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_compare = new QPushButton(page);
    m_compare->setObjectName(QStringLiteral("compareReleases"));
    m_verify = new QPushButton(page);
    m_verify->setObjectName(QStringLiteral("verifyBundle"));
    m_details = new QTextBrowser(page);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setOpenLinks(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    auto *upper = new QWidget(page);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_historyCaption);
    upperLayout->addWidget(m_historyTable, 1);
    upperLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(upper);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_historyTable, &QTableWidget::itemSelectionChanged, this, &ReleaseDialog::showReleaseDetails);
    connect(m_compare, &QPushButton::clicked, this, &ReleaseDialog::compareSelected);
    connect(m_verify, &QPushButton::clicked, this, &ReleaseDialog::chooseBundleToVerify);
    return page;
}

void ReleaseDialog::retranslateUi()
{
    setWindowTitle(tr("Release dataset"));
    m_datasetLabel->setText(tr("&Dataset:"));
    m_tabs->setTabText(0, tr("&Release"));
    m_tabs->setTabText(1, tr("&History"));
    m_proposalBox->setTitle(tr("Proposal"));
    m_lastVersionCaption->setText(tr("Last release:"));
    m_proposedCaption->setText(tr("Proposed version:"));
    m_unitsCaption->setText(tr("Data units:"));
    m_changes->setHorizontalHeaderLabels({tr("Kind"), tr("Description"), tr("Bump")});
    m_versionBox->setTitle(tr("Version and CHANGELOG"));
    m_versionCaption->setText(tr("&Version:"));
    m_resetVersion->setText(tr("Use &proposal"));
    m_resetVersion->setToolTip(tr("Set the version back to the proposed one"));
    m_notesCaption->setText(tr("&Notes for CHANGELOG.md (one per line, e.g. \"Corrected the README's citation.\"; "
                               "they are published, so no patient details):"));
    m_documentationBox->setTitle(tr("Documentation"));
    m_editDocumentation->setText(tr("&Edit documentation…"));
    m_deidBox->setTitle(tr("De-identification"));
    m_shiftDates->setText(tr("&Shift dates"));
    m_removeDatesButton->setText(tr("Re&move dates"));
    m_allowBurnedIn->setText(tr("&Allow images flagged with burned-in annotation"));
    m_outputBox->setTitle(tr("Output"));
    m_output->setPlaceholderText(tr("Folder in which the bundle folder is written"));
    m_browseOutput->setText(tr("&Browse…"));
    m_zip->setText(tr("Also write a &zip archive"));
    m_release->setText(tr("&Release…"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_historyTable->setHorizontalHeaderLabels(
        {tr("Version"), tr("Released"), tr("By"), tr("Units"), tr("Changes"), tr("Size"), tr("Manifest (SHA-256)")});
    m_compare->setText(tr("&Compare"));
    m_compare->setToolTip(tr("Select two releases to list the units added, removed and relabelled between them"));
    m_verify->setText(tr("&Verify bundle…"));
    m_verify->setToolTip(tr("Check a bundle folder against its MANIFEST.sha256"));
    showProposal();
    showHistory();
    updateState();
}

void ReleaseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ReleaseDialog::currentDatasetCode() const
{
    return m_datasets->currentData().toString();
}

bool ReleaseDialog::setCurrentDataset(const QString &code)
{
    const int index = m_datasets->findData(code);
    if (index < 0)
        return false;
    m_datasets->setCurrentIndex(index);
    return true;
}

QString ReleaseDialog::kindName(const QString &kind) const
{
    static const QMap<QString, const char *> names{
        {QStringLiteral("clinical_task"), QT_TR_NOOP("Clinical task")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        {QStringLiteral("data_unit"), QT_TR_NOOP("Data unit")},
        {QStringLiteral("label_schema"), QT_TR_NOOP("Label schema")},
        {QStringLiteral("verification_method"), QT_TR_NOOP("Verification method")},
        {QStringLiteral("thresholds"), QT_TR_NOOP("Disagreement thresholds")},
        {QStringLiteral("unit_added"), QT_TR_NOOP("Unit added")},
        {QStringLiteral("unit_removed"), QT_TR_NOOP("Unit removed")},
        {QStringLiteral("unit_replaced"), QT_TR_NOOP("Unit replaced")},
        {QStringLiteral("labels_changed"), QT_TR_NOOP("Labels corrected")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("data_source"), QT_TR_NOOP("Data source")},
        {QStringLiteral("class_targets"), QT_TR_NOOP("Class targets")},
        {QStringLiteral("documentation"), QT_TR_NOOP("Documentation")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : tr(it.value());
}

QString ReleaseDialog::bumpName(VersionBump bump) const
{
    switch (bump) {
    case VersionBump::Major:
        return tr("major");
    case VersionBump::Minor:
        return tr("minor");
    case VersionBump::Patch:
        return tr("patch");
    case VersionBump::None:
        break;
    }
    return tr("none");
}

void ReleaseDialog::refresh()
{
    const QString code = currentDatasetCode();
    m_proposal.reset();
    m_collectError.clear();
    m_history.clear();
    m_settingsLoaded = false;
    if (code.isEmpty()) {
        if (m_proposalError.isEmpty())
            m_proposalError = tr("The workspace has no dataset yet; create one in the Datasets panel.");
    } else {
        m_proposalError.clear();
        const core::Result<ReleaseProposal> proposal = Releases::proposeNextVersion(m_workspace, m_session, code);
        if (proposal) {
            m_proposal = *proposal;
        } else {
            m_proposalError = proposal.error().message;
        }
        // The core refuses a release while units lack final labels: ask it for its reason.
        if (m_proposal && m_proposal->unitsWithoutFinalLabels > 0) {
            core::release::CollectOptions options;
            options.version = m_proposal->proposed;
            options.changes = m_proposal->changes;
            const core::Result<core::release::ReleaseContent> content =
                core::release::ReleaseCollector::collect(m_workspace, m_session, code, options);
            m_collectError = content ? tr("%n data unit(s) have no final labels yet; finish their verification or "
                                          "withdraw them before releasing.",
                                          nullptr, m_proposal->unitsWithoutFinalLabels)
                                     : content.error().message;
        }
        const core::Result<core::workflow::DeidentificationSettings> settings =
            ReleaseSettings::deidentification(m_workspace, m_session, code);
        if (settings) {
            m_removeDates = settings->removeDates;
            m_settingsLoaded = true;
        }
        const core::Result<QList<Release>> history = Releases::list(m_workspace, m_session, code);
        if (history)
            m_history = *history;
        else
            m_details->setPlainText(history.error().message);
        const core::Result<core::workflow::ReleaseDocumentation> documentation =
            ReleaseSettings::documentation(m_workspace, m_session, code);
        if (documentation) {
            const QJsonObject json = documentation->toJson();
            int filled = 0;
            for (auto it = json.begin(); it != json.end(); ++it) {
                if ((it->isString() && !it->toString().trimmed().isEmpty()) || (it->isArray() && !it->toArray().isEmpty()))
                    ++filled;
            }
            const QString licence = documentation->licence.isEmpty() ? tr("not specified") : documentation->licence;
            m_documentationState->setText(tr("%1 of %2 README fields filled in. Licence: %3. Saving a change makes the "
                                             "next release at least a patch version.")
                                              .arg(filled)
                                              .arg(json.size())
                                              .arg(licence.toHtmlEscaped()));
        } else {
            m_documentationState->setText(documentation.error().message);
        }
    }
    m_removeDatesButton->setChecked(m_removeDates);
    m_shiftDates->setChecked(!m_removeDates);
    m_shiftDates->setEnabled(m_settingsLoaded);
    m_removeDatesButton->setEnabled(m_settingsLoaded);
    m_editDocumentation->setEnabled(!code.isEmpty());
    showProposal();
    showHistory();
    updateState();
}

void ReleaseDialog::showProposal()
{
    m_changes->setRowCount(0);
    if (!m_proposal) {
        m_lastVersion->setText(QStringLiteral("—"));
        m_proposed->setText(QStringLiteral("—"));
        m_units->setText(QStringLiteral("—"));
        m_summary->setText(m_proposalError);
        m_unitsWarning->hide();
        m_changesCaption->setText(QString());
        m_changes->hide();
        return;
    }
    const ReleaseProposal &p = *m_proposal;
    m_lastVersion->setText(p.lastVersion ? p.lastVersion->toString() : tr("none — this is the first release"));
    if (p.releaseNeeded) {
        m_proposed->setText(tr("<b>%1</b> (%2)").arg(p.proposed.toString(), p.lastVersion ? tr("%1 change").arg(bumpName(p.bump))
                                                                                          : tr("first release")));
    } else {
        m_proposed->setText(tr("no release needed"));
    }
    QString units = tr("%n data unit(s)", nullptr, p.unitCount);
    if (p.unitsWithoutFinalLabels > 0)
        units += QStringLiteral(", ") + tr("<b>%n without final labels</b>", nullptr, p.unitsWithoutFinalLabels);
    else if (p.unitCount > 0)
        units += QStringLiteral(", ") + tr("all with final labels");
    m_units->setText(units);
    m_summary->setText(p.summary);
    m_unitsWarning->setVisible(!m_collectError.isEmpty());
    m_unitsWarning->setText(m_collectError);

    if (!p.lastVersion) {
        m_changesCaption->setText(tr("Changes: none to list — every unit is new in the first release."));
    } else if (p.changes.isEmpty()) {
        m_changesCaption->setText(tr("Changes since %1: none.").arg(p.lastVersion->toString()));
    } else {
        m_changesCaption->setText(tr("Written to CHANGELOG.md with your notes:"));
    }
    m_changes->setVisible(!p.changes.isEmpty());
    m_changes->setRowCount(int(p.changes.size()));
    for (int row = 0; row < p.changes.size(); ++row) {
        const ReleaseChange &c = p.changes.at(row);
        m_changes->setItem(row, 0, cell(kindName(c.kind)));
        QTableWidgetItem *description = cell(c.description);
        QString tip = c.description;
        if (!c.before.isEmpty() || !c.after.isEmpty())
            tip += QStringLiteral("\n") + tr("Before: %1\nAfter: %2").arg(c.before, c.after);
        description->setToolTip(tip);
        m_changes->setItem(row, 1, description);
        m_changes->setItem(row, 2, cell(bumpName(c.bump)));
    }
}

SemanticVersion ReleaseDialog::chosenVersion() const
{
    return SemanticVersion{m_major->value(), m_minor->value(), m_patch->value()};
}

void ReleaseDialog::setChosenVersion(const SemanticVersion &version)
{
    m_versionEdited = true;
    m_updatingVersion = true;
    m_major->setValue(version.major);
    m_minor->setValue(version.minor);
    m_patch->setValue(version.patch);
    m_updatingVersion = false;
    updateState();
}

SemanticVersion ReleaseDialog::minimumVersion() const
{
    return m_proposal ? m_proposal->leastVersion() : SemanticVersion{1, 0, 0};
}

QString ReleaseDialog::outputFolder() const
{
    return m_output->text().trimmed();
}

void ReleaseDialog::setOutputFolder(const QString &folder)
{
    m_output->setText(QDir::toNativeSeparators(folder));
}

QStringList ReleaseDialog::notes() const
{
    QStringList out;
    for (const QString &line : m_notes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

void ReleaseDialog::updateState()
{
    const bool haveNotes = !notes().isEmpty();
    const bool haveProposal = m_proposal.has_value();
    const bool first = haveProposal && !m_proposal->lastVersion;
    // The version follows the proposal until the coordinator changes it.
    SemanticVersion proposed = haveProposal ? m_proposal->proposed : SemanticVersion{};
    if (haveProposal && !m_proposal->releaseNeeded && m_proposal->lastVersion)
        proposed = haveNotes ? minimumVersion() : *m_proposal->lastVersion;
    if (!m_versionEdited) {
        m_updatingVersion = true;
        m_major->setValue(proposed.major);
        m_minor->setValue(proposed.minor);
        m_patch->setValue(proposed.patch);
        m_updatingVersion = false;
    }
    for (QSpinBox *spin : {m_major, m_minor, m_patch})
        spin->setEnabled(haveProposal);
    m_resetVersion->setEnabled(haveProposal && chosenVersion() != proposed);

    const SemanticVersion chosen = chosenVersion();
    const SemanticVersion least = minimumVersion();
    QString versionProblem;
    if (haveProposal && (m_proposal->releaseNeeded || haveNotes)) {
        if (first && chosen != least) {
            versionProblem = tr("The first release of a dataset is 1.0.0.");
        } else if (chosen < least) {
            versionProblem = tr("%1 is too small: the changes since %2 need at least %3 (a %4 change).")
                                 .arg(chosen.toString(), m_proposal->lastVersion->toString(), least.toString(),
                                      bumpName(std::max(m_proposal->bump, VersionBump::Patch)));
        }
    }
    if (!versionProblem.isEmpty()) {
        m_versionProblem->setStyleSheet(QString::fromLatin1(ProblemStyle));
        m_versionProblem->setText(versionProblem);
    } else if (haveProposal && chosen > proposed && (m_proposal->releaseNeeded || haveNotes)) {
        m_versionProblem->setStyleSheet(QString::fromLatin1(NoticeStyle));
        m_versionProblem->setText(tr("Raised above the proposed %1.").arg(proposed.toString()));
    } else {
        m_versionProblem->setStyleSheet({});
        m_versionProblem->setText(haveProposal && !m_proposal->releaseNeeded && !haveNotes
                                      ? tr("Nothing to release; a note below makes a patch release.")
                                      : tr("At least %1 for these changes; raise it if you wish.").arg(least.toString()));
    }

    const bool hasHistory = !m_history.isEmpty();
    m_datesExplanation->setText(
        (m_removeDates ? tr("Every date and time is removed (required ones get a dummy value), so the intervals "
                            "between studies are lost.")
                       : tr("Every date is moved back by the same secret number of days (between 1 and 10 years) for "
                            "this dataset, so intervals between studies are kept and a study's dates are the same in "
                            "every version."))
        + (hasHistory ? QStringLiteral(" ") + tr("Changing this after a release makes the dates of later versions "
                                                 "differ from the earlier ones.")
                      : QString()));
    const bool burnedIn = m_allowBurnedIn->isChecked();
    m_burnedInWarning->setStyleSheet(burnedIn ? QString::fromLatin1(NoticeStyle) : QString());
    m_burnedInWarning->setForegroundRole(burnedIn ? QPalette::WindowText : QPalette::PlaceholderText);
    m_burnedInWarning->setText(burnedIn ? tr("Warning: images flagged BurnedInAnnotation = YES will be released. Their "
                                             "pixels may show the patient's name or other identifiers, which "
                                             "de-identification cannot remove: check every such image yourself.")
                                        : tr("Images flagged with burned-in annotation (text in the pixels) stop the "
                                             "release, as their pixels may identify the patient."));

    const QString code = currentDatasetCode();
    const QString folder = outputFolder();
    const QString bundle = code.isEmpty() ? QString() : ReleaseBuilder::bundleName(code, chosen);
    const QString bundlePath = folder.isEmpty() ? QString() : QDir(folder).absoluteFilePath(bundle);
    if (!folder.isEmpty() && !bundle.isEmpty()) {
        m_bundlePreview->setText(tr("Writes %1").arg(QDir::toNativeSeparators(bundlePath))
                                 + (m_zip->isChecked() ? tr(" and %1.zip").arg(bundle) : QString()));
    } else {
        m_bundlePreview->setText(bundle.isEmpty() ? QString() : tr("The bundle folder will be named %1.").arg(bundle));
    }

    // The first reason that stops a release, as the status line says it.
    QString blocker;
    if (!haveProposal)
        blocker = m_proposalError;
    else if (!m_collectError.isEmpty())
        blocker = m_collectError;
    else if (!m_proposal->releaseNeeded && !haveNotes)
        blocker = m_proposal->summary;
    else if (!versionProblem.isEmpty())
        blocker = versionProblem;
    else if (folder.isEmpty())
        blocker = tr("Choose the output folder.");
    else if (!QFileInfo(folder).isDir())
        blocker = tr("The output folder %1 does not exist; create it or choose another.").arg(QDir::toNativeSeparators(folder));
    else if (QFileInfo::exists(bundlePath))
        blocker = tr("%1 already exists; a released bundle never changes. Choose another output folder.")
                      .arg(QDir::toNativeSeparators(bundlePath));
    else if (m_zip->isChecked() && QFileInfo::exists(bundlePath + QStringLiteral(".zip")))
        blocker = tr("%1.zip already exists; choose another output folder.").arg(QDir::toNativeSeparators(bundlePath));
    m_blocker = blocker;
    m_release->setEnabled(blocker.isEmpty());
    const bool nothingToDo = haveProposal && !blocker.isEmpty() && blocker == m_proposal->summary;
    if (blocker.isEmpty() || nothingToDo) {
        m_status->setStyleSheet({});
        m_status->setText(nothingToDo ? blocker : tr("Ready to release %1 version %2.").arg(code, chosen.toString()));
    } else {
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #842029; }"));
        m_status->setText(blocker);
    }
}

void ReleaseDialog::chooseOutputFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Output folder for the release bundle"), outputFolder());
    if (!folder.isEmpty())
        setOutputFolder(folder);
}

void ReleaseDialog::setRemoveDates(bool remove)
{
    const QString code = currentDatasetCode();
    const core::Result<void> stored = ReleaseSettings::setRemoveDates(m_workspace, m_session, code, remove);
    if (!stored) {
        QMessageBox::warning(this, tr("Date treatment not changed"),
                             tr("The date treatment of %1 could not be changed: %2").arg(code, stored.error().message));
        m_settingsLoaded = false;
        m_removeDatesButton->setChecked(m_removeDates);
        m_shiftDates->setChecked(!m_removeDates);
        m_settingsLoaded = true;
        return;
    }
    m_removeDates = remove;
    updateState();
}

void ReleaseDialog::editDocumentation()
{
    const QString code = currentDatasetCode();
    if (code.isEmpty())
        return;
    DocumentationDialog dialog(m_workspace, m_session, code, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ReleaseDialog::release()
{
    updateState();
    if (!m_blocker.isEmpty())
        return;
    const QString code = currentDatasetCode();
    const SemanticVersion version = chosenVersion();
    const QString folder = QDir(outputFolder()).absolutePath();
    const QString bundle = ReleaseBuilder::bundleName(code, version);

    QMessageBox confirm(QMessageBox::Question, tr("Release %1 %2").arg(code, version.toString()),
                        tr("Release dataset %1 as version %2?").arg(code, version.toString()), QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("releaseConfirmation"));
    confirm.setInformativeText(
        tr("The bundle %1 is written to %2%3. A release never changes once it is made: a later correction needs a "
           "new version.")
            .arg(bundle, QDir::toNativeSeparators(folder),
                 m_zip->isChecked() ? tr(", with a zip archive beside it") : QString()));
    QPushButton *yes = confirm.addButton(tr("Release"), QMessageBox::AcceptRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(yes);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;

    QProgressDialog progress(tr("Preparing the release of %1…").arg(code), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("releaseProgress"));
    progress.setWindowTitle(tr("Releasing %1 %2").arg(code, version.toString()));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(480);
    progress.setValue(0);

    ReleaseBuildOptions options;
    options.outputFolder = folder;
    options.version = version;
    options.notes = notes();
    options.zip = m_zip->isChecked();
    options.allowBurnedInAnnotation = m_allowBurnedIn->isChecked();
    options.progress = [&progress](int done, int total, const QString &what) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, std::max(total, 1)));
        progress.setLabelText(what);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const core::Result<ReleaseBuildReport> built = ReleaseBuilder::build(m_workspace, m_session, code, options);
    QApplication::restoreOverrideCursor();
    progress.close();

    if (!built) {
        m_lastError = built.error().message;
        refresh();
        if (built.error().code == core::ErrorCode::Cancelled) {
            QMessageBox box(QMessageBox::Information, tr("Release cancelled"), m_lastError, QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("releaseCancelled"));
            box.exec();
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Release failed"),
                            tr("%1 version %2 was not released.").arg(code, version.toString()), QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("releaseFailed"));
            box.setInformativeText(m_lastError);
            box.exec();
        }
        return;
    }
    m_lastError.clear();
    m_lastReport = *built;
    m_notes->clear();
    m_versionEdited = false;
    refresh();

    const ReleaseBuildReport &r = *built;
    QString text = tr("Released %1 version %2.").arg(code, r.release.version.toString());
    QString details = tr("Bundle: %1").arg(QDir::toNativeSeparators(r.bundlePath));
    if (!r.zipPath.isEmpty())
        details += QStringLiteral("\n") + tr("Zip archive: %1").arg(QDir::toNativeSeparators(r.zipPath));
    details += QStringLiteral("\n") + tr("%n file(s), %1", nullptr, r.files).arg(QLocale().formattedDataSize(r.bytes));
    details += QStringLiteral("\n") + tr("%1 of %n data unit(s) released with images and labels", nullptr, r.units)
                                          .arg(r.releasedUnits);
    details += QStringLiteral("\n") + tr("Manifest SHA-256: %1").arg(r.release.manifestHash);
    if (!r.warnings.isEmpty())
        details += QStringLiteral("\n\n") + tr("%n warning(s):", nullptr, int(r.warnings.size())) + QStringLiteral("\n• ")
                   + r.warnings.join(QStringLiteral("\n• "));
    QMessageBox box(r.warnings.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Release written"), text,
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("releaseSummary"));
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void ReleaseDialog::showHistory()
{
    const QString code = currentDatasetCode();
    m_historyCaption->setText(m_history.isEmpty()
                                  ? tr("%1 has not been released yet.").arg(code)
                                  : tr("%n release(s) of %1, newest first. Select one to see its changes, two to "
                                       "compare them.",
                                       nullptr, int(m_history.size()))
                                        .arg(code));
    m_historyTable->clearSelection();
    m_historyTable->setRowCount(int(m_history.size()));
    for (int i = 0; i < m_history.size(); ++i) {
        const int index = int(m_history.size()) - 1 - i;
        const Release &r = m_history.at(index);
        QTableWidgetItem *version = cell(r.version.toString());
        version->setData(Qt::UserRole, index);
        m_historyTable->setItem(i, 0, version);
        m_historyTable->setItem(i, 1, cell(r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_historyTable->setItem(i, 2, cell(r.createdBy));
        QTableWidgetItem *units = cell(QString::number(r.units.size()));
        units->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_historyTable->setItem(i, 3, units);
        QTableWidgetItem *changes = cell(QString::number(r.changes.size()));
        changes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_historyTable->setItem(i, 4, changes);
        QTableWidgetItem *size = cell(r.bundleBytes > 0 ? QLocale().formattedDataSize(r.bundleBytes) : QStringLiteral("—"));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_historyTable->setItem(i, 5, size);
        QTableWidgetItem *hash = cell(r.manifestHash.isEmpty() ? QStringLiteral("—") : r.manifestHash.left(12) + QStringLiteral("…"));
        hash->setToolTip(r.manifestHash);
        hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_historyTable->setItem(i, 6, hash);
    }
    showReleaseDetails();
}

void ReleaseDialog::showReleaseDetails()
{
    QList<int> selected;
    for (const QModelIndex &index : m_historyTable->selectionModel()->selectedRows())
        selected.append(m_historyTable->item(index.row(), 0)->data(Qt::UserRole).toInt());
    m_compare->setEnabled(selected.size() == 2);
    m_verify->setEnabled(!currentDatasetCode().isEmpty());
    if (selected.size() != 1)
        return;
    const Release &r = m_history.at(selected.first());
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1 version %2").arg(r.datasetCode, r.version.toString()).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Released %1 by %2; %n data unit(s).", nullptr, int(r.units.size()))
                         .arg(r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.createdBy)
                         .toHtmlEscaped());
    if (!r.manifestHash.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(tr("Manifest SHA-256:").toHtmlEscaped(), r.manifestHash);
    if (r.changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No change list (the first release).").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
                               "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(tr("Kind").toHtmlEscaped(), tr("Description").toHtmlEscaped(), tr("Bump").toHtmlEscaped());
        for (const ReleaseChange &c : r.changes) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(kindName(c.kind).toHtmlEscaped(), c.description.toHtmlEscaped(), bumpName(c.bump).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void ReleaseDialog::compareSelected()
{
    QList<int> selected;
    for (const QModelIndex &index : m_historyTable->selectionModel()->selectedRows())
        selected.append(m_historyTable->item(index.row(), 0)->data(Qt::UserRole).toInt());
    if (selected.size() != 2)
        return;
    std::sort(selected.begin(), selected.end());
    compareVersions(m_history.at(selected.at(0)).version, m_history.at(selected.at(1)).version);
}

bool ReleaseDialog::compareVersions(const SemanticVersion &from, const SemanticVersion &to)
{
    const QString code = currentDatasetCode();
    const core::Result<core::workflow::ReleaseDiff> diff = Releases::diff(m_workspace, m_session, code, from, to);
    if (!diff) {
        m_lastError = diff.error().message;
        m_details->setHtml(QStringLiteral("<p style='color:#842029'>%1</p>").arg(m_lastError.toHtmlEscaped()));
        return false;
    }
    const auto list = [](const QString &title, const QStringList &uids) {
        QString out = QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
        if (uids.isEmpty())
            return out;
        out += QStringLiteral("<ul>");
        for (const QString &uid : uids)
            out += QStringLiteral("<li><code>%1</code></li>").arg(uid.toHtmlEscaped());
        return out + QStringLiteral("</ul>");
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("From %1 to %2").arg(diff->from.toString(), diff->to.toString()).toHtmlEscaped());
    html += list(tr("%n unit(s) added", nullptr, int(diff->added.size())), diff->added);
    html += list(tr("%n unit(s) removed", nullptr, int(diff->removed.size())), diff->removed);
    html += list(tr("%n unit(s) relabelled", nullptr, int(diff->labelsChanged.size())), diff->labelsChanged);
    QStringList planChanges;
    for (const ReleaseChange &c : diff->changes) {
        if (!c.kind.startsWith(QLatin1String("unit_")) && c.kind != QLatin1String("labels_changed"))
            planChanges.append(QStringLiteral("%1 (%2): %3").arg(kindName(c.kind), bumpName(c.bump), c.description));
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("%n plan or documentation change(s)", nullptr, int(planChanges.size())).toHtmlEscaped());
    if (!planChanges.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &c : planChanges)
            html += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
    return true;
}

void ReleaseDialog::chooseBundleToVerify()
{
    const QString start = m_lastReport ? m_lastReport->bundlePath : outputFolder();
    const QString bundle = QFileDialog::getExistingDirectory(this, tr("Bundle folder to verify"), start);
    if (!bundle.isEmpty())
        verifyBundle(bundle);
}

std::optional<ManifestCheck> ReleaseDialog::verifyBundle(const QString &bundle)
{
    const QString shown = QDir::toNativeSeparators(bundle);
    const core::Result<ManifestCheck> check = ReleaseBuilder::verify(bundle);
    if (!check) {
        m_lastError = check.error().message;
        m_details->setHtml(QStringLiteral("<h3>%1</h3><p style='color:#842029'>%2</p>")
                               .arg(tr("Verification of %1").arg(shown).toHtmlEscaped(), m_lastError.toHtmlEscaped()));
        return std::nullopt;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Verification of %1").arg(shown).toHtmlEscaped());
    if (check->ok()) {
        html += QStringLiteral("<p style='color:#0f5132'><b>%1</b></p>")
                    .arg(tr("All %n file(s) listed in MANIFEST.sha256 are present and unchanged, and there is no other file.",
                            nullptr, check->listed)
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p style='color:#842029'><b>%1</b></p>")
                    .arg(tr("The bundle does not match its manifest (%n file(s) listed).", nullptr, check->listed).toHtmlEscaped());
        const auto list = [](const QString &title, const QStringList &files) {
            if (files.isEmpty())
                return QString();
            QString out = QStringLiteral("<p><b>%1</b></p><ul>").arg(title.toHtmlEscaped());
            for (const QString &f : files)
                out += QStringLiteral("<li><code>%1</code></li>").arg(f.toHtmlEscaped());
            return out + QStringLiteral("</ul>");
        };
        html += list(tr("%n missing:", nullptr, int(check->missing.size())), check->missing);
        html += list(tr("%n changed:", nullptr, int(check->changed.size())), check->changed);
        html += list(tr("%n not listed:", nullptr, int(check->extra.size())), check->extra);
    }
    // A folder's manifest is also compared with the recorded releases: the same bytes mean the same release.
    const QString manifest = QDir(bundle).filePath(QString::fromLatin1(core::release::Manifest::FileName));
    if (QFileInfo(bundle).isDir() && QFileInfo::exists(manifest)) {
        const core::Result<QString> hash = core::release::Manifest::fileSha256(manifest);
        const Release *match = nullptr;
        for (const Release &r : m_history) {
            if (hash && !r.manifestHash.isEmpty() && r.manifestHash == *hash)
                match = &r;
        }
        QString verdict;
        if (!match)
            verdict = tr("Its MANIFEST.sha256 matches no recorded release of %1.").arg(currentDatasetCode());
        else if (check->ok())
            verdict = tr("It is %1 version %2 as released: its MANIFEST.sha256 is the one recorded.")
                          .arg(match->datasetCode, match->version.toString());
        else
            verdict = tr("Its MANIFEST.sha256 is the one recorded for %1 version %2, but the files above differ from "
                         "the release.")
                          .arg(match->datasetCode, match->version.toString());
        html += QStringLiteral("<p>%1</p>").arg(verdict.toHtmlEscaped());
    }
    m_details->setHtml(html);
    m_tabs->setCurrentIndex(1);
    return *check;
}

} // namespace etalon::app
