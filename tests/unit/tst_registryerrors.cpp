// RegistryErrors: what a registry's answers become in words, for the answers the schemas pane
// meets (Confluent's codes, and Apicurio's HTTP statuses with error_code 0), and a delete's bare
// number accepted as an answer.

#include "http/registryerrors.h"

#include <QJsonArray>
#include <QTest>

using namespace Qafka;

class TestRegistryErrors : public QObject
{
    Q_OBJECT

    static RegistryResponse answer(int status, const QByteArray &body,
                                   const QByteArray &type = "application/json")
    {
        RegistryResponse response;
        response.httpStatus = status;
        response.url = u"http://registry/subjects/x/versions"_qs;
        RegistryErrors::describe(
            response, status >= 400 ? QNetworkReply::ContentConflictError : QNetworkReply::NoError,
            {}, {}, type, body);
        return response;
    }

private slots:
    void bareNumberIsAnAnswer()
    {
        const RegistryResponse response = answer(200, "3");
        QVERIFY(response.ok);
        QCOMPARE(response.json.array().first().toInt(), 3);
        QVERIFY(!answer(200, "").ok);
        QVERIFY(!answer(200, "<html>", "text/html").ok);
    }

    void incompatibleWithoutACodeKeepsTheRegistrysWords()
    {
        const RegistryResponse response =
            answer(409, R"({"message":"reader type: STRING not compatible","error_code":0})");
        QCOMPARE(response.errorCode, 409);
        QVERIFY(response.error.contains(u"incompatible"_qs));
        QVERIFY(response.error.contains(u"reader type: STRING not compatible"_qs));
    }

    void invalidSchemaWithoutACode()
    {
        const RegistryResponse response =
            answer(422, R"({"message":"Failed to discover artifact type","error_code":0})");
        QCOMPARE(response.errorCode, 42201);
        QVERIFY(response.error.contains(u"invalid"_qs));
        QVERIFY(response.error.contains(u"Failed to discover artifact type"_qs));
    }

    void confluentCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("subject soft-deleted") << 404 << 40404 << u"soft-deleted"_qs;
        QTest::newRow("soft delete first") << 404 << 40405 << u"must be soft-deleted"_qs;
        QTest::newRow("no own level") << 404 << 40408 << u"no compatibility level"_qs;
        QTest::newRow("bad level") << 422 << 42203 << u"compatibility level"_qs;
        QTest::newRow("read-only mode") << 422 << 42205 << u"read-only or import mode"_qs;
        QTest::newRow("still referenced") << 422 << 42206 << u"reference this one"_qs;
    }

    void confluentCodes()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, words);
        const RegistryResponse response =
            answer(status, QStringLiteral(R"({"message":"words of the registry","error_code":%1})")
                               .arg(code)
                               .toUtf8());
        QCOMPARE(response.errorCode, code);
        QVERIFY2(response.error.contains(words), qPrintable(response.error));
        QVERIFY(response.error.contains(u"words of the registry"_qs));
    }

    void forbiddenSaysWhatTheRegistrySays()
    {
        const RegistryResponse response =
            answer(403, R"({"message":"User cannot access the resource.","error_code":40301})");
        QVERIFY2(response.error.contains(u"User cannot access the resource."_qs),
                 qPrintable(response.error));
        QVERIFY(answer(403, R"({"message":"no","error_code":403})").error.contains(u"403"_qs));
    }

    void serverFailureNamesItsMessage()
    {
        const RegistryResponse response =
            answer(500, R"({"message":"Store error","error_code":500})");
        QVERIFY(response.error.contains(u"Store error"_qs));
        QVERIFY(response.error.contains(u"500"_qs));
    }
};

QTEST_GUILESS_MAIN(TestRegistryErrors)
#include "tst_registryerrors.moc"
