// /api/v1/apps: a merchant's client apps, their API keys and webhook signing secrets; and
// GET /api/v1/app, which an API key calls to learn which app it is.
#include "apideps.h"
#include "jsonfields.h"
#include "pagination.h"
#include "render.h"

#include "config/config.h"
#include "domain/gateway/appservice.h"
#include "http/router.h"
#include "jsonvalues.h"
#include "outbound/webhookurl.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

using json::time;

QJsonObject appJson(const gateway::App &a)
{
    return {{"id"_L1, a.id},
            {"name"_L1, a.name},
            {"environment"_L1, a.environment},
            {"webhook_url"_L1, a.webhookUrl.isEmpty() ? QJsonValue() : QJsonValue(a.webhookUrl)},
            {"active"_L1, a.active},
            {"created_at"_L1, time(a.createdAt)},
            {"updated_at"_L1, time(a.updatedAt)}};
}

QJsonObject keyJson(const gateway::ApiKey &k)
{
    return {{"id"_L1, k.id},
            {"prefix"_L1, k.prefix},
            {"status"_L1, k.status},
            {"created_at"_L1, time(k.createdAt)},
            {"expires_at"_L1, time(k.expiresAt)},
            {"revoked_at"_L1, time(k.revokedAt)},
            {"last_used_at"_L1, time(k.lastUsedAt)}};
}

QJsonObject newKeyJson(const gateway::NewApiKey &k)
{
    QJsonObject o = keyJson(k.key);
    o.insert("secret"_L1, k.secret); // shown once: only its hash is kept
    return o;
}

QJsonObject secretJson(const gateway::WebhookSecret &s)
{
    return {{"webhook_secret"_L1, s.current},
            {"previous_webhook_secret"_L1,
             s.previous.isEmpty() ? QJsonValue() : QJsonValue(s.previous)},
            {"previous_valid_until"_L1, time(s.previousUntil)}};
}

Reply createApp(const ApiDeps &deps, RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r = fields::onlyKnown(b, {u"name"_s, u"environment"_s, u"webhook_url"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto name = fields::requiredString(b, u"name"_s, 200);
    auto env = fields::optionalString(b, u"environment"_s, 10);
    auto url = fields::optionalString(b, u"webhook_url"_s, 4096);
    if (!name || !env || !url)
        return Reply::error(!name ? name.error() : !env ? env.error() : url.error(), ctx.requestId);
    const QString environment = env->value_or(u"test"_s);
    auto checkedUrl = outbound::checkWebhookUrl(url->value_or(QString()), environment,
                                                deps.config.apps.allowLoopbackWebhooks);
    if (!checkedUrl)
        return Reply::error(checkedUrl.error(), ctx.requestId);
    auto created = deps.apps->create(ctx.principal.userId, *name, environment, *checkedUrl);
    return render(
        created, ctx,
        [](const gateway::CreatedApp &c) {
            return QJsonObject{{"app"_L1, appJson(c.app)},
                               {"api_key"_L1, newKeyJson(c.key)},
                               {"webhook_secret"_L1, c.webhookSecret}};
        },
        201);
}

Reply updateApp(const ApiDeps &deps, RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r = fields::onlyKnown(b, {u"name"_s, u"webhook_url"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto name = fields::optionalString(b, u"name"_s, 200);
    auto url = fields::optionalString(b, u"webhook_url"_s, 4096);
    if (!name || !url)
        return Reply::error(!name ? name.error() : url.error(), ctx.requestId);
    const QString appId = ctx.params.value(u"app_id"_s);
    auto app = deps.apps->get(ctx.principal.userId, appId);
    if (!app)
        return Reply::error(app.error(), ctx.requestId);
    gateway::AppChanges changes;
    changes.name = *name;
    if (*url || b.contains("webhook_url"_L1)) {
        auto checked = outbound::checkWebhookUrl(url->value_or(QString()), app->environment,
                                                 deps.config.apps.allowLoopbackWebhooks);
        if (!checked)
            return Reply::error(checked.error(), ctx.requestId);
        changes.webhookUrl = *checked;
    }
    return render(deps.apps->update(ctx.principal.userId, appId, changes), ctx,
                  [](const gateway::App &a) {
                      return QJsonObject{{"app"_L1, appJson(a)}};
                  });
}

Reply listApps(const ApiDeps &deps, RequestContext &ctx)
{
    auto page = parsePageRequest(QUrlQuery(ctx.request.url()));
    if (!page)
        return Reply::error(page.error(), ctx.requestId);
    auto apps = deps.apps->list(ctx.principal.userId, *page);
    if (!apps)
        return Reply::error(apps.error(), ctx.requestId);
    QJsonArray data;
    for (const auto &a : apps->items)
        data.append(appJson(a));
    return Reply::json(
        pageJson(data, apps->hasMore, apps->items.isEmpty() ? QString() : apps->items.last().id));
}

Reply rotateKey(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"grace_hours"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    int grace = -1;
    if (ctx.body.contains("grace_hours"_L1)) {
        const QJsonValue v = ctx.body.value("grace_hours"_L1);
        if (!v.isDouble() || v.toDouble() != double(v.toInt(-1)) || v.toInt(-1) < 0)
            return Reply::error(Error::make(errc::kValidation,
                                            u"grace_hours must be a whole number of hours."_s,
                                            u"grace_hours"_s),
                                ctx.requestId);
        grace = v.toInt();
    }
    return render(
        deps.apps->rotateKey(ctx.principal.userId, ctx.params.value(u"app_id"_s),
                             ctx.params.value(u"key_id"_s), grace),
        ctx,
        [](const gateway::NewApiKey &k) {
            return QJsonObject{{"api_key"_L1, newKeyJson(k)}};
        },
        201);
}

void registerKeyRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/apps/{app_id}/keys"_s,
                u"The app's API keys (prefixes only)."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    return render(
                        deps.apps->keys(ctx.principal.userId, ctx.params.value(u"app_id"_s)), ctx,
                        [](const QList<gateway::ApiKey> &keys) {
                            QJsonArray data;
                            for (const auto &k : keys)
                                data.append(keyJson(k));
                            return QJsonObject{{"data"_L1, data}};
                        });
                },
                Access::Merchant});
    router.add({Method::Post, u"/api/v1/apps/{app_id}/keys"_s,
                u"Create another API key (its secret is shown once)."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    if (auto r = fields::onlyKnown(ctx.body, {}); !r)
                        return Reply::error(r.error(), ctx.requestId);
                    return render(
                        deps.apps->createKey(ctx.principal.userId, ctx.params.value(u"app_id"_s)),
                        ctx,
                        [](const gateway::NewApiKey &k) {
                            return QJsonObject{{"api_key"_L1, newKeyJson(k)}};
                        },
                        201);
                },
                Access::Merchant});
    router.add({Method::Post, u"/api/v1/apps/{app_id}/keys/{key_id}/rotate"_s,
                u"Replace a key; the old one works for the grace period."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return rotateKey(deps, ctx); }, Access::Merchant});
    router.add({Method::Post, u"/api/v1/apps/{app_id}/keys/{key_id}/revoke"_s,
                u"Stop a key at once."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    if (auto r = fields::onlyKnown(ctx.body, {}); !r)
                        return Reply::error(r.error(), ctx.requestId);
                    auto r =
                        deps.apps->revokeKey(ctx.principal.userId, ctx.params.value(u"app_id"_s),
                                             ctx.params.value(u"key_id"_s));
                    return r ? Reply::raw({}, {}, 204) : Reply::error(r.error(), ctx.requestId);
                },
                Access::Merchant});
}

void registerSecretRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/api/v1/apps/{app_id}/webhook-secret"_s,
                u"Reveal the app's webhook signing secret."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    return render(deps.apps->webhookSecret(ctx.principal.userId,
                                                           ctx.params.value(u"app_id"_s)),
                                  ctx, secretJson);
                },
                Access::Merchant});
    router.add(
        {Method::Post, u"/api/v1/apps/{app_id}/webhook-secret/rotate"_s,
         u"Replace the webhook signing secret (the old one signs too, for the grace period)."_s,
         BodyPolicy::JsonObject,
         [&deps](RequestContext &ctx) {
             if (auto r = fields::onlyKnown(ctx.body, {}); !r)
                 return Reply::error(r.error(), ctx.requestId);
             return render(deps.apps->rotateWebhookSecret(ctx.principal.userId,
                                                          ctx.params.value(u"app_id"_s)),
                           ctx, secretJson);
         },
         Access::Merchant});
}

} // namespace

void registerAppRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Post, u"/api/v1/apps"_s,
                u"Create an app, with its first API key and webhook secret."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return createApp(deps, ctx); }, Access::Merchant});
    router.add({Method::Get, u"/api/v1/apps"_s, u"The merchant's apps, newest first."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return listApps(deps, ctx); },
                Access::Merchant});
    router.add({Method::Get, u"/api/v1/apps/{app_id}"_s, u"One app."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    return render(
                        deps.apps->get(ctx.principal.userId, ctx.params.value(u"app_id"_s)), ctx,
                        [](const gateway::App &a) {
                            return QJsonObject{{"app"_L1, appJson(a)}};
                        });
                },
                Access::Merchant});
    router.add({Method::Patch, u"/api/v1/apps/{app_id}"_s,
                u"Rename an app or change its webhook URL."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return updateApp(deps, ctx); }, Access::Merchant});
    router.add({Method::Post, u"/api/v1/apps/{app_id}/deactivate"_s,
                u"Deactivate an app: its keys stop working."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    if (auto r = fields::onlyKnown(ctx.body, {}); !r)
                        return Reply::error(r.error(), ctx.requestId);
                    return render(
                        deps.apps->deactivate(ctx.principal.userId, ctx.params.value(u"app_id"_s)),
                        ctx, [](const gateway::App &a) {
                            return QJsonObject{{"app"_L1, appJson(a)}};
                        });
                },
                Access::Merchant});
    registerKeyRoutes(router, deps);
    registerSecretRoutes(router, deps);
    router.add({Method::Get, u"/api/v1/app"_s, u"The app this API key belongs to."_s,
                BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    return render(deps.apps->get(ctx.principal.userId, ctx.principal.appId), ctx,
                                  [&ctx](const gateway::App &a) {
                                      return QJsonObject{{"app"_L1, appJson(a)},
                                                         {"key_id"_L1, ctx.principal.tokenId},
                                                         {"mode"_L1, ctx.principal.mode}};
                                  });
                },
                Access::ApiKey});
}

} // namespace paydesk::server
