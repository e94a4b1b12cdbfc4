#include "core/model/LabelSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace etalon::core {

namespace {

QString tr(const char *text)
{
    // Free functions translate in their namespace's context, as lupdate records them;
    // LabelSchema's members use LabelSchema::tr (Q_DECLARE_TR_FUNCTIONS).
    return QCoreApplication::translate("etalon::core", text);
}

const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$"));
    return pattern;
}

const QRegularExpression &colourPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern;
}

Error invalid(const QString &schemaId, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument,
                     schemaId.isEmpty() ? tr("Invalid label schema: %1").arg(message)
                                        : tr("Invalid label schema '%1': %2").arg(schemaId, message));
}

/// Refuses keys the format does not know, so a misspelt key is not silently ignored.
std::optional<QString> unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

Result<QString> stringField(const QJsonObject &object, const QString &key, bool required, const QString &where,
                            const QString &schemaId)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return invalid(schemaId, tr("%1 has no \"%2\".").arg(where, key));
        return QString();
    }
    if (!value.isString())
        return invalid(schemaId, tr("\"%1\" of %2 must be a string.").arg(key, where));
    return value.toString();
}

Result<LabelClass> parseClass(const QJsonValue &value, const QString &where, const QString &schemaId)
{
    if (!value.isObject())
        return invalid(schemaId, tr("%1 must be an object.").arg(where));
    const QJsonObject object = value.toObject();
    if (const auto key = unknownKey(object, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("nameRu"),
                                             QStringLiteral("icd10"), QStringLiteral("colour"),
                                             QStringLiteral("description")})) {
        return invalid(schemaId, tr("%1 has an unknown key \"%2\".").arg(where, *key));
    }
    LabelClass c;
    const Result<QString> code = stringField(object, QStringLiteral("code"), true, where, schemaId);
    if (!code)
        return code.error();
    c.code = *code;
    if (!codePattern().match(c.code).hasMatch()) {
        return invalid(schemaId, tr("the code \"%1\" of %2 is not usable: use letters, digits, '_', '.', '+' or '-'.")
                                     .arg(c.code, where));
    }
    const QString named = tr("%1 (\"%2\")").arg(where, c.code);
    for (auto [key, target] : {std::pair{QStringLiteral("name"), &c.name}, std::pair{QStringLiteral("nameRu"), &c.nameRu},
                               std::pair{QStringLiteral("icd10"), &c.icd10}, std::pair{QStringLiteral("colour"), &c.colour},
                               std::pair{QStringLiteral("description"), &c.description}}) {
        const Result<QString> field = stringField(object, key, key == QLatin1String("name"), named, schemaId);
        if (!field)
            return field.error();
        *target = *field;
    }
    if (c.name.trimmed().isEmpty())
        return invalid(schemaId, tr("%1 has an empty name.").arg(named));
    if (!c.colour.isEmpty() && !colourPattern().match(c.colour).hasMatch())
        return invalid(schemaId, tr("the colour \"%1\" of %2 is not of the form #rrggbb.").arg(c.colour, named));
    return c;
}

Result<QList<LabelClass>> parseClasses(const QJsonObject &root, const QString &key, const QString &what,
                                       const QString &schemaId)
{
    QList<LabelClass> classes;
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return classes;
    if (!value.isArray())
        return invalid(schemaId, tr("\"%1\" must be an array.").arg(key));
    QSet<QString> codes;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<LabelClass> c = parseClass(array.at(i), tr("%1 %2").arg(what).arg(i + 1), schemaId);
        if (!c)
            return c.error();
        if (codes.contains(c->code))
            return invalid(schemaId, tr("the code \"%1\" appears twice in \"%2\".").arg(c->code, key));
        codes.insert(c->code);
        classes.append(*c);
    }
    return classes;
}

QJsonObject classToJson(const LabelClass &c)
{
    QJsonObject object{{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name}};
    if (!c.nameRu.isEmpty())
        object.insert(QStringLiteral("nameRu"), c.nameRu);
    if (!c.icd10.isEmpty())
        object.insert(QStringLiteral("icd10"), c.icd10);
    if (!c.colour.isEmpty())
        object.insert(QStringLiteral("colour"), c.colour);
    if (!c.description.isEmpty())
        object.insert(QStringLiteral("description"), c.description);
    return object;
}

} // namespace

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Point:
        return QStringLiteral("point");
    case FindingKind::Box:
        return QStringLiteral("box");
    case FindingKind::Contour:
        return QStringLiteral("contour");
    case FindingKind::Mask:
        return QStringLiteral("mask");
    }
    return {};
}

std::optional<FindingKind> findingKindFromName(const QString &name)
{
    for (FindingKind kind : {FindingKind::Point, FindingKind::Box, FindingKind::Contour, FindingKind::Mask}) {
        if (findingKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

int LabelSchema::classIndex(const QString &code) const
{
    for (qsizetype i = 0; i < classes.size(); ++i) {
        if (classes.at(i).code == code)
            return int(i);
    }
    return -1;
}

Result<LabelSchema> LabelSchema::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(QString(), tr("not valid JSON at character %1: %2")
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return invalid(QString(), tr("the top level must be a JSON object."));
    const QJsonObject root = document.object();
    const QString rawId = root.value(QStringLiteral("id")).toString();
    if (const auto key = unknownKey(root, {QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("name"),
                                           QStringLiteral("nameRu"), QStringLiteral("scale"),
                                           QStringLiteral("studyClassRequired"), QStringLiteral("classes"),
                                           QStringLiteral("findingKinds"), QStringLiteral("findingLabels"),
                                           QStringLiteral("attributes")})) {
        return invalid(rawId, tr("unknown key \"%1\".").arg(*key));
    }
    if (root.contains(QStringLiteral("formatVersion")) && root.value(QStringLiteral("formatVersion")).toInt(-1) != 1) {
        return invalid(rawId, tr("\"formatVersion\" is %1; this Etalon reads version 1.")
                                  .arg(root.value(QStringLiteral("formatVersion")).toVariant().toString()));
    }

    LabelSchema schema;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const Result<QString> id = stringField(root, QStringLiteral("id"), true, tr("the schema"), QString());
    if (!id)
        return id.error();
    schema.id = *id;
    if (!idPattern.match(schema.id).hasMatch())
        return invalid(QString(), tr("the id \"%1\" is not usable: use lower-case letters, digits and '-'.").arg(schema.id));
    const Result<QString> name = stringField(root, QStringLiteral("name"), true, tr("the schema"), schema.id);
    if (!name)
        return name.error();
    schema.name = *name;
    if (schema.name.trimmed().isEmpty())
        return invalid(schema.id, tr("the name is empty."));
    const Result<QString> nameRu = stringField(root, QStringLiteral("nameRu"), false, tr("the schema"), schema.id);
    if (!nameRu)
        return nameRu.error();
    schema.nameRu = *nameRu;

    const QString scale = root.value(QStringLiteral("scale")).toString(QStringLiteral("nominal"));
    if (scale == QLatin1String("nominal"))
        schema.scale = ClassScale::Nominal;
    else if (scale == QLatin1String("ordinal"))
        schema.scale = ClassScale::Ordinal;
    else
        return invalid(schema.id, tr("\"scale\" must be \"nominal\" or \"ordinal\" (is \"%1\").").arg(scale));

    const QJsonValue required = root.value(QStringLiteral("studyClassRequired"));
    if (!required.isUndefined() && !required.isBool())
        return invalid(schema.id, tr("\"studyClassRequired\" must be true or false."));
    schema.studyClassRequired = required.toBool(true);

    Result<QList<LabelClass>> classes = parseClasses(root, QStringLiteral("classes"), tr("class"), schema.id);
    if (!classes)
        return classes.error();
    schema.classes = *classes;
    Result<QList<LabelClass>> labels = parseClasses(root, QStringLiteral("findingLabels"), tr("finding label"), schema.id);
    if (!labels)
        return labels.error();
    schema.findingLabels = *labels;
    if (schema.findingLabels.size() > 255)
        return invalid(schema.id, tr("at most 255 finding labels fit in a mask (there are %1).").arg(schema.findingLabels.size()));

    const QJsonValue kinds = root.value(QStringLiteral("findingKinds"));
    if (!kinds.isUndefined() && !kinds.isArray())
        return invalid(schema.id, tr("\"findingKinds\" must be an array of \"point\", \"box\", \"contour\", \"mask\"."));
    for (const QJsonValue &k : kinds.toArray()) {
        const std::optional<FindingKind> kind = findingKindFromName(k.toString());
        if (!kind) {
            return invalid(schema.id, tr("unknown finding kind \"%1\"; use \"point\", \"box\", \"contour\" or \"mask\".")
                                          .arg(k.toVariant().toString()));
        }
        if (schema.findingKinds.contains(*kind))
            return invalid(schema.id, tr("the finding kind \"%1\" is listed twice.").arg(k.toString()));
        schema.findingKinds.append(*kind);
    }

    const QJsonValue attributes = root.value(QStringLiteral("attributes"));
    if (!attributes.isUndefined() && !attributes.isArray())
        return invalid(schema.id, tr("\"attributes\" must be an array."));
    QSet<QString> keys;
    const QJsonArray attributeArray = attributes.toArray();
    for (qsizetype i = 0; i < attributeArray.size(); ++i) {
        const QString where = tr("attribute %1").arg(i + 1);
        if (!attributeArray.at(i).isObject())
            return invalid(schema.id, tr("%1 must be an object.").arg(where));
        const QJsonObject object = attributeArray.at(i).toObject();
        if (const auto key = unknownKey(object, {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("nameRu"),
                                                 QStringLiteral("options"), QStringLiteral("required")})) {
            return invalid(schema.id, tr("%1 has an unknown key \"%2\".").arg(where, *key));
        }
        FindingAttribute attribute;
        const Result<QString> key = stringField(object, QStringLiteral("key"), true, where, schema.id);
        if (!key)
            return key.error();
        attribute.key = *key;
        if (!codePattern().match(attribute.key).hasMatch())
            return invalid(schema.id, tr("the key \"%1\" of %2 is not usable.").arg(attribute.key, where));
        if (keys.contains(attribute.key))
            return invalid(schema.id, tr("the attribute \"%1\" is defined twice.").arg(attribute.key));
        keys.insert(attribute.key);
        const Result<QString> attributeName = stringField(object, QStringLiteral("name"), true, where, schema.id);
        if (!attributeName)
            return attributeName.error();
        attribute.name = *attributeName;
        const Result<QString> attributeNameRu = stringField(object, QStringLiteral("nameRu"), false, where, schema.id);
        if (!attributeNameRu)
            return attributeNameRu.error();
        attribute.nameRu = *attributeNameRu;
        const QJsonValue options = object.value(QStringLiteral("options"));
        if (!options.isUndefined() && !options.isArray())
            return invalid(schema.id, tr("\"options\" of attribute \"%1\" must be an array of strings.").arg(attribute.key));
        for (const QJsonValue &option : options.toArray()) {
            if (!option.isString() || option.toString().isEmpty())
                return invalid(schema.id, tr("\"options\" of attribute \"%1\" must be non-empty strings.").arg(attribute.key));
            if (attribute.options.contains(option.toString())) {
                return invalid(schema.id, tr("the option \"%1\" of attribute \"%2\" is listed twice.")
                                              .arg(option.toString(), attribute.key));
            }
            attribute.options.append(option.toString());
        }
        const QJsonValue attributeRequired = object.value(QStringLiteral("required"));
        if (!attributeRequired.isUndefined() && !attributeRequired.isBool())
            return invalid(schema.id, tr("\"required\" of attribute \"%1\" must be true or false.").arg(attribute.key));
        attribute.required = attributeRequired.toBool(false);
        schema.attributes.append(attribute);
    }

    // What makes a schema answerable at all.
    if (schema.classes.isEmpty() && schema.findingKinds.isEmpty())
        return invalid(schema.id, tr("it has neither study-level classes nor finding kinds, so a reader could answer nothing."));
    if (schema.studyClassRequired && schema.classes.size() < 2)
        return invalid(schema.id, tr("a required study-level class needs at least two classes to choose from."));
    if (schema.scale == ClassScale::Ordinal && schema.classes.size() < 2)
        return invalid(schema.id, tr("an ordinal scale needs at least two classes."));
    if (schema.findingKinds.isEmpty() && (!schema.findingLabels.isEmpty() || !schema.attributes.isEmpty()))
        return invalid(schema.id, tr("finding labels or attributes are given but no finding kinds are allowed."));
    return schema;
}

QByteArray LabelSchema::toJson() const
{
    QJsonObject root{{QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("scale"), scale == ClassScale::Ordinal ? QStringLiteral("ordinal") : QStringLiteral("nominal")},
                     {QStringLiteral("studyClassRequired"), studyClassRequired}};
    if (!nameRu.isEmpty())
        root.insert(QStringLiteral("nameRu"), nameRu);
    QJsonArray classArray;
    for (const LabelClass &c : classes)
        classArray.append(classToJson(c));
    root.insert(QStringLiteral("classes"), classArray);
    QJsonArray kinds;
    for (FindingKind kind : findingKinds)
        kinds.append(findingKindName(kind));
    root.insert(QStringLiteral("findingKinds"), kinds);
    QJsonArray labels;
    for (const LabelClass &c : findingLabels)
        labels.append(classToJson(c));
    root.insert(QStringLiteral("findingLabels"), labels);
    QJsonArray attributeArray;
    for (const FindingAttribute &a : attributes) {
        QJsonObject object{{QStringLiteral("key"), a.key}, {QStringLiteral("name"), a.name}};
        if (!a.nameRu.isEmpty())
            object.insert(QStringLiteral("nameRu"), a.nameRu);
        if (!a.options.isEmpty())
            object.insert(QStringLiteral("options"), QJsonArray::fromStringList(a.options));
        object.insert(QStringLiteral("required"), a.required);
        attributeArray.append(object);
    }
    root.insert(QStringLiteral("attributes"), attributeArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace etalon::core
