#include "core/workflow/DisagreementDetector.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace {

LabelSchema covidSchema()
{
    LabelSchema s;
    s.id = QStringLiteral("covid-ct-severity");
    s.scale = ClassScale::Ordinal;
    for (const char *code : {"CT0", "CT1", "CT2", "CT3", "CT4"})
        s.classes.append(LabelClass{QString::fromLatin1(code), {}, {}, {}, {}, {}});
    s.findingKinds = {FindingKind::Point, FindingKind::Box, FindingKind::Contour, FindingKind::Mask};
    return s;
}

LabelSchema presenceSchema()
{
    LabelSchema s;
    s.id = QStringLiteral("binary-presence");
    s.scale = ClassScale::Nominal;
    for (const char *code : {"normal", "pathology", "defect"})
        s.classes.append(LabelClass{QString::fromLatin1(code), {}, {}, {}, {}, {}});
    s.findingKinds = {FindingKind::Box, FindingKind::Contour};
    return s;
}

VolumeGeometry series(std::array<int, 3> size = {128, 128, 40}, Vec3 spacing = {0.7, 0.7, 2.5})
{
    VolumeGeometry g;
    g.size = size;
    g.spacing = spacing;
    return g;
}

Finding box(qint64 id, double i0, double j0, double i1, double j1, int k0, int k1)
{
    Finding f;
    f.id = id;
    f.label = QStringLiteral("lesion");
    f.geometry = BoxGeometry{i0, j0, i1, j1, k0, k1};
    return f;
}

Reading reading(std::optional<QString> cls, std::vector<Finding> findings = {})
{
    Reading r;
    r.state = ReadingState::Submitted;
    r.studyClass = std::move(cls);
    r.findings = std::move(findings);
    return r;
}

int count(const Verdict &v, DisputeKind kind)
{
    return int(std::count_if(v.reasons.begin(), v.reasons.end(), [&](const DisputeReason &r) { return r.kind == kind; }));
}

const DisputeReason *first(const Verdict &v, DisputeKind kind)
{
    for (const DisputeReason &r : v.reasons)
        if (r.kind == kind)
            return &r;
    return nullptr;
}

/// The 4×4 block i,j ∈ 2..5 on slices k0..k1 of a 10×10×5 label volume.
MaskGeometry block(int k0, int k1, std::uint8_t label = 1)
{
    MaskGeometry m;
    m.size = {10, 10, 5};
    m.labels.assign(500, 0);
    for (int k = k0; k <= k1; ++k)
        for (int j = 2; j <= 5; ++j)
            for (int i = 2; i <= 5; ++i)
                m.labels[std::size_t((k * 10 + j) * 10 + i)] = label;
    return m;
}

Finding maskFinding(qint64 id, MaskGeometry m)
{
    Finding f;
    f.id = id;
    f.geometry = std::move(m);
    return f;
}

qint64 voxelsOf(const ContourGeometry &c)
{
    return imaging::rasterise(c).voxelCount();
}

} // namespace

class TestDisagreementDetector : public QObject {
    Q_OBJECT

private slots:
    void agreementGivesConsensus();
    void classMismatch();
    void missingClass();
    void ordinalTolerance_data();
    void ordinalTolerance();
    void unmatchedFinding();
    void lowIou();
    void boxConsensusIntersectionAndUnion();
    void contourConsensusIsExactInVoxels();
    void pointsAgreeWithinTolerance();
    void masksDiceAndHd95WithAnisotropicSpacing();
    void maskLabelPresentInOneReadingOnly();
    void maskConsensus();
    void namesRoundTrip();
};

void TestDisagreementDetector::agreementGivesConsensus()
{
    DisagreementDetector detector(presenceSchema(), {}, series());
    // Boxes of 10×10 pixels on slices 3..4, B shifted by one column: IoU 180/220 ≈ 0.82.
    const Reading a = reading(QStringLiteral("pathology"), {box(11, 9.5, 9.5, 19.5, 19.5, 3, 4)});
    const Reading b = reading(QStringLiteral("pathology"), {box(21, 10.5, 9.5, 20.5, 19.5, 3, 4)});
    const Verdict v = detector.compare(a, b);
    QVERIFY(v.agreed);
    QVERIFY(v.reasons.empty());
    QVERIFY(v.consensus.has_value());
    QCOMPARE(*v.consensus->studyClass, QStringLiteral("pathology"));
    QCOMPARE(v.pairs.size(), std::size_t(1));
    QCOMPARE(v.pairs[0].findingIdA, 11);
    QCOMPARE(v.pairs[0].findingIdB, 21);
    QCOMPARE(*v.pairs[0].metrics.iou, 180.0 / 220.0);
    QCOMPARE(v.consensus->findings.size(), std::size_t(1));
    QCOMPARE(v.consensus->findings[0].id, 0);
    QCOMPARE(v.consensus->findings[0].label, QStringLiteral("lesion"));
}

void TestDisagreementDetector::classMismatch()
{
    DisagreementDetector detector(presenceSchema(), {}, series());
    const Verdict v = detector.compare(reading(QStringLiteral("normal")), reading(QStringLiteral("pathology")));
    QVERIFY(!v.agreed);
    QVERIFY(!v.consensus);
    QCOMPARE(count(v, DisputeKind::ClassMismatch), 1);
    QVERIFY(first(v, DisputeKind::ClassMismatch)->message.contains(QLatin1String("normal")));
    QVERIFY(first(v, DisputeKind::ClassMismatch)->message.contains(QLatin1String("pathology")));
    // Nominal classes ignore the ordinal tolerance.
    DisagreementThresholds lenient;
    lenient.ordinalTolerance = 5;
    DisagreementDetector nominal(presenceSchema(), lenient, series());
    QVERIFY(!nominal.compare(reading(QStringLiteral("normal")), reading(QStringLiteral("pathology"))).agreed);
}

void TestDisagreementDetector::missingClass()
{
    DisagreementDetector detector(presenceSchema(), {}, series());
    const Verdict oneSided = detector.compare(reading(QStringLiteral("normal")), reading(std::nullopt));
    QVERIFY(!oneSided.agreed);
    QCOMPARE(count(oneSided, DisputeKind::MissingClass), 1);
    const Verdict neither = detector.compare(reading(std::nullopt), reading(std::nullopt));
    QCOMPARE(count(neither, DisputeKind::MissingClass), 1);

    LabelSchema optional = presenceSchema();
    optional.studyClassRequired = false;
    DisagreementDetector lenient(optional, {}, series());
    const Verdict v = lenient.compare(reading(std::nullopt), reading(std::nullopt));
    QVERIFY(v.agreed);
    QVERIFY(!v.consensus->studyClass.has_value());
}

void TestDisagreementDetector::ordinalTolerance_data()
{
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<QString>("classA");
    QTest::addColumn<QString>("classB");
    QTest::addColumn<bool>("agreed");
    QTest::addColumn<QString>("consensus");
    QTest::newRow("equal") << 0 << "CT2" << "CT2" << true << "CT2";
    QTest::newRow("one step, tolerance 0") << 0 << "CT1" << "CT2" << false << "";
    QTest::newRow("one step, tolerance 1") << 1 << "CT1" << "CT2" << true << "CT2";
    QTest::newRow("one step down, tolerance 1") << 1 << "CT3" << "CT2" << true << "CT3";
    QTest::newRow("two steps, tolerance 1") << 1 << "CT1" << "CT3" << false << "";
    QTest::newRow("unknown code") << 4 << "CT1" << "CT9" << false << "";
}

void TestDisagreementDetector::ordinalTolerance()
{
    QFETCH(int, tolerance);
    QFETCH(QString, classA);
    QFETCH(QString, classB);
    QFETCH(bool, agreed);
    QFETCH(QString, consensus);
    DisagreementThresholds t;
    t.ordinalTolerance = tolerance;
    DisagreementDetector detector(covidSchema(), t, series());
    const Verdict v = detector.compare(reading(classA), reading(classB));
    QCOMPARE(v.agreed, agreed);
    if (agreed) {
        QCOMPARE(*v.consensus->studyClass, consensus);
    } else {
        QCOMPARE(count(v, DisputeKind::ClassMismatch), 1);
        const DisputeReason *r = first(v, DisputeKind::ClassMismatch);
        if (classB != QLatin1String("CT9")) {
            QCOMPARE(*r->value, double(std::abs(classA.back().digitValue() - classB.back().digitValue())));
            QCOMPARE(*r->threshold, double(tolerance));
        }
    }
}

void TestDisagreementDetector::unmatchedFinding()
{
    DisagreementDetector detector(presenceSchema(), {}, series());
    const Reading a = reading(QStringLiteral("pathology"), {box(1, 9.5, 9.5, 19.5, 19.5, 3, 4)});
    const Reading b = reading(QStringLiteral("pathology"),
                              {box(2, 9.5, 9.5, 19.5, 19.5, 3, 4), box(3, 59.5, 59.5, 69.5, 69.5, 10, 12)});
    const Verdict v = detector.compare(a, b);
    QVERIFY(!v.agreed);
    QCOMPARE(v.reasons.size(), std::size_t(1));
    const DisputeReason &r = v.reasons[0];
    QCOMPARE(r.kind, DisputeKind::UnmatchedFinding);
    QCOMPARE(r.findingIdB, 3);
    QCOMPARE(r.findingIndexB, 1);
    QCOMPARE(r.findingIndexA, -1);
    QVERIFY(r.message.contains(QLatin1String("#3")));
    QCOMPARE(v.pairs.size(), std::size_t(1)); // the matched pair is still reported
}

void TestDisagreementDetector::lowIou()
{
    DisagreementDetector detector(presenceSchema(), {}, series());
    // 10×10 boxes shifted by 5 columns on one slice: overlap 50, union 150 → IoU 1/3.
    const Reading a = reading(QStringLiteral("pathology"), {box(1, 9.5, 9.5, 19.5, 19.5, 3, 3)});
    const Reading b = reading(QStringLiteral("pathology"), {box(2, 14.5, 9.5, 24.5, 19.5, 3, 3)});
    const Verdict v = detector.compare(a, b);
    QVERIFY(!v.agreed);
    QCOMPARE(count(v, DisputeKind::LowIoU), 1);
    const DisputeReason *r = first(v, DisputeKind::LowIoU);
    QCOMPARE(*r->value, 1.0 / 3.0);
    QCOMPARE(*r->threshold, 0.5);
    QCOMPARE(r->findingIdA, 1);
    QCOMPARE(r->findingIdB, 2);
    QVERIFY(r->message.contains(QLatin1String("0.33")));
    // With a threshold of 0.3 the same pair agrees.
    DisagreementThresholds t;
    t.iou = 0.3;
    QVERIFY(DisagreementDetector(presenceSchema(), t, series()).compare(a, b).agreed);
}

void TestDisagreementDetector::boxConsensusIntersectionAndUnion()
{
    const Reading a = reading(QStringLiteral("pathology"), {box(1, 9.5, 9.5, 19.5, 19.5, 3, 5)});
    const Reading b = reading(QStringLiteral("pathology"), {box(2, 10.5, 8.5, 20.5, 19.5, 4, 5)});
    DisagreementThresholds t;
    t.iou = 0.3;
    t.findingConsensus = FindingConsensus::Intersection;
    const Verdict vi = DisagreementDetector(presenceSchema(), t, series()).compare(a, b);
    QVERIFY(vi.agreed);
    const auto &bi = std::get<BoxGeometry>(vi.consensus->findings.at(0).geometry);
    QCOMPARE(bi.i0, 10.5);
    QCOMPARE(bi.i1, 19.5);
    QCOMPARE(bi.j0, 9.5);
    QCOMPARE(bi.j1, 19.5);
    QCOMPARE(bi.k0, 4);
    QCOMPARE(bi.k1, 5);
    t.findingConsensus = FindingConsensus::Union;
    const Verdict vu = DisagreementDetector(presenceSchema(), t, series()).compare(a, b);
    const auto &bu = std::get<BoxGeometry>(vu.consensus->findings.at(0).geometry);
    QCOMPARE(bu.i0, 9.5);
    QCOMPARE(bu.i1, 20.5);
    QCOMPARE(bu.j0, 8.5);
    QCOMPARE(bu.j1, 19.5);
    QCOMPARE(bu.k0, 3);
    QCOMPARE(bu.k1, 5);
}

void TestDisagreementDetector::contourConsensusIsExactInVoxels()
{
    // Two 8×8 squares offset by (2, 1) on slice 7, and A also on slice 8.
    Finding a, b;
    a.label = b.label = QStringLiteral("lesion");
    ContourGeometry ca, cb;
    ca.slices[7] = {{-0.5, -0.5}, {7.5, -0.5}, {7.5, 7.5}, {-0.5, 7.5}};
    ca.slices[8] = ca.slices[7];
    cb.slices[7] = {{1.5, 0.5}, {9.5, 0.5}, {9.5, 8.5}, {1.5, 8.5}};
    a.geometry = ca;
    b.geometry = cb;
    // Slice 7: overlap 6×7 = 42; |A| = 128, |B| = 64, union = 150; IoU 0.28.
    DisagreementThresholds t;
    t.iou = 0.25;
    t.findingConsensus = FindingConsensus::Intersection;
    const Reading ra = reading(QStringLiteral("pathology"), {a});
    const Reading rb = reading(QStringLiteral("pathology"), {b});
    const Verdict vi = DisagreementDetector(presenceSchema(), t, series()).compare(ra, rb);
    QVERIFY(vi.agreed);
    QCOMPARE(*vi.pairs[0].metrics.iou, 42.0 / 150.0);
    const auto &ci = std::get<ContourGeometry>(vi.consensus->findings.at(0).geometry);
    QCOMPARE(voxelsOf(ci), 42);
    QCOMPARE(ci.slices.size(), std::size_t(1));
    t.findingConsensus = FindingConsensus::Union;
    const Verdict vu = DisagreementDetector(presenceSchema(), t, series()).compare(ra, rb);
    const auto &cu = std::get<ContourGeometry>(vu.consensus->findings.at(0).geometry);
    QCOMPARE(voxelsOf(cu), 150);
    QCOMPARE(cu.slices.size(), std::size_t(2));
}

void TestDisagreementDetector::pointsAgreeWithinTolerance()
{
    DisagreementThresholds t;
    t.pointToleranceMm = 5.0;
    DisagreementDetector detector(covidSchema(), t, series({128, 128, 40}, {0.7, 0.7, 2.5}));
    Finding pa, pb, far;
    pa.geometry = PointGeometry{{50, 50, 10}, std::nullopt};
    pb.geometry = PointGeometry{{50, 50, 11}, std::nullopt}; // 2.5 mm
    far.geometry = PointGeometry{{50, 50, 13}, std::nullopt}; // 7.5 mm
    const Verdict near = detector.compare(reading(QStringLiteral("CT1"), {pa}), reading(QStringLiteral("CT1"), {pb}));
    QVERIFY(near.agreed);
    const auto &merged = std::get<PointGeometry>(near.consensus->findings.at(0).geometry);
    QCOMPARE(merged.index[2], 10.5);
    const Verdict apart = detector.compare(reading(QStringLiteral("CT1"), {pa}), reading(QStringLiteral("CT1"), {far}));
    QCOMPARE(count(apart, DisputeKind::UnmatchedFinding), 2);
}

void TestDisagreementDetector::masksDiceAndHd95WithAnisotropicSpacing()
{
    // A: the 4×4 block on slices 1..2 (32 voxels), B: on slices 1..3 (48). Dice = 64/80 = 0.8.
    // Surfaces (face neighbours): all 32 voxels of A; B's slices 1 and 3 (32) and the ring of
    // slice 2 (12). Distances: A's 28 voxels on B's surface 0, A's 4 inner voxels of slice 2
    // → the ring one column away, 0.5 mm; B's slice 1 and ring 0, B's slice 3 (16) → A's
    // slice 2 one slice below, 3 mm. Pooled 76: 56 × 0, 4 × 0.5, 16 × 3. HD = 3,
    // HD95 = value at 0.95·75 = 71.25 → 3 mm.
    const VolumeGeometry g = series({10, 10, 5}, {0.5, 0.5, 3.0});
    const Reading a = reading(QStringLiteral("CT2"), {maskFinding(5, block(1, 2))});
    const Reading b = reading(QStringLiteral("CT2"), {maskFinding(6, block(1, 3))});

    DisagreementThresholds t;
    t.hd95Mm = 2.0;
    const Verdict v = DisagreementDetector(covidSchema(), t, g).compare(a, b);
    QVERIFY(!v.agreed);
    QCOMPARE(count(v, DisputeKind::LowDice), 0);
    QCOMPARE(count(v, DisputeKind::HighHd95), 1);
    const DisputeReason *r = first(v, DisputeKind::HighHd95);
    QVERIFY(std::abs(*r->value - 3.0) < 1e-5);
    QCOMPARE(r->maskLabel, 1);
    QCOMPARE(r->findingIdA, 5);
    QCOMPARE(v.pairs.size(), std::size_t(1));
    const MaskLabelMetrics &m = v.pairs[0].maskLabels.at(1);
    QCOMPARE(m.overlap.dice, 0.8);
    QVERIFY(std::abs(m.distances->hausdorffMm - 3.0) < 1e-5);
    QVERIFY(std::abs(m.distances->meanMm - (4 * 0.5 + 16 * 3.0) / 76.0) < 1e-5);

    // The same masks with 1 mm slices: HD95 = 1 mm, under the threshold → agreed.
    const Verdict thin = DisagreementDetector(covidSchema(), t, series({10, 10, 5}, {0.5, 0.5, 1.0})).compare(a, b);
    QVERIFY(thin.agreed);

    // A stricter Dice threshold disputes the overlap; no HD95 threshold → no distance check.
    DisagreementThresholds strict;
    strict.dice = 0.85;
    const Verdict low = DisagreementDetector(covidSchema(), strict, g).compare(a, b);
    QCOMPARE(count(low, DisputeKind::LowDice), 1);
    QCOMPARE(*first(low, DisputeKind::LowDice)->value, 0.8);
    QCOMPARE(count(low, DisputeKind::HighHd95), 0);
    QVERIFY(!low.pairs[0].maskLabels.at(1).distances.has_value());
}

void TestDisagreementDetector::maskLabelPresentInOneReadingOnly()
{
    // A labels the block 1 on slices 1..2 and 2 on slice 3; B only 1 on slices 1..2.
    MaskGeometry ma = block(1, 2);
    const MaskGeometry extra = block(3, 3, 2);
    for (std::size_t n = 0; n < ma.labels.size(); ++n)
        if (extra.labels[n])
            ma.labels[n] = 2;
    DisagreementThresholds t;
    t.hd95Mm = 5.0;
    const Verdict v = DisagreementDetector(covidSchema(), t, series({10, 10, 5}, {0.5, 0.5, 3.0}))
                          .compare(reading(QStringLiteral("CT2"), {maskFinding(1, ma)}),
                                   reading(QStringLiteral("CT2"), {maskFinding(2, block(1, 2))}));
    QVERIFY(!v.agreed);
    QCOMPARE(count(v, DisputeKind::LowDice), 1);
    QCOMPARE(first(v, DisputeKind::LowDice)->maskLabel, 2);
    QCOMPARE(*first(v, DisputeKind::LowDice)->value, 0.0);
    QCOMPARE(count(v, DisputeKind::HighHd95), 0); // undefined, not reported twice
    QVERIFY(!v.pairs[0].maskLabels.at(2).distances->defined);
}

void TestDisagreementDetector::maskConsensus()
{
    const VolumeGeometry g = series({10, 10, 5}, {0.5, 0.5, 1.0});
    const Reading a = reading(QStringLiteral("CT2"), {maskFinding(5, block(1, 2))});
    const Reading b = reading(QStringLiteral("CT2"), {maskFinding(6, block(1, 3))});
    DisagreementThresholds t;
    const auto voxels = [](const Finding &f) {
        const auto &m = std::get<MaskGeometry>(f.geometry);
        return std::count_if(m.labels.begin(), m.labels.end(), [](std::uint8_t x) { return x != 0; });
    };
    t.findingConsensus = FindingConsensus::Intersection;
    QCOMPARE(voxels(DisagreementDetector(covidSchema(), t, g).compare(a, b).consensus->findings.at(0)), 32);
    t.findingConsensus = FindingConsensus::Union;
    QCOMPARE(voxels(DisagreementDetector(covidSchema(), t, g).compare(a, b).consensus->findings.at(0)), 48);
}

void TestDisagreementDetector::namesRoundTrip()
{
    QCOMPARE(disputeKindName(DisputeKind::HighHd95), QStringLiteral("high_hd95"));
    QCOMPARE(findingConsensusFromName(findingConsensusName(FindingConsensus::Union)), FindingConsensus::Union);
    QVERIFY(!findingConsensusFromName(QStringLiteral("average")).has_value());
}

QTEST_GUILESS_MAIN(TestDisagreementDetector)
#include "tst_disagreementdetector.moc"
