#include "app/gui/ArbitrationScreen.h"

#include "app/gui/ReadingPanel.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/dicom/VolumeLoader.h"
#include "core/store/Catalog.h"
#include "viewer/AnnotationController.h"
#include "viewer/ComparisonOverlay.h"
#include "viewer/MprView.h"
#include "viewer/SliceView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace etalon::app {

using core::workflow::ArbitrationDecision;
using core::workflow::Verification;

namespace {

enum Page { MessagePage, SidePage, OverlayPage, OwnPage };

const QColor colourA(255, 140, 0);   // orange
const QColor colourB(0, 200, 255);   // cyan
const QColor colourBoth(80, 220, 80); // green
const QColor colourCandidate(230, 60, 200); // magenta

const core::MaskGeometry *firstMask(const core::annotation::AnnotationDocument *document)
{
    return document ? document->mask() : nullptr;
}

QString figure(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

} // namespace

ArbitrationScreen::ArbitrationScreen(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(session)
{
    setObjectName(QStringLiteral("arbitrationScreen"));
    m_overlayA = new viewer::ComparisonOverlay(this);
    m_overlayB = new viewer::ComparisonOverlay(this);
    m_overlayBoth = new viewer::ComparisonOverlay(this);
    m_controller = new viewer::AnnotationController(this);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_sideButton = new QToolButton(this);
    m_overlayButton = new QToolButton(this);
    m_differenceButton = new QToolButton(this);
    m_ownButton = new QToolButton(this);
    for (QToolButton *b : {m_sideButton, m_overlayButton, m_differenceButton, m_ownButton}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_sideButton->setChecked(true);
    m_candidateBox = new QComboBox(this);
    m_candidateBox->setObjectName(QStringLiteral("candidate"));
    m_candidateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setTextFormat(Qt::RichText);
    auto *close = new QPushButton(tr("Close"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_sideButton);
    bar->addWidget(m_overlayButton);
    bar->addWidget(m_differenceButton);
    bar->addWidget(m_ownButton);
    m_threeUp = new QToolButton(this);
    m_threeUp->setObjectName(QStringLiteral("threeViews"));
    m_threeUp->setCheckable(true);
    m_threeUp->setText(tr("Three planes"));
    m_threeUp->setToolTip(tr("Axial, coronal and sagittal views of each reading (else the active plane only)"));
    connect(m_threeUp, &QToolButton::toggled, this, [this](bool on) {
        for (viewer::MprView *v : {m_viewA, m_viewB, m_overlayView, m_ownView})
            v->setLayout(on ? viewer::MprView::Layout::ThreeUp : viewer::MprView::Layout::OneUp);
        emit layoutChanged();
    });
    bar->addWidget(m_threeUp);
    bar->addWidget(new QLabel(tr("Candidate:"), this));
    bar->addWidget(m_candidateBox);
    bar->addWidget(close);

    // Views.
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);
    auto *side = new QWidget(this);
    auto *sideLayout = new QGridLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_captionA = new QLabel(side);
    m_captionB = new QLabel(side);
    m_viewA = new viewer::MprView(side);
    m_viewB = new viewer::MprView(side);
    sideLayout->addWidget(m_captionA, 0, 0);
    sideLayout->addWidget(m_captionB, 0, 1);
    sideLayout->addWidget(m_viewA, 1, 0);
    sideLayout->addWidget(m_viewB, 1, 1);
    sideLayout->setRowStretch(1, 1);
    m_stack->addWidget(side);
    m_overlayView = new viewer::MprView(this);
    m_stack->addWidget(m_overlayView);
    m_ownView = new viewer::MprView(this);
    m_stack->addWidget(m_ownView);
    for (viewer::MprView *v : {m_viewA, m_viewB, m_overlayView, m_ownView})
        v->setLayout(viewer::MprView::Layout::OneUp);
    m_viewA->setComparisonOverlay(m_overlayA);
    m_viewB->setComparisonOverlay(m_overlayB);
    m_overlayView->setComparisonOverlay(m_overlayBoth);
    m_ownView->setAnnotationController(m_controller);

    // Side panel: the case, the pairs, start own reading, the decision.
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setObjectName(QStringLiteral("caseInfo"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_pairs = new QTableWidget(0, 5, this);
    m_pairs->setObjectName(QStringLiteral("pairs"));
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    m_pairs->horizontalHeader()->setStretchLastSection(true);
    m_startFrom = new QComboBox(this);
    m_startFrom->setObjectName(QStringLiteral("startFrom"));
    m_startButton = new QPushButton(this);
    m_acceptA = new QPushButton(this);
    m_acceptB = new QPushButton(this);
    m_acceptOwn = new QPushButton(this);
    m_exclude = new QPushButton(this);
    m_acceptA->setObjectName(QStringLiteral("acceptA"));
    m_acceptB->setObjectName(QStringLiteral("acceptB"));
    m_acceptOwn->setObjectName(QStringLiteral("acceptOwn"));
    m_exclude->setObjectName(QStringLiteral("exclude"));
    m_panel = new ReadingPanel(this);
    m_panel->hide();

    auto *sideBar = new QWidget(this);
    auto *sideBarLayout = new QVBoxLayout(sideBar);
    sideBarLayout->addWidget(m_info);
    sideBarLayout->addWidget(m_status);
    sideBarLayout->addWidget(m_pairs, 1);
    auto *own = new QHBoxLayout;
    own->addWidget(new QLabel(tr("Start own reading from"), sideBar));
    own->addWidget(m_startFrom, 1);
    own->addWidget(m_startButton);
    sideBarLayout->addLayout(own);
    auto *decision = new QGridLayout;
    decision->addWidget(m_acceptA, 0, 0);
    decision->addWidget(m_acceptB, 0, 1);
    decision->addWidget(m_acceptOwn, 1, 0);
    decision->addWidget(m_exclude, 1, 1);
    auto *decisionBox = new QGroupBox(tr("Decision"), sideBar);
    decisionBox->setLayout(decision);
    sideBarLayout->addWidget(decisionBox);
    sideBarLayout->addWidget(m_panel, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(sideBar);
    scroll->setMinimumWidth(380);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);

    m_sideButton->setText(tr("Side by side"));
    m_overlayButton->setText(tr("Overlay"));
    m_differenceButton->setText(tr("Mask difference"));
    m_ownButton->setText(tr("Own reading"));
    m_startButton->setText(tr("Start"));
    m_acceptA->setText(tr("Accept reading A"));
    m_acceptB->setText(tr("Accept reading B"));
    m_acceptOwn->setText(tr("Submit own reading and decide"));
    m_exclude->setText(tr("Exclude as unresolvable…"));
    m_pairs->setHorizontalHeaderLabels({tr("Finding A"), tr("Finding B"), tr("IoU"), tr("Dice"), tr("HD95 / distance, mm")});
    m_pairs->horizontalHeaderItem(4)->setToolTip(
        tr("Masks: the 95th percentile Hausdorff distance per label; other findings: the distance between their centres"));

    connect(m_sideButton, &QToolButton::clicked, this, [this] { setMode(Mode::SideBySide); });
    connect(m_overlayButton, &QToolButton::clicked, this, [this] { setMode(Mode::Overlay); });
    connect(m_differenceButton, &QToolButton::clicked, this, [this] { setMode(Mode::Difference); });
    connect(m_ownButton, &QToolButton::clicked, this, [this] { setMode(Mode::OwnReading); });
    connect(m_candidateBox, &QComboBox::activated, this,
            [this](int index) { setCandidate(Candidate(m_candidateBox->itemData(index).toInt())); });
    connect(close, &QPushButton::clicked, this, &ArbitrationScreen::closeRequested);
    connect(m_pairs, &QTableWidget::cellClicked, this, [this](int row, int) { jumpToRow(row); });
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        const QVariantList choice = m_startFrom->currentData().toList();
        std::optional<ArbitrationDecision> from;
        if (choice.value(0).toInt() >= 0)
            from = ArbitrationDecision(choice.value(0).toInt());
        if (const auto r = startOwnReading(from, Candidate(choice.value(1).toInt())); !r)
            showMessage(r.error().message, true);
    });
    connect(m_acceptA, &QPushButton::clicked, this, [this] { decideConfirmed(ArbitrationDecision::AcceptA); });
    connect(m_acceptB, &QPushButton::clicked, this, [this] { decideConfirmed(ArbitrationDecision::AcceptB); });
    connect(m_acceptOwn, &QPushButton::clicked, this, [this] { decideConfirmed(ArbitrationDecision::Own); });
    connect(m_exclude, &QPushButton::clicked, this, &ArbitrationScreen::askExclude);
    connect(m_panel, &ReadingPanel::submitted, this, &ArbitrationScreen::refreshEnabled);
    connect(m_panel, &ReadingPanel::closeRequested, this, &ArbitrationScreen::closeRequested);
    // The own reading's keys (classes, tools, undo) work wherever the focus is in the screen.
    for (QAction *a : m_panel->shortcutActions())
        addAction(a);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ArbitrationScreen::onVolumeLoaded);
    linkViews();
    m_stack->setCurrentIndex(MessagePage);
    refreshEnabled();
}

ArbitrationScreen::~ArbitrationScreen()
{
    m_watcher.waitForFinished();
    m_panel->setDocument(nullptr, m_controller);
    m_controller->setDocument(nullptr, nullptr);
}

qint64 ArbitrationScreen::disputeId() const
{
    return m_case.dispute.disputeId;
}

void ArbitrationScreen::linkViews()
{
    // Side by side: one cross-hair (and so the same slices) and one window for both readings.
    const auto link = [this](viewer::MprView *from, viewer::MprView *to) {
        connect(from, &viewer::MprView::crosshairChanged, this, [this, to](core::Vec3 p) {
            if (m_linking)
                return;
            m_linking = true;
            to->setCrosshair(p);
            m_linking = false;
        });
        for (const auto o : {viewer::SliceOrientation::Axial, viewer::SliceOrientation::Coronal, viewer::SliceOrientation::Sagittal}) {
            viewer::SliceView *source = from->view(o);
            viewer::SliceView *target = to->view(o);
            connect(source, &viewer::SliceView::cameraChanged, this, [this, source, target] {
                if (m_linking || !target->volume())
                    return;
                m_linking = true;
                target->setCamera(source->camera());
                m_linking = false;
            });
            connect(source, &viewer::SliceView::windowChanged, this, [this, target](core::WindowLevel w) {
                if (m_linking || !target->volume())
                    return;
                m_linking = true;
                target->setWindow(w);
                m_linking = false;
            });
        }
        connect(from, &viewer::MprView::activeOrientationChanged, to, &viewer::MprView::setActiveOrientation);
    };
    link(m_viewA, m_viewB);
    link(m_viewB, m_viewA);
}

bool ArbitrationScreen::openDispute(qint64 disputeId)
{
    m_watcher.waitForFinished();
    m_panel->setDocument(nullptr, m_controller);
    m_panel->hide();
    m_controller->setDocument(nullptr, nullptr);
    m_overlayA->setLayers({});
    m_overlayB->setLayers({});
    m_overlayBoth->setLayers({});
    m_overlayBoth->setLabels(nullptr, {});
    m_own.reset();
    m_documentA.reset();
    m_documentB.reset();
    m_volume.reset();
    m_difference.reset();
    m_candidates = {};
    m_candidate = Candidate::None;
    m_error.clear();
    m_status->clear();
    m_case = {};
    m_pairs->setRowCount(0);

    auto arbitrationCase = Verification::arbitrationCase(m_workspace, m_session, disputeId);
    if (!arbitrationCase) {
        m_error = tr("Dispute %1 cannot be opened: %2").arg(disputeId).arg(arbitrationCase.error().message);
        showMessage(m_error, true);
        m_stack->setCurrentIndex(MessagePage);
        refreshEnabled();
        return false;
    }
    m_case = *arbitrationCase;
    auto a = core::annotation::AnnotationDocument::open(m_workspace, m_session, m_case.readingA.id, false);
    auto b = core::annotation::AnnotationDocument::open(m_workspace, m_session, m_case.readingB.id, false);
    if (!a || !b) {
        m_error = tr("The readings of dispute %1 (study %2) cannot be opened: %3")
                      .arg(disputeId)
                      .arg(m_case.dispute.studyInstanceUid, (!a ? a.error() : b.error()).message);
        showMessage(m_error, true);
        refreshEnabled();
        return false;
    }
    m_documentA = std::move(*a);
    m_documentB = std::move(*b);
    if (m_case.ownReading && !m_case.decision) {
        if (auto own = core::annotation::AnnotationDocument::open(m_workspace, m_session, m_case.ownReading->id, false))
            m_own = std::move(*own);
    }
    fillInfo();
    fillPairs();

    m_candidateBox->clear();
    m_startFrom->clear();
    m_candidateBox->addItem(tr("None"), int(Candidate::None));
    m_startFrom->addItem(tr("an empty reading"), QVariantList{-1, int(Candidate::None)});
    m_startFrom->addItem(tr("reading A"), QVariantList{int(ArbitrationDecision::AcceptA), int(Candidate::None)});
    m_startFrom->addItem(tr("reading B"), QVariantList{int(ArbitrationDecision::AcceptB), int(Candidate::None)});
    const bool masks = firstMask(m_documentA.get()) && firstMask(m_documentB.get());
    if (masks) {
        for (const auto &[c, kind] : {std::pair{Candidate::Union, core::imaging::ConsensusKind::Union},
                                     std::pair{Candidate::Intersection, core::imaging::ConsensusKind::Intersection},
                                     std::pair{Candidate::Staple, core::imaging::ConsensusKind::Staple}}) {
            m_candidateBox->addItem(core::imaging::Consensus::name(kind), int(c));
            m_startFrom->addItem(tr("%1 (candidate)").arg(core::imaging::Consensus::name(kind)),
                                 QVariantList{-1, int(c)});
        }
        // The difference: 1 = A only, 2 = B only, 3 = both.
        if (auto diff = core::imaging::Consensus::difference(*firstMask(m_documentA.get()), *firstMask(m_documentB.get())))
            m_difference = std::make_shared<core::MaskGeometry>(std::move(*diff));
    }
    m_candidateBox->setEnabled(masks);
    m_differenceButton->setEnabled(bool(m_difference));

    // Images: the data unit's series of reading A (both readings were drawn on it).
    const QString unit = m_documentA->seriesInstanceUid();
    const core::store::Catalog catalog(m_workspace);
    const auto files = catalog.instanceFiles(unit);
    if (unit.isEmpty() || !files || files->isEmpty()) {
        m_error = tr("The images of study %1 cannot be shown: %2. Ask the coordinator to re-import the study.")
                      .arg(m_case.dispute.studyInstanceUid,
                           files ? tr("the series has no image files in this workspace") : files.error().message);
        showMessage(m_error, true);
        refreshEnabled();
        emit loaded(false, m_error);
        return true;
    }
    m_loading = true;
    showMessage(tr("Loading the images of study %1…").arg(m_case.dispute.studyInstanceUid), false);
    m_stack->setCurrentIndex(MessagePage);
    const QStringList list = *files;
    m_watcher.setFuture(QtConcurrent::run([list] { return core::dicom::VolumeLoader::loadSeries(list); }));
    refreshEnabled();
    return true;
}

void ArbitrationScreen::onVolumeLoaded()
{
    m_loading = false;
    auto result = m_watcher.result();
    if (!result) {
        m_error = tr("The images of study %1 cannot be loaded: %2").arg(m_case.dispute.studyInstanceUid, result.error().message);
        showMessage(m_error, true);
        emit loaded(false, m_error);
        return;
    }
    m_status->clear();
    m_volume = std::make_shared<const core::Volume>(std::move(*result));
    for (viewer::MprView *v : {m_viewA, m_viewB, m_overlayView, m_ownView})
        v->setVolume(m_volume);
    for (viewer::ComparisonOverlay *o : {m_overlayA, m_overlayB, m_overlayBoth})
        o->setVolume(m_volume);
    m_overlayA->setLayers({{m_documentA.get(), colourA, true}});
    m_overlayB->setLayers({{m_documentB.get(), colourB, true}});
    if (m_own)
        attachOwn();
    applyOverlays();
    setMode(m_own ? Mode::OwnReading : m_mode == Mode::OwnReading ? Mode::SideBySide : m_mode);
    emit loaded(true, {});
}

void ArbitrationScreen::setMode(Mode mode)
{
    if (mode == Mode::Difference && !m_difference)
        mode = Mode::Overlay;
    if (mode == Mode::OwnReading && !m_own)
        mode = Mode::SideBySide;
    // The new view takes over the cross-hair of the one shown.
    viewer::MprView *shown = m_mode == Mode::SideBySide ? m_viewA : m_mode == Mode::OwnReading ? m_ownView : m_overlayView;
    const std::optional<core::Vec3> crosshair = shown->activeView()->crosshair();
    const core::WindowLevel window = shown->activeView()->window();
    m_mode = mode;
    applyOverlays();
    viewer::MprView *next = mode == Mode::SideBySide ? m_viewA : mode == Mode::OwnReading ? m_ownView : m_overlayView;
    if (m_volume) {
        m_stack->setCurrentIndex(mode == Mode::SideBySide ? SidePage : mode == Mode::OwnReading ? OwnPage : OverlayPage);
        if (crosshair && next != shown) {
            next->setCrosshair(*crosshair);
            for (const auto o : {viewer::SliceOrientation::Axial, viewer::SliceOrientation::Coronal, viewer::SliceOrientation::Sagittal}) {
                next->view(o)->setWindow(window);
                if (mode == Mode::SideBySide)
                    m_viewB->view(o)->setWindow(window);
            }
        }
    }
    m_panel->setVisible(mode == Mode::OwnReading && m_own);
    QToolButton *button = mode == Mode::SideBySide ? m_sideButton
                          : mode == Mode::Overlay  ? m_overlayButton
                          : mode == Mode::Difference ? m_differenceButton
                                                   : m_ownButton;
    button->setChecked(true);
}

void ArbitrationScreen::setCandidate(Candidate candidate)
{
    m_candidate = candidate;
    if (candidate != Candidate::None && !candidateMask(candidate))
        m_candidate = Candidate::None;
    const int index = m_candidateBox->findData(int(m_candidate));
    if (index >= 0)
        m_candidateBox->setCurrentIndex(index);
    if (m_candidate != Candidate::None && m_mode == Mode::SideBySide)
        setMode(Mode::Overlay);
    else
        applyOverlays();
}

std::shared_ptr<const core::MaskGeometry> ArbitrationScreen::candidateMask(Candidate candidate)
{
    if (candidate == Candidate::None)
        return nullptr;
    auto &cached = m_candidates[std::size_t(candidate)];
    if (cached)
        return cached;
    const core::MaskGeometry *a = firstMask(m_documentA.get());
    const core::MaskGeometry *b = firstMask(m_documentB.get());
    if (!a || !b)
        return nullptr;
    const auto kind = candidate == Candidate::Union          ? core::imaging::ConsensusKind::Union
                      : candidate == Candidate::Intersection ? core::imaging::ConsensusKind::Intersection
                                                             : core::imaging::ConsensusKind::Staple;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto combined = core::imaging::Consensus::combine(*a, *b, kind);
    QApplication::restoreOverrideCursor();
    if (!combined) {
        showMessage(combined.error().message, true);
        return nullptr;
    }
    cached = std::make_shared<const core::MaskGeometry>(std::move(*combined));
    return cached;
}

void ArbitrationScreen::applyOverlays()
{
    if (!m_documentA || !m_documentB)
        return;
    // Overlay: both readings in their colours (masks included) over a candidate when one is
    // chosen; difference: the two readings' findings over the A only / B only / both mask.
    const bool difference = m_mode == Mode::Difference && m_difference;
    const bool candidate = m_candidate != Candidate::None && m_candidates[std::size_t(m_candidate)];
    m_overlayBoth->setLayers({{m_documentA.get(), colourA, !difference && !candidate},
                              {m_documentB.get(), colourB, !difference && !candidate}});
    const auto swatch = [](const QColor &colour, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">■</span> %2&nbsp;&nbsp;&nbsp;").arg(colour.name(), text.toHtmlEscaped());
    };
    QString legend;
    if (difference) {
        m_overlayBoth->setLabels(m_difference, {colourA, colourB, colourBoth});
        legend = swatch(colourA, tr("mask of A only")) + swatch(colourB, tr("mask of B only")) + swatch(colourBoth, tr("both masks"))
                 + tr("(findings outlined in the readers' colours)");
    } else if (candidate) {
        m_overlayBoth->setLabels(m_candidates[std::size_t(m_candidate)], {colourCandidate});
        legend = swatch(colourA, tr("reading A")) + swatch(colourB, tr("reading B"))
                 + swatch(colourCandidate, m_candidateBox->currentText());
    } else {
        m_overlayBoth->setLabels(nullptr, {});
        legend = swatch(colourA, tr("reading A (%1)").arg(m_case.readerALogin)) + swatch(colourB, tr("reading B (%1)").arg(m_case.readerBLogin));
    }
    m_legend->setText(m_mode == Mode::Overlay || m_mode == Mode::Difference ? legend : QString());
}

QString ArbitrationScreen::className(const std::optional<QString> &code) const
{
    if (!code)
        return tr("no class");
    if (m_documentA) {
        for (const core::LabelClass &c : m_documentA->schema().classes)
            if (c.code == *code)
                return QStringLiteral("%1 (%2)").arg(c.name, c.code);
    }
    return *code;
}

void ArbitrationScreen::fillInfo()
{
    const QString study = m_case.dispute.studyInstanceUid;
    m_title->setText(tr("<b>Arbitration</b> · %1 · dispute %2 · study <span title=\"%3\">%4</span>")
                         .arg(m_case.dispute.datasetCode.toHtmlEscaped())
                         .arg(m_case.dispute.disputeId)
                         .arg(study.toHtmlEscaped(), study.right(24).toHtmlEscaped()));
    QString html;
    html += tr("<p><span style=\"color:%1\">■</span> <b>A</b> (%2): %3<br><span style=\"color:%4\">■</span> <b>B</b> (%5): %6</p>")
                .arg(colourA.name(), m_case.readerALogin.toHtmlEscaped(), className(m_case.readingA.studyClass).toHtmlEscaped(),
                     colourB.name(), m_case.readerBLogin.toHtmlEscaped(), className(m_case.readingB.studyClass).toHtmlEscaped());
    html += tr("<p><b>Why disputed:</b></p><ul>");
    for (const core::workflow::CaseReason &r : m_case.reasons)
        html += QStringLiteral("<li>%1</li>").arg(r.message.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (m_case.decision)
        html += tr("<p><b>Decided:</b> %1 at %2 %3</p>")
                    .arg(core::workflow::arbitrationDecisionName(*m_case.decision), m_case.decidedAt.toLocalTime().toString(Qt::ISODate),
                         m_case.decisionReason.toHtmlEscaped());
    m_info->setText(html);
    m_captionA->setText(tr("<span style=\"color:%1\">■</span> Reading A · %2 · %3")
                            .arg(colourA.name(), m_case.readerALogin.toHtmlEscaped(), className(m_case.readingA.studyClass).toHtmlEscaped()));
    m_captionB->setText(tr("<span style=\"color:%1\">■</span> Reading B · %2 · %3")
                            .arg(colourB.name(), m_case.readerBLogin.toHtmlEscaped(), className(m_case.readingB.studyClass).toHtmlEscaped()));
}

void ArbitrationScreen::fillPairs()
{
    // Rows: matched pairs, then A's unmatched findings, then B's. Each row keeps the finding
    // ids (A, B) it jumps to.
    const auto describe = [](const core::Reading &reading, qint64 id) {
        for (const core::Finding &f : reading.findings)
            if (f.id == id)
                return QStringLiteral("#%1 %2 %3").arg(id).arg(core::findingKindName(f.kind()), f.label);
        return QStringLiteral("#%1").arg(id);
    };
    QSet<qint64> matchedA, matchedB;
    QList<std::array<QString, 5>> rows;
    QList<QPair<qint64, qint64>> ids;
    // A matched mask pair gives one row per label: Dice and HD95 of that label (IoU from
    // Dice, IoU = D / (2 - D)).
    const auto labelName = [this](int label) {
        if (m_documentA && label >= 1 && label <= m_documentA->schema().findingLabels.size())
            return tr("label %1 (%2)").arg(label).arg(m_documentA->schema().findingLabels.at(label - 1).code);
        return tr("label %1").arg(label);
    };
    for (const core::workflow::CasePair &p : m_case.pairs) {
        matchedA.insert(p.findingIdA);
        matchedB.insert(p.findingIdB);
        bool perLabel = false;
        for (const core::workflow::CaseMaskLabel &l : m_case.maskLabels) {
            if (l.findingIdA != p.findingIdA || l.findingIdB != p.findingIdB)
                continue;
            perLabel = true;
            const QString name = labelName(l.label);
            rows.append({describe(m_case.readingA, p.findingIdA) + QStringLiteral(" · ") + name,
                         describe(m_case.readingB, p.findingIdB) + QStringLiteral(" · ") + name,
                         figure(l.dice / (2.0 - l.dice), 2), figure(l.dice, 2), figure(l.hd95Mm, 2)});
            ids.append({p.findingIdA, p.findingIdB});
        }
        if (perLabel)
            continue;
        rows.append({describe(m_case.readingA, p.findingIdA), describe(m_case.readingB, p.findingIdB), figure(p.iou, 2),
                     figure(p.dice, 2), figure(p.distanceMm, 1)});
        ids.append({p.findingIdA, p.findingIdB});
    }
    for (const core::Finding &f : m_case.readingA.findings)
        if (!matchedA.contains(f.id)) {
            rows.append({describe(m_case.readingA, f.id), tr("unmatched"), {}, {}, {}});
            ids.append({f.id, 0});
        }
    for (const core::Finding &f : m_case.readingB.findings)
        if (!matchedB.contains(f.id)) {
            rows.append({tr("unmatched"), describe(m_case.readingB, f.id), {}, {}, {}});
            ids.append({0, f.id});
        }
    m_pairs->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(rows[r][std::size_t(c)]);
            if (c < 2)
                item->setToolTip(item->text()); // the finding columns are narrowed to keep the figures in view
            if (c == 0) {
                item->setData(Qt::UserRole, ids[r].first);
                item->setData(Qt::UserRole + 1, ids[r].second);
            }
            if (c == 0 && ids[r].first)
                item->setForeground(colourA.darker(110));
            if (c == 1 && ids[r].second)
                item->setForeground(colourB.darker(130));
            m_pairs->setItem(r, c, item);
        }
    m_pairs->resizeColumnsToContents();
    for (int c = 0; c < 2; ++c)
        m_pairs->setColumnWidth(c, std::min(m_pairs->columnWidth(c), 150));
}

void ArbitrationScreen::jumpToRow(int row)
{
    const QTableWidgetItem *item = m_pairs->item(row, 0);
    if (!item || !m_volume)
        return;
    const qint64 idA = item->data(Qt::UserRole).toLongLong();
    const qint64 idB = item->data(Qt::UserRole + 1).toLongLong();
    const core::annotation::AnnotationDocument *document = idA ? m_documentA.get() : m_documentB.get();
    const std::optional<int> key = document->keyOfFindingId(idA ? idA : idB);
    const core::Finding *finding = key ? document->finding(*key) : nullptr;
    const std::optional<core::Vec3> centre = finding ? viewer::findingCentre(*finding) : std::nullopt;
    if (!centre)
        return;
    const core::Vec3 p = m_volume->geometry.indexToPatient(*centre);
    m_linking = true;
    for (viewer::MprView *v : {m_viewA, m_viewB, m_overlayView, m_ownView}) {
        if (m_volume->supportsMpr()) {
            v->setCrosshair(p);
        } else {
            viewer::SliceView *view = v->view(viewer::SliceOrientation::Axial);
            view->setSliceIndex(view->sliceIndexAt(p));
        }
    }
    m_linking = false;
    m_pairs->selectRow(row);
}

void ArbitrationScreen::attachOwn()
{
    m_controller->setDocument(m_own.get(), m_volume);
    m_panel->setDocument(m_own.get(), m_controller);
    m_panel->setTitle(tr("<b>Own reading</b> · dispute %1").arg(m_case.dispute.disputeId));
    m_panel->setNeighbours(false, false);
    m_panel->setActiveAxisProvider([this] { return m_ownView->activeView()->normalAxis(); });
}

core::Result<void> ArbitrationScreen::startOwnReading(std::optional<ArbitrationDecision> from, Candidate aid)
{
    if (!m_documentA)
        return core::makeError(core::ErrorCode::InvalidState, tr("No dispute is open."));
    std::shared_ptr<const core::MaskGeometry> aidMask;
    if (aid != Candidate::None) {
        aidMask = candidateMask(aid);
        if (!aidMask)
            return core::makeError(core::ErrorCode::InvalidState,
                                   tr("The candidate mask cannot be made: both readings of study %1 need a mask.")
                                       .arg(m_case.dispute.studyInstanceUid));
    }
    const auto readingId = Verification::startOwnReading(m_workspace, m_session, m_case.dispute.disputeId, from);
    if (!readingId)
        return readingId.error();
    auto document = core::annotation::AnnotationDocument::open(m_workspace, m_session, *readingId, true);
    if (!document)
        return document.error();
    m_panel->setDocument(nullptr, m_controller);
    m_controller->setDocument(nullptr, nullptr);
    m_own = std::move(*document);
    if (aidMask) {
        const QString name = m_candidateBox->itemText(m_candidateBox->findData(int(aid)));
        if (auto r = m_own->replaceMask(aidMask->labels, tr("Start from candidate: %1").arg(name)); !r)
            return r;
    }
    attachOwn();
    m_status->clear();
    setMode(Mode::OwnReading);
    refreshEnabled();
    return {};
}

core::Result<void> ArbitrationScreen::decide(ArbitrationDecision decision, const QString &reason)
{
    if (!m_documentA)
        return core::makeError(core::ErrorCode::InvalidState, tr("No dispute is open."));
    if (decision == ArbitrationDecision::Own) {
        if (!m_own) {
            const auto error = core::makeError(core::ErrorCode::InvalidState,
                                               tr("Start your own reading first (\"Start own reading from\")."));
            showMessage(error.message, true);
            return error;
        }
        if (!m_own->isReadOnly()) {
            if (auto r = m_own->submit(); !r) {
                showMessage(tr("Your reading cannot be submitted: %1").arg(r.error().message), true);
                return r;
            }
        }
    }
    const auto result = Verification::arbitrate(m_workspace, m_session, m_case.dispute.disputeId, decision, reason);
    if (!result) {
        showMessage(tr("The decision on study %1 was not stored: %2").arg(m_case.dispute.studyInstanceUid, result.error().message), true);
        return result;
    }
    if (auto updated = Verification::arbitrationCase(m_workspace, m_session, m_case.dispute.disputeId))
        m_case = *updated;
    m_panel->setDocument(nullptr, m_controller);
    m_controller->setDocument(nullptr, nullptr);
    m_own.reset();
    if (m_mode == Mode::OwnReading)
        setMode(Mode::SideBySide);
    fillInfo();
    refreshEnabled();
    showMessage(tr("Decision stored: %1.").arg(core::workflow::arbitrationDecisionName(decision)), false);
    emit decided(m_case.dispute.disputeId);
    return {};
}

bool ArbitrationScreen::confirmDecision(ArbitrationDecision decision)
{
    const QString study = m_case.dispute.studyInstanceUid;
    QString what;
    switch (decision) {
    case ArbitrationDecision::AcceptA:
        what = tr("Accept reading A (%1) as the final labels of study %2?").arg(m_case.readerALogin, study);
        break;
    case ArbitrationDecision::AcceptB:
        what = tr("Accept reading B (%1) as the final labels of study %2?").arg(m_case.readerBLogin, study);
        break;
    case ArbitrationDecision::Own:
        what = tr("Submit your own reading and take it as the final labels of study %1?").arg(study);
        break;
    case ArbitrationDecision::Exclude:
        what = tr("Exclude study %1 as unresolvable?").arg(study);
        break;
    }
    QMessageBox box(QMessageBox::Question, tr("Arbitration decision"), what, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDecision"));
    box.setInformativeText(tr("The decision is final: it goes into the final labels and the audit log and cannot be changed."));
    box.button(QMessageBox::Yes)->setText(tr("Decide"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void ArbitrationScreen::decideConfirmed(ArbitrationDecision decision)
{
    if (decision == ArbitrationDecision::Own && !m_own) {
        (void)decide(decision); // says to start an own reading first
        return;
    }
    if (confirmDecision(decision))
        (void)decide(decision);
}

void ArbitrationScreen::applyWindowPreset(core::WindowPreset preset)
{
    if (!m_volume)
        return;
    m_linking = true; // each view is set; no echo through the side-by-side link
    for (viewer::MprView *v : {m_viewA, m_viewB, m_overlayView, m_ownView})
        v->applyWindowPreset(preset);
    m_linking = false;
}

bool ArbitrationScreen::setMprLayout(bool oneUp)
{
    if (!m_volume)
        return false;
    m_threeUp->setChecked(!oneUp); // toggled sets every view's layout
    return true;
}

void ArbitrationScreen::resetView()
{
    if (!m_volume)
        return;
    m_linking = true;
    for (viewer::MprView *v : {m_viewA, m_viewB, m_overlayView, m_ownView})
        v->resetView();
    m_linking = false;
}

bool ArbitrationScreen::isOneUp() const
{
    return m_viewA->layout() == viewer::MprView::Layout::OneUp;
}

void ArbitrationScreen::askExclude()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("excludeDialog"));
    dialog.setWindowTitle(tr("Exclude study as unresolvable"));
    auto *text = new QPlainTextEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Exclude"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(text, &QPlainTextEdit::textChanged, &dialog,
            [text, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *question = new QLabel(tr("Why can study %1 not be resolved? The reason is stored with the final labels and "
                                   "published in the dataset's release (labels.csv, README): describe the images, never "
                                   "the patient. Excluding is final: the study keeps no class.")
                                    .arg(m_case.dispute.studyInstanceUid),
                                &dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    layout->addWidget(text);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        (void)decide(ArbitrationDecision::Exclude, text->toPlainText().trimmed());
}

void ArbitrationScreen::refreshEnabled()
{
    // Only the assigned expert decides (core checks it; a coordinator looks without buttons).
    const bool open = m_documentA && !m_case.decision && m_session.hasRole(core::workflow::Role::Expert);
    m_acceptA->setEnabled(open);
    m_acceptB->setEnabled(open);
    m_exclude->setEnabled(open);
    m_acceptOwn->setEnabled(open && m_own);
    m_startButton->setEnabled(open);
    m_startFrom->setEnabled(open);
    m_ownButton->setEnabled(bool(m_own));
    m_sideButton->setEnabled(bool(m_documentA));
    m_overlayButton->setEnabled(bool(m_documentA));
}

void ArbitrationScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_status->setText(text);
}

} // namespace etalon::app
