#include "schemas/jsonschemacodec.h"

#include <QCoreApplication>

#define VALIJSON_USE_EXCEPTIONS 1
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Qafka {

namespace {

// At most this many problems per message: the first few say what is wrong.
constexpr size_t maxProblems = 20;

std::optional<nlohmann::json> parse(QByteArrayView text, QString *error)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

// valijson matches "pattern" and "patternProperties" with libstdc++'s std::regex, which overflows
// a signed long on a repetition count of 19 digits (fuzz_jsonschema found it) and builds a state
// per repetition: a schema with a count above this is refused before either can happen.
constexpr qint64 maxRepetition = 100000;

bool repeatsTooOften(const std::string &pattern)
{
    bool inClass = false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\') {
            ++i; // an escaped character is a literal
        } else if (inClass) {
            inClass = c != ']';
        } else if (c == '[') {
            inClass = true;
        } else if (c == '{') {
            qint64 count = 0;
            for (size_t j = i + 1;
                 j < pattern.size() && (std::isdigit(uchar(pattern[j])) || pattern[j] == ',');
                 ++j) {
                count = pattern[j] == ',' ? 0 : count * 10 + (pattern[j] - '0');
                if (count > maxRepetition)
                    return true;
            }
        }
    }
    return false;
}

// The first pattern anywhere in a schema document that repeats too often.
std::optional<std::string> patternRepeatingTooOften(const nlohmann::json &node)
{
    if (node.is_array()) {
        for (const nlohmann::json &item : node)
            if (auto found = patternRepeatingTooOften(item))
                return found;
    }
    if (!node.is_object())
        return std::nullopt;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it.key() == "pattern" && it->is_string() && repeatsTooOften(it->get<std::string>()))
            return it->get<std::string>();
        if (it.key() == "patternProperties" && it->is_object())
            for (auto property = it->begin(); property != it->end(); ++property)
                if (repeatsTooOften(property.key()))
                    return property.key();
        if (auto found = patternRepeatingTooOften(*it))
            return found;
    }
    return std::nullopt;
}

// "$.customer.id" from valijson's context ("<root>", "[customer]", "[id]" or "[0]").
QString pathOf(const std::vector<std::string> &context)
{
    QString path = QStringLiteral("$");
    for (const std::string &part : context) {
        if (part == "<root>")
            continue;
        QString name = QString::fromStdString(part);
        if (name.startsWith(u'[') && name.endsWith(u']'))
            name = name.mid(1, name.size() - 2);
        bool isIndex = false;
        name.toLongLong(&isIndex);
        if (isIndex)
            path += u'[' + name + u']';
        else
            path += u'.' + name;
    }
    return path;
}

} // namespace

struct JsonSchemaCodec::Private
{
    std::map<std::string, nlohmann::json> documents; // the schema's references by name
    valijson::Schema schema;
};

JsonSchemaCodec::JsonSchemaCodec(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

JsonSchemaCodec::~JsonSchemaCodec() = default;

std::shared_ptr<const JsonSchemaCodec> JsonSchemaCodec::create(const ResolvedSchema &schema,
                                                               QString *error)
{
    auto d = std::make_unique<Private>();
    QString parseError;
    const auto root = parse(schema.schema.text.toUtf8(), &parseError);
    if (!root) {
        *error = QCoreApplication::translate("JsonSchemaCodec", "the JSON Schema is not JSON: %1")
                     .arg(parseError);
        return nullptr;
    }
    for (const auto &[name, dependency] : schema.dependencies) {
        const auto document = parse(dependency.text.toUtf8(), &parseError);
        if (!document) {
            *error = QCoreApplication::translate("JsonSchemaCodec",
                                                 "the referenced schema “%1” is not JSON: %2")
                         .arg(name, parseError);
            return nullptr;
        }
        d->documents.emplace(name.toStdString(), *document);
    }
    std::optional<std::string> tooOften = patternRepeatingTooOften(*root);
    for (auto it = d->documents.begin(); !tooOften && it != d->documents.end(); ++it)
        tooOften = patternRepeatingTooOften(it->second);
    if (tooOften) {
        *error = QCoreApplication::translate("JsonSchemaCodec",
                                             "the JSON Schema cannot be used: its pattern “%1” "
                                             "repeats something more than %2 times.")
                     .arg(QString::fromStdString(*tooOften), QString::number(maxRepetition));
        return nullptr;
    }
    const auto fetch = [&d](const std::string &uri) -> const nlohmann::json * {
        const auto found = d->documents.find(uri);
        return found == d->documents.end() ? nullptr : new nlohmann::json(found->second);
    };
    const auto release = [](const nlohmann::json *document) { delete document; };
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(*root), d->schema, fetch,
                              release);
    } catch (const std::exception &e) {
        *error =
            QCoreApplication::translate("JsonSchemaCodec", "the JSON Schema cannot be used: %1")
                .arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    return std::shared_ptr<const JsonSchemaCodec>(new JsonSchemaCodec(std::move(d)));
}

std::optional<QStringList> JsonSchemaCodec::problemsWith(QByteArrayView json, QString *error) const
{
    const auto document = parse(json, error);
    if (!document)
        return std::nullopt;
    valijson::Validator validator;
    valijson::ValidationResults results;
    QStringList problems;
    try {
        if (validator.validate(d->schema, valijson::adapters::NlohmannJsonAdapter(*document),
                               &results))
            return problems;
    } catch (const std::exception &e) {
        return QStringList{QString::fromUtf8(e.what())};
    }
    valijson::ValidationResults::Error problem;
    while (problems.size() < qsizetype(maxProblems) && results.popError(problem))
        problems.append(pathOf(problem.context) + u": " +
                        QString::fromStdString(problem.description));
    return problems;
}

DecodedPayload JsonSchemaCodec::decode(QByteArrayView payload) const
{
    DecodedPayload decoded;
    QString error;
    const auto problems = problemsWith(payload, &error);
    if (!problems) {
        decoded.error =
            QCoreApplication::translate("JsonSchemaCodec", "the payload is not JSON: %1")
                .arg(error);
        return decoded;
    }
    decoded.ok = true;
    decoded.json = payload.trimmed().toByteArray();
    decoded.problems = *problems;
    return decoded;
}

EncodedPayload JsonSchemaCodec::encode(QByteArrayView json, const QString &) const
{
    EncodedPayload encoded;
    QString error;
    const auto problems = problemsWith(json, &error);
    if (!problems)
        encoded.error = QCoreApplication::translate("JsonSchemaCodec", "not JSON: %1").arg(error);
    else if (!problems->isEmpty())
        encoded.error = QCoreApplication::translate("JsonSchemaCodec", "the schema rejects it: %1")
                            .arg(problems->first());
    else {
        encoded.ok = true;
        encoded.bytes = QByteArray::fromStdString(parse(json, nullptr)->dump());
    }
    return encoded;
}

} // namespace Qafka
