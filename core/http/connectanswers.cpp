#include "http/connectanswers.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Qafka {

namespace {

QString text(const QJsonObject &object, QStringView key)
{
    return object.value(key).toString();
}

ConnectTaskStatus taskStatus(const QJsonObject &task)
{
    ConnectTaskStatus status;
    status.id = task.value(u"id").toInt(-1);
    status.state = text(task, u"state");
    status.workerId = text(task, u"worker_id");
    status.trace = text(task, u"trace");
    return status;
}

ConnectorStatus connectorStatus(const QString &name, const QJsonObject &entry)
{
    const QJsonObject status = entry.value(u"status").toObject();
    const QJsonObject info = entry.value(u"info").toObject();
    const QJsonObject connector = status.value(u"connector").toObject();
    ConnectorStatus result;
    result.name = name;
    result.type = text(status, u"type");
    if (result.type.isEmpty())
        result.type = text(info, u"type");
    result.config = info.value(u"config").toObject();
    result.className = result.config.value(u"connector.class").toString();
    result.state = text(connector, u"state");
    result.workerId = text(connector, u"worker_id");
    result.trace = text(connector, u"trace");
    const QJsonArray tasks = status.value(u"tasks").toArray();
    for (const auto &task : tasks)
        result.tasks.append(taskStatus(task.toObject()));
    std::sort(result.tasks.begin(), result.tasks.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    return result;
}

ConnectFieldCheck fieldCheck(const QJsonObject &config)
{
    const QJsonObject definition = config.value(u"definition").toObject();
    const QJsonObject state = config.value(u"value").toObject();
    ConnectFieldCheck field;
    field.name = text(definition, u"name");
    field.displayName = text(definition, u"display_name");
    field.type = text(definition, u"type");
    field.group = text(definition, u"group");
    field.order = definition.value(u"order").toInt(-1);
    field.importance = text(definition, u"importance");
    field.documentation = text(definition, u"documentation");
    field.required = definition.value(u"required").toBool();
    // null: no default (the field must be set); "" is a default of its own.
    field.hasDefault = definition.value(u"default_value").isString();
    field.defaultValue = text(definition, u"default_value");
    field.value = text(state, u"value");
    field.visible = state.value(u"visible").toBool(true);
    const QJsonArray recommended = state.value(u"recommended_values").toArray();
    for (const auto &value : recommended)
        field.recommendedValues.append(value.toString());
    const QJsonArray errors = state.value(u"errors").toArray();
    for (const auto &error : errors)
        field.errors.append(error.toString());
    return field;
}

} // namespace

QList<ConnectorStatus> ConnectAnswers::connectors(const QJsonDocument &expanded)
{
    QList<ConnectorStatus> result;
    const QJsonObject all = expanded.object();
    result.reserve(all.size());
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        result.append(connectorStatus(it.key(), it.value().toObject()));
    // QJsonObject keeps its keys sorted already; say so rather than rely on it silently.
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    return result;
}

QList<ConnectPlugin> ConnectAnswers::plugins(const QJsonDocument &answer)
{
    QList<ConnectPlugin> result;
    const QJsonArray plugins = answer.array();
    for (const auto &value : plugins) {
        const QJsonObject plugin = value.toObject();
        result.append({text(plugin, u"class"), text(plugin, u"type"), text(plugin, u"version")});
    }
    return result;
}

ConnectValidation ConnectAnswers::validation(const QJsonDocument &answer)
{
    ConnectValidation result;
    const QJsonObject object = answer.object();
    result.errorCount = object.value(u"error_count").toInt();
    const QJsonArray groups = object.value(u"groups").toArray();
    for (const auto &group : groups)
        result.groups.append(group.toString());
    const QJsonArray configs = object.value(u"configs").toArray();
    for (const auto &value : configs)
        result.fields.append(fieldCheck(value.toObject()));
    return result;
}

QStringList ConnectAnswers::topics(const QJsonDocument &answer)
{
    QStringList result;
    const QJsonObject object = answer.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray topics = it.value().toObject().value(u"topics").toArray();
        for (const auto &topic : topics)
            result.append(topic.toString());
    }
    result.sort();
    return result;
}

QString ConnectAnswers::serverSummary(const QJsonDocument &answer)
{
    const QJsonObject object = answer.object();
    return QCoreApplication::translate("ConnectAnswers", "Kafka Connect %1 (Kafka cluster %2)")
        .arg(text(object, u"version"), text(object, u"kafka_cluster_id"));
}

} // namespace Qafka
