// The schema-registry fixture and the Python oracle are wired up: the registry answers at url()
// and not at rootUrl() without the Confluent prefix, and confluent-kafka's AvroSerializer
// registers a schema, frames the record (magic byte 0 + 4-byte id) and decodes it back.
#include "kafkatestcluster.h"
#include "schemaregistrytestserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestSchemaRegistryFixture : public QObject
{
    Q_OBJECT

    SchemaRegistryTestServer m_registry;

    // HTTP status of GET url, or 0 when nothing answered.
    static int httpStatus(const QString &url)
    {
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(QUrl(url))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(20000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            m_registry.isAvailable(),
            qPrintable(
                QStringLiteral("schema_registry fixture missing in '%1'").arg(m_registry.dir())));
    }

    void urlsPointAtTheRegistry()
    {
        QVERIFY(m_registry.url().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(m_registry.url(), m_registry.rootUrl() + QStringLiteral("/apis/ccompat/v7"));
        QCOMPARE(httpStatus(m_registry.url() + QStringLiteral("/subjects")), 200);
        // Without the Confluent-compatible prefix there is no such API.
        QCOMPARE(httpStatus(m_registry.rootUrl() + QStringLiteral("/subjects")), 404);
    }

    void avroSerializeRoundTrips()
    {
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("sr-fixture"));
        const QString value =
            QStringLiteral(R"({"name": "Ada", "email": "ada@example.org", "since": "2020-01-31"})");
        QString error;
        const QString hex = m_registry.serialize(
            topic, QStringLiteral("avro"),
            SchemaRegistryTestServer::schemaFile(QStringLiteral("customer.avsc")), value, {},
            &error);
        QVERIFY2(!hex.isNull(), qPrintable(error));
        // Confluent framing: magic byte 0, a big-endian 4-byte schema id, then the Avro body.
        static const QRegularExpression framed(QStringLiteral("^00([0-9a-f]{8})[0-9a-f]+$"));
        const QRegularExpressionMatch match = framed.match(hex);
        QVERIFY2(match.hasMatch(), qPrintable(hex));
        bool ok = false;
        const uint id = match.captured(1).toUInt(&ok, 16);
        QVERIFY(ok);
        QVERIFY(id > 0);

        const QString decoded =
            m_registry.deserialize(topic, QStringLiteral("avro"), hex, {}, &error);
        QVERIFY2(!decoded.isNull(), qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(decoded.toUtf8()).object(),
                 QJsonDocument::fromJson(value.toUtf8()).object());
        // The registry knows that id, and the schema is registered under the topic's subject.
        QCOMPARE(
            httpStatus(m_registry.url() + QStringLiteral("/schemas/ids/") + QString::number(id)),
            200);
        QCOMPARE(httpStatus(m_registry.url() + QStringLiteral("/subjects/") + topic +
                            QStringLiteral("-value/versions/latest")),
                 200);
    }

    void oracleFailureCarriesStderr()
    {
        QString error;
        const QString out =
            m_registry.deserialize(QStringLiteral("sr-fixture-none"), QStringLiteral("avro"),
                                   QStringLiteral("7b7d"), {}, &error);
        QVERIFY(out.isNull());
        QVERIFY2(error.contains(QStringLiteral("not schema-registry framed")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSchemaRegistryFixture)
#include "tst_schemaregistry_fixture.moc"
