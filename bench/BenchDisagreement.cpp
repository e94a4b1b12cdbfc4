// etalon-bench-disagreement: DisagreementDetector over 10,000 studies × 2 readings with 5
// box/contour findings each (issue 3 target: < 2 s in total, one thread), including the
// consensus geometry of agreed studies.

#include "bench/BenchSupport.h"

#include "core/workflow/DisagreementDetector.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <random>
#include <string>
#include <vector>

using namespace etalon::core;
using namespace etalon::core::workflow;
using namespace etalon::bench;

namespace {

struct Study {
    Reading a;
    Reading b;
};

Finding makeBox(std::mt19937 &rng, qint64 id)
{
    std::uniform_real_distribution<double> centre(40.0, 470.0), half(4.0, 25.0);
    std::uniform_int_distribution<int> slice(0, 250), depth(0, 12);
    const double ci = centre(rng), cj = centre(rng), hi = half(rng), hj = half(rng);
    const int k0 = slice(rng);
    Finding f;
    f.id = id;
    f.label = QStringLiteral("nodule");
    f.geometry = BoxGeometry{std::floor(ci - hi) + 0.5, std::floor(cj - hj) + 0.5, std::floor(ci + hi) + 0.5,
                             std::floor(cj + hj) + 0.5, k0, k0 + depth(rng)};
    return f;
}

Finding makeContour(std::mt19937 &rng, qint64 id)
{
    std::uniform_real_distribution<double> centre(40.0, 470.0), radius(6.0, 22.0), wobble(0.85, 1.15);
    std::uniform_int_distribution<int> slice(0, 250), depth(2, 8);
    const double ci = centre(rng), cj = centre(rng), r = radius(rng);
    const int k0 = slice(rng), slices = depth(rng);
    ContourGeometry c;
    for (int k = k0; k < k0 + slices; ++k) {
        const double rk = r * std::sin(std::numbers::pi * (k - k0 + 0.5) / slices);
        std::vector<Point2> polygon;
        for (int v = 0; v < 24; ++v) {
            const double angle = 2.0 * std::numbers::pi * v / 24.0;
            const double rv = std::max(1.0, rk * wobble(rng));
            polygon.push_back({ci + rv * std::cos(angle), cj + rv * std::sin(angle)});
        }
        c.slices[k] = std::move(polygon);
    }
    Finding f;
    f.id = id;
    f.label = QStringLiteral("nodule");
    f.geometry = std::move(c);
    return f;
}

/// Reader B's version of a finding: shifted by up to a few pixels (and contours redrawn).
Finding perturb(const Finding &f, std::mt19937 &rng, qint64 id, double maxShift)
{
    std::uniform_real_distribution<double> shift(-maxShift, maxShift);
    Finding g = f;
    g.id = id;
    const double di = std::round(shift(rng)), dj = std::round(shift(rng));
    if (auto *box = std::get_if<BoxGeometry>(&g.geometry)) {
        box->i0 += di;
        box->i1 += di;
        box->j0 += dj;
        box->j1 += dj;
    } else if (auto *contour = std::get_if<ContourGeometry>(&g.geometry)) {
        std::uniform_real_distribution<double> jitter(-0.7, 0.7);
        for (auto &[k, polygon] : contour->slices)
            for (Point2 &p : polygon) {
                p[0] += di + jitter(rng);
                p[1] += dj + jitter(rng);
            }
    }
    return g;
}

std::vector<Study> makeStudies(int count)
{
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<int> percent(0, 99);
    std::vector<Study> studies(static_cast<std::size_t>(count));
    qint64 id = 1;
    for (Study &s : studies) {
        s.a.studyClass = QStringLiteral("CT2");
        s.b.studyClass = percent(rng) < 10 ? QStringLiteral("CT3") : QStringLiteral("CT2");
        const bool disputed = percent(rng) < 25;
        for (int n = 0; n < 5; ++n) {
            Finding f = n < 3 ? makeBox(rng, id++) : makeContour(rng, id++);
            s.b.findings.push_back(perturb(f, rng, id++, disputed && n == 0 ? 12.0 : 2.0));
            s.a.findings.push_back(std::move(f));
        }
        std::shuffle(s.b.findings.begin(), s.b.findings.end(), rng); // readers draw in any order
    }
    return studies;
}

} // namespace

int main(int argc, char **argv)
{
    const int studies = argc > 1 ? std::atoi(argv[1]) : 10000;
    const double targetMs = 2000.0 * studies / 10000.0;
    std::printf("machine: %s\n", machineSummary().c_str());
    std::printf("generating %d studies × 2 readings × 5 findings (3 boxes, 2 contours)...\n", studies);
    const std::vector<Study> data = makeStudies(studies);

    LabelSchema schema;
    schema.scale = ClassScale::Ordinal;
    for (const char *code : {"CT0", "CT1", "CT2", "CT3", "CT4"})
        schema.classes.append(LabelClass{QString::fromLatin1(code), {}, {}, {}, {}, {}});
    schema.findingKinds = {FindingKind::Box, FindingKind::Contour};
    VolumeGeometry geometry;
    geometry.size = {512, 512, 300};
    geometry.spacing = {0.7, 0.7, 1.25};

    double bestMs = 1e300;
    int agreed = 0, reasons = 0;
    for (FindingConsensus consensus : {FindingConsensus::Intersection, FindingConsensus::Union}) {
        DisagreementThresholds thresholds;
        thresholds.findingConsensus = consensus;
        const DisagreementDetector detector(schema, thresholds, geometry);
        for (int run = 0; run < 3; ++run) {
            agreed = 0;
            reasons = 0;
            const double start = nowMs();
            for (const Study &s : data) {
                const Verdict v = detector.compare(s.a, s.b);
                agreed += v.agreed;
                reasons += int(v.reasons.size());
            }
            const double ms = nowMs() - start;
            std::printf("  %-12s run %d: %.0f ms (%d agreed, %d disputed, %d reasons)\n",
                        findingConsensusName(consensus).toLatin1().constData(), run + 1, ms, agreed,
                        studies - agreed, reasons);
            bestMs = std::min(bestMs, ms);
        }
    }
    const double ratio = bestMs / targetMs;
    std::printf("disagreement detection, %d studies: best %.0f ms, target %.0f ms, ratio %.2f\n", studies, bestMs,
                targetMs, ratio);
    printResult("disagreement " + std::to_string(studies) + " studies", format("%.0f ms", bestMs), "",
                format("%.2f", ratio), format("< %.0f ms", targetMs), bestMs < targetMs ? "ok" : "MISSED");
    return 0;
}
