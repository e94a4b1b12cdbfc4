#include "app/gui/ReadingScreen.h"

#include "app/gui/LoadProgress.h"
#include "app/gui/ReadingPanel.h"
#include "app/gui/ShortcutsDialog.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/dicom/HeaderReader.h"
#include "core/dicom/VolumeLoader.h"
#include "core/model/WindowPresets.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "viewer/AnnotationController.h"
#include "viewer/MprView.h"
#include "viewer/SliceView.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent>

namespace etalon::app {

using core::annotation::AnnotationDocument;

namespace {

enum Page { MessagePage, MprPage, SinglePage, MammoPage };

bool isMammography(const QString &modality)
{
    return modality.compare(QLatin1String("MG"), Qt::CaseInsensitive) == 0;
}

} // namespace

ReadingScreen::ReadingScreen(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_controller(new viewer::AnnotationController(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_messagePage(new QWidget(this))
    , m_mpr(new viewer::MprView(this))
    , m_single(new viewer::SliceView(this))
    , m_mammoPage(new QWidget(this))
    , m_panelScroll(new QScrollArea(this))
    , m_panel(new ReadingPanel(this))
{
    setObjectName(QStringLiteral("readingScreen"));
    m_placeholder->setObjectName(QStringLiteral("readingPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setMargin(24);
    m_progress->setMaximumWidth(320);
    m_progress->hide();
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_placeholder);
    messageLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);

    auto *grid = new QGridLayout(m_mammoPage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (int place = 0; place < 4; ++place) {
        auto *cell = new QWidget(m_mammoPage);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(0);
        m_mammoCaptions[std::size_t(place)] = new QLabel(cell);
        m_mammoCaptions[std::size_t(place)]->setAlignment(Qt::AlignCenter);
        m_mammoCaptions[std::size_t(place)]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_mammoViews[std::size_t(place)] = new viewer::SliceView(cell);
        m_mammoViews[std::size_t(place)]->setObjectName(QStringLiteral("mammoView%1").arg(place));
        m_mammoViews[std::size_t(place)]->installEventFilter(this);
        cellLayout->addWidget(m_mammoCaptions[std::size_t(place)]);
        cellLayout->addWidget(m_mammoViews[std::size_t(place)], 1);
        grid->addWidget(cell, place / 2, place % 2);
        viewer::SliceView *view = m_mammoViews[std::size_t(place)];
        connect(view, &viewer::SliceView::windowChanged, this, [this, view] { syncWindow(view); });
        connect(view, &viewer::SliceView::sliceChanged, this, [this, place](int slice) {
            // Each mammography view stays on its image.
            viewer::SliceView *v = m_mammoViews[std::size_t(place)];
            if (m_hanging == Hanging::Mammography && v->volume() && slice != m_mammoFrames[std::size_t(place)])
                v->setSliceIndex(m_mammoFrames[std::size_t(place)]);
        });
    }

    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_mpr);
    m_stack->addWidget(m_single);
    m_stack->addWidget(m_mammoPage);

    // A tool strip over the images: layout and window presets (keys 1-9 are class keys here).
    auto *viewerSide = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewerSide);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->setSpacing(0);
    auto *strip = new QHBoxLayout;
    auto *presets = m_presets = new QToolButton(viewerSide);
    presets->setObjectName(QStringLiteral("windowPresets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *presetMenu = new QMenu(presets);
    presets->setMenu(presetMenu);
    for (const core::WindowPresetInfo &info : core::windowPresets()) {
        presetMenu->addAction(QCoreApplication::translate("WindowPreset", info.name), this,
                              [this, p = info.preset] { applyWindowPreset(p); });
    }
    auto *layoutButton = m_layoutButton = new QToolButton(viewerSide);
    layoutButton->setObjectName(QStringLiteral("mprLayout"));
    layoutButton->setCheckable(true);
    connect(layoutButton, &QToolButton::toggled, this, [this](bool oneUp) { setMprLayout(oneUp); });
    connect(m_mpr, &viewer::MprView::layoutChanged, layoutButton,
            [layoutButton](viewer::MprView::Layout layout) { layoutButton->setChecked(layout == viewer::MprView::Layout::OneUp); });
    strip->addWidget(presets);
    strip->addWidget(layoutButton);
    strip->addStretch(1);
    viewerLayout->addLayout(strip);
    viewerLayout->addWidget(m_stack, 1);

    m_panelScroll->setWidget(m_panel);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panelScroll->setMinimumWidth(400);
    m_splitter->addWidget(viewerSide);
    m_splitter->addWidget(m_panelScroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({860, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The panel's keys work wherever the focus is inside the screen (a view included).
    for (QAction *a : m_panel->shortcutActions())
        addAction(a);
    m_panel->setActiveAxisProvider([this] { return activeNormalAxis(); });
    connect(m_panel, &ReadingPanel::nextRequested, this, &ReadingScreen::openNext);
    connect(m_panel, &ReadingPanel::previousRequested, this, &ReadingScreen::openPrevious);
    connect(m_panel, &ReadingPanel::shortcutsRequested, this, &ReadingScreen::showShortcuts);
    connect(m_panel, &ReadingPanel::closeRequested, this, &ReadingScreen::closeRequested);
    connect(m_panel, &ReadingPanel::submitted, this, [this] {
        if (auto list = core::workflow::Readings::worklist(m_workspace, m_session))
            m_worklist = *list;
        emit readingSubmitted(readingId());
    });
    connect(m_controller, &viewer::AnnotationController::showFindingRequested, this, [this](int key) {
        // MprView moves its cross-hair itself; a single view goes to the finding's slice.
        if (m_hanging != Hanging::Single || !m_document)
            return;
        if (const core::Finding *f = m_document->finding(key)) {
            int k = -1;
            if (const auto *p = std::get_if<core::PointGeometry>(&f->geometry))
                k = int(std::lround(p->index[2]));
            else if (const auto *b = std::get_if<core::BoxGeometry>(&f->geometry))
                k = b->k0;
            else if (const auto *c = std::get_if<core::ContourGeometry>(&f->geometry); c && c->axis == 2 && !c->slices.empty())
                k = c->slices.begin()->first;
            if (k >= 0)
                m_single->setSliceIndex(k);
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReadingScreen::onImagesLoaded);
    m_stack->setCurrentIndex(MessagePage);
    retranslateUi();
}

ReadingScreen::~ReadingScreen()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    closeReading();
}

qint64 ReadingScreen::readingId() const
{
    return m_document ? m_document->readingId() : 0;
}

bool ReadingScreen::isLoading() const
{
    return m_loading;
}

viewer::SliceView *ReadingScreen::mammoView(MammoView place) const
{
    const auto index = std::size_t(place);
    return m_hanging == Hanging::Mammography && m_mammoLayout[index] ? m_mammoViews[index] : nullptr;
}

bool ReadingScreen::isMammoViewAnnotated(MammoView place) const
{
    return m_hanging == Hanging::Mammography && m_mammoAnnotated[std::size_t(place)];
}

int ReadingScreen::activeNormalAxis() const
{
    switch (m_hanging) {
    case Hanging::Mpr: return m_mpr->activeView()->normalAxis();
    case Hanging::Single: return m_single->normalAxis();
    case Hanging::Mammography:
    case Hanging::None: return 2;
    }
    return 2;
}

void ReadingScreen::clearViews()
{
    m_controller->setDocument(nullptr, nullptr);
    m_mpr->setAnnotationController(nullptr);
    m_single->setAnnotationController(nullptr);
    m_mpr->setVolume(nullptr);
    m_single->setVolume(nullptr);
    for (viewer::SliceView *v : m_mammoViews) {
        v->setAnnotationController(nullptr);
        v->setVolume(nullptr);
        v->setMirrored(false);
    }
    m_mammoLayout = {};
    m_mammoAnnotated = {};
    m_layoutButton->setEnabled(false);
    m_volume.reset();
    m_comparison.clear();
    m_hanging = Hanging::None;
}

void ReadingScreen::closeReading()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_loading = false;
    m_panel->setDocument(nullptr, nullptr);
    clearViews();
    if (m_document)
        m_document->recordTime();
    m_document.reset();
    m_item = {};
    m_loadError.clear();
    m_stack->setCurrentIndex(MessagePage);
    m_placeholder->clear();
}

QString ReadingScreen::studyName() const
{
    const QString who = m_item.patientId.isEmpty() ? QString() : tr("patient %1, ").arg(m_item.patientId);
    return who + tr("study %1").arg(m_item.studyInstanceUid);
}

bool ReadingScreen::openReading(qint64 readingId)
{
    closeReading();
    const auto list = core::workflow::Readings::worklist(m_workspace, m_session);
    m_worklist = list ? *list : QList<core::workflow::WorklistItem>{};
    for (const core::workflow::WorklistItem &item : std::as_const(m_worklist))
        if (item.readingId == readingId)
            m_item = item;
    auto document = AnnotationDocument::open(m_workspace, m_session, readingId, true);
    if (!document) {
        showFailure(tr("Reading %1 cannot be opened: %2").arg(readingId).arg(document.error().message));
        refreshNeighbours();
        return false;
    }
    m_document = std::move(*document);
    if (m_item.readingId != readingId) {
        m_item = {};
        m_item.readingId = readingId;
        m_item.datasetCode = m_document->datasetCode();
        m_item.studyInstanceUid = m_document->studyInstanceUid();
    }
    // The worklist's state is the one before opening: an assigned reading is started now.
    m_item.state = m_document->reading().state;
    connect(m_document.get(), &AnnotationDocument::readOnlyChanged, this, [this] { refreshNeighbours(); });
    m_panel->setDocument(m_document.get(), m_controller);
    updateTitle();
    refreshNeighbours();

    // Images: the data unit's series; for mammography also the study's other MG series.
    const QString unit = m_document->seriesInstanceUid();
    const core::store::Catalog catalog(m_workspace);
    const auto unitFiles = catalog.instanceFiles(unit);
    if (unit.isEmpty() || !unitFiles || unitFiles->isEmpty()) {
        showFailure(tr("The images of %1 cannot be shown: %2\n\nThe reading is kept. Ask the coordinator to re-import "
                       "the study.")
                        .arg(studyName(), unitFiles ? tr("the series has no image files in this workspace") : unitFiles.error().message));
        emit readingOpened(readingId);
        return true;
    }
    QList<QStringList> jobs{*unitFiles};
    QStringList uids{unit};
    bool mammo = false;
    if (const auto unitSeries = catalog.seriesByUid(unit); unitSeries && isMammography(unitSeries->modality)) {
        mammo = true;
        if (const auto all = catalog.series(m_document->studyInstanceUid())) {
            for (const core::store::SeriesSummary &s : *all) {
                if (s.seriesInstanceUid == unit || !isMammography(s.modality) || s.frameCount <= 0)
                    continue;
                if (const auto files = catalog.instanceFiles(s.seriesInstanceUid); files && !files->isEmpty()) {
                    jobs.append(*files);
                    uids.append(s.seriesInstanceUid);
                }
            }
        }
    }

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    core::dicom::VolumeLoader::Options options;
    options.progress = progressOn(m_progress, m_cancel);
    m_placeholder->setText(tr("Loading the images of %1…").arg(studyName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stack->setCurrentIndex(MessagePage);
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run([jobs, uids, options, mammo] {
        ReadingImages images;
        images.seriesUids = uids;
        for (const QStringList &files : jobs) {
            images.volumes.push_back(core::dicom::VolumeLoader::loadSeries(files, options));
            std::vector<core::dicom::InstanceHeader> headers;
            if (mammo && images.volumes.back()) {
                for (const QString &file : images.volumes.back()->sourceFiles) {
                    auto header = core::dicom::readHeader(file);
                    headers.push_back(header ? *header : core::dicom::InstanceHeader{});
                }
            }
            images.headers.push_back(std::move(headers));
            if (!images.volumes.front())
                break; // nothing to compare with
        }
        return images;
    }));
    emit readingOpened(readingId);
    return true;
}

void ReadingScreen::onImagesLoaded()
{
    m_loading = false;
    m_progress->hide();
    if (!m_document)
        return;
    ReadingImages images = m_watcher.result();
    if (images.volumes.empty())
        return;
    auto &unit = images.volumes.front();
    if (!unit) {
        if (unit.error().code == core::ErrorCode::Cancelled)
            return;
        showFailure(tr("The images of %1 could not be shown: %2\n\nThe reading is kept; try again, or ask the coordinator "
                       "to check the study's files.")
                        .arg(studyName(), unit.error().message));
        return;
    }
    m_volume = std::make_shared<const core::Volume>(std::move(*unit));
    const std::array<int, 3> expected = m_document->imageSize();
    if (expected != m_volume->geometry.size) {
        m_panel->showMessage(tr("The loaded series is %1×%2×%3 but the reading's findings are drawn on %4×%5×%6 images; "
                                "findings may not be shown where they were drawn. Tell the coordinator.")
                                 .arg(m_volume->columns()).arg(m_volume->rows()).arg(m_volume->slices())
                                 .arg(expected[0]).arg(expected[1]).arg(expected[2]),
                             true);
    }
    m_controller->setDocument(m_document.get(), m_volume);

    MammoLayout layout;
    if (isMammography(m_volume->modality)) {
        QList<MammoImage> candidates;
        for (std::size_t v = 0; v < images.volumes.size() && v < images.headers.size(); ++v) {
            if (!images.volumes[v])
                continue;
            for (std::size_t k = 0; k < images.headers[v].size(); ++k) {
                const core::dicom::InstanceHeader &h = images.headers[v][k];
                candidates.append(MammoImage{int(v), int(k), h.viewPosition, h.imageLaterality, h.patientOrientation});
            }
        }
        layout = chooseMammoViews(candidates);
    }
    const bool unitInLayout = std::any_of(layout.begin(), layout.end(), [](const auto &s) { return s && s->volume == 0; });
    if (filledViews(layout) >= 2 && unitInLayout) {
        for (std::size_t v = 1; v < images.volumes.size(); ++v)
            m_comparison.push_back(images.volumes[v] ? std::make_shared<const core::Volume>(std::move(*images.volumes[v])) : nullptr);
        hangMammography(images, layout);
    } else if (m_volume->supportsMpr()) {
        hangMpr();
    } else {
        hangSingle();
    }
    emit loaded(true, QString());
}

void ReadingScreen::hangMpr()
{
    m_hanging = Hanging::Mpr;
    m_mpr->setVolume(m_volume);
    m_mpr->setLayout(viewer::MprView::Layout::ThreeUp);
    m_mpr->setAnnotationController(m_controller);
    m_layoutButton->setEnabled(true);
    m_stack->setCurrentIndex(MprPage);
}

void ReadingScreen::hangSingle()
{
    m_hanging = Hanging::Single;
    m_single->setVolume(m_volume);
    m_single->setAnnotationController(m_controller);
    m_stack->setCurrentIndex(SinglePage);
}

void ReadingScreen::hangMammography(const ReadingImages &images, const MammoLayout &layout)
{
    m_hanging = Hanging::Mammography;
    m_mammoLayout = layout;
    std::optional<core::WindowLevel> window;
    for (int place = 0; place < 4; ++place) {
        const auto index = std::size_t(place);
        viewer::SliceView *view = m_mammoViews[index];
        QLabel *caption = m_mammoCaptions[index];
        const auto &slot = layout[index];
        view->parentWidget()->setVisible(slot.has_value());
        if (!slot)
            continue;
        std::shared_ptr<const core::Volume> volume =
            slot->volume == 0 ? m_volume : m_comparison.at(std::size_t(slot->volume - 1));
        if (!volume)
            continue;
        if (volume->slices() > 1) {
            // Frames of one series each have their own Patient Orientation, while a volume
            // carries one: the view gets a copy (sharing the voxels) that names its frame's.
            auto copy = std::make_shared<core::Volume>(*volume);
            const QStringList letters = slot->patientOrientation.split(QLatin1Char('\\'));
            copy->patientOrientation = letters.size() == 2 ? std::array<QString, 2>{letters.at(0), letters.at(1)}
                                                           : std::array<QString, 2>{};
            volume = copy;
        }
        m_mammoAnnotated[index] = slot->volume == 0;
        m_mammoFrames[index] = slot->frame;
        view->setVolume(volume);
        view->setSliceIndex(slot->frame);
        view->setMirrored(mammoNeedsMirror(slot->laterality, slot->patientOrientation, *volume, slot->frame));
        view->setAnnotationController(m_mammoAnnotated[index] ? m_controller : nullptr);
        if (window)
            view->setWindow(*window);
        else
            window = view->window();
        caption->setText(m_mammoAnnotated[index] ? mammoViewName(mammoViewAt(place))
                                                 : tr("%1 — comparison, not annotated").arg(mammoViewName(mammoViewAt(place))));
        caption->setToolTip(tr("Series %1").arg(images.seriesUids.value(slot->volume)));
    }
    m_stack->setCurrentIndex(MammoPage);
}

void ReadingScreen::applyWindowPreset(core::WindowPreset preset)
{
    switch (m_hanging) {
    case Hanging::Mpr: m_mpr->applyWindowPreset(preset); break;
    case Hanging::Single: m_single->applyWindowPreset(preset); break;
    case Hanging::Mammography:
        for (viewer::SliceView *v : m_mammoViews)
            if (v->volume()) {
                v->applyWindowPreset(preset);
                break; // the others follow (synchronized window)
            }
        break;
    case Hanging::None: break;
    }
}

bool ReadingScreen::setMprLayout(bool oneUp)
{
    if (m_hanging != Hanging::Mpr)
        return false;
    m_mpr->setLayout(oneUp ? viewer::MprView::Layout::OneUp : viewer::MprView::Layout::ThreeUp);
    return true;
}

void ReadingScreen::resetView()
{
    switch (m_hanging) {
    case Hanging::Mpr: m_mpr->resetView(); break;
    case Hanging::Single: m_single->resetView(); break;
    case Hanging::Mammography:
        for (viewer::SliceView *v : m_mammoViews)
            if (v->volume())
                v->resetView();
        break;
    case Hanging::None: break;
    }
}

void ReadingScreen::syncWindow(viewer::SliceView *source)
{
    if (m_syncingWindow || m_hanging != Hanging::Mammography)
        return;
    m_syncingWindow = true;
    const core::WindowLevel window = source->window();
    for (viewer::SliceView *v : m_mammoViews)
        if (v != source && v->volume())
            v->setWindow(window);
    m_syncingWindow = false;
}

bool ReadingScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Mammography views show one image each: no slice scrolling (Ctrl+wheel still zooms).
    if (m_hanging == Hanging::Mammography && qobject_cast<viewer::SliceView *>(watched)) {
        if (event->type() == QEvent::Wheel && !(static_cast<QWheelEvent *>(event)->modifiers() & Qt::ControlModifier))
            return true;
        if (event->type() == QEvent::KeyPress) {
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
            case Qt::Key_Home:
            case Qt::Key_End:
                if (!(static_cast<QKeyEvent *>(event)->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
                    return true;
                break;
            default: break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReadingScreen::showFailure(const QString &message)
{
    m_loadError = message;
    m_progress->hide();
    m_placeholder->setText(message);
    m_stack->setCurrentIndex(MessagePage);
    m_panel->showMessage(message, true);
    emit loaded(false, message);
}

void ReadingScreen::refreshNeighbours()
{
    m_panel->setNeighbours(hasPrevious(), hasNext());
}

bool ReadingScreen::hasPrevious() const
{
    for (int i = 0; i < m_worklist.size(); ++i)
        if (m_worklist.at(i).readingId == m_item.readingId)
            return i > 0;
    return false;
}

bool ReadingScreen::hasNext() const
{
    for (int i = 0; i < m_worklist.size(); ++i)
        if (m_worklist.at(i).readingId == m_item.readingId)
            return i + 1 < m_worklist.size();
    return false;
}

bool ReadingScreen::openNext()
{
    for (int i = 0; i + 1 < m_worklist.size(); ++i)
        if (m_worklist.at(i).readingId == m_item.readingId)
            return openReading(m_worklist.at(i + 1).readingId);
    return false;
}

bool ReadingScreen::openPrevious()
{
    for (int i = 1; i < m_worklist.size(); ++i)
        if (m_worklist.at(i).readingId == m_item.readingId)
            return openReading(m_worklist.at(i - 1).readingId);
    return false;
}

void ReadingScreen::showShortcuts()
{
    ShortcutsDialog dialog(m_panel->shortcutList(), this);
    dialog.exec();
}

void ReadingScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReadingScreen::retranslateUi()
{
    if (m_document)
        updateTitle();
    m_presets->setText(tr("Window"));
    m_presets->setToolTip(tr("Window presets"));
    m_layoutButton->setText(tr("One view"));
    m_layoutButton->setToolTip(tr("One view or three (MPR)"));
}

void ReadingScreen::updateTitle()
{
    // The UID is long and unbreakable: it goes to the tooltip.
    QStringList parts;
    if (!m_item.patientId.isEmpty())
        parts << tr("Patient %1").arg(m_item.patientId);
    if (!m_item.modalities.isEmpty())
        parts << m_item.modalities;
    if (const QDate date = QDate::fromString(m_item.studyDate, QStringLiteral("yyyyMMdd")); date.isValid())
        parts << QLocale().toString(date, QLocale::ShortFormat);
    if (m_item.kind == core::ReadingKind::Arbitration)
        parts << tr("arbitration");
    m_panel->setTitle(QStringLiteral("<b>%1</b><br>%2").arg(m_item.datasetCode.toHtmlEscaped(),
                                                             parts.join(QStringLiteral(" · ")).toHtmlEscaped()),
                      tr("Study %1").arg(m_item.studyInstanceUid));
}

} // namespace etalon::app
