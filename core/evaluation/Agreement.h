#pragma once

#include "core/Result.h"

#include <QtGlobal>

#include <vector>

namespace etalon::core::evaluation {

/// Counts of paired ratings: counts[a][b] is the number of items rater A put in category a
/// and rater B in category b. Categories are indices 0..k-1 (for ordinal schemas, the rank).
struct ConfusionMatrix {
    std::vector<std::vector<qint64>> counts;

    int categories() const { return int(counts.size()); }
    qint64 total() const;
    qint64 agreements() const; ///< the diagonal
};

/// Builds the k×k matrix from paired ratings (a[n] with b[n]). Fails when the lists differ
/// in length or a rating lies outside 0..categories-1.
Result<ConfusionMatrix> confusionMatrix(const std::vector<int> &ratingsA, const std::vector<int> &ratingsB,
                                        int categories);

/// Share of items on which both raters gave the same category (0 when there are no items).
double percentAgreement(const ConfusionMatrix &matrix);

/// Agreement weights of weighted kappa: 1 on the diagonal, falling with the distance
/// |i-j|/(k-1) linearly or quadratically (Cicchetti–Allison / Fleiss–Cohen weights).
enum class KappaWeighting { Unweighted, Linear, Quadratic };

/// A kappa with its large-sample standard error and 95 % confidence interval.
struct KappaEstimate {
    double kappa = 0.0;
    double observedAgreement = 0.0; ///< p_o (weighted for weighted kappa)
    double expectedAgreement = 0.0; ///< p_e from the margins (weighted likewise)
    double standardError = 0.0;
    double ciLower = 0.0; ///< kappa ∓ 1.959964·SE, clipped to [-1, 1]
    double ciUpper = 0.0;
    qint64 items = 0;
};

/// Cohen's kappa (1960), or weighted kappa (Cohen 1968) for ordinal classes. The standard
/// error is the non-null asymptotic one of Fleiss, Cohen & Everitt (1969):
///   Var = [Σ p_ij (w_ij(1-p_e) - (w̄_i. + w̄_.j)(1-p_o))² - (p_o p_e - 2p_e + p_o)²] / (n (1-p_e)⁴),
/// with w̄_i. = Σ_j p_.j w_ij and w̄_.j = Σ_i p_i. w_ij (as R's vcd::Kappa; psych::cohen.kappa
/// agrees for unweighted kappa but uses a different w̄_.j for weighted kappa).
/// Fails when there are no items or both raters used a single identical category only
/// (p_e = 1: kappa is undefined).
Result<KappaEstimate> cohenKappa(const ConfusionMatrix &matrix,
                                 KappaWeighting weighting = KappaWeighting::Unweighted);

struct FleissKappaEstimate {
    double kappa = 0.0;
    double meanObservedAgreement = 0.0; ///< P̄
    double expectedAgreement = 0.0;     ///< P̄_e = Σ p_j²
    /// Standard error under the null hypothesis κ = 0 (Fleiss, Nee & Landis 1979), the one
    /// to use for a z test of agreement beyond chance.
    double standardErrorNull = 0.0;
    qint64 items = 0;
    int ratersPerItem = 0;
};

/// Fleiss' kappa (1971) for more than two reads per item. countsPerItem[i][j] is the
/// number of raters who put item i in category j; every item must have the same number
/// (≥ 2) of ratings.
Result<FleissKappaEstimate> fleissKappa(const std::vector<std::vector<int>> &countsPerItem);

/// Five-number summary of a sample. Percentiles interpolate linearly between the closest
/// ranks (position p·(n-1) in the sorted sample), as numpy.percentile's default.
struct DistributionSummary {
    qint64 count = 0;
    double median = 0.0;
    double q1 = 0.0; ///< 25th percentile
    double q3 = 0.0; ///< 75th percentile
    double min = 0.0;
    double max = 0.0;
};

/// The p-th percentile (0..100) of a sample sorted ascending; 0 for an empty sample.
double percentileOfSorted(const std::vector<double> &sorted, double p);

/// Summary of the values (any order). Fails when there are none.
Result<DistributionSummary> summarize(std::vector<double> values);

} // namespace etalon::core::evaluation
