// Schema-encoded payloads against a real registry (Apicurio, Confluent API) with records made and
// read by confluent-kafka's own serializers: what Qafka decodes equals what the Python
// deserializer reads, value for value; what Qafka encodes, the Python deserializer reads back
// equal; and every way a payload can fail to decode says why.
#include "kafkatestcluster.h"
#include "messages/payloaddecoder.h"
#include "messages/storedmessage.h"
#include "schemaregistrytestserver.h"
#include "schemas/wireformat.h"
#include "session/schemaregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QtEndian>

#include <nlohmann/json.hpp>

using namespace Qafka;

namespace {

nlohmann::json parsed(const QByteArray &json)
{
    return nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
}

QList<QByteArray> recordValues(const QString &file)
{
    QList<QByteArray> values;
    const QByteArray text = SchemaRegistryTestServer::readSchemaFile(file);
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const auto record = parsed(line);
        if (record.contains("value") && !record["value"].is_null())
            values.append(QByteArray::fromStdString(record["value"].dump()));
    }
    return values;
}

} // namespace

class TestSchemaDecoding : public QObject
{
    Q_OBJECT

    SchemaRegistryTestServer m_server;

    // Decodes bytes until the schema has been fetched (never more than a few seconds).
    static DecodedField decodeSettled(const PayloadDecoder &decoder, const QByteArray &bytes,
                                      QByteArrayView headers = {})
    {
        DecodedField field;
        // Still pending after the wait: the caller's state check fails and shows the reason.
        (void)QTest::qWaitFor(
            [&] {
                field = decoder.decode(QByteArrayView(bytes), false, headers);
                return field.state != DecodedField::State::Pending;
            },
            20000);
        return field;
    }

    std::unique_ptr<SchemaRegistry> registryAt(const QString &url)
    {
        RegistrySettings settings;
        settings.urls = url;
        return std::make_unique<SchemaRegistry>(settings, ProfileSecrets{});
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.isAvailable(), qPrintable(m_server.dir())); }

    void decodesWhatPythonWrote_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("records");
        QTest::addColumn<QString>("messageType");
        QTest::newRow("avro everything")
            << u"avro"_qs << u"everything.avsc"_qs << u"everything.jsonl"_qs << QString();
        QTest::newRow("avro customer")
            << u"avro"_qs << u"customer.avsc"_qs << u"customers.jsonl"_qs << QString();
        QTest::newRow("protobuf order") << u"protobuf"_qs << u"orders.proto"_qs
                                        << u"orders.jsonl"_qs << u"qafka.test.orders.Order"_qs;
        QTest::newRow("protobuf second message")
            << u"protobuf"_qs << u"orders.proto"_qs << u"addresses.jsonl"_qs
            << u"qafka.test.orders.Address"_qs;
        QTest::newRow("json schema")
            << u"json"_qs << u"person.schema.json"_qs << u"person.jsonl"_qs << QString();
    }

    // Each record: Python serializes it; Qafka decodes the bytes; Python deserializes the same
    // bytes; the two JSON values are equal. Then Qafka encodes the JSON with the same schema and
    // Python reads Qafka's bytes back equal.
    void decodesWhatPythonWrote()
    {
        QFETCH(QString, format);
        QFETCH(QString, schema);
        QFETCH(QString, records);
        QFETCH(QString, messageType);
        const QString topic = KafkaTestCluster::uniqueName(u"sr-"_qs + format);
        const QStringList typeArgs =
            messageType.isEmpty() ? QStringList() : QStringList{u"--message-type"_qs, messageType};
        auto registry = registryAt(m_server.url());
        const PayloadDecoder decoder(registry->catalog());
        const QList<QByteArray> values = recordValues(records);
        QVERIFY(!values.isEmpty());
        for (const QByteArray &value : values) {
            QString error;
            const QString hex =
                m_server.serialize(topic, format, SchemaRegistryTestServer::schemaFile(schema),
                                   QString::fromUtf8(value), typeArgs, &error);
            QVERIFY2(!hex.isNull(), qPrintable(error));
            const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
            const DecodedField field = decodeSettled(decoder, bytes);
            QVERIFY2(field.state == DecodedField::State::Decoded, qPrintable(field.reason));
            QVERIFY2(field.problems.isEmpty(), qPrintable(field.problems.join(u"; ")));
            const QString oracle = m_server.deserialize(topic, format, hex, typeArgs, &error);
            QVERIFY2(!oracle.isNull(), qPrintable(error));
            QVERIFY2(parsed(field.json) == parsed(oracle.toUtf8()),
                     qPrintable(u"Qafka: "_qs + QString::fromUtf8(field.json) + u"\nPython: "_qs +
                                oracle));

            // Back: Qafka's encoding of that JSON, framed with the same schema id.
            const SchemaCatalog::Entry entry = registry->catalog()->lookup(field.schemaKey);
            QVERIFY(entry.codec);
            const EncodedPayload encoded = entry.codec->encode(field.json, field.messageType);
            QVERIFY2(encoded.ok, qPrintable(encoded.error));
            const QByteArray ours = WireFormat::idHeader(field.schemaKey.id) + encoded.bytes;
            const QString readBack = m_server.deserialize(
                topic, format, QString::fromLatin1(ours.toHex()), typeArgs, &error);
            QVERIFY2(!readBack.isNull(), qPrintable(error));
            QVERIFY2(parsed(readBack.toUtf8()) == parsed(oracle.toUtf8()),
                     qPrintable(u"Python read Qafka's bytes as: "_qs + readBack));
        }
    }

    // Newer clients can name the schema in a __value_schema_id header instead of the payload.
    void schemaIdInAHeader()
    {
        QString error;
        const QString topic = KafkaTestCluster::uniqueName(u"sr-header"_qs);
        const QString hex = m_server.serialize(
            topic, u"avro"_qs, SchemaRegistryTestServer::schemaFile(u"customer.avsc"_qs),
            QString::fromUtf8(recordValues(u"customers.jsonl"_qs).first()), {}, &error);
        QVERIFY2(!hex.isNull(), qPrintable(error));
        const QByteArray framed = QByteArray::fromHex(hex.toLatin1());
        QByteArray headers;
        HeaderBlob::append(headers, "__value_schema_id", QByteArrayView(framed.first(5)));
        auto registry = registryAt(m_server.url());
        const PayloadDecoder decoder(registry->catalog());
        const QByteArray bare = framed.sliced(5);
        const DecodedField field = decodeSettled(decoder, bare, headers);
        QVERIFY2(field.state == DecodedField::State::Decoded, qPrintable(field.reason));
        QCOMPARE(field.schemaKey.id, qFromBigEndian<qint32>(framed.constData() + 1));

        // A GUID this registry cannot look up: recognised, and the reason says so.
        QByteArray guidHeaders;
        const QByteArray guid = '\x01' + QUuid::createUuid().toRfc4122();
        HeaderBlob::append(guidHeaders, "__value_schema_id", QByteArrayView(guid));
        const DecodedField unknown = decodeSettled(decoder, bare, guidHeaders);
        QCOMPARE(unknown.state, DecodedField::State::Failed);
        QVERIFY(unknown.schemaKey.isGuid());
    }

    void unknownSchemaIdSaysSo()
    {
        auto registry = registryAt(m_server.url());
        const PayloadDecoder decoder(registry->catalog());
        const QByteArray bytes = WireFormat::idHeader(987654) + QByteArray("\x02\x41", 2);
        const DecodedField field = decodeSettled(decoder, bytes);
        QCOMPARE(field.state, DecodedField::State::Failed);
        QVERIFY2(field.reason.contains(u"40403"), qPrintable(field.reason));
    }

    void deadRegistryNeverBlocksAndSaysWhy()
    {
        QTcpServer closed; // a port nothing listens on once it is closed again
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto registry = registryAt(u"http://127.0.0.1:"_qs + QString::number(port));
        const PayloadDecoder decoder(registry->catalog());
        const QByteArray bytes = WireFormat::idHeader(1) + QByteArray("\x02\x41", 2);
        // The first answer is immediate: pending, never a wait on the network.
        QCOMPARE(decoder.decode(QByteArrayView(bytes), false, {}).state,
                 DecodedField::State::Pending);
        const DecodedField field = decodeSettled(decoder, bytes);
        QCOMPARE(field.state, DecodedField::State::Failed);
        QVERIFY2(field.reason.contains(u"connection refused"), qPrintable(field.reason));
    }

    void brokenPayloadsSayWhy()
    {
        auto registry = registryAt(m_server.url());
        const PayloadDecoder decoder(registry->catalog());
        // A real Avro record, then cut short and given a wrong magic byte.
        QString error;
        const QString topic = KafkaTestCluster::uniqueName(u"sr-broken"_qs);
        const QString hex = m_server.serialize(
            topic, u"avro"_qs, SchemaRegistryTestServer::schemaFile(u"customer.avsc"_qs),
            QString::fromUtf8(recordValues(u"customers.jsonl"_qs).first()), {}, &error);
        QVERIFY2(!hex.isNull(), qPrintable(error));
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        QCOMPARE(decodeSettled(decoder, bytes).state, DecodedField::State::Decoded);

        const DecodedField truncated = decodeSettled(decoder, bytes.first(bytes.size() - 3));
        QCOMPARE(truncated.state, DecodedField::State::Failed);
        QVERIFY2(truncated.reason.contains(u"Does not decode with schema id"),
                 qPrintable(truncated.reason));

        const DecodedField shortHeader = decodeSettled(decoder, bytes.first(3));
        QCOMPARE(shortHeader.state, DecodedField::State::Failed);
        QVERIFY2(shortHeader.reason.contains(u"5-byte"), qPrintable(shortHeader.reason));

        // Plain text is not schema-encoded: shown as it is.
        QCOMPARE(decodeSettled(decoder, "{\"plain\":true}").state, DecodedField::State::Plain);
    }

    void testButtonSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("saying");
        QTest::newRow("registry") << m_server.url() << true << u"Connected"_qs;
        QTest::newRow("missing prefix") << m_server.rootUrl() << false << u"/apis/ccompat/v7"_qs;
        QTest::newRow("not http") << u"ftp://127.0.0.1:1"_qs << false << u"http://"_qs;
        QTest::newRow("nobody listening")
            << u"http://127.0.0.1:1"_qs << false << u"connection refused"_qs;
        QTest::newRow("unknown host")
            << u"http://qafka-registry.invalid:8081"_qs << false << u"not known"_qs;
        QTest::newRow("tls to a plain port")
            << QString(m_server.url()).replace(u"http://"_qs, u"https://"_qs) << false << u"TLS"_qs;
    }

    void testButtonSaysWhatIsWrong()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(QString, saying);
        auto registry = registryAt(url);
        QSignalSpy tested(registry.get(), &SchemaRegistry::tested);
        const quint64 id = registry->test();
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.first().at(0).toULongLong(), id);
        const QString summary = tested.first().at(2).toString();
        QVERIFY2(tested.first().at(1).toBool() == ok, qPrintable(summary));
        QVERIFY2(summary.contains(saying), qPrintable(summary));
    }
};

QTEST_MAIN(TestSchemaDecoding)
#include "tst_schemadecoding.moc"
