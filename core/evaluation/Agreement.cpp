#include "core/evaluation/Agreement.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace etalon::core::evaluation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::evaluation", text);
}

constexpr double z975 = 1.959963984540054; // standard normal quantile for a 95 % interval

double agreementWeight(int i, int j, int k, KappaWeighting weighting)
{
    if (i == j)
        return 1.0;
    if (weighting == KappaWeighting::Unweighted || k < 2)
        return 0.0;
    const double d = double(std::abs(i - j)) / double(k - 1);
    return weighting == KappaWeighting::Linear ? 1.0 - d : 1.0 - d * d;
}

} // namespace

qint64 ConfusionMatrix::total() const
{
    qint64 n = 0;
    for (const auto &row : counts)
        for (qint64 c : row)
            n += c;
    return n;
}

qint64 ConfusionMatrix::agreements() const
{
    qint64 n = 0;
    for (std::size_t i = 0; i < counts.size(); ++i)
        n += counts[i][i];
    return n;
}

Result<ConfusionMatrix> confusionMatrix(const std::vector<int> &ratingsA, const std::vector<int> &ratingsB,
                                        int categories)
{
    if (ratingsA.size() != ratingsB.size())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Rater A has %1 ratings and rater B %2: agreement needs one pair per item.")
                             .arg(ratingsA.size())
                             .arg(ratingsB.size()));
    if (categories < 1)
        return makeError(ErrorCode::InvalidArgument, tr("Agreement needs at least one category."));
    ConfusionMatrix matrix;
    matrix.counts.assign(std::size_t(categories), std::vector<qint64>(std::size_t(categories), 0));
    for (std::size_t n = 0; n < ratingsA.size(); ++n) {
        const int a = ratingsA[n];
        const int b = ratingsB[n];
        if (a < 0 || a >= categories || b < 0 || b >= categories)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Item %1 has a rating outside the %2 categories of the schema.")
                                 .arg(n + 1)
                                 .arg(categories));
        ++matrix.counts[std::size_t(a)][std::size_t(b)];
    }
    return matrix;
}

double percentAgreement(const ConfusionMatrix &matrix)
{
    const qint64 n = matrix.total();
    return n > 0 ? double(matrix.agreements()) / double(n) : 0.0;
}

Result<KappaEstimate> cohenKappa(const ConfusionMatrix &matrix, KappaWeighting weighting)
{
    const int k = matrix.categories();
    const qint64 n = matrix.total();
    if (n <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("Kappa needs at least one rated item."));
    for (const auto &row : matrix.counts)
        if (int(row.size()) != k)
            return makeError(ErrorCode::InvalidArgument, tr("The confusion matrix is not square."));

    const std::size_t kk = std::size_t(k);
    std::vector<std::vector<double>> p(kk, std::vector<double>(kk, 0.0));
    std::vector<double> rowMargin(kk, 0.0), colMargin(kk, 0.0);
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            p[i][j] = double(matrix.counts[i][j]) / double(n);
            rowMargin[i] += p[i][j];
            colMargin[j] += p[i][j];
        }

    std::vector<std::vector<double>> w(kk, std::vector<double>(kk, 0.0));
    double po = 0.0, pe = 0.0;
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            w[i][j] = agreementWeight(i, j, k, weighting);
            po += w[i][j] * p[i][j];
            pe += w[i][j] * rowMargin[i] * colMargin[j];
        }
    if (pe >= 1.0 - 1e-12)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Kappa is undefined: both raters used one and the same category for every item."));

    // Fleiss, Cohen & Everitt (1969), non-null asymptotic variance.
    std::vector<double> wRow(kk, 0.0), wCol(kk, 0.0);
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            wRow[i] += colMargin[j] * w[i][j]; // w̄_i.
            wCol[j] += rowMargin[i] * w[i][j]; // w̄_.j
        }
    double sum = 0.0;
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            const double t = w[i][j] * (1.0 - pe) - (wRow[i] + wCol[j]) * (1.0 - po);
            sum += p[i][j] * t * t;
        }
    const double last = po * pe - 2.0 * pe + po;
    const double variance = std::max(0.0, (sum - last * last) / (double(n) * std::pow(1.0 - pe, 4)));

    KappaEstimate estimate;
    estimate.kappa = (po - pe) / (1.0 - pe);
    estimate.observedAgreement = po;
    estimate.expectedAgreement = pe;
    estimate.standardError = std::sqrt(variance);
    estimate.ciLower = std::clamp(estimate.kappa - z975 * estimate.standardError, -1.0, 1.0);
    estimate.ciUpper = std::clamp(estimate.kappa + z975 * estimate.standardError, -1.0, 1.0);
    estimate.items = n;
    return estimate;
}

Result<FleissKappaEstimate> fleissKappa(const std::vector<std::vector<int>> &countsPerItem)
{
    if (countsPerItem.empty())
        return makeError(ErrorCode::InvalidArgument, tr("Fleiss' kappa needs at least one rated item."));
    const std::size_t k = countsPerItem.front().size();
    int m = 0;
    for (int c : countsPerItem.front())
        m += c;
    if (m < 2)
        return makeError(ErrorCode::InvalidArgument, tr("Fleiss' kappa needs at least two ratings per item."));

    const double items = double(countsPerItem.size());
    std::vector<double> categoryShare(k, 0.0);
    double sumPi = 0.0;
    for (std::size_t i = 0; i < countsPerItem.size(); ++i) {
        const auto &row = countsPerItem[i];
        int ratings = 0;
        double squares = 0.0;
        for (int c : row) {
            if (c < 0)
                return makeError(ErrorCode::InvalidArgument, tr("Item %1 has a negative count.").arg(i + 1));
            ratings += c;
            squares += double(c) * c;
        }
        if (row.size() != k || ratings != m)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Item %1 has %2 ratings in %3 categories; every item needs %4 ratings in %5 "
                                "categories.")
                                 .arg(i + 1)
                                 .arg(ratings)
                                 .arg(row.size())
                                 .arg(m)
                                 .arg(k));
        for (std::size_t j = 0; j < k; ++j)
            categoryShare[j] += row[j];
        sumPi += (squares - m) / (double(m) * (m - 1));
    }
    double pe = 0.0, pq = 0.0, pqqp = 0.0;
    for (double &share : categoryShare) {
        share /= items * m;
        pe += share * share;
        const double q = 1.0 - share;
        pq += share * q;
        pqqp += share * q * (q - share);
    }
    if (pe >= 1.0 - 1e-12)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Fleiss' kappa is undefined: every rating fell in one and the same category."));

    FleissKappaEstimate estimate;
    estimate.meanObservedAgreement = sumPi / items;
    estimate.expectedAgreement = pe;
    estimate.kappa = (estimate.meanObservedAgreement - pe) / (1.0 - pe);
    estimate.standardErrorNull =
        std::sqrt(2.0 / (items * m * (m - 1))) * std::sqrt(std::max(0.0, pq * pq - pqqp)) / pq;
    estimate.items = qint64(countsPerItem.size());
    estimate.ratersPerItem = m;
    return estimate;
}

double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double position = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const auto lower = std::size_t(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

Result<DistributionSummary> summarize(std::vector<double> values)
{
    if (values.empty())
        return makeError(ErrorCode::InvalidArgument, tr("A distribution needs at least one value."));
    std::sort(values.begin(), values.end());
    DistributionSummary s;
    s.count = qint64(values.size());
    s.min = values.front();
    s.max = values.back();
    s.q1 = percentileOfSorted(values, 25.0);
    s.median = percentileOfSorted(values, 50.0);
    s.q3 = percentileOfSorted(values, 75.0);
    return s;
}

} // namespace etalon::core::evaluation
