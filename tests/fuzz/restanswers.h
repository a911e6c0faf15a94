#pragma once

#include "fuzzinput.h"
#include "http/restresponse.h"

#include <QNetworkReply>
#include <QSslError>

// A fuzzed REST answer: the first byte picks the HTTP status, the second the content type; the
// rest is the body. describe is RegistryErrors::describe or ConnectErrors::describe. Returns
// what the worker would read: the response with its JSON, or its error in words.
template <typename Describe>
Qafka::RestResponse fuzzRestAnswer(Describe describe, const uint8_t *data, size_t size)
{
    static constexpr int statuses[] = {200, 201, 204, 400, 401, 403, 404, 405,
                                       409, 415, 422, 500, 502, 503, 301, 0};
    static const QByteArray contentTypes[] = {"application/json",
                                              "application/vnd.schemaregistry.v1+json",
                                              "text/html; charset=utf-8", "text/plain", ""};
    Qafka::RestResponse response;
    response.url = QStringLiteral("http://127.0.0.1:8081/subjects");
    if (size < 2)
        return response;
    response.httpStatus = statuses[data[0] % std::size(statuses)];
    const QByteArray &contentType = contentTypes[data[1] % std::size(contentTypes)];
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const auto error = response.httpStatus == 0     ? QNetworkReply::ConnectionRefusedError
                       : response.httpStatus >= 400 ? QNetworkReply::ContentNotFoundError
                                                    : QNetworkReply::NoError;
    describe(response, error, QStringLiteral("fuzzed"), QList<QSslError>(), contentType, body);
    FUZZ_CHECK(response.ok || !response.error.isEmpty());
    return response;
}
