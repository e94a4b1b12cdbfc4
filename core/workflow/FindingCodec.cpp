#include "core/workflow/FindingCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace etalon::core::workflow {

namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

QJsonArray pair(const Point2 &p)
{
    return QJsonArray{p[0], p[1]};
}

/// A JSON number that is a whole int.
std::optional<int> wholeInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

std::optional<double> number(const QJsonValue &value)
{
    if (!value.isDouble() || !finite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

} // namespace

Result<void> FindingCodec::validate(const FindingGeometry &geometry)
{
    if (const auto *point = std::get_if<PointGeometry>(&geometry)) {
        for (double v : point->index) {
            if (!finite(v))
                return makeError(ErrorCode::InvalidArgument, tr("A point needs finite coordinates."));
        }
        if (point->diameterMm && (!finite(*point->diameterMm) || *point->diameterMm <= 0))
            return makeError(ErrorCode::InvalidArgument, tr("A point's diameter must be a positive number of mm."));
        return {};
    }
    if (const auto *box = std::get_if<BoxGeometry>(&geometry)) {
        if (!finite(box->i0) || !finite(box->i1) || !finite(box->j0) || !finite(box->j1))
            return makeError(ErrorCode::InvalidArgument, tr("A box needs finite bounds."));
        if (!(box->i0 < box->i1) || !(box->j0 < box->j1))
            return makeError(ErrorCode::InvalidArgument,
                             tr("A box needs i0 < i1 and j0 < j1 (got i %1..%2, j %3..%4).")
                                 .arg(box->i0).arg(box->i1).arg(box->j0).arg(box->j1));
        if (box->k0 > box->k1)
            return makeError(ErrorCode::InvalidArgument,
                             tr("A box's slice range must not run backwards (got k %1..%2).").arg(box->k0).arg(box->k1));
        return {};
    }
    if (const auto *contour = std::get_if<ContourGeometry>(&geometry)) {
        if (contour->slices.empty())
            return makeError(ErrorCode::InvalidArgument, tr("A contour needs at least one slice."));
        if (contour->axis < 0 || contour->axis > 2)
            return makeError(ErrorCode::InvalidArgument,
                             tr("A contour's plane axis must be 0, 1 or 2 (got %1).").arg(contour->axis));
        for (const auto &[k, points] : contour->slices) {
            if (points.size() < 3)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The contour on slice %1 has %2 vertices; a closed contour needs at least 3.")
                                     .arg(k).arg(points.size()));
            for (const Point2 &p : points) {
                if (!finite(p[0]) || !finite(p[1]))
                    return makeError(ErrorCode::InvalidArgument, tr("The contour on slice %1 has a non-finite vertex.").arg(k));
            }
        }
        return {};
    }
    const auto &mask = std::get<MaskGeometry>(geometry);
    if (mask.size[0] <= 0 || mask.size[1] <= 0 || mask.size[2] <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("A mask needs a positive size in every direction."));
    const qint64 voxels = qint64(mask.size[0]) * mask.size[1] * mask.size[2];
    if (qint64(mask.labels.size()) != voxels)
        return makeError(ErrorCode::InvalidArgument, tr("The mask holds %1 voxels but its size %2x%3x%4 needs %5.")
                                                         .arg(mask.labels.size())
                                                         .arg(mask.size[0]).arg(mask.size[1]).arg(mask.size[2])
                                                         .arg(voxels));
    return {};
}

QJsonObject FindingCodec::toJson(const FindingGeometry &geometry)
{
    if (const auto *point = std::get_if<PointGeometry>(&geometry)) {
        QJsonObject o{{QStringLiteral("index"), QJsonArray{point->index[0], point->index[1], point->index[2]}}};
        if (point->diameterMm)
            o.insert(QStringLiteral("diameterMm"), *point->diameterMm);
        return o;
    }
    if (const auto *box = std::get_if<BoxGeometry>(&geometry)) {
        return QJsonObject{{QStringLiteral("i0"), box->i0}, {QStringLiteral("j0"), box->j0},
                           {QStringLiteral("i1"), box->i1}, {QStringLiteral("j1"), box->j1},
                           {QStringLiteral("k0"), box->k0}, {QStringLiteral("k1"), box->k1}};
    }
    if (const auto *contour = std::get_if<ContourGeometry>(&geometry)) {
        QJsonArray slices;
        for (const auto &[k, points] : contour->slices) {
            QJsonArray vertices;
            for (const Point2 &p : points)
                vertices.append(pair(p));
            slices.append(QJsonObject{{QStringLiteral("k"), k}, {QStringLiteral("points"), vertices}});
        }
        QJsonObject o{{QStringLiteral("slices"), slices}};
        if (contour->axis != 2)
            o.insert(QStringLiteral("axis"), contour->axis);
        return o;
    }
    const auto &mask = std::get<MaskGeometry>(geometry);
    return QJsonObject{{QStringLiteral("size"), QJsonArray{mask.size[0], mask.size[1], mask.size[2]}}};
}

EncodedGeometry FindingCodec::encode(const FindingGeometry &geometry)
{
    EncodedGeometry encoded;
    encoded.json = QJsonDocument(toJson(geometry)).toJson(QJsonDocument::Compact);
    if (const auto *mask = std::get_if<MaskGeometry>(&geometry)) {
        // An empty mask (a reading's first stroke makes one) is stored as no voxels at all,
        // which reads back as all background: compressing 78 MB of zeros costs half a second.
        const bool empty = std::all_of(mask->labels.begin(), mask->labels.end(), [](std::uint8_t v) { return v == 0; });
        encoded.maskBlob = empty ? qCompress(QByteArray())
                                 : qCompress(reinterpret_cast<const uchar *>(mask->labels.data()), qsizetype(mask->labels.size()));
    }
    return encoded;
}

Result<FindingGeometry> FindingCodec::decode(FindingKind kind, const QByteArray &json, const QByteArray &maskBlob)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::CorruptData, tr("A stored %1 geometry is not a JSON object.").arg(findingKindName(kind)));
    return fromJson(kind, doc.object(), maskBlob);
}

Result<FindingGeometry> FindingCodec::fromJson(FindingKind kind, const QJsonObject &json, const QByteArray &maskBlob)
{
    const QString kindName = findingKindName(kind);
    const auto bad = [&](const QString &why) {
        return makeError(ErrorCode::CorruptData, tr("A stored %1 geometry is damaged: %2.").arg(kindName, why));
    };
    const auto checkKeys = [&](const QStringList &allowed) -> std::optional<QString> {
        for (const QString &key : json.keys()) {
            if (!allowed.contains(key))
                return key;
        }
        return std::nullopt;
    };
    FindingGeometry geometry;
    switch (kind) {
    case FindingKind::Point: {
        if (const auto key = checkKeys({QStringLiteral("index"), QStringLiteral("diameterMm")}))
            return bad(tr("unknown key \"%1\"").arg(*key));
        const QJsonArray index = json.value(QStringLiteral("index")).toArray();
        if (index.size() != 3)
            return bad(tr("\"index\" must be [i, j, k]"));
        PointGeometry point;
        for (int a = 0; a < 3; ++a) {
            const auto v = number(index.at(a));
            if (!v)
                return bad(tr("\"index\" must hold numbers"));
            point.index[a] = *v;
        }
        if (json.contains(QStringLiteral("diameterMm"))) {
            const auto d = number(json.value(QStringLiteral("diameterMm")));
            if (!d)
                return bad(tr("\"diameterMm\" must be a number"));
            point.diameterMm = *d;
        }
        geometry = point;
        break;
    }
    case FindingKind::Box: {
        if (const auto key = checkKeys({QStringLiteral("i0"), QStringLiteral("j0"), QStringLiteral("i1"), QStringLiteral("j1"),
                                        QStringLiteral("k0"), QStringLiteral("k1")}))
            return bad(tr("unknown key \"%1\"").arg(*key));
        BoxGeometry box;
        const auto i0 = number(json.value(QStringLiteral("i0"))), i1 = number(json.value(QStringLiteral("i1")));
        const auto j0 = number(json.value(QStringLiteral("j0"))), j1 = number(json.value(QStringLiteral("j1")));
        const auto k0 = wholeInt(json.value(QStringLiteral("k0"))), k1 = wholeInt(json.value(QStringLiteral("k1")));
        if (!i0 || !i1 || !j0 || !j1 || !k0 || !k1)
            return bad(tr("it needs numbers i0, j0, i1, j1 and whole slice numbers k0, k1"));
        box.i0 = *i0;
        box.i1 = *i1;
        box.j0 = *j0;
        box.j1 = *j1;
        box.k0 = *k0;
        box.k1 = *k1;
        geometry = box;
        break;
    }
    case FindingKind::Contour: {
        if (const auto key = checkKeys({QStringLiteral("slices"), QStringLiteral("axis")}))
            return bad(tr("unknown key \"%1\"").arg(*key));
        if (!json.value(QStringLiteral("slices")).isArray())
            return bad(tr("\"slices\" must be an array"));
        ContourGeometry contour;
        if (json.contains(QStringLiteral("axis"))) {
            const auto axis = wholeInt(json.value(QStringLiteral("axis")));
            if (!axis || *axis < 0 || *axis > 2)
                return bad(tr("\"axis\" must be 0, 1 or 2"));
            contour.axis = *axis;
        }
        for (const QJsonValue &sliceValue : json.value(QStringLiteral("slices")).toArray()) {
            const QJsonObject slice = sliceValue.toObject();
            const auto k = wholeInt(slice.value(QStringLiteral("k")));
            if (!k || !slice.value(QStringLiteral("points")).isArray() || slice.size() != 2)
                return bad(tr("each slice must be {\"k\": whole number, \"points\": [[i, j], ...]}"));
            if (contour.slices.count(*k))
                return bad(tr("slice %1 appears twice").arg(*k));
            std::vector<Point2> points;
            for (const QJsonValue &vertex : slice.value(QStringLiteral("points")).toArray()) {
                const QJsonArray ij = vertex.toArray();
                const auto i = number(ij.at(0)), j = number(ij.at(1));
                if (ij.size() != 2 || !i || !j)
                    return bad(tr("a vertex must be [i, j]"));
                points.push_back({*i, *j});
            }
            contour.slices.emplace(*k, std::move(points));
        }
        geometry = contour;
        break;
    }
    case FindingKind::Mask: {
        if (const auto key = checkKeys({QStringLiteral("size")}))
            return bad(tr("unknown key \"%1\"").arg(*key));
        const QJsonArray size = json.value(QStringLiteral("size")).toArray();
        MaskGeometry mask;
        if (size.size() != 3)
            return bad(tr("\"size\" must be [nx, ny, nz]"));
        for (int a = 0; a < 3; ++a) {
            const auto n = wholeInt(size.at(a));
            if (!n || *n <= 0)
                return bad(tr("\"size\" must hold positive whole numbers"));
            mask.size[a] = *n;
        }
        const QByteArray labels = qUncompress(maskBlob);
        const qint64 voxels = qint64(mask.size[0]) * mask.size[1] * mask.size[2];
        if (labels.isEmpty() && !maskBlob.isEmpty()) {
            mask.labels.assign(std::size_t(voxels), 0); // stored empty: all background
        } else {
            if (labels.size() != voxels)
                return bad(tr("the compressed labels hold %1 voxels, the size needs %2").arg(labels.size()).arg(voxels));
            mask.labels.assign(labels.begin(), labels.end());
        }
        geometry = mask;
        break;
    }
    }
    if (Result<void> valid = validate(geometry); !valid)
        return bad(valid.error().message);
    return geometry;
}

QJsonArray FindingCodec::findingsToJson(const std::vector<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("kind"), findingKindName(f.kind())},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("attributes"), QJsonObject::fromVariantMap(f.attributes)},
                      {QStringLiteral("geometry"), toJson(f.geometry)}};
        if (f.id > 0)
            o.insert(QStringLiteral("sourceFindingId"), f.id);
        if (f.kind() == FindingKind::Mask) {
            const EncodedGeometry encoded = encode(f.geometry);
            o.insert(QStringLiteral("maskBlobBase64"), QString::fromLatin1(encoded.maskBlob.toBase64()));
        }
        array.append(o);
    }
    return array;
}

Result<std::vector<Finding>> FindingCodec::findingsFromJson(const QJsonArray &array)
{
    std::vector<Finding> findings;
    findings.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const std::optional<FindingKind> kind = findingKindFromName(o.value(QStringLiteral("kind")).toString());
        if (!array.at(i).isObject() || !kind) {
            return makeError(ErrorCode::CorruptData, tr("Finding %1 of the list has no known kind (point, box, contour or mask).")
                                                         .arg(i + 1));
        }
        QByteArray blob;
        if (*kind == FindingKind::Mask) {
            const QByteArray base64 = o.value(QStringLiteral("maskBlobBase64")).toString().toLatin1();
            const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                return makeError(ErrorCode::CorruptData,
                                 tr("The mask of finding %1 of the list is not valid base64 (maskBlobBase64).").arg(i + 1));
            }
            blob = *decoded;
        }
        Result<FindingGeometry> geometry = fromJson(*kind, o.value(QStringLiteral("geometry")).toObject(), blob);
        if (!geometry) {
            return makeError(ErrorCode::CorruptData,
                             tr("Finding %1 of the list is damaged: %2").arg(i + 1).arg(geometry.error().message));
        }
        Finding f;
        f.label = o.value(QStringLiteral("label")).toString();
        f.attributes = o.value(QStringLiteral("attributes")).toObject().toVariantMap();
        f.geometry = std::move(*geometry);
        findings.push_back(std::move(f));
    }
    return findings;
}

QByteArray FindingCodec::encodeDelta(const MaskDelta &delta)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(delta.runs.size());
    for (const MaskDelta::Run &r : delta.runs)
        out << qint64(r.start) << qint32(r.length) << quint8(r.label);
    out.writeRawData(reinterpret_cast<const char *>(delta.before.data()), int(delta.before.size()));
    return qCompress(raw);
}

Result<MaskDelta> FindingCodec::decodeDelta(const QByteArray &blob)
{
    const auto bad = [] { return makeError(ErrorCode::CorruptData, tr("A stored mask edit is damaged.")); };
    const QByteArray raw = qUncompress(blob);
    if (raw.size() < 4)
        return bad();
    QDataStream in(raw);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 count = 0;
    in >> count;
    constexpr qsizetype recordSize = 8 + 4 + 1;
    if (qsizetype(count) > (raw.size() - 4) / recordSize)
        return bad();
    MaskDelta delta;
    delta.runs.reserve(count);
    qint64 total = 0, end = -1;
    for (quint32 n = 0; n < count; ++n) {
        qint64 start = 0;
        qint32 length = 0;
        quint8 label = 0;
        in >> start >> length >> label;
        if (start < 0 || length <= 0 || start < end)
            return bad();
        end = start + length;
        total += length;
        delta.runs.push_back(MaskDelta::Run{start, length, label});
    }
    const qsizetype offset = 4 + qsizetype(count) * recordSize;
    if (raw.size() - offset != total)
        return bad();
    delta.before.assign(raw.begin() + offset, raw.end());
    return delta;
}

} // namespace etalon::core::workflow
