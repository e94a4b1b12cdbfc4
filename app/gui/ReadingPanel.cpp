#include "app/gui/ReadingPanel.h"

#include "app/gui/AppSettings.h"
#include "app/i18n/Translations.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/imaging/MaskTools.h"
#include "core/model/Volume.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace etalon::app {

using core::annotation::AnnotationDocument;
using viewer::AnnotationController;
using viewer::AnnotationTool;

namespace {

constexpr int toolCount = int(AnnotationTool::RegionGrow) + 1;

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(40, 40, 40));
    painter.setBrush(QColor(colour.isEmpty() ? QStringLiteral("#808080") : colour));
    painter.drawRect(0, 0, 13, 13);
    return QIcon(pixmap);
}

/// Whether the schema allows drawing with \a tool (Select and Navigate always).
bool toolAllowed(const core::LabelSchema &schema, AnnotationTool tool)
{
    switch (tool) {
    case AnnotationTool::Navigate:
    case AnnotationTool::Select: return true;
    case AnnotationTool::Point: return schema.allows(core::FindingKind::Point);
    case AnnotationTool::Box: return schema.allows(core::FindingKind::Box);
    case AnnotationTool::Polygon:
    case AnnotationTool::Freehand: return schema.allows(core::FindingKind::Contour);
    case AnnotationTool::Brush:
    case AnnotationTool::Eraser:
    case AnnotationTool::Fill:
    case AnnotationTool::RegionGrow: return schema.allows(core::FindingKind::Mask);
    }
    return false;
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

ReadingPanel::ReadingPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_time(new QLabel(this))
    , m_classBox(new QGroupBox(this))
    , m_toolBox(new QGroupBox(this))
    , m_toolGroup(new QActionGroup(this))
    , m_labelCaption(new QLabel(this))
    , m_findingLabel(new QComboBox(this))
    , m_maskBox(new QGroupBox(this))
    , m_brushCaption(new QLabel(this))
    , m_brushSize(new QDoubleSpinBox(this))
    , m_sphere(new QCheckBox(this))
    , m_eraseActiveOnly(new QCheckBox(this))
    , m_threshold(new QCheckBox(this))
    , m_thresholdLower(new QDoubleSpinBox(this))
    , m_thresholdUpper(new QDoubleSpinBox(this))
    , m_growCaption(new QLabel(this))
    , m_growMethod(new QComboBox(this))
    , m_growLower(new QDoubleSpinBox(this))
    , m_growUpper(new QDoubleSpinBox(this))
    , m_growMultiplier(new QDoubleSpinBox(this))
    , m_grow3d(new QCheckBox(this))
    , m_opacityCaption(new QLabel(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_outline(new QCheckBox(this))
    , m_interpolateButton(new QToolButton(this))
    , m_findingsBox(new QGroupBox(this))
    , m_findings(new QTableWidget(0, 5, this))
    , m_attributesBox(new QGroupBox(this))
    , m_commentBox(new QGroupBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_submitButton(new QPushButton(this))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_closeButton(new QPushButton(this))
    , m_helpButton(new QToolButton(this))
    , m_clock(new QTimer(this))
    , m_findingsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("readingPanel"));
    m_title->setObjectName(QStringLiteral("readingTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5a4500; border: 1px solid #d8b94a; padding: 4px; }"));
    m_banner->hide();
    m_message->setObjectName(QStringLiteral("readingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time->setObjectName(QStringLiteral("readingTime"));
    m_findingLabel->setObjectName(QStringLiteral("findingLabel"));
    m_brushSize->setObjectName(QStringLiteral("brushSize"));
    m_threshold->setObjectName(QStringLiteral("thresholdEnabled"));
    m_findings->setObjectName(QStringLiteral("findings"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_submitButton->setObjectName(QStringLiteral("submitReading"));
    m_closeButton->setObjectName(QStringLiteral("closeReading"));
    m_opacity->setObjectName(QStringLiteral("maskOpacity"));
    m_outline->setObjectName(QStringLiteral("maskOutline"));

    createActions();

    // Tools: one checkable button per tool, shown or hidden by the schema.
    auto *toolGrid = new QGridLayout(m_toolBox);
    for (int t = 0; t < toolCount; ++t) {
        auto *button = new QToolButton(m_toolBox);
        button->setDefaultAction(m_toolActions.at(t));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        toolGrid->addWidget(button, t / 2, t % 2);
        m_toolButtons.append(button);
    }
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(m_labelCaption);
    labelRow->addWidget(m_findingLabel, 1);
    toolGrid->addLayout(labelRow, toolCount / 2 + 1, 0, 1, 2);

    // Mask settings.
    m_brushSize->setRange(0.5, 100.0);
    m_brushSize->setSingleStep(0.5);
    m_brushSize->setDecimals(1);
    m_brushSize->setSuffix(QStringLiteral(" mm"));
    for (QDoubleSpinBox *box : {m_thresholdLower, m_thresholdUpper, m_growLower, m_growUpper}) {
        box->setRange(-100000.0, 100000.0);
        box->setDecimals(0);
        box->setSingleStep(10.0);
    }
    m_growMultiplier->setRange(0.1, 10.0);
    m_growMultiplier->setSingleStep(0.1);
    m_growMethod->addItem(QString());
    m_growMethod->addItem(QString());
    m_opacity->setRange(0, 100);
    m_interpolateButton->setDefaultAction(m_interpolate);
    m_interpolateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *maskForm = new QVBoxLayout(m_maskBox);
    maskForm->setSpacing(4);
    const auto row = [maskForm](std::initializer_list<QWidget *> widgets, int stretchIndex = -1) {
        auto *line = new QHBoxLayout;
        int n = 0;
        for (QWidget *w : widgets)
            line->addWidget(w, n++ == stretchIndex ? 1 : 0);
        if (stretchIndex < 0)
            line->addStretch(1);
        maskForm->addLayout(line);
    };
    row({m_brushCaption, m_brushSize, m_sphere});
    row({m_eraseActiveOnly});
    row({m_threshold, m_thresholdLower, m_thresholdUpper});
    row({m_growCaption, m_growMethod}, 1);
    row({m_growLower, m_growUpper, m_growMultiplier, m_grow3d});
    row({m_opacityCaption, m_opacity, m_outline}, 1);
    row({m_interpolateButton});

    // Findings and attributes.
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->setTextElideMode(Qt::ElideRight);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setMinimumHeight(110);
    auto *findingsLayout = new QVBoxLayout(m_findingsBox);
    findingsLayout->addWidget(m_findings);
    findingsLayout->addWidget(m_attributesBox);
    m_attributesForm = new QFormLayout(m_attributesBox);
    m_attributesBox->hide();

    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    m_comment->installEventFilter(this);
    auto *commentLayout = new QVBoxLayout(m_commentBox);
    commentLayout->addWidget(m_comment);

    m_undoButton->setDefaultAction(m_undo);
    m_redoButton->setDefaultAction(m_redo);
    m_previousButton->setDefaultAction(m_previous);
    m_nextButton->setDefaultAction(m_next);
    m_helpButton->setDefaultAction(m_help);
    for (QToolButton *b : {m_undoButton, m_redoButton, m_previousButton, m_nextButton, m_helpButton})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *top = new QHBoxLayout;
    top->addWidget(m_previousButton);
    top->addWidget(m_nextButton);
    top->addStretch(1);
    top->addWidget(m_helpButton);
    top->addWidget(m_closeButton);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_undoButton);
    editRow->addWidget(m_redoButton);
    editRow->addStretch(1);
    editRow->addWidget(m_time);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_submitButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(editRow);
    layout->addWidget(m_classBox);
    layout->addWidget(m_toolBox);
    layout->addWidget(m_maskBox);
    layout->addWidget(m_findingsBox, 1);
    layout->addWidget(m_commentBox);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        commitComment();
        emit closeRequested();
    });
    connect(m_submitButton, &QPushButton::clicked, m_submit, &QAction::trigger);
    connect(m_findingLabel, &QComboBox::activated, this, [this](int index) {
        if (!m_controller || index < 0)
            return;
        m_controller->setFindingLabel(m_findingLabel->itemData(index).toString());
        viewer::MaskToolSettings settings = m_controller->maskSettings();
        settings.label = std::uint8_t(index + 1);
        m_controller->setMaskSettings(settings);
    });
    for (QDoubleSpinBox *box : {m_brushSize, m_thresholdLower, m_thresholdUpper, m_growLower, m_growUpper, m_growMultiplier})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ReadingPanel::applyMaskControls);
    for (QCheckBox *box : {m_sphere, m_eraseActiveOnly, m_threshold, m_grow3d, m_outline})
        connect(box, &QCheckBox::toggled, this, &ReadingPanel::applyMaskControls);
    connect(m_growMethod, &QComboBox::currentIndexChanged, this, &ReadingPanel::applyMaskControls);
    connect(m_opacity, &QSlider::valueChanged, this, &ReadingPanel::applyMaskControls);
    connect(m_findings, &QTableWidget::cellClicked, this, [this](int row, int) { selectFindingRow(row); });
    connect(m_findings, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_updatingSelection)
            return;
        const auto rows = m_findings->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selectFindingRow(rows.first().row());
    });
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ReadingPanel::refreshTime);
    // Mask sizes are counted over the whole mask: not at every brush step.
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(250);
    connect(m_findingsTimer, &QTimer::timeout, this, &ReadingPanel::refreshFindings);

    retranslateUi();
    setDocument(nullptr, nullptr);
}

ReadingPanel::~ReadingPanel() = default;

void ReadingPanel::createActions()
{
    for (int t = 0; t < toolCount; ++t) {
        const auto tool = static_cast<AnnotationTool>(t);
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setData(t);
        action->setShortcut(QKeySequence(AnnotationController::shortcut(tool)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(QStringLiteral("tool%1").arg(t));
        m_toolGroup->addAction(action);
        m_toolActions.append(action);
        connect(action, &QAction::triggered, this, [this, tool] {
            if (m_controller)
                m_controller->setTool(tool);
        });
    }
    m_undo = new QAction(this);
    m_undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = new QAction(this);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_previous = new QAction(this);
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_next = new QAction(this);
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_submit = new QAction(this);
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_interpolate = new QAction(this);
    m_help = new QAction(this);
    m_help->setShortcut(QKeySequence(Qt::Key_F1));
    for (QAction *a : {m_undo, m_redo, m_previous, m_next, m_submit, m_help, m_interpolate})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document && !m_document->isStroking())
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document && !m_document->isStroking())
            m_document->undoStack()->redo();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        commitComment();
        emit previousRequested();
    });
    connect(m_next, &QAction::triggered, this, [this] {
        commitComment();
        emit nextRequested();
    });
    connect(m_submit, &QAction::triggered, this, &ReadingPanel::submit);
    connect(m_interpolate, &QAction::triggered, this, &ReadingPanel::interpolateSlices);
    connect(m_help, &QAction::triggered, this, &ReadingPanel::shortcutsRequested);
    // Keys 1-9 choose the study class of that position in the schema.
    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] { setStudyClass(i); });
        m_classActions.append(action);
    }
}

QList<QAction *> ReadingPanel::shortcutActions() const
{
    QList<QAction *> actions = m_toolActions;
    actions << m_classActions << m_undo << m_redo << m_previous << m_next << m_submit << m_help;
    return actions;
}

QAction *ReadingPanel::toolAction(AnnotationTool tool) const
{
    return m_toolActions.value(int(tool));
}

QList<QAbstractButton *> ReadingPanel::classButtons() const
{
    QList<QAbstractButton *> buttons;
    for (QPushButton *b : m_classButtons)
        buttons.append(b);
    return buttons;
}

int ReadingPanel::findingRowCount() const
{
    return m_findings->rowCount();
}

QString ReadingPanel::findingRowText(int row) const
{
    QStringList cells;
    for (int c = 0; c < m_findings->columnCount(); ++c)
        cells << (m_findings->item(row, c) ? m_findings->item(row, c)->text() : QString());
    return cells.join(QStringLiteral(" | "));
}

QString ReadingPanel::message() const
{
    return m_message->text();
}

bool ReadingPanel::isReadOnlyBannerShown() const
{
    return !m_banner->isHidden();
}

bool ReadingPanel::russian() const
{
    return resolveLanguage(AppSettings::language()) == QLatin1String("ru");
}

QString ReadingPanel::className(int index) const
{
    if (!m_document)
        return {};
    const core::LabelClass &c = m_document->schema().classes.at(index);
    return russian() && !c.nameRu.isEmpty() ? c.nameRu : c.name;
}

void ReadingPanel::setDocument(AnnotationDocument *document, AnnotationController *controller)
{
    if (m_document && m_document != document)
        commitComment();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_controller = controller;
    m_maskCounts = {};
    m_message->clear();
    m_openedAt.start();
    m_baseSeconds = document ? document->reading().secondsSpent : 0;
    if (document) {
        m_connections << connect(document, &AnnotationDocument::studyClassChanged, this, &ReadingPanel::refreshClass);
        for (auto signal : {&AnnotationDocument::findingAdded, &AnnotationDocument::findingChanged, &AnnotationDocument::findingRemoved})
            m_connections << connect(document, signal, this, [this] {
                refreshFindings();
                refreshAttributes();
            });
        m_connections << connect(document, &AnnotationDocument::maskChanged, this, &ReadingPanel::maskVoxelsChanged);
        m_connections << connect(document, &AnnotationDocument::readOnlyChanged, this, &ReadingPanel::refreshEnabled);
        m_connections << connect(document, &AnnotationDocument::commentChanged, this, [this] {
            if (!m_comment->hasFocus())
                m_comment->setPlainText(m_document->comment());
        });
        m_connections << connect(document, &AnnotationDocument::errorOccurred, this, [this](const QString &text) { showMessage(text, true); });
        QUndoStack *stack = document->undoStack();
        const auto updateUndo = [this] {
            if (!m_document)
                return;
            QUndoStack *s = m_document->undoStack();
            m_undo->setEnabled(s->canUndo() && !m_document->isReadOnly());
            m_redo->setEnabled(s->canRedo() && !m_document->isReadOnly());
            m_undo->setToolTip(s->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(s->undoText()) : tr("Nothing to undo (Ctrl+Z)"));
            m_redo->setToolTip(s->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z, Ctrl+Y)").arg(s->redoText())
                                            : tr("Nothing to redo (Ctrl+Shift+Z, Ctrl+Y)"));
        };
        m_connections << connect(stack, &QUndoStack::indexChanged, this, updateUndo);
        m_connections << connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
        m_connections << connect(document, &AnnotationDocument::readOnlyChanged, this, updateUndo);
        updateUndo();
    }
    if (controller) {
        m_connections << connect(controller, &AnnotationController::toolChanged, this, [this](AnnotationTool tool) {
            if (QAction *a = toolAction(tool))
                a->setChecked(true);
        });
        m_connections << connect(controller, &AnnotationController::maskSettingsChanged, this, &ReadingPanel::refreshMaskControls);
        m_connections << connect(controller, &AnnotationController::selectedFindingChanged, this, [this](std::optional<int> key) {
            const QSignalBlocker blocker(m_findings);
            m_updatingSelection = true;
            m_findings->clearSelection();
            for (int row = 0; row < m_findings->rowCount(); ++row) {
                if (key && m_findings->item(row, 0)->data(Qt::UserRole).toInt() == *key)
                    m_findings->selectRow(row);
            }
            m_updatingSelection = false;
            refreshAttributes();
        });
        m_connections << connect(controller, &AnnotationController::errorOccurred, this, [this](const QString &text) { showMessage(text, true); });
        m_connections << connect(controller, &AnnotationController::findingLabelChanged, this, [this](const QString &code) {
            const int index = m_findingLabel->findData(code);
            if (index >= 0)
                m_findingLabel->setCurrentIndex(index);
        });
    }
    rebuildSchemaControls();
    m_comment->setPlainText(document ? document->comment() : QString());
    refreshClass();
    refreshFindings();
    refreshAttributes();
    refreshMaskControls();
    refreshEnabled();
    refreshTime();
    if (document && !document->isReadOnly())
        m_clock->start();
    else
        m_clock->stop();
}

void ReadingPanel::setTitle(const QString &title, const QString &toolTip)
{
    m_title->setText(title);
    m_title->setToolTip(toolTip);
}

void ReadingPanel::setNeighbours(bool hasPrevious, bool hasNext)
{
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
}

void ReadingPanel::rebuildSchemaControls()
{
    qDeleteAll(m_classButtons);
    m_classButtons.clear();
    delete m_classBox->layout();
    auto *classLayout = new QVBoxLayout(m_classBox);
    classLayout->setSpacing(2);
    const core::LabelSchema *schema = m_document ? &m_document->schema() : nullptr;
    if (schema) {
        for (int i = 0; i < schema->classes.size(); ++i) {
            const core::LabelClass &c = schema->classes.at(i);
            auto *button = new QPushButton(m_classBox);
            button->setObjectName(QStringLiteral("class_%1").arg(c.code));
            button->setCheckable(true);
            button->setIcon(swatch(c.colour));
            button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; }"
                                                 "QPushButton:checked { font-weight: bold; background: #cfe0fb; "
                                                 "border: 2px solid #3b73d1; border-radius: 3px; }"));
            const QString key = i < 9 ? QString::number(i + 1) : QString();
            button->setText(key.isEmpty() ? className(i) : QStringLiteral("%1   %2").arg(key, className(i)));
            QString tip = key.isEmpty() ? QString() : tr("Key %1").arg(key);
            if (!c.icd10.isEmpty())
                tip += (tip.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("ICD-10 %1").arg(c.icd10);
            if (!c.description.isEmpty())
                tip += QStringLiteral("\n") + c.description;
            button->setToolTip(tip);
            connect(button, &QPushButton::clicked, this, [this, i] { setStudyClass(i); });
            classLayout->addWidget(button);
            m_classButtons.append(button);
        }
    }
    m_classBox->setVisible(schema && !schema->classes.isEmpty());
    for (int i = 0; i < m_classActions.size(); ++i)
        m_classActions.at(i)->setEnabled(schema && i < schema->classes.size());

    for (int t = 0; t < toolCount; ++t) {
        const bool allowed = schema && toolAllowed(*schema, static_cast<AnnotationTool>(t));
        m_toolActions.at(t)->setVisible(allowed);
        m_toolButtons.at(t)->setVisible(allowed);
    }
    if (m_controller)
        toolAction(m_controller->tool())->setChecked(true);
    else
        toolAction(AnnotationTool::Navigate)->setChecked(true);

    m_findingLabel->clear();
    if (schema) {
        for (const core::LabelClass &c : schema->findingLabels)
            m_findingLabel->addItem(swatch(c.colour), russian() && !c.nameRu.isEmpty() ? c.nameRu : c.name, c.code);
    }
    m_findingLabel->setVisible(m_findingLabel->count() > 0);
    m_labelCaption->setVisible(m_findingLabel->count() > 0);
    if (m_controller && m_findingLabel->count() > 0) {
        int index = m_findingLabel->findData(m_controller->findingLabel());
        if (index < 0) {
            index = 0;
            m_controller->setFindingLabel(m_findingLabel->itemData(0).toString());
        }
        m_findingLabel->setCurrentIndex(index);
    }
    const bool masks = schema && schema->allows(core::FindingKind::Mask);
    const bool drawing = schema && !schema->findingKinds.isEmpty();
    m_maskBox->setVisible(masks);
    m_toolBox->setVisible(schema != nullptr);
    m_findingsBox->setVisible(drawing);
}

void ReadingPanel::setStudyClass(int index)
{
    if (!m_document || index < 0 || index >= m_document->schema().classes.size())
        return;
    const QString code = m_document->schema().classes.at(index).code;
    if (m_document->studyClass() == code) {
        refreshClass();
        return;
    }
    const auto result = m_document->setStudyClass(code);
    if (!result)
        showMessage(result.error().message, true);
    else
        showMessage(tr("Class: %1").arg(className(index)));
    refreshClass();
}

void ReadingPanel::refreshClass()
{
    const std::optional<QString> current = m_document ? m_document->studyClass() : std::nullopt;
    for (int i = 0; i < m_classButtons.size(); ++i)
        m_classButtons.at(i)->setChecked(current && m_document->schema().classes.at(i).code == *current);
}

void ReadingPanel::refreshFindings()
{
    const std::optional<int> selected = m_controller ? m_controller->selectedFinding() : std::nullopt;
    m_updatingSelection = true;
    m_findings->setRowCount(0);
    if (!m_document) {
        m_updatingSelection = false;
        return;
    }
    const core::LabelSchema &schema = m_document->schema();
    const std::shared_ptr<const core::Volume> volume = m_controller ? m_controller->volume() : nullptr;
    core::Vec3 spacing{1.0, 1.0, 1.0};
    const bool mm = volume && volume->pixelSpacingKnown;
    if (volume)
        spacing = volume->geometry.spacing;
    const auto labelName = [&](const QString &code) {
        for (const core::LabelClass &c : schema.findingLabels)
            if (c.code == code)
                return russian() && !c.nameRu.isEmpty() ? c.nameRu : c.name;
        return code;
    };
    const QList<int> keys = m_document->findingKeys();
    m_findings->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const int key = keys.at(row);
        const core::Finding *f = m_document->finding(key);
        if (!f)
            continue;
        QString kind, slices, size, label = labelName(f->label);
        if (const auto *p = std::get_if<core::PointGeometry>(&f->geometry)) {
            kind = tr("Point");
            slices = QString::number(std::lround(p->index[2]) + 1);
            if (p->diameterMm)
                size = tr("⌀ %1 mm").arg(number(*p->diameterMm));
        } else if (const auto *b = std::get_if<core::BoxGeometry>(&f->geometry)) {
            kind = tr("Box");
            slices = b->k0 == b->k1 ? QString::number(b->k0 + 1) : QStringLiteral("%1–%2").arg(b->k0 + 1).arg(b->k1 + 1);
            const double w = (b->i1 - b->i0) * spacing[0], h = (b->j1 - b->j0) * spacing[1];
            size = mm ? tr("%1 × %2 mm").arg(number(w), number(h)) : tr("%1 × %2 px").arg(number(w, 0), number(h, 0));
            if (b->k1 > b->k0)
                size += QStringLiteral(" × ") + (mm ? tr("%1 mm").arg(number((b->k1 - b->k0 + 1) * spacing[2]))
                                                    : tr("%n slice(s)", nullptr, b->k1 - b->k0 + 1));
        } else if (const auto *c = std::get_if<core::ContourGeometry>(&f->geometry)) {
            kind = tr("Contour");
            const auto axes = c->planeAxes();
            double area = 0.0;
            for (const auto &[k, points] : c->slices) {
                double twice = 0.0;
                for (std::size_t n = 0; n < points.size(); ++n) {
                    const core::Point2 &a = points[n], &z = points[(n + 1) % points.size()];
                    twice += a[0] * z[1] - z[0] * a[1];
                }
                area += std::abs(twice) / 2.0;
            }
            if (!c->slices.empty()) {
                const int first = c->slices.begin()->first, last = c->slices.rbegin()->first;
                slices = first == last ? QString::number(first + 1) : QStringLiteral("%1–%2").arg(first + 1).arg(last + 1);
                if (c->axis != 2)
                    slices += c->axis == 1 ? tr(" (j)") : tr(" (i)");
            }
            const double scale = spacing[std::size_t(axes[0])] * spacing[std::size_t(axes[1])];
            size = mm ? tr("%1 mm²").arg(number(area * scale)) : tr("%1 px²").arg(number(area, 0));
        } else if (const auto *m = std::get_if<core::MaskGeometry>(&f->geometry)) {
            kind = tr("Mask");
            // The working mask, a stroke in progress included.
            const bool working = m_document->maskKey() == key && m_document->mask();
            const core::MaskGeometry &mask = working ? *m_document->mask() : *m;
            int first = -1, last = -1;
            const std::array<qint64, 256> counts = countMask(mask, working, first, last);
            qint64 count = 0;
            QMap<int, qint64> perLabel;
            for (int v = 1; v < 256; ++v) {
                if (counts[std::size_t(v)]) {
                    count += counts[std::size_t(v)];
                    perLabel[v] = counts[std::size_t(v)];
                }
            }
            if (first >= 0)
                slices = first == last ? QString::number(first + 1) : QStringLiteral("%1–%2").arg(first + 1).arg(last + 1);
            const double voxelMl = spacing[0] * spacing[1] * spacing[2] / 1000.0;
            size = tr("%n voxel(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
            if (mm)
                size += QStringLiteral(", ") + tr("%1 ml").arg(number(count * voxelMl, 2));
            QStringList parts;
            for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it) {
                const QString name = it.key() - 1 < schema.findingLabels.size()
                                         ? labelName(schema.findingLabels.at(it.key() - 1).code)
                                         : QString::number(it.key());
                parts << QStringLiteral("%1 %2").arg(name).arg(it.value());
            }
            label = parts.join(QStringLiteral(", "));
        }
        QStringList attributes;
        for (const core::FindingAttribute &a : schema.attributes) {
            const QString value = f->attributes.value(a.key).toString();
            if (!value.isEmpty())
                attributes << QStringLiteral("%1: %2").arg(russian() && !a.nameRu.isEmpty() ? a.nameRu : a.name, value);
            else if (a.required && f->kind() != core::FindingKind::Mask)
                attributes << tr("%1: missing").arg(russian() && !a.nameRu.isEmpty() ? a.nameRu : a.name);
        }
        auto *kindItem = new QTableWidgetItem(kind);
        kindItem->setData(Qt::UserRole, key);
        m_findings->setItem(row, 0, kindItem);
        m_findings->setItem(row, 1, new QTableWidgetItem(label));
        m_findings->setItem(row, 2, new QTableWidgetItem(slices));
        m_findings->setItem(row, 3, new QTableWidgetItem(size));
        m_findings->setItem(row, 4, new QTableWidgetItem(attributes.join(QStringLiteral("; "))));
        for (int column = 0; column < m_findings->columnCount(); ++column)
            m_findings->item(row, column)->setToolTip(m_findings->item(row, column)->text());
        if (selected && *selected == key)
            m_findings->selectRow(row);
    }
    // The panel is narrow: long labels (a mask's per-label counts) and sizes are elided
    // rather than pushing the other columns out of view; tooltips hold the full text.
    m_findings->resizeColumnsToContents();
    m_findings->setColumnWidth(1, std::min(m_findings->columnWidth(1), 120));
    m_findings->setColumnWidth(3, std::min(m_findings->columnWidth(3), 150));
    m_updatingSelection = false;
}

namespace {

/// Adds the labels of \a n voxels at \a p to \a histogram, skipping zero words quickly
/// (masks are mostly background); histogram[0] is not kept.
void addLabels(const std::uint8_t *p, qint64 n, std::array<qint64, 256> &histogram)
{
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, sizeof word);
        if (!word)
            continue;
        for (int b = 0; b < 8; ++b)
            ++histogram[p[i + b]];
    }
    for (; i < n; ++i)
        ++histogram[p[i]];
    histogram[0] = 0;
}

} // namespace

void ReadingPanel::maskVoxelsChanged(const std::array<int, 6> &bounds)
{
    MaskCounts &c = m_maskCounts;
    for (int k = std::max(0, bounds[2]); k <= bounds[5] && k < int(c.dirty.size()); ++k)
        c.dirty[std::size_t(k)] = true;
    m_findingsTimer->start();
}

std::array<qint64, 256> ReadingPanel::countMask(const core::MaskGeometry &mask, bool working, int &first, int &last)
{
    std::array<qint64, 256> total{};
    first = last = -1;
    const qint64 perSlice = qint64(mask.size[0]) * mask.size[1];
    const int slices = mask.size[2];
    if (perSlice <= 0 || slices <= 0 || qint64(mask.labels.size()) != perSlice * slices)
        return total;
    std::vector<std::array<qint64, 256>> scratch;
    std::vector<std::array<qint64, 256>> *perSliceCounts = &scratch;
    if (working) {
        // The working mask: recount only the slices changed since the last count.
        MaskCounts &c = m_maskCounts;
        if (c.document != m_document || c.data != mask.labels.data() || c.size != mask.size) {
            c.document = m_document;
            c.data = mask.labels.data();
            c.size = mask.size;
            c.perSlice.assign(std::size_t(slices), {});
            c.dirty.assign(std::size_t(slices), true);
        }
        for (int k = 0; k < slices; ++k) {
            if (!c.dirty[std::size_t(k)])
                continue;
            c.perSlice[std::size_t(k)] = {};
            addLabels(mask.labels.data() + perSlice * k, perSlice, c.perSlice[std::size_t(k)]);
            c.dirty[std::size_t(k)] = false;
        }
        perSliceCounts = &c.perSlice;
    } else {
        scratch.assign(std::size_t(slices), {});
        for (int k = 0; k < slices; ++k)
            addLabels(mask.labels.data() + perSlice * k, perSlice, scratch[std::size_t(k)]);
    }
    for (int k = 0; k < slices; ++k) {
        const auto &h = (*perSliceCounts)[std::size_t(k)];
        bool any = false;
        for (int v = 1; v < 256; ++v) {
            total[std::size_t(v)] += h[std::size_t(v)];
            any = any || h[std::size_t(v)] != 0;
        }
        if (any) {
            if (first < 0)
                first = k;
            last = k;
        }
    }
    return total;
}

void ReadingPanel::selectFindingRow(int row)
{
    if (!m_controller || row < 0 || row >= m_findings->rowCount() || !m_findings->item(row, 0))
        return;
    const int key = m_findings->item(row, 0)->data(Qt::UserRole).toInt();
    m_controller->setSelectedFinding(key);
    emit m_controller->showFindingRequested(key);
    refreshAttributes();
}

void ReadingPanel::refreshAttributes()
{
    while (m_attributesForm->rowCount() > 0)
        m_attributesForm->removeRow(0);
    const std::optional<int> key = m_controller ? m_controller->selectedFinding() : std::nullopt;
    const core::Finding *finding = (m_document && key) ? m_document->finding(*key) : nullptr;
    if (!finding || m_document->schema().attributes.isEmpty() || finding->kind() == core::FindingKind::Mask) {
        m_attributesBox->hide();
        return;
    }
    const bool editable = !m_document->isReadOnly();
    const int findingKey = *key;
    const auto store = [this, findingKey](const QString &attribute, const QString &value) {
        if (!m_document)
            return;
        const core::Finding *current = m_document->finding(findingKey);
        if (!current || current->attributes.value(attribute).toString() == value)
            return;
        core::Finding changed = *current;
        if (value.isEmpty())
            changed.attributes.remove(attribute);
        else
            changed.attributes.insert(attribute, value);
        const auto result = m_document->updateFinding(findingKey, changed, tr("Change %1").arg(attribute));
        if (!result)
            showMessage(result.error().message, true);
    };
    for (const core::FindingAttribute &a : m_document->schema().attributes) {
        const QString name = (russian() && !a.nameRu.isEmpty() ? a.nameRu : a.name) + (a.required ? QStringLiteral(" *") : QString());
        const QString value = finding->attributes.value(a.key).toString();
        if (!a.options.isEmpty()) {
            auto *combo = new QComboBox(m_attributesBox);
            combo->setObjectName(QStringLiteral("attribute_%1").arg(a.key));
            combo->addItem(QStringLiteral("—"), QString());
            for (const QString &option : a.options)
                combo->addItem(option, option);
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
            combo->setEnabled(editable);
            connect(combo, &QComboBox::activated, this, [store, combo, key = a.key](int index) {
                store(key, combo->itemData(index).toString());
            });
            m_attributesForm->addRow(name, combo);
        } else {
            auto *edit = new QLineEdit(value, m_attributesBox);
            edit->setObjectName(QStringLiteral("attribute_%1").arg(a.key));
            edit->setReadOnly(!editable);
            connect(edit, &QLineEdit::editingFinished, this, [store, edit, key = a.key] { store(key, edit->text().trimmed()); });
            m_attributesForm->addRow(name, edit);
        }
    }
    m_attributesBox->setTitle(tr("Attributes of the selected finding"));
    m_attributesBox->show();
}

void ReadingPanel::refreshEnabled()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    for (QPushButton *b : std::as_const(m_classButtons))
        b->setEnabled(editable);
    for (int i = 0; i < m_classActions.size(); ++i)
        m_classActions.at(i)->setEnabled(editable && i < m_classButtons.size());
    for (int t = 0; t < toolCount; ++t) {
        const auto tool = static_cast<AnnotationTool>(t);
        const bool viewing = tool == AnnotationTool::Navigate || tool == AnnotationTool::Select;
        m_toolActions.at(t)->setEnabled(open && (viewing || editable));
    }
    if (!editable && m_controller && m_controller->tool() != AnnotationTool::Navigate && m_controller->tool() != AnnotationTool::Select)
        m_controller->setTool(AnnotationTool::Navigate);
    m_findingLabel->setEnabled(editable);
    m_maskBox->setEnabled(editable);
    m_interpolate->setEnabled(editable);
    m_comment->setReadOnly(!editable);
    m_submit->setEnabled(editable);
    m_submitButton->setEnabled(editable);
    m_closeButton->setEnabled(open);
    m_help->setEnabled(true);
    if (m_document) {
        QUndoStack *s = m_document->undoStack();
        m_undo->setEnabled(editable && s->canUndo());
        m_redo->setEnabled(editable && s->canRedo());
    } else {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
    const QString reason = open ? m_document->readOnlyReason() : QString();
    m_banner->setText(open && m_document->isReadOnly()
                          ? (reason.isEmpty() ? tr("This reading is read-only.") : reason)
                          : QString());
    m_banner->setVisible(open && m_document->isReadOnly());
    if (!editable)
        m_clock->stop();
    refreshAttributes();
}

void ReadingPanel::refreshTime()
{
    if (!m_document) {
        m_time->clear();
        return;
    }
    const qint64 seconds = m_baseSeconds + (m_document->isReadOnly() ? 0 : m_openedAt.elapsed() / 1000);
    m_time->setText(tr("Time: %1:%2:%3")
                        .arg(seconds / 3600)
                        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                        .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_time->setToolTip(tr("Reading time of this study, the label's cost (counted while the reading is open)"));
}

void ReadingPanel::refreshMaskControls()
{
    if (!m_controller)
        return;
    const viewer::MaskToolSettings s = m_controller->maskSettings();
    m_updatingMask = true;
    m_brushSize->setValue(s.brushRadiusMm * 2.0);
    m_sphere->setChecked(s.brushSphere);
    m_eraseActiveOnly->setChecked(s.eraseActiveLabelOnly);
    m_threshold->setChecked(s.threshold.has_value());
    if (s.threshold) {
        m_thresholdLower->setValue(s.threshold->first);
        m_thresholdUpper->setValue(s.threshold->second);
    }
    m_thresholdLower->setEnabled(s.threshold.has_value());
    m_thresholdUpper->setEnabled(s.threshold.has_value());
    m_growMethod->setCurrentIndex(s.growConfidence ? 1 : 0);
    m_growLower->setValue(s.growLower);
    m_growUpper->setValue(s.growUpper);
    m_growMultiplier->setValue(s.growMultiplier);
    m_growLower->setEnabled(!s.growConfidence);
    m_growUpper->setEnabled(!s.growConfidence);
    m_growMultiplier->setEnabled(s.growConfidence);
    m_grow3d->setChecked(s.grow3d);
    m_opacity->setValue(int(std::lround(s.opacity * 100.0)));
    m_outline->setChecked(s.outline);
    if (s.label >= 1 && s.label <= m_findingLabel->count())
        m_findingLabel->setCurrentIndex(s.label - 1);
    m_updatingMask = false;
}

void ReadingPanel::applyMaskControls()
{
    if (m_updatingMask || !m_controller)
        return;
    viewer::MaskToolSettings s = m_controller->maskSettings();
    s.brushRadiusMm = m_brushSize->value() / 2.0;
    s.brushSphere = m_sphere->isChecked();
    s.eraseActiveLabelOnly = m_eraseActiveOnly->isChecked();
    if (m_threshold->isChecked())
        s.threshold = std::make_pair(std::min(m_thresholdLower->value(), m_thresholdUpper->value()),
                                     std::max(m_thresholdLower->value(), m_thresholdUpper->value()));
    else
        s.threshold.reset();
    s.growConfidence = m_growMethod->currentIndex() == 1;
    s.growLower = m_growLower->value();
    s.growUpper = m_growUpper->value();
    s.growMultiplier = m_growMultiplier->value();
    s.grow3d = m_grow3d->isChecked();
    s.opacity = m_opacity->value() / 100.0;
    s.outline = m_outline->isChecked();
    m_controller->setMaskSettings(s);
}

void ReadingPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setText(text);
}

void ReadingPanel::commitComment()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString text = m_comment->toPlainText();
    if (text == m_document->comment())
        return;
    const auto result = m_document->setComment(text);
    if (!result)
        showMessage(result.error().message, true);
}

bool ReadingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        commitComment();
    return QWidget::eventFilter(watched, event);
}

void ReadingPanel::submit()
{
    if (!m_document || m_document->isReadOnly())
        return;
    commitComment();
    const QStringList missing = m_document->missingAnswers();
    if (!missing.isEmpty()) {
        const QString text = tr("The reading cannot be submitted yet:\n• %1").arg(missing.join(QStringLiteral("\n• ")));
        showMessage(text, true);
        QMessageBox::warning(this, tr("Submit reading"), text);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Submit reading"),
        tr("Submit this reading? It is then locked: only a coordinator can reopen it."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto result = m_document->submit();
    if (!result) {
        showMessage(result.error().message, true);
        QMessageBox::warning(this, tr("Submit reading"), result.error().message);
        return;
    }
    showMessage(tr("Submitted."));
    refreshEnabled();
    emit submitted();
}

void ReadingPanel::interpolateSlices()
{
    if (!m_document || !m_controller || m_document->isReadOnly())
        return;
    const core::MaskGeometry *mask = m_document->mask();
    if (!mask) {
        showMessage(tr("Paint the mask on two slices first; the slices between them are then filled in."), true);
        return;
    }
    const int axis = m_activeAxis ? m_activeAxis() : 2;
    const std::uint8_t label = m_controller->maskSettings().label;
    // The slices' physical spacing keeps shapes round on anisotropic grids and on coronal
    // and sagittal planes (slice thickness is not the pixel spacing).
    core::Vec3 spacing{1.0, 1.0, 1.0};
    if (const auto volume = m_controller->volume())
        for (std::size_t a = 0; a < 3; ++a)
            spacing[a] = volume->geometry.spacing[a] > 0 ? volume->geometry.spacing[a] : 1.0;
    const auto labels = core::imaging::MaskTools::interpolateSlices(*mask, axis, label, spacing);
    if (!labels) {
        showMessage(labels.error().message, true);
        return;
    }
    const auto result = m_document->replaceMask(*labels, tr("Interpolate slices"));
    if (!result)
        showMessage(result.error().message, true);
    else
        showMessage(tr("Slices interpolated."));
}

QList<QPair<QString, QString>> ReadingPanel::shortcutList() const
{
    QList<QPair<QString, QString>> list;
    const auto keys = [](const QAction *a) {
        QStringList texts;
        for (const QKeySequence &k : a->shortcuts())
            texts << k.toString(QKeySequence::NativeText);
        return texts.join(QStringLiteral(", "));
    };
    for (int t = 0; t < toolCount; ++t) {
        if (!m_toolActions.at(t)->isVisible())
            continue;
        list.append({keys(m_toolActions.at(t)), tr("Tool: %1").arg(AnnotationController::toolName(static_cast<AnnotationTool>(t)))});
    }
    for (int i = 0; i < m_classButtons.size() && i < 9; ++i)
        list.append({QString::number(i + 1), tr("Study class: %1").arg(className(i))});
    list.append({QStringLiteral("[  ]"), tr("Brush smaller / larger")});
    list.append({tr("Ctrl + drag"), tr("Erase with the brush")});
    list.append({tr("Esc"), tr("Cancel the contour, box or stroke being drawn")});
    list.append({tr("Enter, double-click"), tr("Close the polygon being drawn")});
    list.append({tr("Delete"), tr("Remove the selected finding")});
    list.append({keys(m_undo), tr("Undo")});
    list.append({keys(m_redo), tr("Redo")});
    list.append({keys(m_previous), tr("Previous study of the worklist")});
    list.append({keys(m_next), tr("Next study of the worklist")});
    list.append({keys(m_submit), tr("Submit the reading (asks to confirm)")});
    list.append({keys(m_help), tr("This list")});
    list.append({tr("Right-drag"), tr("Window / level (mammography: all four views)")});
    list.append({tr("Wheel, Up / Down"), tr("Next / previous slice")});
    list.append({tr("PgUp / PgDn, Home / End"), tr("10 slices, first / last slice")});
    list.append({tr("Ctrl + wheel, + / −"), tr("Zoom about the cursor")});
    list.append({tr("Middle-drag, Shift + left-drag"), tr("Pan")});
    list.append({tr("R, F"), tr("Fit the image in the view")});
    list.append({tr("Window button"), tr("Window presets, above the images (keys 1–9 choose study classes here)")});
    return list;
}

void ReadingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_document) {
            rebuildSchemaControls();
            refreshClass();
            refreshFindings();
            refreshAttributes();
            refreshEnabled();
        }
    }
    QWidget::changeEvent(event);
}

void ReadingPanel::retranslateUi()
{
    for (int t = 0; t < toolCount; ++t) {
        const auto tool = static_cast<AnnotationTool>(t);
        QAction *a = m_toolActions.at(t);
        a->setText(AnnotationController::toolName(tool));
        a->setToolTip(tr("%1 (%2)").arg(AnnotationController::toolName(tool), AnnotationController::shortcut(tool)));
    }
    m_classBox->setTitle(tr("Study class"));
    m_toolBox->setTitle(tr("Tools"));
    m_labelCaption->setText(tr("Label:"));
    m_findingLabel->setToolTip(tr("Label of new points, boxes and contours, and the mask label the brush paints"));
    m_maskBox->setTitle(tr("Mask"));
    m_brushCaption->setText(tr("Brush:"));
    m_brushSize->setToolTip(tr("Brush diameter ([ smaller, ] larger)"));
    m_sphere->setText(tr("Sphere"));
    m_sphere->setToolTip(tr("Paint a ball through neighbouring slices instead of a disc on the slice"));
    m_eraseActiveOnly->setText(tr("Eraser removes only the active label"));
    m_threshold->setText(tr("Only in range"));
    m_threshold->setToolTip(tr("Paint only where the image value (HU for CT) lies between the two limits"));
    m_thresholdLower->setToolTip(tr("Lower limit"));
    m_thresholdUpper->setToolTip(tr("Upper limit"));
    m_growCaption->setText(tr("Region growing:"));
    m_growMethod->setItemText(0, tr("Connected threshold"));
    m_growMethod->setItemText(1, tr("Confidence connected"));
    m_growLower->setToolTip(tr("Lower limit of the grown region"));
    m_growUpper->setToolTip(tr("Upper limit of the grown region"));
    m_growMultiplier->setToolTip(tr("Confidence connected: how many standard deviations around the seed's mean"));
    m_grow3d->setText(tr("3D"));
    m_grow3d->setToolTip(tr("Grow through the volume instead of the slice"));
    m_opacityCaption->setText(tr("Opacity:"));
    m_outline->setText(tr("Outline"));
    m_interpolate->setText(tr("Interpolate slices"));
    m_interpolate->setToolTip(tr("Fill the slices between painted slices of the active label along the active view's axis"));
    m_findingsBox->setTitle(tr("Findings"));
    m_findings->setHorizontalHeaderLabels({tr("Kind"), tr("Label"), tr("Slice"), tr("Size"), tr("Attributes")});
    m_commentBox->setTitle(tr("Comment"));
    m_comment->setPlaceholderText(tr("Stored when you leave the field"));
    m_submitButton->setText(tr("Submit…"));
    m_submitButton->setToolTip(tr("Lock the reading as finished (Ctrl+Enter); asks to confirm"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_previous->setText(tr("◀ Previous"));
    m_previous->setToolTip(tr("Previous study of the worklist (Alt+Left)"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("Next study of the worklist (Alt+Right)"));
    m_help->setText(tr("Keys"));
    m_help->setToolTip(tr("Keyboard shortcuts (F1)"));
    m_closeButton->setText(tr("Worklist"));
    m_closeButton->setToolTip(tr("Back to the worklist; everything is already stored"));
    refreshTime();
}

} // namespace etalon::app
