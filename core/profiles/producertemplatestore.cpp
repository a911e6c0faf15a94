#include "profiles/producertemplatestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Qafka {

namespace {

QString modeName(ProducerTemplate::Mode mode)
{
    switch (mode) {
    case ProducerTemplate::Mode::Empty:
        return QStringLiteral("empty");
    case ProducerTemplate::Mode::Null:
        return QStringLiteral("null");
    case ProducerTemplate::Mode::Schema:
        return QStringLiteral("schema");
    case ProducerTemplate::Mode::Text:
        break;
    }
    return QStringLiteral("text");
}

ProducerTemplate::Mode modeOf(const QString &name)
{
    if (name == u"empty")
        return ProducerTemplate::Mode::Empty;
    if (name == u"null")
        return ProducerTemplate::Mode::Null;
    if (name == u"schema")
        return ProducerTemplate::Mode::Schema;
    return ProducerTemplate::Mode::Text;
}

QJsonObject schemaChoiceJson(const SchemaChoice &choice)
{
    return {{QStringLiteral("subject"), choice.subject},
            {QStringLiteral("version"), choice.version},
            {QStringLiteral("messageType"), choice.messageType},
            {QStringLiteral("registerFile"), choice.registerFile}};
}

SchemaChoice schemaChoiceOf(const QJsonObject &object)
{
    return {object.value(QStringLiteral("subject")).toString(),
            object.value(QStringLiteral("version")).toInt(-1),
            object.value(QStringLiteral("messageType")).toString(),
            object.value(QStringLiteral("registerFile")).toString()};
}

} // namespace

QByteArray ProducerTemplate::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[key, value] : headers)
        headerArray.append(
            QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    const QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("topic"), topic},
        {QStringLiteral("partition"), partition},
        {QStringLiteral("keyMode"), modeName(keyMode)},
        {QStringLiteral("key"), key},
        {QStringLiteral("keySchema"), schemaChoiceJson(keySchema)},
        {QStringLiteral("valueMode"), modeName(valueMode)},
        {QStringLiteral("value"), value},
        {QStringLiteral("valueSchema"), schemaChoiceJson(valueSchema)},
        {QStringLiteral("headers"), headerArray},
        {QStringLiteral("count"), count},
        {QStringLiteral("intervalMs"), intervalMs},
        {QStringLiteral("compression"), compression},
        {QStringLiteral("savedAtMs"), savedAtMs},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ProducerTemplate ProducerTemplate::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ProducerTemplate entry;
    entry.name = object.value(QStringLiteral("name")).toString();
    entry.topic = object.value(QStringLiteral("topic")).toString();
    entry.partition = object.value(QStringLiteral("partition")).toInt(-1);
    entry.keyMode = modeOf(object.value(QStringLiteral("keyMode")).toString());
    entry.key = object.value(QStringLiteral("key")).toString();
    entry.valueMode = modeOf(object.value(QStringLiteral("valueMode")).toString());
    entry.value = object.value(QStringLiteral("value")).toString();
    entry.keySchema = schemaChoiceOf(object.value(QStringLiteral("keySchema")).toObject());
    entry.valueSchema = schemaChoiceOf(object.value(QStringLiteral("valueSchema")).toObject());
    const QJsonArray headerArray = object.value(QStringLiteral("headers")).toArray();
    for (const auto &header : headerArray)
        entry.headers.append(
            {header[QStringLiteral("key")].toString(), header[QStringLiteral("value")].toString()});
    entry.count = object.value(QStringLiteral("count")).toInteger(1);
    entry.intervalMs = object.value(QStringLiteral("intervalMs")).toInt(0);
    entry.compression =
        object.value(QStringLiteral("compression")).toString(QStringLiteral("none"));
    entry.savedAtMs = object.value(QStringLiteral("savedAtMs")).toInteger(0);
    return entry;
}

ProducerTemplateStore::ProducerTemplateStore(QSettings *settings, const QString &profileId)
    : m_settings(settings)
    , m_group(QStringLiteral("producer/") + profileId)
{}

QList<ProducerTemplate> ProducerTemplateStore::read(const QString &key) const
{
    QList<ProducerTemplate> entries;
    const QStringList items = m_settings->value(m_group + u'/' + key).toStringList();
    for (const QString &item : items)
        entries.append(ProducerTemplate::fromJson(item.toUtf8()));
    return entries;
}

void ProducerTemplateStore::write(const QString &key, const QList<ProducerTemplate> &entries)
{
    QStringList items;
    for (const ProducerTemplate &entry : entries)
        items.append(QString::fromUtf8(entry.toJson()));
    m_settings->setValue(m_group + u'/' + key, items);
    m_settings->sync();
}

QList<ProducerTemplate> ProducerTemplateStore::templates() const
{
    return read(QStringLiteral("templates"));
}

void ProducerTemplateStore::saveTemplate(const ProducerTemplate &entry)
{
    QList<ProducerTemplate> entries = templates();
    entries.removeIf([&entry](const ProducerTemplate &other) { return other.name == entry.name; });
    entries.append(entry);
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    write(QStringLiteral("templates"), entries);
}

void ProducerTemplateStore::removeTemplate(const QString &name)
{
    QList<ProducerTemplate> entries = templates();
    entries.removeIf([&name](const ProducerTemplate &other) { return other.name == name; });
    write(QStringLiteral("templates"), entries);
}

QList<ProducerTemplate> ProducerTemplateStore::history() const
{
    return read(QStringLiteral("history"));
}

void ProducerTemplateStore::addToHistory(const ProducerTemplate &entry)
{
    QList<ProducerTemplate> entries = history();
    entries.prepend(entry);
    if (entries.size() > historySize)
        entries.resize(historySize);
    write(QStringLiteral("history"), entries);
}

} // namespace Qafka
