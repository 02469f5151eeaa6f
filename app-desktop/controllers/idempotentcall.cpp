#include "idempotentcall.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIdempotentCall, "paydesk.wallet")

IdempotentCall::IdempotentCall(ApiClient *api, const QString &path, const QJsonObject &body,
                               const QByteArray &key, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_path(path)
    , m_body(body)
    , m_key(key)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &IdempotentCall::send);
}

void IdempotentCall::start(Done done)
{
    m_done = std::move(done);
    m_attempt = 0;
    send();
}

bool IdempotentCall::inconclusive(const ApiResponse &response)
{
    return !response.reached || response.status >= 500 || response.status == 429;
}

std::chrono::milliseconds IdempotentCall::pauseBefore(int attempt, int retryAfterSeconds) const
{
    const int doublings = std::clamp(attempt - 2, 0, 16);
    const auto grown = m_policy.firstPause * (1LL << doublings);
    const auto pause = std::min<std::chrono::milliseconds>(grown, m_policy.longestPause);
    return std::max<std::chrono::milliseconds>(pause, std::chrono::seconds(retryAfterSeconds));
}

void IdempotentCall::send()
{
    if (!m_api) {
        ApiResponse none;
        none.transportError = tr("Not connected to a server.");
        m_done(none, false);
        return;
    }
    ++m_attempt;
    m_api->post(
        m_path, m_body, this, [this](const ApiResponse &r) { answered(r); }, m_key);
}

void IdempotentCall::answered(const ApiResponse &response)
{
    if (!inconclusive(response)) {
        m_done(response, true);
        return;
    }
    if (m_attempt >= m_policy.attempts) {
        qCInfo(lcIdempotentCall) << m_path << "no definite answer after" << m_attempt << "attempts";
        m_done(response, false);
        return;
    }
    const auto pause = pauseBefore(m_attempt + 1, response.retryAfterSeconds);
    qCInfo(lcIdempotentCall) << m_path << "attempt" << m_attempt << "got" << response.status
                             << response.transportError << "- again in" << pause.count() << "ms";
    Q_EMIT retrying(m_attempt, int(pause.count()));
    m_pause.start(pause);
}
