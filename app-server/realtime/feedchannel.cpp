#include "feedchannel.h"

#include "feeds.h"
#include "hub.h"
#include "wssession.h"

#include "domain/gateway/paymentfeed.h"
#include "domain/gateway/paymentjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {
// A replayed event still relayed live after this long is not plausible (the relay holds a gap
// for seconds, not minutes): older replays are forgotten, which bounds what is remembered.
constexpr qint64 kReplayMemorySecs = 120;

QJsonObject withId(QJsonObject frame, const QJsonValue &id)
{
    if (!id.isUndefined())
        frame.insert("id"_L1, id);
    return frame;
}

Error validation(const QString &message, const QString &field)
{
    return Error::make(errc::kValidation, message, field);
}
} // namespace

FeedChannel::FeedChannel(WsSession &session, Hub &hub, const gateway::PaymentFeed &feed,
                         QString userId)
    : m_session(session)
    , m_hub(hub)
    , m_feed(feed)
    , m_userId(std::move(userId))
{}

bool FeedChannel::isFeedFrame(const QString &type)
{
    return type == "subscribe"_L1 || type == "unsubscribe"_L1;
}

bool FeedChannel::handleFrame(const QString &type, const QJsonObject &frame, const QJsonValue &id)
{
    if (type == "subscribe"_L1)
        subscribe(frame, id);
    else if (type == "unsubscribe"_L1)
        unsubscribe(frame, id);
    else
        return false;
    return true;
}

bool FeedChannel::target(const QJsonObject &frame, const QJsonValue &id, QString &appId,
                         QString &txRef) const
{
    const QJsonValue app = frame.value("app_id"_L1);
    const QJsonValue ref = frame.value("tx_ref"_L1);
    const bool hasApp = !app.isUndefined();
    const bool hasRef = !ref.isUndefined();
    if (hasApp == hasRef) {
        m_session.sendError(validation(u"Name exactly one of \"app_id\" and \"tx_ref\"."_s,
                                       hasApp ? u"tx_ref"_s : u"app_id"_s),
                            id);
        return false;
    }
    const QJsonValue &value = hasApp ? app : ref;
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 200) {
        m_session.sendError(validation(u"\"%1\" must be a non-empty string of at most 200 "
                                       "characters."_s.arg(hasApp ? "app_id"_L1 : "tx_ref"_L1),
                                       hasApp ? u"app_id"_s : u"tx_ref"_s),
                            id);
        return false;
    }
    (hasApp ? appId : txRef) = value.toString();
    return true;
}

void FeedChannel::subscribe(const QJsonObject &frame, const QJsonValue &id)
{
    QString appId;
    QString txRef;
    if (!target(frame, id, appId, txRef))
        return;
    const QJsonValue after = frame.value("after"_L1);
    const bool isSequence =
        after.isDouble() && after.toDouble() >= 0 && after.toDouble() == double(after.toInteger());
    if (!after.isUndefined() && (appId.isEmpty() || !isSequence)) {
        m_session.sendError(
            validation(u"\"after\" is an outbox sequence (an integer >= 0), for an app only."_s,
                       u"after"_s),
            id);
        return;
    }
    QJsonObject answer{{"type"_L1, u"subscribed"_s}};
    if (!appId.isEmpty()) {
        if (auto ok = m_feed.authorizeApp(m_userId, appId); !ok) {
            m_session.sendError(ok.error(), id);
            return;
        }
        if (!follow({u"app:"_s + appId, feeds::app(appId)}, id))
            return;
        if (!after.isUndefined())
            replay(appId, after.toInteger());
        answer.insert("app_id"_L1, appId);
    } else {
        auto payments = m_feed.paymentsByRef(m_userId, txRef);
        if (!payments) {
            m_session.sendError(payments.error(), id);
            return;
        }
        QStringList feeds{u"tx:"_s + txRef, feeds::reference(m_userId, txRef)};
        QJsonArray now;
        for (const gateway::Payment &p : std::as_const(*payments)) {
            feeds.append(feeds::payment(p.id));
            now.append(gateway::paymentJson(p, m_feed.paymentUrl(p.id)));
        }
        if (!follow(feeds, id))
            return;
        answer.insert("tx_ref"_L1, txRef);
        answer.insert("payments"_L1, now);
    }
    m_session.sendFrame(withId(answer, id));
}

bool FeedChannel::follow(const QStringList &feeds, const QJsonValue &id)
{
    // feeds[0] names the subscription; the rest are what it follows.
    const QString &name = feeds.first();
    if (!m_subscriptions.contains(name) && m_subscriptions.size() >= kMaxFeeds) {
        m_session.sendError(
            Error::make(errc::kLimitExceeded,
                        u"A connection holds at most %1 subscriptions."_s.arg(kMaxFeeds)),
            id);
        return false;
    }
    const QStringList followed = feeds.mid(1);
    for (const QString &feed : followed)
        m_hub.follow(feed, &m_session);
    m_subscriptions.insert(name, followed);
    return true;
}

void FeedChannel::replay(const QString &appId, qint64 after)
{
    auto events = m_feed.appEventsAfter(appId, after);
    if (!events) {
        m_session.sendError(events.error(), {});
        return;
    }
    forgetOldReplays();
    for (const StoredEvent &e : std::as_const(*events)) {
        m_replayed.insert(e.sequence, e.at);
        if (!m_session.sendFrame(feeds::frame(e.sequence, e.eventId, e.topic, e.at, e.payload)))
            return;
    }
}

void FeedChannel::forgetOldReplays()
{
    const QDateTime horizon = QDateTime::currentDateTimeUtc().addSecs(-kReplayMemorySecs);
    m_replayed.removeIf([&horizon](const auto &it) { return it.value() < horizon; });
}

void FeedChannel::unsubscribe(const QJsonObject &frame, const QJsonValue &id)
{
    QString appId;
    QString txRef;
    if (!target(frame, id, appId, txRef))
        return;
    const QString name = appId.isEmpty() ? u"tx:"_s + txRef : u"app:"_s + appId;
    const QStringList followed = m_subscriptions.take(name);
    // A feed two subscriptions share stays followed while the other remains.
    QStringList stillFollowed;
    for (const QStringList &feeds : std::as_const(m_subscriptions))
        stillFollowed += feeds;
    for (const QString &feed : followed)
        if (!stillFollowed.contains(feed))
            m_hub.unfollow(feed, &m_session);
    QJsonObject answer{{"type"_L1, u"unsubscribed"_s}};
    answer.insert(appId.isEmpty() ? "tx_ref"_L1 : "app_id"_L1, appId.isEmpty() ? txRef : appId);
    m_session.sendFrame(withId(answer, id));
}

void FeedChannel::deliver(qint64 sequence, const QJsonObject &frame)
{
    if (m_replayed.remove(sequence))
        return; // the replay sent it already
    m_session.sendFrame(frame);
}

} // namespace paydesk::server
