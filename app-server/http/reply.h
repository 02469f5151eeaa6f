// What a handler answers: a status, a body and headers. Handlers build Replies; only the
// listener writes them to the socket, so logging, metrics and request ids live in one place.
#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace paydesk::server {

struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply json(const QJsonArray &array, int status = 200);
    static Reply raw(QByteArray body, QByteArray contentType, int status = 200);
    // The SPEC §3 error body; the status comes from the one error table (errormapping.h).
    static Reply error(const Error &error, const QString &requestId);

    Reply &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

} // namespace paydesk::server
