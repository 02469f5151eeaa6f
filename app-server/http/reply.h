// What a handler answers: a status, a body and headers. Handlers build Replies; only the
// listener writes them to the socket, so logging, metrics and request ids live in one place.
#pragma once

#include "error.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>

namespace paydesk::server {

// A body too big to hold at once (CSV exports), produced piece by piece after the headers. The
// listener sends it with Transfer-Encoding: chunked (http/chunkedbodywriter.h) and asks for the
// next piece only once the socket has sent what it had, so memory stays bounded by one piece
// plus a watermark whatever the size of the whole. Each call returns the next piece (it may be
// empty only at the end: an empty piece ends the body) or an Error, which cuts the connection
// without the closing chunk so the client sees a failed transfer, never a short file that looks
// complete. Called on the listener's thread, between other requests of that thread.
using BodyProducer = std::function<Result<QByteArray>()>;

struct Reply;
// A reply known only later (a posting waiting for its batch to commit) without holding the
// listener's thread meanwhile. The listener calls the handler's Deferred with an Answer; the
// work's owner calls that Answer exactly once, from any thread, with a function that makes the
// Reply: it runs on the listener's thread, which then writes it.
using MakeReply = std::function<Reply()>;
using Answer = std::function<void(MakeReply)>;
using Deferred = std::function<void(Answer)>;

struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    BodyProducer stream; // when set, the body comes from here and `body` is unused
    Deferred deferred;   // when set, the real reply comes later and the rest is unused

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply json(const QJsonArray &array, int status = 200);
    static Reply raw(QByteArray body, QByteArray contentType, int status = 200);
    static Reply streamed(BodyProducer producer, QByteArray contentType, int status = 200);
    static Reply later(Deferred start);
    // The SPEC §3 error body; the status comes from the one error table (errormapping.h).
    static Reply error(const Error &error, const QString &requestId);

    Reply &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

} // namespace paydesk::server
