// /api/v1/auth: signup, login, refresh, logout, me. Parse → IdentityService → render.
#include "apideps.h"
#include "identityjson.h"
#include "jsonfields.h"

#include "domain/identity/identityservice.h"
#include "http/ratelimiter.h"
#include "http/router.h"

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

// A second, per-account bucket, so one address cannot try many passwords on one account
// and many addresses cannot try many on one account either.
std::optional<Error> accountLimited(const ApiDeps &deps, const QString &scope, const QString &key)
{
    const qint64 wait =
        deps.limiter.take(scope + ":account:"_L1 + key.trimmed().toLower(), deps.accountPolicy);
    if (wait == 0)
        return std::nullopt;
    Error e = Error::make(errc::kRateLimited,
                          u"Too many attempts for this account; try again in %1 s."_s.arg(wait));
    e.retryAfterSeconds = wait;
    return e;
}

Reply signup(const ApiDeps &deps, RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r = fields::onlyKnown(b, {u"email"_s, u"password"_s, u"display_name"_s,
                                       u"account_type"_s, u"referral_code"_s});
        !r)
        return Reply::error(r.error(), ctx.requestId);
    auto email = fields::requiredString(b, u"email"_s, 254);
    auto password = fields::requiredString(b, u"password"_s, 1024);
    auto name = fields::requiredString(b, u"display_name"_s, 200);
    auto type = fields::optionalString(b, u"account_type"_s, 20);
    auto referral = fields::optionalString(b, u"referral_code"_s, 40);
    for (const Error *e : {email ? nullptr : &email.error(), password ? nullptr : &password.error(),
                           name ? nullptr : &name.error(), type ? nullptr : &type.error(),
                           referral ? nullptr : &referral.error()})
        if (e)
            return Reply::error(*e, ctx.requestId);
    auto session = deps.identity.signup(
        {*email, *password, *name, type->value_or(u"personal"_s), referral->value_or(QString())});
    if (!session)
        return Reply::error(session.error(), ctx.requestId);
    return Reply::json(sessionJson(*session), 201);
}

Reply login(const ApiDeps &deps, RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    if (auto r = fields::onlyKnown(b, {u"email"_s, u"password"_s, u"totp_code"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto email = fields::requiredString(b, u"email"_s, 254);
    if (!email)
        return Reply::error(email.error(), ctx.requestId);
    auto password = fields::requiredString(b, u"password"_s, 1024);
    if (!password)
        return Reply::error(password.error(), ctx.requestId);
    auto code = fields::optionalString(b, u"totp_code"_s, 20);
    if (!code)
        return Reply::error(code.error(), ctx.requestId);
    if (auto limited = accountLimited(deps, u"login"_s, *email))
        return Reply::error(*limited, ctx.requestId);
    auto session = deps.identity.login({*email, *password, code->value_or(QString())});
    if (!session)
        return Reply::error(session.error(), ctx.requestId);
    return Reply::json(sessionJson(*session));
}

Reply refresh(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"refresh_token"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto token = fields::requiredString(ctx.body, u"refresh_token"_s, 200);
    if (!token)
        return Reply::error(token.error(), ctx.requestId);
    auto session = deps.identity.refresh(*token);
    if (!session)
        return Reply::error(session.error(), ctx.requestId);
    return Reply::json(sessionJson(*session));
}

Reply logout(const ApiDeps &deps, RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"refresh_token"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto token = fields::requiredString(ctx.body, u"refresh_token"_s, 200);
    if (!token)
        return Reply::error(token.error(), ctx.requestId);
    if (auto r = deps.identity.logout(*token); !r)
        return Reply::error(r.error(), ctx.requestId);
    return Reply::raw({}, "application/json", 204);
}

} // namespace

void registerAuthRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Post, u"/api/v1/auth/signup"_s,
                u"Create an account (and its wallet) and sign in."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return signup(deps, ctx); }, Access::Anonymous,
                u"signup"_s});
    router.add({Method::Post, u"/api/v1/auth/login"_s, u"Sign in with email and password."_s,
                BodyPolicy::JsonObject, [&deps](RequestContext &ctx) { return login(deps, ctx); },
                Access::Anonymous, u"login"_s});
    router.add({Method::Post, u"/api/v1/auth/refresh"_s,
                u"Exchange a refresh token for new tokens (rotation)."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return refresh(deps, ctx); }, Access::Anonymous,
                u"refresh"_s});
    router.add({Method::Post, u"/api/v1/auth/logout"_s,
                u"End the session the refresh token belongs to."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    return logout(deps, ctx);
                }});
    router.add({Method::Get, u"/api/v1/auth/me"_s, u"The signed-in account."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    auto user = deps.identity.user(ctx.principal.userId);
                    if (!user)
                        return Reply::error(user.error(), ctx.requestId);
                    return Reply::json(QJsonObject{{"user"_L1, userJson(*user)}});
                },
                Access::User});
}

} // namespace paydesk::server
