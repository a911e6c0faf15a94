// Local schema files attached to a topic's key or value, without a registry: an .avsc and a
// .proto (with an import next to it and a well-known type) decode bare payloads that fastavro
// and Python's protobuf wrote (the committed vectors) to the JSON those libraries read.
#include "messages/payloaddecoder.h"
#include "schemas/localschemafile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qafka;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("QAFKA_SOURCE_DIR") + u"/tests/data/schemas/" + name;
}

nlohmann::json readJson(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    return nlohmann::json::parse(text.constBegin(), text.constEnd());
}

nlohmann::json parsed(const QByteArray &json)
{
    return nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
}

} // namespace

class TestLocalSchemaFile : public QObject
{
    Q_OBJECT

private slots:
    void avscDecodesBareAvro()
    {
        QString error;
        auto codec = LocalSchemaFile::load(dataPath(u"avro-everything.avsc"_qs), &error);
        QVERIFY2(codec, qPrintable(error));
        const PayloadDecoder decoder(nullptr, std::nullopt,
                                     LocalSchema{codec, {}, u"avro-everything.avsc"_qs});
        int checked = 0;
        const nlohmann::json vectors = readJson(u"avro-vectors.json"_qs);
        for (const auto &record : vectors["records"]) {
            if (record["schema"] != "everything")
                continue;
            const QByteArray bytes =
                QByteArray::fromHex(QByteArray::fromStdString(record["hex"].get<std::string>()));
            const DecodedField field = decoder.decode(QByteArrayView(bytes), false, {});
            QVERIFY2(field.state == DecodedField::State::Decoded, qPrintable(field.reason));
            QVERIFY2(parsed(field.json) == nlohmann::json::parse(record["json"].get<std::string>()),
                     field.json.constData());
            ++checked;
        }
        QVERIFY(checked >= 3);
        // The key has no schema attached: shown as bytes.
        QCOMPARE(decoder.decode(QByteArrayView("k"), true, {}).state, DecodedField::State::Plain);
    }

    void protoWithImportsDecodesBareMessages()
    {
        QString error;
        auto codec = LocalSchemaFile::load(dataPath(u"pb-orders.proto"_qs), &error);
        QVERIFY2(codec, qPrintable(error));
        QVERIFY(LocalSchemaFile::messageTypes(codec).contains(u"com.acme.Order"_qs));
        int checked = 0;
        const nlohmann::json vectors = readJson(u"protobuf-vectors.json"_qs);
        for (const auto &record : vectors["records"]) {
            const QString type = QString::fromStdString(record["message_type"].get<std::string>());
            const PayloadDecoder decoder(nullptr, std::nullopt,
                                         LocalSchema{codec, type, u"pb-orders.proto"_qs});
            const QByteArray bytes = QByteArray::fromHex(
                QByteArray::fromStdString(record["message_hex"].get<std::string>()));
            if (bytes.isEmpty())
                continue; // an empty message is shown as "(empty)", like any empty value
            const DecodedField field = decoder.decode(QByteArrayView(bytes), false, {});
            QVERIFY2(field.state == DecodedField::State::Decoded, qPrintable(field.reason));
            const auto &expected = record["json"];
            const auto actual = parsed(field.json);
            QVERIFY2(actual == (expected.is_string()
                                    ? nlohmann::json::parse(expected.get<std::string>())
                                    : expected),
                     field.json.constData());
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void garbageSaysWhichFileFailed()
    {
        QString error;
        auto codec = LocalSchemaFile::load(dataPath(u"avro-everything.avsc"_qs), &error);
        QVERIFY(codec);
        const PayloadDecoder decoder(nullptr, std::nullopt,
                                     LocalSchema{codec, {}, u"avro-everything.avsc"_qs});
        const DecodedField field = decoder.decode(QByteArrayView("\x02"), false, {});
        QCOMPARE(field.state, DecodedField::State::Failed);
        QVERIFY2(field.reason.contains(u"avro-everything.avsc"), qPrintable(field.reason));
    }

    void missingImportAndUnknownFileSayWhy()
    {
        QTemporaryDir dir;
        QFile proto(dir.filePath(u"lonely.proto"_qs));
        QVERIFY(proto.open(QIODevice::WriteOnly));
        proto.write(
            "syntax = \"proto3\";\nimport \"missing.proto\";\nmessage A { int32 x = 1; }\n");
        proto.close();
        QString error;
        QVERIFY(!LocalSchemaFile::load(proto.fileName(), &error));
        QVERIFY2(error.contains(u"missing.proto"), qPrintable(error));
        QVERIFY(!LocalSchemaFile::load(dir.filePath(u"schema.xsd"_qs), &error));
        QVERIFY2(error.contains(u".avsc"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLocalSchemaFile)
#include "tst_localschemafile.moc"
