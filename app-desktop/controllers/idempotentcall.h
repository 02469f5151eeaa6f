// One money-moving POST carried to a definite answer: every attempt sends the same body with
// the same Idempotency-Key, so the server runs it at most once and replays its first answer to
// the repeats. Attempts that got no definite answer (no HTTP answer at all, a timeout, a 5xx or
// a 429) are sent again after a growing pause, a bounded number of times; any other answer
// ends the call. When the attempts run out the outcome is "unknown": the caller says so, and
// may start the same call again (same key) when the person asks, never with a new key.
#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class IdempotentCall : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int attempts = 5;
        std::chrono::milliseconds firstPause{500};
        std::chrono::milliseconds longestPause{8000};
    };
    // `done` gets the last answer and whether it is definite (false: it may or may not have
    // run; the same key must be used to find out).
    using Done = std::function<void(const ApiResponse &, bool definite)>;

    IdempotentCall(ApiClient *api, const QString &path, const QJsonObject &body,
                   const QByteArray &key, QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    void start(Done done);
    QByteArray key() const { return m_key; }
    int attempts() const { return m_attempt; }

    // Whether an answer leaves the outcome open (and a repeat with the same key is safe).
    static bool inconclusive(const ApiResponse &response);
    // The pause before attempt `attempt` (2, 3, ...): doubling from the first, at most the
    // longest, at least what a Retry-After asked for.
    std::chrono::milliseconds pauseBefore(int attempt, int retryAfterSeconds) const;

Q_SIGNALS:
    // Attempt `attempt` failed without an answer; the next one goes out in `pauseMs`.
    void retrying(int attempt, int pauseMs);

private:
    void send();
    void answered(const ApiResponse &response);

    QPointer<ApiClient> m_api;
    QString m_path;
    QJsonObject m_body;
    QByteArray m_key;
    Policy m_policy;
    Done m_done;
    int m_attempt = 0;
    QTimer m_pause;
};
