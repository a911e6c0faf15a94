// bench/run decode: 1,000,000 Avro records (about 100 B, Confluent framing, schema in a real
// registry) against 1,000,000 plain 100-byte JSON records. Loading is timed into the browser's
// model as the messages pane does it. The browser decodes lazily (the rows a view shows, the
// filter, the export), so the headline decode_ratio_vs_raw is (Avro load + the first 50 rows
// shown decoded) / plain load. full_decode_ratio_vs_raw adds one pass that decodes every record
// (a text filter over all values) on both sides. The peer: confluent-kafka's
// DeserializingConsumer + AvroDeserializer reading the same topic; ratio_vs_python compares its
// records per second with Qafka's load plus full decoding pass.

#include "benchsupport.h"
#include "messagelistmodel.h"
#include "messages/messagefilter.h"
#include "messages/payloaddecoder.h"
#include "platform/guithreadallocator.h"
#include "schemas/avrocodec.h"
#include "session/messageloader.h"
#include "session/schemaregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include <cstring>

using namespace Qafka;

namespace {

QTextStream out(stdout);
constexpr qint64 kMessages = 1'000'000;
constexpr int kPartitions = 6;
constexpr int kFirstPageRows = 50;

const char *const kSchema =
    R"({"type":"record","name":"Payment","namespace":"bench","fields":[)"
    R"({"name":"seq","type":"long"},{"name":"account","type":"string"},)"
    R"({"name":"amount","type":"double"},)"
    R"({"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID","VOID"]}},)"
    R"({"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},)"
    R"({"name":"note","type":["null","string"]}]})";

// Registers the schema under subject and returns its id (-1 on failure).
int registerSchema(const QString &registry, const QString &subject)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(registry + u"/subjects/" + subject + u"/versions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/vnd.schemaregistry.v1+json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"schema"_qs, QString::fromUtf8(kSchema)}}).toJson();
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30000))
        return -1;
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toInt(-1);
}

// 100 bytes of JSON, like the browse benchmark's values.
QByteArray plainValue(qint64 i)
{
    QByteArray value = QByteArray(R"({"seq":)") + QByteArray::number(i) + R"(,"pad":")";
    value += QByteArray(100 - value.size() - 2, 'x');
    return value + "\"}";
}

QByteArray avroValue(const AvroCodec &codec, qint32 id, qint64 i)
{
    const QByteArray json = QByteArray(R"({"seq":)") + QByteArray::number(i) +
                            R"(,"account":"DE89 3704 0044 0532 0130 00","amount":1234.5,)"
                            R"("status":"PAID","at":1764738000000,)"
                            R"("note":"monthly subscription, invoice 2026-12-0042"})";
    QByteArray framed(5, '\0');
    framed[1] = char(id >> 24), framed[2] = char(id >> 16), framed[3] = char(id >> 8),
    framed[4] = char(id);
    return framed + codec.encode(json).bytes;
}

bool seed(const QString &bootstrap, const QString &topic,
          const std::function<QByteArray(qint64)> &make)
{
    rd_kafka_t *rk = Bench::newProducer(bootstrap, {{"linger.ms", "20"},
                                                    {"batch.size", "1000000"},
                                                    {"queue.buffering.max.messages", "2000000"}});
    if (!Bench::createTopic(rk, topic, kPartitions))
        return false;
    rd_kafka_topic_t *handle = rd_kafka_topic_new(rk, topic.toUtf8().constData(), nullptr);
    for (qint64 i = 0; i < kMessages; ++i) {
        const QByteArray value = make(i);
        while (rd_kafka_produce(handle, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY,
                                const_cast<char *>(value.constData()), size_t(value.size()),
                                nullptr, 0, nullptr) == -1)
            rd_kafka_poll(rk, 10);
        if (i % 10000 == 0)
            rd_kafka_poll(rk, 0);
    }
    const bool ok = rd_kafka_flush(rk, 120000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_topic_destroy(handle);
    rd_kafka_destroy(rk);
    return ok;
}

qint64 load(MessageListModel &model, const QString &bootstrap, const QString &topic)
{
    MessageLoader loader(ConnectionProfile::forBootstrap(bootstrap), {});
    QObject::connect(&loader, &MessageLoader::batchReady, &model,
                     [&](quint64, const MessageBatch &batch, const BrowseProgress &) {
                         model.appendBatch(batch);
                         // A visible table asks for its first screen as the rows arrive.
                         for (int row = 0; row < std::min(kFirstPageRows, model.rowCount()); ++row)
                             model.index(row, MessageListModel::ValueColumn).data();
                     });
    QSignalSpy finished(&loader, &MessageLoader::finished);
    BrowseRequest request;
    request.topic = topic;
    QElapsedTimer timer;
    timer.start();
    loader.start(request);
    if (!finished.wait(300000) || model.loadedCount() != kMessages)
        return -1;
    return timer.elapsed();
}

// After a load, what a user waits for: the first screen of rows shown decoded (the model decodes
// the rows a view asks for, off the GUI thread).
qint64 firstPage(MessageListModel &model, int rows)
{
    QElapsedTimer timer;
    timer.start();
    const auto decoded = [&] {
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model.index(row, MessageListModel::ValueColumn);
            if (!index.data().toString().startsWith(u'{'))
                return false;
        }
        return true;
    };
    return QTest::qWaitFor(decoded, 30000) ? timer.elapsed() : -1;
}

// One pass over every value, as the filter runs it: decoded JSON for the Avro topic.
qint64 decodePass(const MessageListModel &model)
{
    QString error;
    MessageFilterSpec spec;
    spec.text = u"no-such-text"_qs;
    const auto filter = MessageFilter::create(spec, &error, model.decoder());
    const MessageStoreSnapshot snapshot = model.snapshot();
    MessageFilter::Matcher matcher(*filter);
    QElapsedTimer timer;
    timer.start();
    qint64 matched = 0;
    for (qint64 i = snapshot.firstIndex(); i < snapshot.endIndex(); ++i) {
        const MessageRecord &record = snapshot.record(i);
        matched += filter->matches(record, snapshot.bytes(record), matcher) ? 1 : 0;
    }
    return matched == 0 ? timer.elapsed() : -1;
}

double pythonRate(const QStringList &python, const QString &bootstrap, const QString &registry,
                  const QString &topic)
{
    QProcess process;
    process.start(python.at(0),
                  {python.at(1), bootstrap, registry, topic, QString::number(kMessages)});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        QTextStream(stderr) << process.readAllStandardError();
        return -1;
    }
    return process.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    Qafka::setUpGuiThreadAllocator(); // as Qafka's main() does
    QCoreApplication app(argc, argv);
    registerBrowseTypes();
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        QTextStream(stderr) << "usage: decodebench BOOTSTRAP REGISTRY_URL PYTHON PEER_SCRIPT\n";
        return 2;
    }
    const QString bootstrap = args.at(1), registryUrl = args.at(2);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString plainTopic = u"bench-plain-"_qs + stamp, avroTopic = u"bench-avro-"_qs + stamp;
    const int id = registerSchema(registryUrl, avroTopic + u"-value");
    QString error;
    ResolvedSchema schema;
    schema.schema.id = id;
    schema.schema.text = QString::fromUtf8(kSchema);
    const auto codec = AvroCodec::create(schema, &error);
    if (id < 0 || !codec) {
        out << "error: could not register the schema: " << error << '\n';
        return 1;
    }
    if (!seed(bootstrap, plainTopic, plainValue) ||
        !seed(bootstrap, avroTopic, [&](qint64 i) { return avroValue(*codec, id, i); })) {
        out << "error: could not fill the topics\n";
        return 1;
    }
    out << "messages: " << kMessages << '\n'
        << "plain_value_bytes: " << plainValue(0).size() << '\n'
        << "avro_value_bytes: " << avroValue(*codec, id, 0).size() << '\n';

    MessageListModel plain;
    plain.setCap(0, 0);
    const qint64 plainLoad = load(plain, bootstrap, plainTopic);
    const qint64 plainPass = decodePass(plain);

    RegistrySettings settings;
    settings.urls = registryUrl;
    SchemaRegistry registry(settings, {});
    MessageListModel avro;
    avro.setCap(0, 0);
    avro.setDecoder(std::make_shared<PayloadDecoder>(registry.catalog()));
    // As the messages pane does: rows that waited for the schema decode again when it arrives.
    QObject::connect(&registry, &SchemaRegistry::schemasChanged, &avro,
                     &MessageListModel::schemasChanged);
    const qint64 avroLoad = load(avro, bootstrap, avroTopic);
    const qint64 avroFirstPage = firstPage(avro, kFirstPageRows);
    // The schema is fetched once, at the first record; the pass then decodes every record.
    registry.catalog()->lookupSettled(SchemaKey::forId(id), QDeadlineTimer(30000));
    const qint64 avroPass = decodePass(avro);
    if (plainLoad < 0 || plainPass < 0 || avroLoad < 0 || avroFirstPage < 0 || avroPass < 0) {
        out << "error: a load or pass failed (" << plainLoad << ", " << plainPass << ", "
            << avroLoad << ", " << avroFirstPage << ", " << avroPass << ")\n";
        return 1;
    }
    const double python = pythonRate({args.at(3), args.at(4)}, bootstrap, registryUrl, avroTopic);
    const double qafkaRate = double(kMessages) * 1000.0 / double(avroLoad + avroPass);
    out.setRealNumberPrecision(4);
    out << "plain_load_ms: " << plainLoad << '\n'
        << "plain_pass_ms: " << plainPass << '\n'
        << "avro_load_ms: " << avroLoad << '\n'
        << "avro_first_page_decoded_ms: " << avroFirstPage << '\n'
        << "avro_decode_pass_ms: " << avroPass << '\n'
        << "avro_decode_us_per_record: " << double(avroPass) * 1000.0 / double(kMessages) << '\n'
        << "store_overhead_bytes_per_message: "
        << double(avro.store().overheadBytes()) / double(kMessages) << '\n'
        << "qafka_msgs_per_s: " << qRound64(qafkaRate) << '\n'
        << "python_msgs_per_s: " << qRound64(python) << '\n'
        << "ratio_vs_python: " << (python > 0 ? qafkaRate / python : -1) << '\n'
        << "full_decode_ratio_vs_raw: "
        << double(avroLoad + avroPass) / double(plainLoad + plainPass) << '\n'
        << "decode_ratio_vs_raw: " << double(avroLoad + avroFirstPage) / double(plainLoad) << '\n';
    return 0;
}
