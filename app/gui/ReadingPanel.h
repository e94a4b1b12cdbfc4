#pragma once

#include "core/model/Reading.h"
#include "viewer/AnnotationController.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QWidget>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QAbstractButton;
class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTableWidget;
class QTimer;
class QToolButton;

namespace etalon::core::annotation {
class AnnotationDocument;
}

namespace etalon::app {

/// The reading screen's side panel, driven by the dataset's label schema: study-level
/// class buttons (keys 1-9 in schema order), the finding label for new findings, the tools
/// the schema allows, mask tool settings, the findings list with attribute editing, the
/// comment, the reading time, undo/redo, previous/next study and Submit. Every edit goes
/// through the AnnotationDocument (stored at once, one undo step each); a submitted reading
/// shows a read-only banner and disables every editing control.
///
/// The panel's keyboard actions (shortcutActions()) are meant to be added to the reading
/// screen, so their keys work while a view has the focus.
class ReadingPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReadingPanel(QWidget *parent = nullptr);
    ~ReadingPanel() override;

    /// Shows \a document (not owned; nullptr clears, storing a pending comment first).
    /// The controller must live as long as the panel.
    void setDocument(core::annotation::AnnotationDocument *document, viewer::AnnotationController *controller);
    core::annotation::AnnotationDocument *document() const { return m_document; }

    /// Heading (rich text): dataset and study of the reading; \a toolTip the full study UID.
    void setTitle(const QString &title, const QString &toolTip = {});
    void setNeighbours(bool hasPrevious, bool hasNext);
    /// Index axis normal to the active view's plane (for slice interpolation).
    void setActiveAxisProvider(std::function<int()> provider) { m_activeAxis = std::move(provider); }

    /// Actions with keys (classes, tools, undo/redo, previous/next, submit, help).
    QList<QAction *> shortcutActions() const;
    /// Every key of the reading screen with what it does (translated), for the F1 help.
    QList<QPair<QString, QString>> shortcutList() const;

    QAction *toolAction(viewer::AnnotationTool tool) const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *submitAction() const { return m_submit; }
    QAction *interpolateAction() const { return m_interpolate; }
    QList<QAbstractButton *> classButtons() const;
    int findingRowCount() const;
    /// The text of the findings list's row (columns joined by " | "), for tests and logs.
    QString findingRowText(int row) const;
    /// The status line (last refusal or confirmation).
    QString message() const;
    bool isReadOnlyBannerShown() const;

public slots:
    /// Asks for confirmation and submits; refuses with the list of missing answers.
    void submit();
    /// MaskTools::interpolateSlices of the active label along the active view's axis, one undo step.
    void interpolateSlices();
    void showMessage(const QString &text, bool error = false);
    /// Stores the comment when it was edited (also done when the comment field loses focus).
    void commitComment();

signals:
    void previousRequested();
    void nextRequested();
    void closeRequested();
    void shortcutsRequested();
    void submitted();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void rebuildSchemaControls();
    void refreshClass();
    void refreshFindings();
    void refreshAttributes();
    void refreshEnabled();
    void refreshTime();
    void refreshMaskControls();
    void applyMaskControls();
    void setStudyClass(int index);
    void selectFindingRow(int row);
    bool russian() const;
    QString className(int index) const;

    core::annotation::AnnotationDocument *m_document = nullptr; ///< not owned; cleared before it goes
    viewer::AnnotationController *m_controller = nullptr;
    std::function<int()> m_activeAxis;
    QList<QMetaObject::Connection> m_connections;

    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_time = nullptr;
    QGroupBox *m_classBox = nullptr;
    QList<QPushButton *> m_classButtons;
    QList<QAction *> m_classActions;
    QGroupBox *m_toolBox = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QList<QAction *> m_toolActions; ///< indexed by AnnotationTool
    QList<QToolButton *> m_toolButtons;
    QLabel *m_labelCaption = nullptr;
    QComboBox *m_findingLabel = nullptr;
    QGroupBox *m_maskBox = nullptr;
    QLabel *m_brushCaption = nullptr;
    QDoubleSpinBox *m_brushSize = nullptr;
    QCheckBox *m_sphere = nullptr;
    QCheckBox *m_eraseActiveOnly = nullptr;
    QCheckBox *m_threshold = nullptr;
    QDoubleSpinBox *m_thresholdLower = nullptr;
    QDoubleSpinBox *m_thresholdUpper = nullptr;
    QLabel *m_growCaption = nullptr;
    QComboBox *m_growMethod = nullptr;
    QDoubleSpinBox *m_growLower = nullptr;
    QDoubleSpinBox *m_growUpper = nullptr;
    QDoubleSpinBox *m_growMultiplier = nullptr;
    QCheckBox *m_grow3d = nullptr;
    QLabel *m_opacityCaption = nullptr;
    QSlider *m_opacity = nullptr;
    QCheckBox *m_outline = nullptr;
    QToolButton *m_interpolateButton = nullptr;
    QGroupBox *m_findingsBox = nullptr;
    QTableWidget *m_findings = nullptr;
    QGroupBox *m_attributesBox = nullptr;
    QFormLayout *m_attributesForm = nullptr;
    QGroupBox *m_commentBox = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_submitButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QToolButton *m_helpButton = nullptr;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_interpolate = nullptr;
    QAction *m_help = nullptr;

    /// Label counts of the working mask per slice k, recounted only for the slices a
    /// maskChanged touched: the findings list does not rescan a 512x512x300 mask per stroke.
    struct MaskCounts {
        const core::annotation::AnnotationDocument *document = nullptr;
        const std::uint8_t *data = nullptr;
        std::array<int, 3> size{};
        std::vector<std::array<qint64, 256>> perSlice;
        std::vector<bool> dirty;
    };
    void maskVoxelsChanged(const std::array<int, 6> &bounds);
    /// Total label counts (index = label) and first/last slice k holding any label (-1: none).
    std::array<qint64, 256> countMask(const core::MaskGeometry &mask, bool working, int &first, int &last);
    MaskCounts m_maskCounts;

    QTimer *m_clock = nullptr;
    QTimer *m_findingsTimer = nullptr;
    QElapsedTimer m_openedAt;
    qint64 m_baseSeconds = 0;
    bool m_updatingMask = false;
    bool m_updatingSelection = false;
};

} // namespace etalon::app
