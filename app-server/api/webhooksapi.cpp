// /api/v1/webhooks: a merchant's webhook deliveries across their apps (the delivery log with
// every attempt, the retry queue, retry by hand, endpoint health and re-enabling), and
// POST /api/v1/apps/{app_id}/webhooks/test to send a test event.
#include "apideps.h"
#include "jsonfields.h"
#include "pagination.h"
#include "render.h"

#include "config/config.h"
#include "domain/gateway/appservice.h"
#include "domain/webhooks/webhookservice.h"
#include "http/router.h"
#include "jsonvalues.h"
#include "outbound/webhookurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

using json::textOrNull;
using json::time;

QJsonObject attemptJson(const webhooks::Attempt &a)
{
    return {
        {"attempt"_L1, a.number},
        {"url"_L1, a.url},
        {"request_headers"_L1, a.requestHeaders},
        {"response_status"_L1, a.responseStatus > 0 ? QJsonValue(a.responseStatus) : QJsonValue()},
        {"response_headers"_L1, a.responseHeaders},
        {"response_body"_L1, a.responseBody},
        {"latency_ms"_L1, a.latencyMs},
        {"error"_L1, textOrNull(a.error)},
        {"manual"_L1, a.manual},
        {"at"_L1, time(a.at)}};
}

QJsonObject deliveryJson(const webhooks::Delivery &d)
{
    QJsonObject o{{"id"_L1, d.id},
                  {"webhook_id"_L1, d.eventId},
                  {"app_id"_L1, d.appId},
                  {"event_type"_L1, d.eventType},
                  {"payment_id"_L1, textOrNull(d.paymentId)},
                  {"url"_L1, d.url},
                  {"status"_L1, d.status},
                  {"attempts"_L1, d.attempts},
                  {"next_attempt_at"_L1, time(d.nextAttemptAt)},
                  {"last_status"_L1, d.lastStatus > 0 ? QJsonValue(d.lastStatus) : QJsonValue()},
                  {"last_error"_L1, textOrNull(d.lastError)},
                  {"created_at"_L1, time(d.createdAt)},
                  {"updated_at"_L1, time(d.updatedAt)},
                  {"delivered_at"_L1, time(d.deliveredAt)}};
    return o;
}

// One delivery in full: its body as sent (parsed back to JSON) and every attempt.
QJsonObject fullDeliveryJson(const webhooks::Delivery &d)
{
    QJsonObject o = deliveryJson(d);
    o.insert("body"_L1, QJsonDocument::fromJson(d.body).object());
    QJsonArray log;
    for (const webhooks::Attempt &a : d.log)
        log.append(attemptJson(a));
    o.insert("attempt_log"_L1, log);
    return o;
}

QJsonObject endpointJson(const webhooks::Endpoint &e)
{
    return {{"app_id"_L1, e.appId},
            {"url"_L1, e.url},
            {"state"_L1, e.disabledAt.isValid()     ? u"disabled"_s
                         : e.failingSince.isValid() ? u"failing"_s
                                                    : u"healthy"_s},
            {"failing_since"_L1, time(e.failingSince)},
            {"last_success_at"_L1, time(e.lastSuccessAt)},
            {"last_failure_at"_L1, time(e.lastFailureAt)},
            {"disabled_at"_L1, time(e.disabledAt)},
            {"waiting"_L1, e.waiting}};
}

Reply listDeliveries(const ApiDeps &deps, RequestContext &ctx)
{
    const QUrlQuery query(ctx.request.url());
    auto page = parsePageRequest(query, 50, 200);
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    webhooks::DeliveryQuery filter{
        query.queryItemValue(u"app_id"_s), query.queryItemValue(u"status"_s),
        query.queryItemValue(u"event_type"_s), query.queryItemValue(u"payment_id"_s)};
    auto found = deps.webhooks->list(ctx.principal.userId, filter, *page);
    if (!found)
        return Reply::error(found.error(), ctx.requestId);
    QJsonArray data;
    for (const webhooks::Delivery &d : found->items)
        data.append(deliveryJson(d));
    return Reply::json(pageJson(data, found->hasMore,
                                found->items.isEmpty() ? QString() : found->items.last().id));
}

Reply testSend(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"url"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto url = fields::optionalString(ctx.body, u"url"_s, 2048);
    if (!url)
        return Reply::error(url.error(), ctx.requestId);
    const QString appId = ctx.params.value(u"app_id"_s);
    auto app = deps.apps->get(ctx.principal.userId, appId);
    if (!app)
        return Reply::error(app.error(), ctx.requestId);
    auto checked = outbound::checkWebhookUrl(url->value_or(QString()), app->environment,
                                             deps.config.apps.allowLoopbackWebhooks);
    if (!checked)
        return Reply::error(Error::make(errc::kValidation, checked.error().message, u"url"_s),
                            ctx.requestId);
    return render(
        deps.webhooks->testSend(*app, *checked), ctx,
        [](const webhooks::Delivery &d) {
            return QJsonObject{{"delivery"_L1, fullDeliveryJson(d)}};
        },
        202);
}

Reply enableEndpoint(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"app_id"_s, u"url"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto appId = fields::requiredString(ctx.body, u"app_id"_s, 64);
    auto url = fields::requiredString(ctx.body, u"url"_s, 2048);
    if (!appId || !url)
        return Reply::error(!appId ? appId.error() : url.error(), ctx.requestId);
    auto r = deps.webhooks->enable(ctx.principal.userId, *appId, *url);
    return r ? Reply::raw({}, {}, 204) : Reply::error(r.error(), ctx.requestId);
}

QJsonObject listJson(const QList<webhooks::Delivery> &items)
{
    QJsonArray data;
    for (const webhooks::Delivery &d : items)
        data.append(deliveryJson(d));
    return {{"data"_L1, data}};
}

} // namespace

void registerWebhookRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/webhooks/deliveries"_s,
                u"Webhook deliveries of the merchant's apps, newest first."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) { return listDeliveries(deps, ctx); },
                Access::Merchant});
    router.add({Method::Get, u"/api/v1/webhooks/deliveries/{delivery_id}"_s,
                u"One delivery with its body and every attempt."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    return render(deps.webhooks->get(ctx.principal.userId,
                                                     ctx.params.value(u"delivery_id"_s)),
                                  ctx, [](const webhooks::Delivery &d) {
                                      return QJsonObject{{"delivery"_L1, fullDeliveryJson(d)}};
                                  });
                },
                Access::Merchant});
    router.add(
        {Method::Post, u"/api/v1/webhooks/deliveries/{delivery_id}/retry"_s,
         u"Send a delivery again now (same webhook-id)."_s, BodyPolicy::JsonObject,
         [&deps](RequestContext &ctx) {
             if (auto r = fields::onlyKnown(ctx.body, {}); !r)
                 return Reply::error(r.error(), ctx.requestId);
             return render(
                 deps.webhooks->retry(ctx.principal.userId, ctx.params.value(u"delivery_id"_s)),
                 ctx,
                 [](const webhooks::Delivery &d) {
                     return QJsonObject{{"delivery"_L1, fullDeliveryJson(d)}};
                 },
                 202);
         },
         Access::Merchant});
    router.add({Method::Get, u"/api/v1/webhooks/queue"_s,
                u"Deliveries waiting for their next attempt (or paused), the next due first."_s,
                BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    const QUrlQuery query(ctx.request.url());
                    auto page = parsePageRequest(query, 100, 500);
                    if (!page)
                        return Reply::error(page.error(), ctx.requestId);
                    return render(deps.webhooks->queue(ctx.principal.userId,
                                                       query.queryItemValue(u"app_id"_s),
                                                       page->limit),
                                  ctx, listJson);
                },
                Access::Merchant});
    router.add({Method::Get, u"/api/v1/webhooks/endpoints"_s,
                u"Health of each endpoint the merchant's apps send to."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    const QUrlQuery query(ctx.request.url());
                    return render(deps.webhooks->endpoints(ctx.principal.userId,
                                                           query.queryItemValue(u"app_id"_s)),
                                  ctx, [](const QList<webhooks::Endpoint> &list) {
                                      QJsonArray data;
                                      for (const webhooks::Endpoint &e : list)
                                          data.append(endpointJson(e));
                                      return QJsonObject{{"data"_L1, data}};
                                  });
                },
                Access::Merchant});
    router.add(
        {Method::Post, u"/api/v1/webhooks/endpoints/enable"_s,
         u"Re-enable a disabled endpoint; its paused deliveries resume."_s, BodyPolicy::JsonObject,
         [&deps](RequestContext &ctx) { return enableEndpoint(deps, ctx); }, Access::Merchant});
    router.add({Method::Post, u"/api/v1/apps/{app_id}/webhooks/test"_s,
                u"Send a webhook.test event to the app's URL or the one given."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return testSend(deps, ctx); }, Access::Merchant});
}

} // namespace paydesk::server
