// The drawing tools of issue 4 driven by real mouse events on the views: stored geometry in
// pixel and patient coordinates (fitted, zoomed and panned, each MPR plane), mask voxel
// counts after brush, eraser, fill and region growing against brute force, undo/redo of
// every edit kind, Esc, read-only documents, and the overlays in a screenshot.

#include "tests/core/ReadingFixture.h"

#include "core/annotation/AnnotationDocument.h"
#include "core/dicom/VolumeLoader.h"
#include "core/imaging/MaskTools.h"
#include "viewer/AnnotationController.h"
#include "viewer/MprView.h"
#include "viewer/SliceView.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <set>

using namespace readingtest;
using etalon::core::annotation::AnnotationDocument;
using etalon::viewer::AnnotationController;
using etalon::viewer::AnnotationTool;
using etalon::viewer::MprView;
using etalon::viewer::SliceOrientation;
using etalon::viewer::SliceView;

namespace {

/// An independent model of where a SliceView puts the image: the radiological convention
/// (screen right/down as patient directions), the slice fitted and centred, then the zooms
/// and pans the test applies. widget x = au * u + bu with u the display column.
struct ScreenModel {
    int axisU = 0, axisV = 1, axisN = 2;
    bool flipU = false, flipV = false;
    int w = 0, h = 0;
    double au = 1, bu = 0, av = 1, bv = 0;

    static ScreenModel fitted(const Volume &volume, SliceOrientation o, QSize widget)
    {
        const auto &g = volume.geometry;
        Vec3 right{1, 0, 0}, down{0, 1, 0};
        if (o == SliceOrientation::Coronal)
            down = {0, 0, -1};
        if (o == SliceOrientation::Sagittal) {
            right = {0, 1, 0};
            down = {0, 0, -1};
        }
        const auto dot = [](const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; };
        ScreenModel m;
        const auto strongest = [&](const Vec3 &dir, int skip) {
            int best = -1;
            for (int a = 0; a < 3; ++a)
                if (a != skip && (best < 0 || std::abs(dot(g.axes[a], dir)) > std::abs(dot(g.axes[best], dir))))
                    best = a;
            return best;
        };
        m.axisU = strongest(right, -1);
        m.axisV = strongest(down, m.axisU);
        m.axisN = 3 - m.axisU - m.axisV;
        m.flipU = dot(g.axes[m.axisU], right) < 0;
        m.flipV = dot(g.axes[m.axisV], down) < 0;
        m.w = g.size[m.axisU];
        m.h = g.size[m.axisV];
        const double su = g.spacing[m.axisU], sv = g.spacing[m.axisV];
        const double s = std::min(widget.width() / (m.w * su), widget.height() / (m.h * sv));
        m.au = s * su;
        m.av = s * sv;
        m.bu = widget.width() / 2.0 - (m.w - 1) / 2.0 * m.au;
        m.bv = widget.height() / 2.0 - (m.h - 1) / 2.0 * m.av;
        return m;
    }
    void zoom(double f, QPointF anchor)
    {
        au *= f;
        av *= f;
        bu = anchor.x() + (bu - anchor.x()) * f;
        bv = anchor.y() + (bv - anchor.y()) * f;
    }
    void pan(QPointF d)
    {
        bu += d.x();
        bv += d.y();
    }
    Vec3 indexAt(QPointF pos, int slice) const
    {
        const double u = (pos.x() - bu) / au, v = (pos.y() - bv) / av;
        Vec3 idx{};
        idx[axisU] = flipU ? w - 1 - u : u;
        idx[axisV] = flipV ? h - 1 - v : v;
        idx[axisN] = slice;
        return idx;
    }
    QPointF widgetOf(const Vec3 &idx) const
    {
        const double u = flipU ? w - 1 - idx[axisU] : idx[axisU];
        const double v = flipV ? h - 1 - idx[axisV] : idx[axisV];
        return QPointF(au * u + bu, av * v + bv);
    }
};

/// The pixel edge nearest to x (a dragged handle).
double nearestEdge(double x)
{
    return std::round(x - 0.5) + 0.5;
}

/// Edges of the pixels holding positions a <= b (a box dragged out from a to b).
std::pair<double, double> coveringEdges(double a, double b)
{
    return {std::floor(std::min(a, b) + 0.5) - 0.5, std::floor(std::max(a, b) + 0.5) + 0.5};
}

qint64 linear(const std::array<int, 3> &size, int i, int j, int k)
{
    return i + qint64(size[0]) * (j + qint64(size[1]) * k);
}

std::set<qint64> maskVoxels(const MaskGeometry &mask, int label = -1)
{
    std::set<qint64> out;
    for (std::size_t n = 0; n < mask.labels.size(); ++n)
        if (mask.labels[n] && (label < 0 || mask.labels[n] == label))
            out.insert(qint64(n));
    return out;
}

/// Voxel centres of slice k within r mm of the polyline (in-plane distance, mm).
std::set<qint64> brushBruteForce(const Volume &v, int k, const std::vector<Vec3> &path, double r)
{
    std::set<qint64> out;
    const auto &g = v.geometry;
    for (int j = 0; j < g.size[1]; ++j)
        for (int i = 0; i < g.size[0]; ++i) {
            bool inside = false;
            for (std::size_t s = 0; s < path.size() && !inside; ++s) {
                const Vec3 &a = path[s];
                const Vec3 &b = path[std::min(s + 1, path.size() - 1)];
                const double ax = a[0] * g.spacing[0], ay = a[1] * g.spacing[1];
                const double bx = b[0] * g.spacing[0], by = b[1] * g.spacing[1];
                const double px = i * g.spacing[0], py = j * g.spacing[1];
                const double dx = bx - ax, dy = by - ay;
                const double len2 = dx * dx + dy * dy;
                const double t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
                inside = std::hypot(px - ax - t * dx, py - ay - t * dy) <= r;
            }
            if (inside)
                out.insert(linear(g.size, i, j, k));
        }
    return out;
}

bool insidePolygon(double x, double y, const std::vector<Point2> &poly)
{
    bool inside = false;
    for (std::size_t a = 0, b = poly.size() - 1; a < poly.size(); b = a++) {
        if ((poly[a][1] > y) != (poly[b][1] > y)
            && x < (poly[b][0] - poly[a][0]) * (y - poly[a][1]) / (poly[b][1] - poly[a][1]) + poly[a][0])
            inside = !inside;
    }
    return inside;
}

QPoint pt(QPointF p)
{
    return p.toPoint();
}

/// Presses at the first point, moves through the others with the button held, releases at
/// the last: QTest's own events, so the view sees what a mouse gives it.
void drag(QWidget *w, const std::vector<QPoint> &points, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(w, Qt::LeftButton, modifiers, points.front());
    for (std::size_t i = 1; i < points.size(); ++i)
        QTest::mouseMove(w, points[i]);
    QTest::mouseRelease(w, Qt::LeftButton, modifiers, points.back());
}

} // namespace

class TestAnnotationTools : public QObject {
    Q_OBJECT

    Fixture m_fx;
    QString m_ctStudy, m_mrStudy;
    std::shared_ptr<const Volume> m_ct, m_mr;
    int m_datasets = 0;

    std::shared_ptr<const Volume> load(const QString &folder)
    {
        QDir dir(folder);
        QStringList files;
        for (const QString &name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
            files << dir.absoluteFilePath(name);
        Result<Volume> v = dicom::VolumeLoader::loadSeries(files);
        if (!v)
            return nullptr;
        return std::make_shared<const Volume>(std::move(v).value());
    }

    /// A started reading of r1 on the study, in a new dataset of the custom-chest-xray schema
    /// (points, boxes, contours and masks allowed).
    qint64 newReading(const QString &study, const QString &login = QStringLiteral("r1"))
    {
        const QString code = QStringLiteral("DS_TOOLS%1_CT_OGK").arg(++m_datasets);
        if (!m_fx.dataset(code, QStringLiteral("custom-chest-xray"), {study}))
            return 0;
        AssignOptions o;
        o.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
        if (!Readings::assign(*m_fx.ws, *m_fx.admin, code, o))
            return 0;
        const qint64 id = m_fx.readingOf(login, code, study);
        if (!Readings::start(*m_fx.ws, m_fx.user(login), id))
            return 0;
        return id;
    }

    std::unique_ptr<AnnotationDocument> open(qint64 id, const Session &session)
    {
        auto doc = AnnotationDocument::open(*m_fx.ws, session, id);
        if (!doc) {
            qWarning() << doc.error().message;
            return nullptr;
        }
        return std::move(*doc);
    }

    /// The findings as stored (re-read from the workspace, not from the document).
    std::vector<Finding> stored(qint64 id)
    {
        Result<Reading> r = Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), id);
        return r ? r->findings : std::vector<Finding>{};
    }

    template <typename G>
    std::vector<G> storedOf(qint64 id)
    {
        std::vector<G> out;
        for (const Finding &f : stored(id))
            if (const auto *g = std::get_if<G>(&f.geometry))
                out.push_back(*g);
        return out;
    }

    /// One window with an MprView showing \a volume one-up in \a o, drawing into \a doc.
    struct Screen {
        std::unique_ptr<MprView> mpr;
        AnnotationController controller;
        SliceView *view = nullptr;
    };
    std::unique_ptr<Screen> screen(AnnotationDocument *doc, std::shared_ptr<const Volume> volume, SliceOrientation o)
    {
        auto s = std::make_unique<Screen>();
        s->mpr = std::make_unique<MprView>();
        s->mpr->resize(640, 520);
        s->mpr->setLayout(MprView::Layout::OneUp);
        s->mpr->setActiveOrientation(o);
        s->mpr->show();
        if (!QTest::qWaitForWindowExposed(s->mpr.get()))
            return nullptr;
        s->mpr->setVolume(volume);
        s->controller.setDocument(doc, volume);
        s->mpr->setAnnotationController(&s->controller);
        s->view = s->mpr->view(o);
        s->view->setOverlaysVisible(false);
        QApplication::processEvents();
        return s;
    }

public:
    static void initMain() { etalon::viewer::VtkOpenGLWidget::setDefaultSurfaceFormat(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"), QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20")}),
                 qPrintable(m_fx.error));
        Result<QList<store::StudySummary>> studies = store::Catalog(*m_fx.ws).studies();
        QVERIFY(studies.ok());
        for (const store::StudySummary &s : *studies) {
            if (s.modalities.contains(QStringLiteral("CT")))
                m_ctStudy = s.studyInstanceUid;
            if (s.modalities.contains(QStringLiteral("MR")))
                m_mrStudy = s.studyInstanceUid;
        }
        QVERIFY(!m_ctStudy.isEmpty() && !m_mrStudy.isEmpty());
        m_ct = load(QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"));
        m_mr = load(QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20"));
        QVERIFY(m_ct && m_mr);
        QVERIFY(m_mr->supportsMpr());
    }

    void controllerNamesAndShortcuts()
    {
        QSet<QString> keys;
        for (int t = 0; t <= int(AnnotationTool::RegionGrow); ++t) {
            const QString key = AnnotationController::shortcut(AnnotationTool(t));
            QCOMPARE(key.size(), 1);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            // R and F fit the view, digits are the study classes.
            QVERIFY(key != QLatin1String("R") && key != QLatin1String("F") && !key.front().isDigit());
            QVERIFY(!AnnotationController::toolName(AnnotationTool(t)).isEmpty());
            keys.insert(key);
        }
    }

    /// A box dragged out with the mouse is stored with pixel-edge bounds where the mouse
    /// went, in every plane, fitted or zoomed and panned; patient corners match the view's
    /// own patientAt.
    void boxWherePressedAndReleased_data()
    {
        QTest::addColumn<bool>("mr");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<bool>("zoomPan");
        QTest::newRow("ct-axial") << false << 0 << false;
        QTest::newRow("ct-axial-zoomed-panned") << false << 0 << true;
        QTest::newRow("mr-axial") << true << 0 << false;
        QTest::newRow("mr-coronal") << true << 1 << false;
        QTest::newRow("mr-sagittal") << true << 2 << false;
        QTest::newRow("mr-sagittal-zoomed-panned") << true << 2 << true;
    }
    void boxWherePressedAndReleased()
    {
        QFETCH(bool, mr);
        QFETCH(int, orientation);
        QFETCH(bool, zoomPan);
        const auto o = SliceOrientation(orientation);
        const qint64 id = newReading(mr ? m_mrStudy : m_ctStudy);
        QVERIFY(id > 0);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        const auto volume = mr ? m_mr : m_ct;
        auto s = screen(doc.get(), volume, o);
        QVERIFY(s);
        SliceView *view = s->view;
        ScreenModel model = ScreenModel::fitted(*volume, o, view->size());
        if (zoomPan) {
            const QPointF anchor(view->width() * 0.4, view->height() * 0.55);
            view->zoomBy(1.6, anchor);
            model.zoom(1.6, anchor);
            view->panBy(QPointF(-37, 21));
            model.pan(QPointF(-37, 21));
        }
        QCOMPARE(view->normalAxis(), model.axisN);
        const int slice = view->sliceIndex();
        s->controller.setTool(AnnotationTool::Box);
        s->controller.setFindingLabel(QStringLiteral("EFFUSION"));

        // Two corners inside the image, off pixel edges (where the pixel under the mouse is a tie).
        QPoint pa = pt(QPointF(view->width() * 0.35, view->height() * 0.4));
        QPoint pb = pt(QPointF(view->width() * 0.6, view->height() * 0.62));
        // \a at = 0.5: away from pixel edges; 0: away from pixel centres (nearest-edge ties).
        const auto offTie = [&](QPoint &p, double at) {
            for (int n = 0; n < 8; ++n) {
                const Vec3 idx = model.indexAt(p, slice);
                const auto frac = [&](double x) { return std::abs(x - std::floor(x) - at); };
                if (frac(idx[model.axisU]) > 0.03 && frac(idx[model.axisU]) < 0.97 && frac(idx[model.axisV]) > 0.03
                    && frac(idx[model.axisV]) < 0.97)
                    return;
                p += QPoint(1, 1);
            }
        };
        offTie(pa, 0.5);
        offTie(pb, 0.5);
        drag(view, {pa, (pa + pb) / 2, pb});

        const auto boxes = storedOf<BoxGeometry>(id);
        QCOMPARE(int(boxes.size()), 1);
        const BoxGeometry &box = boxes.front();
        const Vec3 ia = model.indexAt(pa, slice), ib = model.indexAt(pb, slice);
        const auto range = [&](int axis) -> std::pair<double, double> {
            if (axis == 0)
                return {box.i0, box.i1};
            if (axis == 1)
                return {box.j0, box.j1};
            return {box.k0 - 0.5, box.k1 + 0.5};
        };
        for (int axis : {model.axisU, model.axisV}) {
            const double lo = std::min(ia[axis], ib[axis]), hi = std::max(ia[axis], ib[axis]);
            const auto [slo, shi] = range(axis);
            const auto [elo, ehi] = coveringEdges(lo, hi);
            QCOMPARE(slo, elo);
            QCOMPARE(shi, ehi);
            // The pixels under both ends are inside.
            QVERIFY(slo <= lo && lo - slo <= 1.0 && shi >= hi && shi - hi <= 1.0);
        }
        // Across the view: exactly the slice it was drawn on.
        const auto [nlo, nhi] = range(model.axisN);
        QCOMPARE(nlo, slice - 0.5);
        QCOMPARE(nhi, slice + 0.5);
        QCOMPARE(stored(id).front().label, QStringLiteral("EFFUSION"));

        // Patient space: the corner pixel centres are where the view itself says the mouse was
        // (within the half-pixel snap) and agree with the pixel position.
        const Vec3 cornerIndex = [&] {
            Vec3 c{};
            for (int axis = 0; axis < 3; ++axis) {
                const auto [lo, hi] = range(axis);
                c[axis] = (std::min(ia[axis], ib[axis]) == ia[axis] ? lo : hi) + (std::min(ia[axis], ib[axis]) == ia[axis] ? 0.5 : -0.5);
            }
            c[model.axisN] = slice;
            return c;
        }();
        const auto under = view->patientAt(pa);
        QVERIFY(under.has_value());
        const Vec3 corner = volume->geometry.indexToPatient(cornerIndex);
        const double pixelMm = std::max(volume->geometry.spacing[model.axisU], volume->geometry.spacing[model.axisV]);
        QVERIFY2(std::hypot(corner[0] - (*under)[0], corner[1] - (*under)[1], corner[2] - (*under)[2]) <= pixelMm * 1.5,
                 qPrintable(QStringLiteral("corner %1,%2,%3 vs mouse %4,%5,%6")
                                .arg(corner[0]).arg(corner[1]).arg(corner[2])
                                .arg((*under)[0]).arg((*under)[1]).arg((*under)[2])));

        // One undo step; undo removes it from the store, redo brings it back.
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(storedOf<BoxGeometry>(id).empty());
        doc->undoStack()->redo();
        QCOMPARE(storedOf<BoxGeometry>(id).size(), std::size_t(1));

        // The selected box's handle, dragged in this view, resizes it; Esc mid-drag changes nothing.
        // (Undo took the box away, and its selection with it.)
        s->controller.setSelectedFinding(doc->findingKeys().first());
        const BoxGeometry before = storedOf<BoxGeometry>(id).front();
        // The box's bottom-right corner on screen.
        QPointF farCorner(-1e9, -1e9);
        for (const double u : {range(model.axisU).first, range(model.axisU).second})
            for (const double v : {range(model.axisV).first, range(model.axisV).second}) {
                Vec3 c{};
                c[model.axisU] = u;
                c[model.axisV] = v;
                c[model.axisN] = slice;
                const QPointF w = model.widgetOf(c);
                if (w.x() + w.y() > farCorner.x() + farCorner.y())
                    farCorner = w;
            }
        QPoint target = pt(farCorner + QPointF(23, 17));
        offTie(target, 0.0);
        QTest::mousePress(view, Qt::LeftButton, {}, pt(farCorner));
        QTest::mouseMove(view, target);
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::mouseRelease(view, Qt::LeftButton, {}, target);
        QCOMPARE(doc->undoStack()->count(), 1);
        drag(view, {pt(farCorner), (pt(farCorner) + target) / 2, target});
        QCOMPARE(doc->undoStack()->count(), 2);
        const BoxGeometry after = storedOf<BoxGeometry>(id).front();
        const Vec3 it = model.indexAt(target, slice);
        const auto afterRange = [&](int axis) -> std::pair<double, double> {
            if (axis == 0)
                return {after.i0, after.i1};
            if (axis == 1)
                return {after.j0, after.j1};
            return {after.k0 - 0.5, after.k1 + 0.5};
        };
        for (int axis : {model.axisU, model.axisV}) {
            const bool flip = axis == model.axisU ? model.flipU : model.flipV;
            const double moved = flip ? afterRange(axis).first : afterRange(axis).second;
            QCOMPARE(moved, nearestEdge(it[axis]));
            const double kept = flip ? afterRange(axis).second : afterRange(axis).first;
            const auto [blo, bhi] = range(axis);
            QCOMPARE(kept, flip ? bhi : blo);
        }
        doc->undoStack()->undo();
        const BoxGeometry undone = storedOf<BoxGeometry>(id).front();
        QVERIFY(undone.i0 == before.i0 && undone.i1 == before.i1 && undone.j0 == before.j0 && undone.j1 == before.j1
                && undone.k0 == before.k0 && undone.k1 == before.k1);
    }

    /// Points: a click stores the index under the mouse; a drag from the centre gives the
    /// diameter; the Select tool moves it (one step); Delete removes it.
    void pointClickDragMoveDelete()
    {
        const qint64 id = newReading(m_ctStudy);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        auto s = screen(doc.get(), m_ct, SliceOrientation::Axial);
        QVERIFY(s);
        SliceView *view = s->view;
        const QPointF anchor(300, 200);
        view->zoomBy(2.5, anchor);
        view->panBy(QPointF(15, -12));
        ScreenModel model = ScreenModel::fitted(*m_ct, SliceOrientation::Axial, view->size());
        model.zoom(2.5, anchor);
        model.pan(QPointF(15, -12));
        const int slice = view->sliceIndex();
        s->controller.setTool(AnnotationTool::Point);

        const QPoint click(250, 230);
        QTest::mouseClick(view, Qt::LeftButton, {}, click);
        auto points = storedOf<PointGeometry>(id);
        QCOMPARE(int(points.size()), 1);
        const Vec3 expected = model.indexAt(click, slice);
        for (int a = 0; a < 3; ++a)
            QVERIFY2(std::abs(points[0].index[a] - expected[a]) < 1e-6, qPrintable(QString::number(points[0].index[a] - expected[a])));
        QVERIFY(!points[0].diameterMm);
        const Vec3 patient = m_ct->geometry.indexToPatient(points[0].index);
        const Vec3 viewSays = *view->patientAt(click);
        QVERIFY(std::hypot(patient[0] - viewSays[0], patient[1] - viewSays[1], patient[2] - viewSays[2]) < 1e-6);

        // Drag from the centre: diameter = twice the in-plane distance in mm.
        const QPoint centre(150, 150), edge(190, 180);
        drag(view, {centre, QPoint(170, 165), edge});
        points = storedOf<PointGeometry>(id);
        QCOMPARE(int(points.size()), 2);
        const Vec3 c = model.indexAt(centre, slice), e = model.indexAt(edge, slice);
        const double mm = std::hypot((e[0] - c[0]) * m_ct->geometry.spacing[0], (e[1] - c[1]) * m_ct->geometry.spacing[1]);
        const auto withDiameter = std::find_if(points.begin(), points.end(), [](const PointGeometry &p) { return p.diameterMm.has_value(); });
        QVERIFY(withDiameter != points.end());
        QVERIFY(std::abs(*withDiameter->diameterMm - 2 * mm) < 1e-6);

        // Select and move the first point by a drag (one undo step).
        s->controller.setTool(AnnotationTool::Select);
        const int steps = doc->undoStack()->count();
        drag(view, {click, click + QPoint(10, 5), click + QPoint(20, 10)});
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        points = storedOf<PointGeometry>(id);
        const Vec3 movedTo = model.indexAt(click + QPoint(20, 10), slice);
        const bool found = std::any_of(points.begin(), points.end(), [&](const PointGeometry &p) {
            return std::abs(p.index[0] - movedTo[0]) < 1e-6 && std::abs(p.index[1] - movedTo[1]) < 1e-6;
        });
        QVERIFY(found);
        doc->undoStack()->undo();
        points = storedOf<PointGeometry>(id);
        QVERIFY(std::any_of(points.begin(), points.end(),
                            [&](const PointGeometry &p) { return std::abs(p.index[0] - expected[0]) < 1e-6; }));
        doc->undoStack()->redo();

        // Delete removes the selected finding.
        QVERIFY(s->controller.selectedFinding().has_value());
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(int(storedOf<PointGeometry>(id).size()), 1);
        doc->undoStack()->undo();
        QCOMPARE(int(storedOf<PointGeometry>(id).size()), 2);
    }

    /// Regressions: a polygon started on one slice and continued after scrolling starts
    /// again on the new slice (its draft is not shown on other slices); undo while a finding
    /// is dragged drops the drag (the release stores nothing over the undo).
    void polygonAcrossSlicesAndUndoDuringDrag()
    {
        const qint64 id = newReading(m_ctStudy);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        auto s = screen(doc.get(), m_ct, SliceOrientation::Axial);
        QVERIFY(s);
        SliceView *view = s->view;
        view->setSliceIndex(0);
        s->controller.setTool(AnnotationTool::Polygon);
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(160, 100));
        view->setSliceIndex(1);
        QApplication::processEvents();
        const std::vector<QPoint> clicks{QPoint(200, 200), QPoint(260, 200), QPoint(230, 260)};
        for (const QPoint &c : clicks)
            QTest::mouseClick(view, Qt::LeftButton, {}, c);
        QTest::keyClick(view, Qt::Key_Return);
        const auto contours = storedOf<ContourGeometry>(id);
        QCOMPARE(int(contours.size()), 1);
        QCOMPARE(int(contours[0].slices.size()), 1);
        QCOMPARE(contours[0].slices.begin()->first, 1);
        QCOMPARE(int(contours[0].slices.begin()->second.size()), 3);

        // A point, then drag the contour and undo the point mid-drag: the release stores
        // nothing (the contour stays where it was) and the point can still be redone.
        s->controller.setTool(AnnotationTool::Point);
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(400, 400));
        QCOMPARE(storedOf<PointGeometry>(id).size(), std::size_t(1));
        s->controller.setTool(AnnotationTool::Select);
        QTest::mousePress(view, Qt::LeftButton, {}, QPoint(230, 220));
        QTest::mouseMove(view, QPoint(240, 230));
        QTest::mouseMove(view, QPoint(250, 240));
        doc->undoStack()->undo();
        QVERIFY(storedOf<PointGeometry>(id).empty());
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(250, 240));
        QVERIFY(doc->undoStack()->canRedo());
        const auto after = storedOf<ContourGeometry>(id);
        QCOMPARE(after.size(), std::size_t(1));
        QVERIFY(after[0].slices == contours[0].slices);
        doc->undoStack()->redo();
        QCOMPARE(storedOf<PointGeometry>(id).size(), std::size_t(1));
    }

    /// Polygon by clicks (closed by double-click, Enter, or a click on the first vertex),
    /// freehand by a drag; vertices stored where the mouse was on the view's plane; vertex
    /// drag, insert and delete with the Select tool; Esc and Backspace while drawing.
    void contoursByClicksAndDrag_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::newRow("axial") << 0;
        QTest::newRow("coronal") << 1;
        QTest::newRow("sagittal") << 2;
    }
    void contoursByClicksAndDrag()
    {
        QFETCH(int, orientation);
        const auto o = SliceOrientation(orientation);
        const qint64 id = newReading(m_mrStudy);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        auto s = screen(doc.get(), m_mr, o);
        QVERIFY(s);
        SliceView *view = s->view;
        const ScreenModel model = ScreenModel::fitted(*m_mr, o, view->size());
        const int slice = view->sliceIndex();
        const QPointF c(view->width() / 2.0, view->height() / 2.0);
        s->controller.setTool(AnnotationTool::Polygon);

        // Esc drops a polygon in progress; Backspace drops the last vertex.
        QTest::mouseClick(view, Qt::LeftButton, {}, pt(c + QPointF(-40, -30)));
        QTest::mouseClick(view, Qt::LeftButton, {}, pt(c + QPointF(40, -30)));
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::mouseClick(view, Qt::LeftButton, {}, pt(c + QPointF(0, 30)));
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(stored(id).empty());

        const std::vector<QPoint> clicks{pt(c + QPointF(-50, -35)), pt(c + QPointF(45, -40)), pt(c + QPointF(55, 30)),
                                         pt(c + QPointF(-20, 45))};
        for (const QPoint &p : clicks)
            QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QTest::mouseClick(view, Qt::LeftButton, {}, pt(c + QPointF(-60, 10))); // taken back
        QTest::keyClick(view, Qt::Key_Backspace);
        QTest::mouseDClick(view, Qt::LeftButton, {}, pt(c + QPointF(-45, 20)));
        auto contours = storedOf<ContourGeometry>(id);
        QCOMPARE(int(contours.size()), 1);
        QCOMPARE(contours[0].axis, model.axisN);
        QCOMPARE(int(contours[0].slices.size()), 1);
        QCOMPARE(contours[0].slices.begin()->first, slice);
        std::vector<QPoint> expectedClicks = clicks;
        expectedClicks.push_back(pt(c + QPointF(-45, 20)));
        const auto &poly = contours[0].slices.begin()->second;
        QCOMPARE(poly.size(), expectedClicks.size());
        for (std::size_t n = 0; n < poly.size(); ++n) {
            const Vec3 idx = contours[0].toIndex(slice, poly[n]);
            const Vec3 want = model.indexAt(expectedClicks[n], slice);
            for (int a = 0; a < 3; ++a)
                QVERIFY2(std::abs(idx[a] - want[a]) < 1e-6, qPrintable(QStringLiteral("vertex %1 axis %2: %3 vs %4").arg(n).arg(a).arg(idx[a]).arg(want[a])));
            // And in patient space where the view says the mouse was.
            const Vec3 p = m_mr->geometry.indexToPatient(idx);
            const Vec3 q = *view->patientAt(expectedClicks[n]);
            QVERIFY(std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < 1e-6);
        }

        // Enter closes, and so does a click on the first vertex.
        s->controller.setSelectedFinding(std::nullopt);
        const std::vector<QPoint> second{pt(c + QPointF(-100, -70)), pt(c + QPointF(-80, -70)), pt(c + QPointF(-90, -50))};
        for (const QPoint &p : second)
            QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QTest::keyClick(view, Qt::Key_Return);
        s->controller.setSelectedFinding(std::nullopt);
        const std::vector<QPoint> third{pt(c + QPointF(80, 60)), pt(c + QPointF(100, 60)), pt(c + QPointF(90, 80))};
        for (const QPoint &p : third)
            QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QTest::mouseClick(view, Qt::LeftButton, {}, third.front() + QPoint(2, 1));
        contours = storedOf<ContourGeometry>(id);
        QCOMPARE(int(contours.size()), 3);
        for (const auto &cg : contours)
            QVERIFY(cg.slices.begin()->second.size() >= 3);

        // Freehand: a drag around a circle; every stored vertex is a mouse position, and
        // positions closer than half a pixel are dropped.
        s->controller.setTool(AnnotationTool::Freehand);
        s->controller.setSelectedFinding(std::nullopt);
        std::vector<QPoint> circle;
        for (int n = 0; n <= 90; ++n)
            circle.push_back(pt(c + QPointF(30 * std::cos(n * 2 * M_PI / 90), 30 * std::sin(n * 2 * M_PI / 90)) + QPointF(0, -5)));
        circle.push_back(circle.back()); // a repeated position adds nothing
        drag(view, circle);
        contours = storedOf<ContourGeometry>(id);
        QCOMPARE(int(contours.size()), 4);
        const auto freehand = std::max_element(contours.begin(), contours.end(), [](const ContourGeometry &a, const ContourGeometry &b) {
            return a.slices.begin()->second.size() < b.slices.begin()->second.size();
        });
        const auto &fp = freehand->slices.begin()->second;
        QVERIFY2(fp.size() >= 20 && fp.size() <= circle.size(), qPrintable(QString::number(fp.size())));
        for (std::size_t n = 1; n < fp.size(); ++n)
            QVERIFY(std::hypot(fp[n][0] - fp[n - 1][0], fp[n][1] - fp[n - 1][1]) >= 0.5);
        for (const Point2 &v : fp) {
            const Vec3 idx = freehand->toIndex(slice, v);
            const bool fromMouse = std::any_of(circle.begin(), circle.end(), [&](const QPoint &p) {
                const Vec3 m = model.indexAt(p, slice);
                return std::abs(m[0] - idx[0]) < 1e-6 && std::abs(m[1] - idx[1]) < 1e-6 && std::abs(m[2] - idx[2]) < 1e-6;
            });
            QVERIFY(fromMouse);
        }

        // Select: drag the first polygon's vertex 0, insert a vertex by a double-click on an
        // edge, delete a hovered vertex; each one undo step.
        s->controller.setTool(AnnotationTool::Select);
        const int firstKey = doc->findingKeys().first();
        QTest::mouseClick(view, Qt::LeftButton, {}, pt(c + QPointF(-35, -20))); // inside the first polygon, not the circle
        QCOMPARE(s->controller.selectedFinding(), std::optional<int>(firstKey));
        const int steps = doc->undoStack()->count();
        const QPoint moveTo = clicks[0] + QPoint(-12, -9);
        drag(view, {clicks[0], clicks[0] + QPoint(-6, -4), moveTo});
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        auto polygonOf = [&](int key) {
            const auto *g = std::get_if<ContourGeometry>(&doc->finding(key)->geometry);
            return g->slices.at(slice);
        };
        const Vec3 moved = model.indexAt(moveTo, slice);
        const ContourGeometry axisOnly{model.axisN, {}};
        const Vec3 v0 = axisOnly.toIndex(slice, polygonOf(firstKey)[0]);
        QVERIFY(std::abs(v0[0] - moved[0]) < 1e-6 && std::abs(v0[1] - moved[1]) < 1e-6 && std::abs(v0[2] - moved[2]) < 1e-6);
        // The store holds what the document holds.
        bool same = false;
        for (const auto &cg : storedOf<ContourGeometry>(id))
            same = same || cg.slices.begin()->second == polygonOf(firstKey);
        QVERIFY(same);

        const QPoint edgeMiddle = (clicks[1] + clicks[2]) / 2;
        QTest::mouseDClick(view, Qt::LeftButton, {}, edgeMiddle);
        QCOMPARE(doc->undoStack()->count(), steps + 2);
        QCOMPARE(polygonOf(firstKey).size(), std::size_t(6));
        QTest::mouseMove(view, edgeMiddle);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(doc->undoStack()->count(), steps + 3);
        QCOMPARE(polygonOf(firstKey).size(), std::size_t(5));
        doc->undoStack()->undo();
        QCOMPARE(polygonOf(firstKey).size(), std::size_t(6));
        doc->undoStack()->undo();
        QCOMPARE(polygonOf(firstKey).size(), std::size_t(5));
        doc->undoStack()->undo();
        const Vec3 back = axisOnly.toIndex(slice, polygonOf(firstKey)[0]);
        const Vec3 original = model.indexAt(clicks[0], slice);
        QVERIFY(std::abs(back[0] - original[0]) < 1e-6 && std::abs(back[1] - original[1]) < 1e-6);
    }

    /// Brush and eraser strokes: the mask holds exactly the voxels within the brush radius of
    /// the mouse path (brute force), one undo step per stroke; Ctrl erases; `[` `]` resize;
    /// a threshold limits painting; Esc reverts a stroke in progress.
    void brushEraserThreshold()
    {
        const qint64 id = newReading(m_ctStudy);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        auto s = screen(doc.get(), m_ct, SliceOrientation::Axial);
        QVERIFY(s);
        SliceView *view = s->view;
        const QPointF anchor(320, 260);
        view->zoomBy(1.5, anchor);
        ScreenModel model = ScreenModel::fitted(*m_ct, SliceOrientation::Axial, view->size());
        model.zoom(1.5, anchor);
        const int slice = view->sliceIndex();
        s->controller.setTool(AnnotationTool::Brush);
        etalon::viewer::MaskToolSettings settings = s->controller.maskSettings();
        settings.brushRadiusMm = 5.0;
        settings.label = 2;
        s->controller.setMaskSettings(settings);
        QTest::keyClick(view, Qt::Key_BracketRight);
        QVERIFY(s->controller.maskSettings().brushRadiusMm > 5.0);
        QTest::keyClick(view, Qt::Key_BracketLeft);
        QCOMPARE(s->controller.maskSettings().brushRadiusMm, 5.0);
        // Keys 1-9 are the reading screen's: no window preset while annotating.
        const auto window = view->window();
        QTest::keyClick(view, Qt::Key_2);
        QCOMPARE(view->window().center, window.center);

        const std::vector<QPoint> path{QPoint(200, 200), QPoint(230, 210), QPoint(260, 240), QPoint(300, 245)};
        drag(view, path);
        std::vector<Vec3> indexPath;
        for (const QPoint &p : path)
            indexPath.push_back(model.indexAt(p, slice));
        const std::set<qint64> expected = brushBruteForce(*m_ct, slice, indexPath, 5.0);
        QVERIFY(doc->mask());
        QCOMPARE(maskVoxels(*doc->mask(), 2), expected);
        QCOMPARE(doc->undoStack()->count(), 1);
        // Stored: re-read the mask from the workspace.
        auto masks = storedOf<MaskGeometry>(id);
        QCOMPARE(int(masks.size()), 1);
        QCOMPARE(maskVoxels(masks[0], 2), expected);

        // Ctrl erases along a second path.
        const std::vector<QPoint> erasePath{QPoint(230, 190), QPoint(235, 260)};
        drag(view, erasePath, Qt::ControlModifier);
        std::vector<Vec3> eraseIndex;
        for (const QPoint &p : erasePath)
            eraseIndex.push_back(model.indexAt(p, slice));
        std::set<qint64> afterErase;
        const std::set<qint64> erased = brushBruteForce(*m_ct, slice, eraseIndex, 5.0);
        std::set_difference(expected.begin(), expected.end(), erased.begin(), erased.end(), std::inserter(afterErase, afterErase.end()));
        QCOMPARE(maskVoxels(*doc->mask()), afterErase);
        QCOMPARE(maskVoxels(storedOf<MaskGeometry>(id)[0]), afterErase);
        QCOMPARE(doc->undoStack()->count(), 2);

        // The Eraser tool does the same; Esc in the middle of its stroke reverts it.
        s->controller.setTool(AnnotationTool::Eraser);
        QTest::mousePress(view, Qt::LeftButton, {}, QPoint(200, 200));
        QTest::mouseMove(view, QPoint(260, 240));
        QVERIFY(maskVoxels(*doc->mask()).size() < afterErase.size());
        QTest::keyClick(view, Qt::Key_Escape);
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(260, 240));
        QCOMPARE(maskVoxels(*doc->mask()), afterErase);
        QCOMPARE(doc->undoStack()->count(), 2);

        // Undo/redo of both strokes.
        doc->undoStack()->undo();
        QCOMPARE(maskVoxels(storedOf<MaskGeometry>(id)[0], 2), expected);
        doc->undoStack()->undo();
        const auto emptied = storedOf<MaskGeometry>(id);
        QVERIFY(emptied.empty() || maskVoxels(emptied[0]).empty());
        doc->undoStack()->redo();
        doc->undoStack()->redo();
        QCOMPARE(maskVoxels(storedOf<MaskGeometry>(id)[0]), afterErase);

        // Threshold-limited painting: only voxels whose HU lies in the range.
        s->controller.setTool(AnnotationTool::Brush);
        settings = s->controller.maskSettings();
        settings.label = 1;
        settings.threshold = std::make_pair(-200.0, 100.0);
        s->controller.setMaskSettings(settings);
        const std::vector<QPoint> thresholdPath{QPoint(330, 300), QPoint(380, 320)};
        drag(view, thresholdPath);
        std::vector<Vec3> thresholdIndex;
        for (const QPoint &p : thresholdPath)
            thresholdIndex.push_back(model.indexAt(p, slice));
        std::set<qint64> inRange;
        for (qint64 v : brushBruteForce(*m_ct, slice, thresholdIndex, 5.0)) {
            const int i = int(v % 512), j = int((v / 512) % 512);
            const double hu = m_ct->modalityValue(i, j, slice);
            if (hu >= -200.0 && hu <= 100.0)
                inRange.insert(v);
        }
        QVERIFY(!inRange.empty());
        QCOMPARE(maskVoxels(*doc->mask(), 1), inRange);
    }

    /// Fill inside a contour and region growing: the painted voxels are the polygon's
    /// inside (brute force even-odd) and the 4-connected in-range region (flood fill).
    void fillAndRegionGrow()
    {
        const qint64 id = newReading(m_ctStudy);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        auto s = screen(doc.get(), m_ct, SliceOrientation::Axial);
        QVERIFY(s);
        SliceView *view = s->view;
        const ScreenModel model = ScreenModel::fitted(*m_ct, SliceOrientation::Axial, view->size());
        const int slice = view->sliceIndex();
        s->controller.setTool(AnnotationTool::Polygon);
        for (const QPoint &p : {QPoint(260, 200), QPoint(340, 190), QPoint(360, 280), QPoint(280, 300)})
            QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QTest::keyClick(view, Qt::Key_Enter);
        const auto contours = storedOf<ContourGeometry>(id);
        QCOMPARE(int(contours.size()), 1);
        const auto &poly = contours[0].slices.at(slice);

        s->controller.setTool(AnnotationTool::Fill);
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(100, 100)); // outside: refused with a message
        QVERIFY(!doc->mask() || maskVoxels(*doc->mask()).empty());
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(310, 245));
        std::set<qint64> inside;
        for (int j = 0; j < 512; ++j)
            for (int i = 0; i < 512; ++i)
                if (insidePolygon(i, j, poly))
                    inside.insert(linear(m_ct->geometry.size, i, j, slice));
        QVERIFY(inside.size() > 1000);
        QVERIFY(doc->mask());
        QCOMPARE(maskVoxels(*doc->mask()), inside);
        QCOMPARE(maskVoxels(storedOf<MaskGeometry>(id)[0]), inside);
        const int steps = doc->undoStack()->count();

        // Region growing from a seed in soft tissue: the 4-connected region in range.
        s->controller.setTool(AnnotationTool::RegionGrow);
        etalon::viewer::MaskToolSettings settings = s->controller.maskSettings();
        settings.label = 3;
        settings.growLower = -150;
        settings.growUpper = 150;
        s->controller.setMaskSettings(settings);
        // A seed inside the body with a value in range (searched from the centre).
        QPoint seedPos;
        for (int r = 0; r < 200 && seedPos.isNull(); r += 3) {
            const QPoint p(320 + r, 330);
            const Vec3 idx = model.indexAt(p, slice);
            const double hu = m_ct->modalityValue(int(std::lround(idx[0])), int(std::lround(idx[1])), slice);
            if (hu > -50 && hu < 80)
                seedPos = p;
        }
        QVERIFY(!seedPos.isNull());
        QTest::mouseClick(view, Qt::LeftButton, {}, seedPos);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Vec3 seedIdx = model.indexAt(seedPos, slice);
        std::set<qint64> region;
        std::vector<std::pair<int, int>> stack{{int(std::lround(seedIdx[0])), int(std::lround(seedIdx[1]))}};
        std::vector<char> seen(512 * 512, 0);
        while (!stack.empty()) {
            const auto [i, j] = stack.back();
            stack.pop_back();
            if (i < 0 || j < 0 || i >= 512 || j >= 512 || seen[std::size_t(j * 512 + i)])
                continue;
            seen[std::size_t(j * 512 + i)] = 1;
            const double hu = m_ct->modalityValue(i, j, slice);
            if (hu < -150 || hu > 150)
                continue;
            region.insert(linear(m_ct->geometry.size, i, j, slice));
            stack.push_back({i + 1, j});
            stack.push_back({i - 1, j});
            stack.push_back({i, j + 1});
            stack.push_back({i, j - 1});
        }
        QVERIFY(region.size() > 100);
        QCOMPARE(maskVoxels(*doc->mask(), 3), region);
        doc->undoStack()->undo();
        QVERIFY(maskVoxels(*doc->mask(), 3).empty());
        QCOMPARE(maskVoxels(storedOf<MaskGeometry>(id)[0]), inside);
        doc->undoStack()->redo();
        QCOMPARE(maskVoxels(storedOf<MaskGeometry>(id)[0], 3), region);
    }

    /// Another reader's reading opens read-only: every drawing tool refuses with a message
    /// and nothing is stored; Navigate still moves the cross-hair.
    void readOnlyRefuses()
    {
        const qint64 id = newReading(m_ctStudy);
        auto own = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(own);
        own.reset();
        auto doc = open(id, *m_fx.admin);
        QVERIFY(doc);
        QVERIFY(doc->isReadOnly());
        auto s = screen(doc.get(), m_ct, SliceOrientation::Axial);
        QVERIFY(s);
        SliceView *view = s->view;
        QSignalSpy errors(&s->controller, &AnnotationController::errorOccurred);
        for (AnnotationTool tool : {AnnotationTool::Point, AnnotationTool::Box, AnnotationTool::Polygon, AnnotationTool::Freehand,
                                    AnnotationTool::Brush, AnnotationTool::Eraser, AnnotationTool::Fill, AnnotationTool::RegionGrow}) {
            s->controller.setTool(tool);
            const int before = errors.count();
            drag(view, {QPoint(200, 200), QPoint(240, 230), QPoint(260, 260)});
            QVERIFY2(errors.count() > before, qPrintable(AnnotationController::toolName(tool)));
            QVERIFY(!errors.last().first().toString().isEmpty());
        }
        QVERIFY(stored(id).empty());
        QCOMPARE(doc->undoStack()->count(), 0);
        s->controller.setTool(AnnotationTool::Navigate);
        const auto before = view->crosshair();
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(150, 170));
        QVERIFY(view->crosshair() != before);
    }

    /// The overlays: a box, a contour and a mask in the label colours of the schema, seen
    /// in a grab of the window; a finding shown from the controller moves the cross-hair.
    void overlaysInScreenshotAndShowFinding()
    {
        const qint64 id = newReading(m_mrStudy);
        auto doc = open(id, m_fx.user(QStringLiteral("r1")));
        QVERIFY(doc);
        auto s = screen(doc.get(), m_mr, SliceOrientation::Axial);
        QVERIFY(s);
        s->mpr->setLayout(MprView::Layout::ThreeUp);
        QApplication::processEvents();
        SliceView *view = s->view;
        s->controller.setTool(AnnotationTool::Box);
        s->controller.setFindingLabel(QStringLiteral("PNEUMOTHORAX"));
        const QPoint a(view->width() / 4, view->height() / 4), b(view->width() / 2, view->height() / 2);
        drag(view, {a, (a + b) / 2, b});
        const int boxKey = doc->findingKeys().last();
        // The new box is shown: the other views go through its centre, so they show it too.
        const auto box = std::get<BoxGeometry>(doc->finding(boxKey)->geometry);
        const Vec3 centre{(box.i0 + box.i1) / 2, (box.j0 + box.j1) / 2, double(box.k0)};
        const Vec3 hair = m_mr->geometry.patientToIndex(*view->crosshair());
        QVERIFY(std::abs(hair[0] - centre[0]) < 1e-6 && std::abs(hair[1] - centre[1]) < 1e-6);
        SliceView *coronal = s->mpr->view(SliceOrientation::Coronal);
        QCOMPARE(coronal->sliceIndex(), int(std::lround(centre[1])));
        // Extend the box through slices by its handle in the coronal view: k changes.
        const auto extent = coronal->widgetPositionOfIndex({box.i1, centre[1], box.k1 + 0.5});
        const int steps = doc->undoStack()->count();
        const QPoint from = pt(extent), to = pt(extent - QPointF(0, 25));
        drag(coronal, {from, (from + to) / 2, to});
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const auto tall = std::get<BoxGeometry>(doc->finding(boxKey)->geometry);
        QVERIFY2(tall.k1 > box.k1 || tall.k0 < box.k0, qPrintable(QStringLiteral("k %1..%2").arg(tall.k0).arg(tall.k1)));
        QCOMPARE(tall.i0, box.i0);
        const auto storedBox = storedOf<BoxGeometry>(id).front();
        QCOMPARE(storedBox.k0, tall.k0);
        QCOMPARE(storedBox.k1, tall.k1);

        // A contour (EFFUSION) and a filled mask (opacity 1: exact colours).
        s->controller.setSelectedFinding(std::nullopt);
        s->controller.setFindingLabel(QStringLiteral("EFFUSION"));
        s->controller.setTool(AnnotationTool::Polygon);
        const QPoint c(view->width() * 3 / 4, view->height() * 3 / 5);
        for (const QPoint &p : {c + QPoint(-30, -30), c + QPoint(30, -30), c + QPoint(30, 30), c + QPoint(-30, 30)})
            QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QTest::keyClick(view, Qt::Key_Return);
        s->controller.setTool(AnnotationTool::Fill);
        etalon::viewer::MaskToolSettings settings = s->controller.maskSettings();
        settings.label = 4; // INFILTRATE
        settings.opacity = 1.0;
        s->controller.setMaskSettings(settings);
        QTest::mouseClick(view, Qt::LeftButton, {}, c);
        s->controller.setSelectedFinding(std::nullopt);
        s->controller.setTool(AnnotationTool::Navigate);
        view->renderNow();
        QApplication::processEvents();

        const QImage shot = s->mpr->grab().toImage();
        shot.save(QDir::temp().filePath(QStringLiteral("etalon-annotation-tools.png")));
        const QPoint origin = view->mapTo(s->mpr.get(), QPoint(0, 0));
        const qreal dpr = shot.devicePixelRatio();
        const auto colourNear = [&](QPointF widgetPos, QColor colour, int radius) {
            const QPointF p = (widgetPos + origin) * dpr;
            for (int dy = -radius; dy <= radius; ++dy)
                for (int dx = -radius; dx <= radius; ++dx) {
                    const int x = int(p.x()) + dx, y = int(p.y()) + dy;
                    if (x >= 0 && y >= 0 && x < shot.width() && y < shot.height() && QColor(shot.pixel(x, y)).rgb() == colour.rgb())
                        return true;
                }
            return false;
        };
        const auto &labels = doc->schema().findingLabels;
        QCOMPARE(labels[1].code, QStringLiteral("PNEUMOTHORAX"));
        QCOMPARE(labels[2].code, QStringLiteral("EFFUSION"));
        QCOMPARE(labels[3].code, QStringLiteral("INFILTRATE"));
        const QColor pneumothorax(labels[1].colour), effusion(labels[2].colour), infiltrate(labels[3].colour);
        // The box's left edge in the axial view.
        const QPointF leftEdge = view->widgetPositionOfIndex({tall.i0, centre[1], centre[2]});
        QVERIFY2(colourNear(leftEdge, pneumothorax, 2), "box edge in the label colour");
        QVERIFY2(!colourNear(leftEdge + QPointF(-12, 0), pneumothorax, 2), "nothing in the colour beside it");
        // The contour's top edge, the mask inside it.
        QVERIFY2(colourNear(QPointF(c) + QPointF(0, -30), effusion, 2), "contour edge in the label colour");
        QVERIFY2(colourNear(QPointF(c) + QPointF(5, 5), infiltrate, 0), "mask voxel in the label colour");
        // The coronal view shows the box as well.
        const QPointF coronalEdge = coronal->widgetPositionOfIndex({tall.i0, centre[1], (tall.k0 + tall.k1) / 2.0});
        const QPoint coronalOrigin = coronal->mapTo(s->mpr.get(), QPoint(0, 0));
        QVERIFY2(colourNear(coronalEdge + QPointF(coronalOrigin) - QPointF(origin), pneumothorax, 2), "box in the coronal view");

        // Showing the mask finding moves the cross-hair to the middle of its painted voxels.
        {
            QVERIFY(doc->maskKey() && doc->mask());
            const MaskGeometry &mask = *doc->mask();
            std::array<int, 3> lo{mask.size}, hi{-1, -1, -1};
            for (const qint64 n : maskVoxels(mask)) {
                const std::array<int, 3> v{int(n % mask.size[0]), int((n / mask.size[0]) % mask.size[1]),
                                           int(n / (qint64(mask.size[0]) * mask.size[1]))};
                for (std::size_t a = 0; a < 3; ++a) {
                    lo[a] = std::min(lo[a], v[a]);
                    hi[a] = std::max(hi[a], v[a]);
                }
            }
            QVERIFY(hi[0] >= 0);
            s->mpr->showFinding(*doc->maskKey());
            const Vec3 at = m_mr->geometry.patientToIndex(*view->crosshair());
            for (std::size_t a = 0; a < 3; ++a)
                QVERIFY2(std::abs(at[a] - (lo[a] + hi[a]) / 2.0) < 1e-6,
                         qPrintable(QStringLiteral("axis %1: %2, expected %3").arg(a).arg(at[a]).arg((lo[a] + hi[a]) / 2.0)));
            view->renderNow();
        }

        // Outline mode: the mask's edge keeps the colour, its inside shows the image again.
        settings.outline = true;
        s->controller.setMaskSettings(settings);
        view->renderNow();
        const QImage outlined = s->mpr->grab().toImage();
        outlined.save(QDir::temp().filePath(QStringLiteral("etalon-annotation-outline.png")));
        const auto outlinedNear = [&](QPointF widgetPos, QColor colour, int radius) {
            const QPointF p = (widgetPos + origin) * dpr;
            for (int dy = -radius; dy <= radius; ++dy)
                for (int dx = -radius; dx <= radius; ++dx)
                    if (QColor(outlined.pixel(int(p.x()) + dx, int(p.y()) + dy)).rgb() == colour.rgb())
                        return true;
            return false;
        };
        QVERIFY2(!outlinedNear(QPointF(c) + QPointF(5, 5), infiltrate, 3), "no fill inside in outline mode");
        QVERIFY2(outlinedNear(QPointF(c) + QPointF(-28, 5), infiltrate, 3), "outline at the mask's edge");

        // Without the controller the view draws no annotations.
        s->mpr->setAnnotationController(nullptr);
        view->renderNow();
        const QImage bare = s->mpr->grab().toImage();
        QVERIFY(!colourNear(leftEdge, pneumothorax, 2) || bare != shot);
        const QPointF p = (leftEdge + origin) * dpr;
        bool anyBox = false;
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx)
                anyBox = anyBox || QColor(bare.pixel(int(p.x()) + dx, int(p.y()) + dy)).rgb() == pneumothorax.rgb();
        QVERIFY(!anyBox);
    }
};

QTEST_MAIN(TestAnnotationTools)
#include "tst_annotationtools.moc"
