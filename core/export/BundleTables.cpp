#include "core/export/BundleTables.h"

#include "core/imaging/MaskMetrics.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace etalon::core::release {

namespace {

/// A number with '.' decimals, at most six of them, without trailing zeros ("-0" as "0").
QString number(double value)
{
    if (!std::isfinite(value))
        return {};
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString number(qint64 value)
{
    return QString::number(value);
}

/// RFC 4180: a field is quoted when it holds a comma, a quote or a line break; quotes doubled.
class CsvWriter {
public:
    explicit CsvWriter(const QStringList &header) { addRow(header); }

    void addRow(const QStringList &fields)
    {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString &field : fields)
            cells.append(quoted(field));
        m_text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    QByteArray data() const { return m_text.toUtf8(); }

private:
    static QString quoted(const QString &field)
    {
        if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
            && !field.contains(QLatin1Char('\r')))
            return field;
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }

    QString m_text;
};

QString labelName(const QList<LabelClass> &labels, const QString &code)
{
    for (const LabelClass &label : labels)
        if (label.code == code)
            return label.name;
    return {};
}

/// Signed area and centroid of a closed polygon (shoelace); centroid = vertex mean when degenerate.
struct PolygonMoments {
    double area = 0.0; ///< signed
    Point2 centroid{};
};

PolygonMoments polygonMoments(const std::vector<Point2> &polygon)
{
    PolygonMoments m;
    const std::size_t n = polygon.size();
    if (n == 0)
        return m;
    double twiceArea = 0.0, cu = 0.0, cv = 0.0;
    for (std::size_t a = 0; a < n; ++a) {
        const Point2 &p = polygon[a];
        const Point2 &q = polygon[(a + 1) % n];
        const double cross = p[0] * q[1] - q[0] * p[1];
        twiceArea += cross;
        cu += (p[0] + q[0]) * cross;
        cv += (p[1] + q[1]) * cross;
    }
    m.area = twiceArea / 2.0;
    if (std::abs(twiceArea) > 1e-12) {
        m.centroid = {cu / (3.0 * twiceArea), cv / (3.0 * twiceArea)};
    } else {
        for (const Point2 &p : polygon) {
            m.centroid[0] += p[0] / double(n);
            m.centroid[1] += p[1] / double(n);
        }
    }
    return m;
}

/// The measured columns of one findings.csv row (empty strings stay empty cells).
struct FindingMeasures {
    QString label;
    QString sliceFirst, sliceLast;
    std::optional<Vec3> index;
    QString sizeI, sizeJ, sizeK;
    QString diameterMm, areaMm2, volumeMm3, voxels;
};

FindingMeasures measurePoint(const PointGeometry &point)
{
    FindingMeasures m;
    const QString slice = number(qint64(std::llround(point.index[2])));
    m.sliceFirst = slice;
    m.sliceLast = slice;
    m.index = point.index;
    if (point.diameterMm)
        m.diameterMm = number(*point.diameterMm);
    return m;
}

FindingMeasures measureBox(const BoxGeometry &box)
{
    FindingMeasures m;
    m.sliceFirst = number(qint64(box.k0));
    m.sliceLast = number(qint64(box.k1));
    m.index = Vec3{(box.i0 + box.i1) / 2.0, (box.j0 + box.j1) / 2.0, (box.k0 + box.k1) / 2.0};
    m.sizeI = number(box.i1 - box.i0);
    m.sizeJ = number(box.j1 - box.j0);
    m.sizeK = number(qint64(box.k1) - box.k0 + 1);
    return m;
}

FindingMeasures measureContour(const ContourGeometry &contour, const std::optional<VolumeGeometry> &geometry)
{
    FindingMeasures m;
    const auto [u, v] = contour.planeAxes();
    const int axis = contour.axis < 0 || contour.axis > 2 ? 2 : contour.axis;
    double minU = std::numeric_limits<double>::max(), maxU = std::numeric_limits<double>::lowest();
    double minV = minU, maxV = maxU;
    double totalArea = 0.0;
    Vec3 weighted{0, 0, 0};
    Vec3 vertexSum{0, 0, 0};
    qint64 vertexCount = 0;
    for (const auto &[slice, polygon] : contour.slices) {
        for (const Point2 &p : polygon) {
            minU = std::min(minU, p[0]);
            maxU = std::max(maxU, p[0]);
            minV = std::min(minV, p[1]);
            maxV = std::max(maxV, p[1]);
            const Vec3 index = contour.toIndex(slice, p);
            for (int c = 0; c < 3; ++c)
                vertexSum[std::size_t(c)] += index[std::size_t(c)];
            ++vertexCount;
        }
        const PolygonMoments moments = polygonMoments(polygon);
        const double area = std::abs(moments.area);
        totalArea += area;
        const Vec3 centre = contour.toIndex(slice, moments.centroid);
        for (int c = 0; c < 3; ++c)
            weighted[std::size_t(c)] += centre[std::size_t(c)] * area;
    }
    if (vertexCount == 0)
        return m;
    Vec3 centroid{};
    for (int c = 0; c < 3; ++c)
        centroid[std::size_t(c)] = totalArea > 1e-12 ? weighted[std::size_t(c)] / totalArea
                                                     : vertexSum[std::size_t(c)] / double(vertexCount);
    m.index = centroid;

    const int firstSlice = contour.slices.begin()->first;
    const int lastSlice = contour.slices.rbegin()->first;
    if (axis == 2) {
        m.sliceFirst = number(qint64(firstSlice));
        m.sliceLast = number(qint64(lastSlice));
    } else {
        // k is the vertices' v coordinate: the slices whose voxel centres the polygons span.
        qint64 first = qint64(std::ceil(minV));
        qint64 last = qint64(std::floor(maxV));
        if (first > last)
            first = last = std::llround(centroid[2]);
        m.sliceFirst = number(first);
        m.sliceLast = number(last);
    }
    std::array<QString, 3> size;
    size[std::size_t(u)] = number(maxU - minU);
    size[std::size_t(v)] = number(maxV - minV);
    size[std::size_t(axis)] = number(qint64(lastSlice) - firstSlice + 1);
    m.sizeI = size[0];
    m.sizeJ = size[1];
    m.sizeK = size[2];
    if (geometry)
        m.areaMm2 = number(totalArea * geometry->spacing[std::size_t(u)] * geometry->spacing[std::size_t(v)]);
    return m;
}

/// One row per label value present in the mask (its segments), in rising value.
QList<FindingMeasures> measureMask(const MaskGeometry &mask, const std::optional<VolumeGeometry> &geometry,
                                   const QList<LabelClass> &labels)
{
    struct Segment {
        qint64 voxels = 0;
        Vec3 sum{0, 0, 0};
        std::array<int, 3> min{std::numeric_limits<int>::max(), std::numeric_limits<int>::max(),
                               std::numeric_limits<int>::max()};
        std::array<int, 3> max{-1, -1, -1};
    };
    std::map<int, Segment> segments;
    const int ni = mask.size[0], nj = mask.size[1], nk = mask.size[2];
    std::size_t at = 0;
    for (int k = 0; k < nk; ++k)
        for (int j = 0; j < nj; ++j)
            for (int i = 0; i < ni; ++i, ++at) {
                const int value = mask.labels[at];
                if (value == 0)
                    continue;
                Segment &s = segments[value];
                ++s.voxels;
                const std::array<int, 3> index{i, j, k};
                for (std::size_t c = 0; c < 3; ++c) {
                    s.sum[c] += index[c];
                    s.min[c] = std::min(s.min[c], index[c]);
                    s.max[c] = std::max(s.max[c], index[c]);
                }
            }
    QList<FindingMeasures> rows;
    for (const auto &[value, s] : segments) {
        FindingMeasures m;
        m.label = value <= labels.size() ? labels[value - 1].code : QString::number(value);
        m.sliceFirst = number(qint64(s.min[2]));
        m.sliceLast = number(qint64(s.max[2]));
        m.index = Vec3{s.sum[0] / double(s.voxels), s.sum[1] / double(s.voxels), s.sum[2] / double(s.voxels)};
        m.sizeI = number(qint64(s.max[0] - s.min[0] + 1));
        m.sizeJ = number(qint64(s.max[1] - s.min[1] + 1));
        m.sizeK = number(qint64(s.max[2] - s.min[2] + 1));
        m.voxels = number(s.voxels);
        if (geometry)
            m.volumeMm3 = number(double(s.voxels) * geometry->spacing[0] * geometry->spacing[1] * geometry->spacing[2]);
        rows.append(m);
    }
    return rows;
}

const QStringList kFindingsHeader{
    QStringLiteral("study_id"),   QStringLiteral("source"),     QStringLiteral("finding"),
    QStringLiteral("kind"),       QStringLiteral("label"),      QStringLiteral("label_name"),
    QStringLiteral("attributes"), QStringLiteral("slice_first"), QStringLiteral("slice_last"),
    QStringLiteral("index_i"),    QStringLiteral("index_j"),    QStringLiteral("index_k"),
    QStringLiteral("patient_x"),  QStringLiteral("patient_y"),  QStringLiteral("patient_z"),
    QStringLiteral("size_i"),     QStringLiteral("size_j"),     QStringLiteral("size_k"),
    QStringLiteral("diameter_mm"), QStringLiteral("area_mm2"),  QStringLiteral("volume_mm3"),
    QStringLiteral("voxels")};

/// Appends the findings.csv rows of one source's findings; fails on a malformed mask.
Result<void> addFindingRows(CsvWriter &csv, const BundleUnit &unit, const QString &source,
                            const std::vector<Finding> &findings, const QList<LabelClass> &labels)
{
    int number1 = 0;
    for (const Finding &finding : findings) {
        ++number1;
        QList<FindingMeasures> rows;
        if (const auto *point = std::get_if<PointGeometry>(&finding.geometry)) {
            rows.append(measurePoint(*point));
        } else if (const auto *box = std::get_if<BoxGeometry>(&finding.geometry)) {
            rows.append(measureBox(*box));
        } else if (const auto *contour = std::get_if<ContourGeometry>(&finding.geometry)) {
            rows.append(measureContour(*contour, unit.geometry));
        } else if (const auto *mask = std::get_if<MaskGeometry>(&finding.geometry)) {
            const Result<void> valid = imaging::MaskMetrics::validate(*mask);
            if (!valid.ok())
                return makeError(ErrorCode::CorruptData,
                                 BundleTables::tr("The mask of finding %1 (%2) of study %3 is damaged: %4. "
                                                  "Correct or delete it in the final labels, then release again.")
                                     .arg(number1)
                                     .arg(source, unit.pseudonym, valid.error().message));
            rows = measureMask(*mask, unit.geometry, labels);
            if (rows.isEmpty())
                rows.append(FindingMeasures{}); // an empty mask still is a finding: voxels 0
            if (rows.size() == 1 && rows.front().voxels.isEmpty())
                rows.front().voxels = QStringLiteral("0");
        }
        const QString attributes = finding.attributes.isEmpty()
                                       ? QString()
                                       : QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(finding.attributes))
                                                               .toJson(QJsonDocument::Compact));
        for (const FindingMeasures &m : rows) {
            const QString label = m.label.isEmpty() ? finding.label : m.label;
            QStringList row{unit.pseudonym,
                            source,
                            QString::number(number1),
                            findingKindName(finding.kind()),
                            label,
                            labelName(labels, label),
                            attributes,
                            m.sliceFirst,
                            m.sliceLast};
            if (m.index) {
                for (double c : *m.index)
                    row.append(number(c));
            } else {
                row << QString() << QString() << QString();
            }
            if (m.index && unit.geometry) {
                for (double c : unit.geometry->indexToPatient(*m.index))
                    row.append(number(c));
            } else {
                row << QString() << QString() << QString();
            }
            row << m.sizeI << m.sizeJ << m.sizeK << m.diameterMm << m.areaMm2 << m.volumeMm3 << m.voxels;
            csv.addRow(row);
        }
    }
    return {};
}

QByteArray labelsCsv(const ReleaseContent &content)
{
    const LabelSchema &schema = content.dataset.spec.schema;
    CsvWriter csv({QStringLiteral("study_id"), QStringLiteral("study_instance_uid"), QStringLiteral("series_instance_uid"),
                   QStringLiteral("modality"), QStringLiteral("final_class"), QStringLiteral("final_class_name"),
                   QStringLiteral("verification_level"), QStringLiteral("outcome"), QStringLiteral("exclusion_reason"),
                   QStringLiteral("label_corrections"), QStringLiteral("findings"), QStringLiteral("dicom_folder")});
    for (const BundleUnit &unit : content.units) {
        const QString cls = unit.studyClass.value_or(QString());
        csv.addRow({unit.pseudonym, unit.studyInstanceUid, unit.seriesInstanceUid, unit.modality, cls,
                    labelName(schema.classes, cls), unit.verificationLevel, unit.finalState, unit.exclusionReason,
                    QString::number(unit.corrections), QString::number(unit.finalFindings.size()), unit.dicomFolder});
    }
    return csv.data();
}

QByteArray readingsCsv(const ReleaseContent &content)
{
    CsvWriter csv({QStringLiteral("study_id"), QStringLiteral("reader"), QStringLiteral("role"),
                   QStringLiteral("reader_years_experience"), QStringLiteral("reader_degree"), QStringLiteral("state"),
                   QStringLiteral("class"), QStringLiteral("findings"), QStringLiteral("seconds_spent")});
    for (const BundleUnit &unit : content.units)
        for (const BundleReading &reading : unit.readings)
            csv.addRow({unit.pseudonym, reading.reader, reading.role, QString::number(reading.yearsExperience),
                        reading.degree, reading.state, reading.studyClass.value_or(QString()),
                        QString::number(reading.findings.size()), QString::number(reading.secondsSpent)});
    return csv.data();
}

Result<QByteArray> findingsCsv(const ReleaseContent &content)
{
    const QList<LabelClass> &labels = content.dataset.spec.schema.findingLabels;
    CsvWriter csv(kFindingsHeader);
    for (const BundleUnit &unit : content.units) {
        Result<void> added = addFindingRows(csv, unit, QStringLiteral("final"), unit.finalFindings, labels);
        if (!added.ok())
            return added.error();
        for (const BundleReading &reading : unit.readings) {
            added = addFindingRows(csv, unit, reading.reader, reading.findings, labels);
            if (!added.ok())
                return added.error();
        }
    }
    return csv.data();
}

QJsonArray bboxOf(double x0, double y0, double x1, double y1)
{
    return QJsonArray{x0, y0, x1 - x0, y1 - y0};
}

Result<QByteArray> cocoJson(const ReleaseContent &content)
{
    const QList<LabelClass> &labels = content.dataset.spec.schema.findingLabels;
    const bool hasLicence = !content.documentation.licence.trimmed().isEmpty();

    QJsonArray categories;
    for (qsizetype n = 0; n < labels.size(); ++n)
        categories.append(QJsonObject{{QStringLiteral("id"), int(n + 1)},
                                      {QStringLiteral("name"), labels[n].code},
                                      {QStringLiteral("supercategory"), QStringLiteral("finding")}});
    if (labels.isEmpty()) // a schema without finding labels: every finding is of one category
        categories.append(QJsonObject{{QStringLiteral("id"), 1},
                                      {QStringLiteral("name"), QStringLiteral("finding")},
                                      {QStringLiteral("supercategory"), QStringLiteral("finding")}});

    QJsonArray images, annotations;
    int imageId = 0, annotationId = 0;
    for (const BundleUnit *unit : content.releasedUnits()) {
        if (!unit->geometry || unit->geometry->size[2] != 1 || unit->sliceFiles.isEmpty())
            continue;
        const int width = unit->geometry->size[0];
        const int height = unit->geometry->size[1];
        ++imageId;
        QJsonObject image{{QStringLiteral("id"), imageId},
                          {QStringLiteral("file_name"), unit->sliceFiles.front()},
                          {QStringLiteral("width"), width},
                          {QStringLiteral("height"), height},
                          {QStringLiteral("study_id"), unit->pseudonym}};
        if (hasLicence)
            image.insert(QStringLiteral("license"), 1);
        images.append(image);

        int findingNumber = 0;
        for (const Finding &finding : unit->finalFindings) {
            ++findingNumber;
            const bool drawable = std::holds_alternative<BoxGeometry>(finding.geometry)
                                  || std::holds_alternative<ContourGeometry>(finding.geometry);
            if (!drawable)
                continue;
            int categoryId = 1;
            if (!labels.isEmpty()) {
                categoryId = 0;
                for (qsizetype n = 0; n < labels.size(); ++n)
                    if (labels[n].code == finding.label)
                        categoryId = int(n + 1);
                if (categoryId == 0)
                    return makeError(ErrorCode::InvalidArgument,
                                     BundleTables::tr("Finding %1 of the final labels of study %2 has the label \"%3\", "
                                                      "which the dataset's label schema does not define. Correct the "
                                                      "final labels, then release again.")
                                         .arg(findingNumber)
                                         .arg(unit->pseudonym, finding.label));
            }
            auto clampX = [width](double x) { return std::clamp(x, 0.0, double(width)); };
            auto clampY = [height](double y) { return std::clamp(y, 0.0, double(height)); };
            QJsonObject annotation{{QStringLiteral("image_id"), imageId},
                                   {QStringLiteral("category_id"), categoryId},
                                   {QStringLiteral("iscrowd"), 0}};
            if (const auto *box = std::get_if<BoxGeometry>(&finding.geometry)) {
                if (box->k0 > 0 || box->k1 < 0)
                    continue;
                const double x0 = clampX(box->i0 + 0.5), x1 = clampX(box->i1 + 0.5);
                const double y0 = clampY(box->j0 + 0.5), y1 = clampY(box->j1 + 0.5);
                const double area = (x1 - x0) * (y1 - y0);
                if (!(area > 0.0))
                    continue;
                annotation.insert(QStringLiteral("bbox"), bboxOf(x0, y0, x1, y1));
                annotation.insert(QStringLiteral("area"), area); // a box has no segmentation: key left out
            } else {
                const auto &contour = std::get<ContourGeometry>(finding.geometry);
                if (contour.axis != 2)
                    continue; // a 2D image has no other index plane
                const auto it = contour.slices.find(0);
                if (it == contour.slices.end() || it->second.size() < 3)
                    continue;
                QJsonArray polygon;
                std::vector<Point2> coco;
                double x0 = width, y0 = height, x1 = 0, y1 = 0;
                for (const Point2 &p : it->second) {
                    const Point2 c{clampX(p[0] + 0.5), clampY(p[1] + 0.5)};
                    coco.push_back(c);
                    polygon.append(c[0]);
                    polygon.append(c[1]);
                    x0 = std::min(x0, c[0]);
                    x1 = std::max(x1, c[0]);
                    y0 = std::min(y0, c[1]);
                    y1 = std::max(y1, c[1]);
                }
                const double area = std::abs(polygonMoments(coco).area);
                if (!(area > 0.0))
                    continue;
                annotation.insert(QStringLiteral("segmentation"), QJsonArray{polygon});
                annotation.insert(QStringLiteral("bbox"), bboxOf(x0, y0, x1, y1));
                annotation.insert(QStringLiteral("area"), area);
            }
            annotation.insert(QStringLiteral("id"), ++annotationId);
            annotations.append(annotation);
        }
    }

    const QString code = content.dataset.spec.code;
    QJsonObject info{{QStringLiteral("description"), content.dataset.spec.name.isEmpty() ? code : content.dataset.spec.name},
                     {QStringLiteral("dataset"), code},
                     {QStringLiteral("version"), content.version.toString()},
                     {QStringLiteral("year"), content.releasedAt.toUTC().date().year()},
                     {QStringLiteral("date_created"), content.releasedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("contributor"), content.documentation.organisation},
                     {QStringLiteral("url"), content.documentation.permanentLink}};
    QJsonArray licenses;
    if (hasLicence)
        licenses.append(QJsonObject{{QStringLiteral("id"), 1},
                                    {QStringLiteral("name"), content.documentation.licence},
                                    {QStringLiteral("url"), QString()}});
    const QJsonObject root{{QStringLiteral("info"), info},
                           {QStringLiteral("licenses"), licenses},
                           {QStringLiteral("images"), images},
                           {QStringLiteral("annotations"), annotations},
                           {QStringLiteral("categories"), categories}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> writeFile(const QString &bundleDir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(bundleDir).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::IoError, BundleTables::tr("Could not write %1: %2. Check that the folder is writable "
                                                              "and the disk has free space.")
                                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

Result<QStringList> BundleTables::write(const ReleaseContent &content, const QString &bundleDir)
{
    if (!QDir().mkpath(bundleDir))
        return makeError(ErrorCode::IoError, tr("Could not create the bundle folder %1. Check that its parent folder "
                                                "is writable.")
                                                 .arg(QDir::toNativeSeparators(bundleDir)));
    Result<QByteArray> findings = findingsCsv(content);
    if (!findings.ok())
        return findings.error();
    Result<QByteArray> coco = cocoJson(content);
    if (!coco.ok())
        return coco.error();

    const QList<QPair<QString, QByteArray>> files{{QStringLiteral("labels.csv"), labelsCsv(content)},
                                                  {QStringLiteral("readings.csv"), readingsCsv(content)},
                                                  {QStringLiteral("findings.csv"), *findings},
                                                  {QStringLiteral("annotations_coco.json"), *coco}};
    QStringList written;
    for (const auto &[name, data] : files) {
        const Result<void> ok = writeFile(bundleDir, name, data);
        if (!ok.ok())
            return ok.error();
        written.append(name);
    }
    return written;
}

} // namespace etalon::core::release
