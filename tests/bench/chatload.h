// Chat load over WebSockets, shared by paydesk-bench's `ws.chat` scenario and the standalone
// ws_load program: opens `clients` connections spread over `people`, sends `rate` chat
// messages per second between them for a warm-up and a measured duration, and measures each
// message from its send to every `message.new` at a connection of its recipient. The send time
// travels in the message's text, so no table of sent messages is kept.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace paydesk::bench {

struct ChatPerson
{
    QString id;
    QString token;
};

struct ChatLoadSettings
{
    int clients = 2000;
    int rate = 200; // messages per second, all clients together
    double warmupSeconds = 2;
    double durationSeconds = 10;
    qint64 serverPid = 0; // to read paydeskd's resident memory; 0: not reported
};

struct ChatLoadFigures
{
    int clients = 0;
    int connected = 0;
    qint64 connectMs = 0;
    qint64 sent = 0;     // in the measured part
    qint64 acked = 0;    // acks of those
    qint64 expected = 0; // deliveries those should cause (one per connection of the recipient)
    qint64 received = 0; // deliveries of those seen within the drain time
    qint64 errors = 0;   // `error` frames, whole run
    double seconds = 0;  // measured sending time
    double sentPerSecond = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
    qint64 rssBeforeKiB = -1, rssConnectedKiB = -1, rssEndKiB = -1;

    double kibPerConnection() const;
};

// Signs `count` people up through the API (names made unique by `run`); empty on failure
// (the reason printed to stderr).
QList<ChatPerson> signUpPeople(const QUrl &base, int count, const QString &run);

ChatLoadFigures runChatLoad(const QUrl &base, const QList<ChatPerson> &people,
                            const ChatLoadSettings &settings);

// The server's resident memory in KiB from /proc, -1 when unknown.
qint64 residentKiB(qint64 pid);

} // namespace paydesk::bench
