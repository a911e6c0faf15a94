#pragma once

#include <QString>
#include <QStringList>

// Access to the real schema registry that the CTest fixture "schema_registry" starts with
// scripts/schema-registry.sh (Apicurio Registry, Confluent-compatible API), and to the Python
// oracle tests/support/sr_oracle.py: confluent-kafka's own serializers and deserializers, which
// check what Qafka encodes and make records that no Qafka code wrote.
//
// Environment (set by qafka_add_test(... REGISTRY ...)): QAFKA_REGISTRY_DIR (the fixture's
// folder), QAFKA_ORACLE_SCRIPT (sr_oracle.py), QAFKA_SOURCE_DIR; QAFKA_ORACLE_PYTHON overrides
// the python that the fixture's python_oracles_setup wrote into DIR/python.
class SchemaRegistryTestServer
{
public:
    SchemaRegistryTestServer();

    bool isAvailable() const; // the fixture wrote its url, and the oracle's python exists
    QString dir() const { return m_dir; }
    // The Confluent-compatible base URL: http://127.0.0.1:PORT/apis/ccompat/v7
    QString url() const { return file(QStringLiteral("url")); }
    // The server root, http://127.0.0.1:PORT: a client that forgets the /apis/ccompat/v7 prefix
    // gets 404s here.
    QString rootUrl() const { return file(QStringLiteral("root-url")); }
    QString pythonPath() const;
    QString oracleScript() const;
    QString file(const QString &name) const; // contents of DIR/name, trimmed

    // A file of tests/data/schemas (sample schemas and JSON-lines records).
    static QString schemaFile(const QString &name);
    // The contents of such a file.
    static QByteArray readSchemaFile(const QString &name);

    // Runs `python sr_oracle.py ARGS` (ARGS start with the subcommand) and returns its stdout.
    // On failure (exit status, crash or timeout) returns a null QString, writes a message with
    // the oracle's stderr into *error (when given) and warns with it, so tests can say
    //   QVERIFY2(!out.isNull(), qPrintable(error));
    QString pythonOracle(const QStringList &args, QString *error = nullptr,
                         int timeoutMs = 120000) const;

    // Shortcuts for the Kafka-free subcommands, with --registry url() filled in.
    //   serialize: the framed bytes as lower-case hex; deserialize: the normalized JSON text.
    QString serialize(const QString &topic, const QString &format, const QString &schemaPath,
                      const QString &json, const QStringList &extra = {},
                      QString *error = nullptr) const;
    QString deserialize(const QString &topic, const QString &format, const QString &hex,
                        const QStringList &extra = {}, QString *error = nullptr) const;

private:
    QString m_dir;
};
