#include "core/workflow/DisagreementThresholds.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace etalon::core::workflow {

QString findingConsensusName(FindingConsensus consensus)
{
    return consensus == FindingConsensus::Union ? QStringLiteral("union") : QStringLiteral("intersection");
}

std::optional<FindingConsensus> findingConsensusFromName(const QString &name)
{
    if (name == QLatin1String("intersection"))
        return FindingConsensus::Intersection;
    if (name == QLatin1String("union"))
        return FindingConsensus::Union;
    return std::nullopt;
}

QJsonObject DisagreementThresholds::toJson() const
{
    return QJsonObject{{QStringLiteral("ordinalTolerance"), ordinalTolerance},
                       {QStringLiteral("iou"), iou},
                       {QStringLiteral("dice"), dice},
                       {QStringLiteral("hd95Mm"), hd95Mm ? QJsonValue(*hd95Mm) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("findingConsensus"), findingConsensusName(findingConsensus)},
                       {QStringLiteral("pointToleranceMm"), pointToleranceMm}};
}

Result<DisagreementThresholds> DisagreementThresholds::fromJson(const QJsonObject &json)
{
    // The context lupdate gives calls inside this member function.
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("etalon::core::workflow::DisagreementThresholds", text);
    };
    DisagreementThresholds t;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("ordinalTolerance")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != std::floor(value.toDouble()))
                return makeError(ErrorCode::InvalidArgument, tr("The ordinal tolerance must be a whole number of classes, 0 or more."));
            t.ordinalTolerance = value.toInt();
        } else if (key == QLatin1String("iou") || key == QLatin1String("dice")) {
            if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > 1) {
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The %1 threshold must be a number above 0 and at most 1.")
                                     .arg(key == QLatin1String("iou") ? QStringLiteral("IoU") : QStringLiteral("Dice")));
            }
            (key == QLatin1String("iou") ? t.iou : t.dice) = value.toDouble();
        } else if (key == QLatin1String("hd95Mm")) {
            if (value.isNull())
                continue;
            if (!value.isDouble() || value.toDouble() <= 0)
                return makeError(ErrorCode::InvalidArgument, tr("The HD95 threshold must be a distance in mm above 0."));
            t.hd95Mm = value.toDouble();
        } else if (key == QLatin1String("findingConsensus")) {
            const std::optional<FindingConsensus> consensus = findingConsensusFromName(value.toString());
            if (!value.isString() || !consensus)
                return makeError(ErrorCode::InvalidArgument, tr("The finding consensus must be \"intersection\" or \"union\"."));
            t.findingConsensus = *consensus;
        } else if (key == QLatin1String("pointToleranceMm")) {
            if (!value.isDouble() || value.toDouble() <= 0)
                return makeError(ErrorCode::InvalidArgument, tr("The point tolerance must be a distance in mm above 0."));
            t.pointToleranceMm = value.toDouble();
        } else {
            return makeError(ErrorCode::InvalidArgument, tr("Unknown threshold \"%1\"; known: ordinalTolerance, iou, dice, "
                                                            "hd95Mm, findingConsensus, pointToleranceMm.")
                                                             .arg(key));
        }
    }
    return t;
}

} // namespace etalon::core::workflow
