#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

namespace etalon::core {
struct Volume;
}
namespace etalon::core::annotation {
class AnnotationDocument;
}

namespace etalon::viewer {

/// The drawing tools of the reading screen. Each has a one-key shortcut (shortcut()),
/// which the reading screen binds (its tool actions) and shows in tooltips and the F1 help:
///
///   Key  Tool                 Key  Tool
///   N    Navigate             D    Freehand contour (draw)
///   S    Select and edit      M    Brush (mask)
///   P    Point                E    Eraser
///   B    Box                  I    Fill inside contour
///   C    Polygon contour      G    Region growing
///
/// Keys 1-9 are reserved for the study class buttons (schema order), so a SliceView with a
/// controller set does not apply window presets on them (the reading screen offers the
/// presets on its Window button). In a view, Esc cancels the draw in progress (or clears the
/// selection), Enter closes a polygon, Delete removes the selected finding (or the hovered
/// vertex), Backspace removes the last polygon vertex, and `[` `]` make the brush smaller or
/// larger; Ctrl held while brushing erases.
enum class AnnotationTool {
    Navigate,   ///< no drawing: left button moves the cross-hair, as without annotations
    Select,     ///< pick a finding; drag handles/vertices, move the whole finding
    Point,      ///< click: a point marker (nodule centre)
    Box,        ///< drag: a rectangle on the view's plane (a 3D box when drawn across views)
    Polygon,    ///< click vertices; double-click, Enter or a click on the first vertex closes
    Freehand,   ///< drag a closed contour
    Brush,      ///< paint the active mask label (Ctrl held: erase)
    Eraser,     ///< erase mask voxels (of the active label only when eraseActiveLabelOnly)
    Fill,       ///< click inside a contour: fill its inside on that slice into the mask
    RegionGrow, ///< click a seed: grow a region (threshold or confidence connected) into the mask
};

/// Settings of the mask tools.
struct MaskToolSettings {
    std::uint8_t label = 1;        ///< active mask label (1 = schema findingLabels[0])
    double brushRadiusMm = 5.0;    ///< `[` and `]` change it
    bool brushSphere = false;      ///< 3D ball instead of a disc in the view's plane
    /// Paint only where the modality value (HU for CT) lies in the range.
    std::optional<std::pair<double, double>> threshold;
    bool eraseActiveLabelOnly = false;
    double opacity = 0.45;         ///< of the mask overlay
    bool outline = false;          ///< draw mask outlines instead of filled areas
    /// Region growing: connected threshold in [growLower, growUpper] when
    /// !growConfidence, else ITK's confidence connected with the multiplier.
    bool growConfidence = false;
    double growLower = -100.0, growUpper = 200.0;
    double growMultiplier = 2.5;
    bool grow3d = false;           ///< grow through the volume instead of the slice
};

/// What every view of one reading shares: the document, the volume the findings are drawn
/// on, the active tool, the label for new findings, the mask tool settings and the selected
/// finding. The reading screen owns one; SliceView and MprView observe it and turn mouse
/// events into document edits (AnnotationDocument), so undo, autosave and read-only
/// behave the same in every view.
class AnnotationController : public QObject {
    Q_OBJECT
public:
    explicit AnnotationController(QObject *parent = nullptr);
    ~AnnotationController() override;

    /// The document (not owned; nullptr = nothing to draw) and the volume of its images.
    void setDocument(core::annotation::AnnotationDocument *document, std::shared_ptr<const core::Volume> volume);
    core::annotation::AnnotationDocument *document() const;
    std::shared_ptr<const core::Volume> volume() const;

    void setTool(AnnotationTool tool);
    AnnotationTool tool() const;
    /// Shortcut key text of a tool ("P", "B", ...) and its translated name.
    static QString shortcut(AnnotationTool tool);
    static QString toolName(AnnotationTool tool);

    /// Schema finding label code given to new points, boxes and contours.
    void setFindingLabel(const QString &code);
    QString findingLabel() const;

    void setMaskSettings(const MaskToolSettings &settings);
    MaskToolSettings maskSettings() const;

    /// The selected finding's key (AnnotationDocument key), or nothing.
    void setSelectedFinding(std::optional<int> key);
    std::optional<int> selectedFinding() const;

    /// Removes the selected finding (Delete key in a view). False when none is selected or
    /// the document refused (errorOccurred says why).
    bool removeSelected();

signals:
    void documentChanged();
    void toolChanged(etalon::viewer::AnnotationTool tool);
    void findingLabelChanged(const QString &code);
    void maskSettingsChanged();
    void selectedFindingChanged(std::optional<int> key);
    /// Asks views to show a finding (MprView moves its cross-hair to the finding's centre).
    void showFindingRequested(int key);
    /// A drawing action was refused (read-only reading, outside the image...), translated.
    void errorOccurred(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etalon::viewer
