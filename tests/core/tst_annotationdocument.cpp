// The annotation document of issue 4: every edit is one undo step, stored at once (the
// store always equals the document), undo/redo round trips for every edit kind, brush
// strokes stored as compact deltas, reopening shows everything, submit locks.

#include "ReadingFixture.h"

#include "core/annotation/AnnotationDocument.h"
#include "core/workflow/FindingCodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace readingtest;
using etalon::core::annotation::AnnotationDocument;

namespace {

/// Everything a reader can see of a reading, independent of database ids: the class and
/// each finding's kind, label, attributes and exact geometry (mask voxels hashed).
QString stateKey(const std::optional<QString> &studyClass, std::vector<Finding> findings)
{
    QStringList parts{studyClass.value_or(QStringLiteral("-"))};
    QStringList rows;
    for (const Finding &f : findings) {
        const EncodedGeometry e = FindingCodec::encode(f.geometry);
        QString row = findingKindName(f.kind()) + QLatin1Char('|') + f.label + QLatin1Char('|') +
                      QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(f.attributes)).toJson(QJsonDocument::Compact)) +
                      QLatin1Char('|') + QString::fromUtf8(e.json);
        if (const auto *m = std::get_if<MaskGeometry>(&f.geometry)) {
            row += QLatin1Char('|') + QString::fromLatin1(QCryptographicHash::hash(
                                                              QByteArray(reinterpret_cast<const char *>(m->labels.data()),
                                                                         qsizetype(m->labels.size())),
                                                              QCryptographicHash::Sha256)
                                                              .toHex());
        }
        rows.append(row);
    }
    rows.sort(); // order of re-created findings may differ from creation order
    return (parts + rows).join(QLatin1Char('\n'));
}

QString documentKey(const AnnotationDocument &doc)
{
    std::vector<Finding> findings;
    for (int key : doc.findingKeys())
        findings.push_back(*doc.finding(key));
    return stateKey(doc.studyClass(), findings);
}

qint64 linear(const std::array<int, 3> &size, int i, int j, int k)
{
    return i + qint64(size[0]) * (j + qint64(size[1]) * k);
}

/// Voxels of a filled square on slice k.
std::vector<qint64> square(const std::array<int, 3> &size, int i0, int j0, int side, int k)
{
    std::vector<qint64> v;
    for (int j = j0; j < j0 + side; ++j)
        for (int i = i0; i < i0 + side; ++i)
            v.push_back(linear(size, i, j, k));
    return v;
}

} // namespace

class TestAnnotationDocument : public QObject {
    Q_OBJECT

    Fixture m_fx;
    QString m_ct;
    int m_datasets = 0;

    /// A started reading of r1 (r2 reads the same study) in a new dataset of the schema.
    qint64 startedReading(const QString &schema, bool start = true)
    {
        const QString code = QStringLiteral("DS_DOC%1_CT_OGK").arg(++m_datasets);
        if (!m_fx.dataset(code, schema, {m_ct}))
            return 0;
        AssignOptions o;
        o.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
        if (!Readings::assign(*m_fx.ws, *m_fx.admin, code, o))
            return 0;
        const qint64 id = m_fx.readingOf(QStringLiteral("r1"), code, m_ct);
        if (start && !Readings::start(*m_fx.ws, m_fx.user(QStringLiteral("r1")), id))
            return 0;
        return id;
    }

    QString storedKey(qint64 readingId)
    {
        Result<Reading> r = Readings::reading(*m_fx.ws, *m_fx.admin, readingId);
        if (!r)
            return r.error().message;
        return stateKey(r->studyClass, r->findings);
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_fx.ws->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    std::unique_ptr<AnnotationDocument> open(qint64 readingId, const QString &login = QStringLiteral("r1"))
    {
        Result<std::unique_ptr<AnnotationDocument>> doc = AnnotationDocument::open(*m_fx.ws, m_fx.user(login), readingId);
        if (!doc) {
            qWarning() << doc.error().message;
            return nullptr;
        }
        return std::move(*doc);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice")}), qPrintable(m_fx.error));
        QCOMPARE(m_fx.studyUids.size(), 1);
        m_ct = m_fx.studyUids.first();
    }

    /// MaskDelta: make/apply/revert/inverted agree with a brute-force mask edit, and the
    /// stored encoding reads back exactly; damaged blobs are reported.
    void maskDeltaMatchesBruteForce()
    {
        QRandomGenerator rng(4);
        MaskGeometry mask;
        mask.size = {37, 23, 5};
        mask.labels.resize(37 * 23 * 5);
        for (auto &v : mask.labels)
            v = std::uint8_t(rng.bounded(3));
        const MaskGeometry original = mask;
        for (int round = 0; round < 50; ++round) {
            std::vector<qint64> voxels;
            const int n = int(rng.bounded(400));
            for (int x = 0; x < n; ++x)
                voxels.push_back(rng.bounded(qint64(mask.labels.size())));
            const std::uint8_t label = std::uint8_t(rng.bounded(3));
            const int onlyOver = rng.bounded(2) ? -1 : int(rng.bounded(3));
            MaskGeometry expected = mask;
            for (qint64 v : voxels) {
                if (onlyOver < 0 || mask.labels[std::size_t(v)] == onlyOver)
                    expected.labels[std::size_t(v)] = label;
            }
            const MaskDelta delta = MaskDelta::make(mask, voxels, label, onlyOver);
            const Result<MaskDelta> decoded = FindingCodec::decodeDelta(FindingCodec::encodeDelta(delta));
            QVERIFY(decoded.ok());
            QCOMPARE(decoded->before, delta.before);
            QCOMPARE(decoded->runs.size(), delta.runs.size());
            MaskGeometry applied = mask;
            QVERIFY(decoded->apply(applied));
            QCOMPARE(applied.labels, expected.labels);
            MaskGeometry inverse = applied;
            QVERIFY(delta.inverted().apply(inverse));
            QCOMPARE(inverse.labels, mask.labels);
            QVERIFY(delta.revert(applied));
            QCOMPARE(applied.labels, mask.labels);
            QCOMPARE(MaskDelta::difference(mask, expected).voxelCount(), delta.voxelCount());
            mask = expected;
        }
        QVERIFY(mask.labels != original.labels);
        QByteArray damaged = FindingCodec::encodeDelta(MaskDelta::make(mask, {1, 2, 3, 50}, 7));
        QCOMPARE(FindingCodec::decodeDelta(damaged.left(damaged.size() - 3)).error().code, ErrorCode::CorruptData);
        QCOMPARE(FindingCodec::decodeDelta(QByteArray("not a delta")).error().code, ErrorCode::CorruptData);
    }

    /// Every edit kind is stored at once, is one undo step, and undo/redo walk the store
    /// through exactly the same states.
    void everyEditIsOneStoredUndoStep()
    {
        const qint64 id = startedReading(QStringLiteral("custom-chest-xray"));
        QVERIFY(id > 0);
        auto doc = open(id);
        QVERIFY(doc);
        QVERIFY(!doc->isReadOnly());
        const std::array<int, 3> size = doc->imageSize();
        QCOMPARE(size, (std::array<int, 3>{512, 512, 3}));
        QUndoStack *stack = doc->undoStack();

        QStringList states{storedKey(id)};
        QCOMPARE(documentKey(*doc), states.last());
        const auto step = [&](const char *what) {
            const QString stored = storedKey(id);
            QCOMPARE(documentKey(*doc), stored);
            QVERIFY2(stored != states.last(), what);
            states.append(stored);
            QCOMPARE(stack->count(), states.size() - 1);
            QCOMPARE(stack->index(), states.size() - 1);
        };

        QVERIFY(doc->setStudyClass(QStringLiteral("ABNORMAL")).ok());
        step("class");
        Finding point;
        point.label = QStringLiteral("NODULE");
        point.geometry = PointGeometry{{100.0, 200.0, 1.0}, 6.0};
        const Result<int> p = doc->addFinding(point);
        QVERIFY(p.ok());
        step("add point");
        Finding box;
        box.label = QStringLiteral("EFFUSION");
        box.geometry = BoxGeometry{9.5, 19.5, 30.5, 60.5, 0, 2};
        const Result<int> b = doc->addFinding(box);
        QVERIFY(b.ok());
        step("add box");
        Finding contour;
        contour.label = QStringLiteral("INFILTRATE");
        ContourGeometry c;
        c.axis = 1; // drawn on a coronal reformat
        c.slices[256] = {{100.0, 0.0}, {140.0, 0.0}, {120.0, 2.0}};
        contour.geometry = c;
        const Result<int> ct = doc->addFinding(contour);
        QVERIFY2(ct.ok(), ct.ok() ? "" : qPrintable(ct.error().message));
        step("add contour");
        // A drag that moves the box: one step.
        Finding moved = *doc->finding(*b);
        std::get<BoxGeometry>(moved.geometry) = BoxGeometry{19.5, 29.5, 40.5, 70.5, 0, 2};
        QVERIFY(doc->updateFinding(*b, moved, QStringLiteral("Move box")).ok());
        step("move box");
        QCOMPARE(stack->undoText(), QStringLiteral("Move box"));
        // A vertex edit of the contour.
        Finding edited = *doc->finding(*ct);
        std::get<ContourGeometry>(edited.geometry).slices[256][2] = {125.0, 2.0};
        QVERIFY(doc->updateFinding(*ct, edited).ok());
        step("vertex edit");
        // An attribute change.
        Finding attributed = *doc->finding(*p);
        attributed.attributes.insert(QStringLiteral("certainty"), QStringLiteral("definite"));
        QVERIFY(doc->updateFinding(*p, attributed).ok());
        step("attribute");
        // Brush strokes: the first makes the mask.
        QVERIFY(!doc->mask());
        QVERIFY(doc->beginStroke(1).ok());
        QVERIFY(doc->mask());
        QVERIFY(doc->strokeVoxels(square(size, 200, 100, 10, 1)).has_value());
        QVERIFY(doc->strokeVoxels(square(size, 205, 105, 10, 1)).has_value()); // overlapping: counted once
        QVERIFY(doc->endStroke().ok());
        step("first stroke");
        QVERIFY(doc->maskKey().has_value());
        const qint64 maskFindingId = doc->finding(*doc->maskKey())->id;
        QVERIFY(doc->paint(square(size, 300, 300, 20, 0), 2, QStringLiteral("Region growing")).ok());
        step("second label");
        // Eraser limited to label 2 leaves label 1 alone.
        QVERIFY(doc->paint(square(size, 195, 95, 120, 1), 0, QStringLiteral("Erase"), 2).ok());
        QVERIFY2(stack->index() == states.size() - 1, "erasing only label 2 on slice 1 changes nothing: no step");
        QVERIFY(doc->paint(square(size, 290, 290, 15, 0), 0, QStringLiteral("Erase"), 2).ok());
        step("erase label 2");
        const MaskGeometry &mask = *doc->mask();
        QCOMPARE(std::count(mask.labels.begin(), mask.labels.end(), 1), 10 * 10 * 2 - 5 * 5);
        QCOMPARE(std::count(mask.labels.begin(), mask.labels.end(), 2), 20 * 20 - 5 * 5);
        // Strokes are deltas on the stored base, not whole masks.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mask_edits WHERE finding_ref = %1").arg(maskFindingId)), 3);
        QVERIFY(count(QStringLiteral("SELECT MAX(LENGTH(delta_blob)) FROM mask_edits")) < 2000);
        // Replacing the whole mask (interpolation, a consensus) is one step too.
        std::vector<std::uint8_t> replaced = mask.labels;
        for (qint64 v : square(size, 10, 10, 5, 2))
            replaced[std::size_t(v)] = 3;
        for (qint64 v : square(size, 20, 10, 5, 2))
            replaced[std::size_t(v)] = 4;
        QVERIFY(doc->replaceMask(replaced, QStringLiteral("Interpolate")).ok());
        step("replace mask");
        QCOMPARE(doc->mask()->labels, replaced);
        QVERIFY(doc->removeFinding(*p).ok());
        step("delete point");
        QVERIFY(doc->setStudyClass(QStringLiteral("NORMAL")).ok());
        step("class again");

        // Undo all the way: the store goes back through every state; redo all the way.
        for (int s = int(states.size()) - 2; s >= 0; --s) {
            stack->undo();
            QCOMPARE(storedKey(id), states[s]);
            QCOMPARE(documentKey(*doc), states[s]);
        }
        QVERIFY(!doc->mask());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM findings WHERE reading_ref = %1").arg(id)), 0);
        for (int s = 1; s < states.size(); ++s) {
            stack->redo();
            QCOMPARE(storedKey(id), states[s]);
            QCOMPARE(documentKey(*doc), states[s]);
        }
        // Every stored edit is in the audit log.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'finding.paint'")) >= 4);

        // Reopening (after a restart) shows everything; the undo history starts empty.
        const QString last = states.last();
        doc.reset();
        auto again = open(id);
        QVERIFY(again);
        QCOMPARE(documentKey(*again), last);
        QCOMPARE(again->undoStack()->count(), 0);
    }

    /// Esc during a stroke: the working mask goes back and nothing is stored.
    void cancelledStrokeStoresNothing()
    {
        const qint64 id = startedReading(QStringLiteral("covid-ct-severity"));
        QVERIFY(id > 0);
        auto doc = open(id);
        QVERIFY(doc);
        const std::array<int, 3> size = doc->imageSize();
        QVERIFY(doc->paint(square(size, 50, 50, 8, 0), 1, QStringLiteral("Brush")).ok());
        const std::vector<std::uint8_t> before = doc->mask()->labels;
        QSignalSpy changed(doc.get(), &AnnotationDocument::maskChanged);
        QVERIFY(doc->beginStroke(1).ok());
        const auto bounds = doc->strokeVoxels(square(size, 100, 60, 4, 2));
        QVERIFY(bounds);
        QCOMPARE(*bounds, (std::array<int, 6>{100, 60, 2, 103, 63, 2}));
        QVERIFY(doc->mask()->labels != before);
        doc->cancelStroke();
        QCOMPARE(doc->mask()->labels, before);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(doc->undoStack()->count(), 1);
        const qint64 maskId = doc->finding(*doc->maskKey())->id;
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mask_edits WHERE finding_ref = %1").arg(maskId)), 1); // the first paint only
        // Undo in the middle of a stroke cancels the stroke, then undoes the last step.
        QVERIFY(doc->beginStroke(1).ok());
        doc->strokeVoxels(square(size, 300, 300, 6, 1));
        doc->undoStack()->undo();
        QVERIFY(!doc->isStroking());
        QVERIFY(!doc->mask()); // the first paint, which made the mask, is undone
        QVERIFY(doc->endStroke().ok()); // nothing left to store
        doc->undoStack()->redo();
        QCOMPARE(doc->mask()->labels, before);
        QCOMPARE(storedKey(id), documentKey(*doc));
        // A cancelled first stroke leaves no mask at all.
        const qint64 other = startedReading(QStringLiteral("covid-ct-severity"));
        auto fresh = open(other);
        QVERIFY(fresh->beginStroke(1).ok());
        fresh->strokeVoxels(square(size, 1, 1, 3, 0));
        fresh->cancelStroke();
        QVERIFY(!fresh->mask());
        QVERIFY(!fresh->maskKey());
        QCOMPARE(fresh->undoStack()->count(), 0);
        // Labels beyond the schema are refused before anything changes.
        QCOMPARE(fresh->beginStroke(9).error().code, ErrorCode::InvalidArgument);
    }

    /// Submit refuses while answers are missing, then locks: the history is cleared, edits
    /// are refused, the mask's strokes are folded into one stored mask that reads the same,
    /// and the reading reopens read-only.
    void submitLocksAndFolds()
    {
        const qint64 id = startedReading(QStringLiteral("covid-ct-severity"));
        QVERIFY(id > 0);
        auto doc = open(id);
        QVERIFY(doc);
        const std::array<int, 3> size = doc->imageSize();
        QVERIFY(!doc->missingAnswers().isEmpty());
        QCOMPARE(doc->submit().error().code, ErrorCode::InvalidState);
        for (int stroke = 0; stroke < 5; ++stroke)
            QVERIFY(doc->paint(square(size, 40 * stroke, 40, 12, 1), 1, QStringLiteral("Brush")).ok());
        const std::vector<std::uint8_t> painted = doc->mask()->labels;
        const QString editsOfMask =
            QStringLiteral("SELECT COUNT(*) FROM mask_edits WHERE finding_ref = %1").arg(doc->finding(*doc->maskKey())->id);
        QCOMPARE(count(editsOfMask), 5); // the first stroke made an empty mask and its first delta
        QCOMPARE(count(QStringLiteral("SELECT LENGTH(mask_blob) FROM findings WHERE id = %1")
                           .arg(doc->finding(*doc->maskKey())->id)),
                 qint64(qCompress(QByteArray()).size())); // the empty base costs bytes, not megabytes
        QVERIFY(doc->setStudyClass(QStringLiteral("CT1")).ok());
        QVERIFY(doc->missingAnswers().isEmpty());
        QSignalSpy readOnly(doc.get(), &AnnotationDocument::readOnlyChanged);
        QVERIFY(doc->submit().ok());
        QCOMPARE(readOnly.count(), 1);
        QVERIFY(doc->isReadOnly());
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(count(editsOfMask), 0);
        QCOMPARE(doc->setStudyClass(QStringLiteral("CT2")).error().code, ErrorCode::InvalidState);
        QCOMPARE(doc->paint(square(size, 0, 0, 2, 0), 1, {}).error().code, ErrorCode::InvalidState);
        doc.reset();
        auto reopened = open(id);
        QVERIFY(reopened);
        QVERIFY(reopened->isReadOnly());
        QVERIFY(!reopened->readOnlyReason().isEmpty());
        QCOMPARE(reopened->mask()->labels, painted);
        QCOMPARE(reopened->addFinding(Finding{}).error().code, ErrorCode::InvalidState);
    }

    /// Another reader's reading, seen by the coordinator, is read-only; an assigned reading
    /// of one's own starts when opened.
    void readOnlyForOthersAndStartOnOpen()
    {
        const qint64 id = startedReading(QStringLiteral("custom-chest-xray"), false);
        QVERIFY(id > 0);
        Result<std::unique_ptr<AnnotationDocument>> byAdmin = AnnotationDocument::open(*m_fx.ws, *m_fx.admin, id);
        QVERIFY(byAdmin.ok());
        QVERIFY((*byAdmin)->isReadOnly());
        QCOMPARE((*byAdmin)->reading().state, ReadingState::Assigned);
        auto own = open(id);
        QVERIFY(own);
        QCOMPARE(own->reading().state, ReadingState::InProgress);
        QVERIFY(!own->isReadOnly());
        // r2 cannot even open r1's reading: it answers as if it did not exist.
        QCOMPARE(AnnotationDocument::open(*m_fx.ws, m_fx.user(QStringLiteral("r2")), id).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationDocument)
#include "tst_annotationdocument.moc"
