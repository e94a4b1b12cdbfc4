#include "core/workflow/DisagreementDetector.h"

#include <algorithm>
#include <cmath>

namespace etalon::core::workflow {

namespace {

QString kindNoun(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Point:
        return DisagreementDetector::tr("point");
    case FindingKind::Box:
        return DisagreementDetector::tr("box");
    case FindingKind::Contour:
        return DisagreementDetector::tr("contour");
    case FindingKind::Mask:
        return DisagreementDetector::tr("mask");
    }
    return {};
}

QString describe(const Finding &f, int index)
{
    const QString number = f.id > 0 ? QString::number(f.id) : QString::number(index + 1);
    if (f.label.isEmpty())
        return DisagreementDetector::tr("%1 #%2").arg(kindNoun(f.kind()), number);
    return DisagreementDetector::tr("%1 #%2 (%3)").arg(kindNoun(f.kind()), number, f.label);
}

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

QVariantMap commonAttributes(const QVariantMap &a, const QVariantMap &b)
{
    QVariantMap out;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (b.contains(it.key()) && b.value(it.key()) == it.value())
            out.insert(it.key(), it.value());
    return out;
}

} // namespace

QString disputeKindName(DisputeKind kind)
{
    switch (kind) {
    case DisputeKind::ClassMismatch:
        return QStringLiteral("class_mismatch");
    case DisputeKind::MissingClass:
        return QStringLiteral("missing_class");
    case DisputeKind::UnmatchedFinding:
        return QStringLiteral("unmatched_finding");
    case DisputeKind::LowIoU:
        return QStringLiteral("low_iou");
    case DisputeKind::LowDice:
        return QStringLiteral("low_dice");
    case DisputeKind::HighHd95:
        return QStringLiteral("high_hd95");
    }
    return {};
}

DisagreementDetector::DisagreementDetector(LabelSchema schema, DisagreementThresholds thresholds,
                                           VolumeGeometry geometry)
    : m_schema(std::move(schema)),
      m_thresholds(thresholds),
      m_geometry(geometry),
      m_matcher(geometry, thresholds.pointToleranceMm)
{
}

int DisagreementDetector::rankOf(const QString &code) const
{
    for (int n = 0; n < m_schema.classes.size(); ++n)
        if (m_schema.classes[n].code == code)
            return n;
    return -1;
}

void DisagreementDetector::compareClasses(const Reading &a, const Reading &b, Verdict &verdict,
                                          Consensus &consensus) const
{
    const bool hasA = a.studyClass.has_value() && !a.studyClass->isEmpty();
    const bool hasB = b.studyClass.has_value() && !b.studyClass->isEmpty();
    if (!hasA && !hasB) {
        if (m_schema.studyClassRequired && !m_schema.classes.isEmpty()) {
            DisputeReason r;
            r.kind = DisputeKind::MissingClass;
            r.message = tr("Neither reader chose a study class, but the schema requires one.");
            verdict.reasons.push_back(r);
        }
        return;
    }
    if (hasA != hasB) {
        DisputeReason r;
        r.kind = DisputeKind::MissingClass;
        r.message = hasA ? tr("Reader A chose the class %1; reader B chose none.").arg(*a.studyClass)
                         : tr("Reader B chose the class %1; reader A chose none.").arg(*b.studyClass);
        verdict.reasons.push_back(r);
        return;
    }
    const QString &ca = *a.studyClass;
    const QString &cb = *b.studyClass;
    if (ca == cb) {
        consensus.studyClass = ca;
        return;
    }
    if (m_schema.scale == ClassScale::Ordinal) {
        const int ra = rankOf(ca), rb = rankOf(cb);
        if (ra >= 0 && rb >= 0) {
            const int distance = std::abs(ra - rb);
            if (distance <= m_thresholds.ordinalTolerance) {
                consensus.studyClass = ra >= rb ? ca : cb; // the more severe
                return;
            }
            DisputeReason r;
            r.kind = DisputeKind::ClassMismatch;
            r.value = distance;
            r.threshold = m_thresholds.ordinalTolerance;
            r.message = tr("Reader A chose %1 and reader B %2: %n step(s) apart, tolerance %3.", nullptr, distance)
                            .arg(ca, cb)
                            .arg(m_thresholds.ordinalTolerance);
            verdict.reasons.push_back(r);
            return;
        }
    }
    DisputeReason r;
    r.kind = DisputeKind::ClassMismatch;
    r.message = tr("Reader A chose %1 and reader B %2.").arg(ca, cb);
    verdict.reasons.push_back(r);
}

Finding DisagreementDetector::merge(const Finding &a, const Finding &b, const imaging::RunMask &voxelsA,
                                    const imaging::RunMask &voxelsB) const
{
    const bool intersect = m_thresholds.findingConsensus == FindingConsensus::Intersection;
    Finding out;
    out.label = a.label;
    out.attributes = commonAttributes(a.attributes, b.attributes);
    switch (a.kind()) {
    case FindingKind::Point: {
        const auto &pa = std::get<PointGeometry>(a.geometry);
        const auto &pb = std::get<PointGeometry>(b.geometry);
        PointGeometry p;
        for (int axis = 0; axis < 3; ++axis)
            p.index[axis] = (pa.index[axis] + pb.index[axis]) / 2.0;
        if (pa.diameterMm && pb.diameterMm)
            p.diameterMm = intersect ? std::min(*pa.diameterMm, *pb.diameterMm) : std::max(*pa.diameterMm, *pb.diameterMm);
        else
            p.diameterMm = pa.diameterMm ? pa.diameterMm : pb.diameterMm;
        out.geometry = p;
        break;
    }
    case FindingKind::Box: {
        const auto &ba = std::get<BoxGeometry>(a.geometry);
        const auto &bb = std::get<BoxGeometry>(b.geometry);
        const auto lo = [](double x, double y) { return std::min(x, y); };
        const auto hi = [](double x, double y) { return std::max(x, y); };
        BoxGeometry box;
        if (intersect) {
            box.i0 = hi(lo(ba.i0, ba.i1), lo(bb.i0, bb.i1));
            box.i1 = lo(hi(ba.i0, ba.i1), hi(bb.i0, bb.i1));
            box.j0 = hi(lo(ba.j0, ba.j1), lo(bb.j0, bb.j1));
            box.j1 = lo(hi(ba.j0, ba.j1), hi(bb.j0, bb.j1));
            box.k0 = std::max(std::min(ba.k0, ba.k1), std::min(bb.k0, bb.k1));
            box.k1 = std::min(std::max(ba.k0, ba.k1), std::max(bb.k0, bb.k1));
        } else {
            box.i0 = lo(lo(ba.i0, ba.i1), lo(bb.i0, bb.i1));
            box.i1 = hi(hi(ba.i0, ba.i1), hi(bb.i0, bb.i1));
            box.j0 = lo(lo(ba.j0, ba.j1), lo(bb.j0, bb.j1));
            box.j1 = hi(hi(ba.j0, ba.j1), hi(bb.j0, bb.j1));
            box.k0 = std::min(std::min(ba.k0, ba.k1), std::min(bb.k0, bb.k1));
            box.k1 = std::max(std::max(ba.k0, ba.k1), std::max(bb.k0, bb.k1));
        }
        out.geometry = box;
        break;
    }
    case FindingKind::Contour: {
        out.geometry = (intersect ? imaging::RunMask::intersection(voxelsA, voxelsB)
                                  : imaging::RunMask::united(voxelsA, voxelsB))
                           .toContour();
        break;
    }
    case FindingKind::Mask: {
        const auto &ma = std::get<MaskGeometry>(a.geometry);
        const auto &mb = std::get<MaskGeometry>(b.geometry);
        MaskGeometry mask;
        mask.size = ma.size;
        mask.labels.resize(ma.labels.size());
        for (std::size_t n = 0; n < ma.labels.size(); ++n) {
            const std::uint8_t x = ma.labels[n], y = mb.labels[n];
            if (intersect)
                mask.labels[n] = x == y ? x : 0;
            else
                mask.labels[n] = x && y ? std::min(x, y) : std::max(x, y);
        }
        out.geometry = std::move(mask);
        break;
    }
    }
    return out;
}

Verdict DisagreementDetector::compare(const Reading &a, const Reading &b) const
{
    Verdict verdict;
    Consensus consensus;
    compareClasses(a, b, verdict, consensus);

    const FindingMatching matching = m_matcher.match(a.findings, b.findings);
    for (int index : matching.unmatchedA) {
        DisputeReason r;
        r.kind = DisputeKind::UnmatchedFinding;
        r.findingIndexA = index;
        r.findingIdA = a.findings[std::size_t(index)].id;
        r.message = tr("Reader A's %1 has no counterpart in reader B's reading.")
                        .arg(describe(a.findings[std::size_t(index)], index));
        verdict.reasons.push_back(r);
    }
    for (int index : matching.unmatchedB) {
        DisputeReason r;
        r.kind = DisputeKind::UnmatchedFinding;
        r.findingIndexB = index;
        r.findingIdB = b.findings[std::size_t(index)].id;
        r.message = tr("Reader B's %1 has no counterpart in reader A's reading.")
                        .arg(describe(b.findings[std::size_t(index)], index));
        verdict.reasons.push_back(r);
    }

    for (const FindingPair &pair : matching.pairs) {
        const Finding &fa = a.findings[std::size_t(pair.indexA)];
        const Finding &fb = b.findings[std::size_t(pair.indexB)];
        MatchedFindings matched;
        matched.indexA = pair.indexA;
        matched.indexB = pair.indexB;
        matched.findingIdA = fa.id;
        matched.findingIdB = fb.id;
        matched.metrics = pair.metrics;

        DisputeReason base;
        base.findingIndexA = pair.indexA;
        base.findingIndexB = pair.indexB;
        base.findingIdA = fa.id;
        base.findingIdB = fb.id;

        if (fa.kind() == FindingKind::Mask) {
            const auto &ma = std::get<MaskGeometry>(fa.geometry);
            const auto &mb = std::get<MaskGeometry>(fb.geometry);
            auto perLabel = imaging::MaskMetrics::overlapPerLabel(ma, mb);
            if (perLabel.ok()) {
                for (const auto &[label, overlap] : *perLabel) {
                    MaskLabelMetrics metrics;
                    metrics.overlap = overlap;
                    if (overlap.dice < m_thresholds.dice) {
                        DisputeReason r = base;
                        r.kind = DisputeKind::LowDice;
                        r.maskLabel = label;
                        r.value = overlap.dice;
                        r.threshold = m_thresholds.dice;
                        r.message = tr("Masks %1 and %2, label %3: Dice %4 is below %5.")
                                        .arg(describe(fa, pair.indexA), describe(fb, pair.indexB))
                                        .arg(label)
                                        .arg(number(overlap.dice), number(m_thresholds.dice));
                        verdict.reasons.push_back(r);
                    }
                    if (m_thresholds.hd95Mm) {
                        auto distances = imaging::MaskMetrics::surfaceDistances(ma, mb, m_geometry.spacing, label);
                        if (distances.ok()) {
                            metrics.distances = *distances;
                            // Undefined (label in one mask only) is already a Dice of 0.
                            if (distances->defined && distances->hd95Mm > *m_thresholds.hd95Mm) {
                                DisputeReason r = base;
                                r.kind = DisputeKind::HighHd95;
                                r.maskLabel = label;
                                r.value = distances->hd95Mm;
                                r.threshold = *m_thresholds.hd95Mm;
                                r.message = tr("Masks %1 and %2, label %3: HD95 %4 mm exceeds %5 mm.")
                                                .arg(describe(fa, pair.indexA), describe(fb, pair.indexB))
                                                .arg(label)
                                                .arg(number(distances->hd95Mm), number(*m_thresholds.hd95Mm));
                                verdict.reasons.push_back(r);
                            }
                        }
                    }
                    matched.maskLabels[label] = metrics;
                }
            }
        } else if (pair.metrics.iou && *pair.metrics.iou < m_thresholds.iou) {
            DisputeReason r = base;
            r.kind = DisputeKind::LowIoU;
            r.value = *pair.metrics.iou;
            r.threshold = m_thresholds.iou;
            r.message = tr("Reader A's %1 and reader B's %2 overlap with IoU %3, below %4.")
                            .arg(describe(fa, pair.indexA), describe(fb, pair.indexB))
                            .arg(number(*pair.metrics.iou), number(m_thresholds.iou));
            verdict.reasons.push_back(r);
        }
        verdict.pairs.push_back(std::move(matched));
    }

    verdict.agreed = verdict.reasons.empty();
    if (verdict.agreed) {
        for (const FindingPair &pair : matching.pairs)
            consensus.findings.push_back(merge(a.findings[std::size_t(pair.indexA)], b.findings[std::size_t(pair.indexB)],
                                               matching.voxelsA[std::size_t(pair.indexA)],
                                               matching.voxelsB[std::size_t(pair.indexB)]));
        verdict.consensus = std::move(consensus);
    }
    return verdict;
}

} // namespace etalon::core::workflow
