// /api/v1/profile: the signed-in person's profile, password, transaction PIN and two-factor.
#include "apideps.h"
#include "identityjson.h"
#include "jsonfields.h"

#include "domain/identity/identityrules.h"
#include "domain/identity/identityservice.h"
#include "domain/identity/securityservice.h"
#include "http/ratelimiter.h"
#include "http/router.h"
#include "store/userrepository.h"

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

// Parses PUT /profile into changes; every field optional, each checked by its rule.
Result<ProfileChanges> parseProfile(const QJsonObject &b)
{
    if (auto r = fields::onlyKnown(b, {u"display_name"_s, u"phone"_s, u"avatar_color"_s,
                                       u"language"_s, u"notification_prefs"_s});
        !r)
        return r.error();
    ProfileChanges c;
    auto name = fields::optionalString(b, u"display_name"_s, 200);
    auto phone = fields::optionalString(b, u"phone"_s, 40);
    auto color = fields::optionalString(b, u"avatar_color"_s, 10);
    auto language = fields::optionalString(b, u"language"_s, 10);
    if (!name || !phone || !color || !language)
        return !name    ? name.error()
               : !phone ? phone.error()
               : !color ? color.error()
                        : language.error();
    if (*name) {
        auto v = identity::checkDisplayName(**name);
        if (!v)
            return v.error();
        c.displayName = *v;
    }
    if (*phone) {
        auto v = identity::checkPhone(**phone);
        if (!v)
            return v.error();
        c.phone = *v;
    } else if (b.contains("phone"_L1)) {
        c.phone = QString(); // null clears
    }
    if (*color) {
        auto v = identity::checkAvatarColor(**color);
        if (!v)
            return v.error();
        c.avatarColor = *v;
    }
    if (*language) {
        auto v = identity::checkLanguage(**language);
        if (!v)
            return v.error();
        c.language = *v;
    }
    const QJsonValue prefs = b.value("notification_prefs"_L1);
    if (!prefs.isUndefined() && !prefs.isNull()) {
        if (!prefs.isObject())
            return Error::make(errc::kValidation, u"notification_prefs must be an object."_s,
                               u"notification_prefs"_s);
        const QJsonObject p = prefs.toObject();
        if (auto r = fields::onlyKnown(p, {u"email"_s, u"push"_s}); !r)
            return r.error();
        auto email = fields::optionalBool(p, u"email"_s);
        auto push = fields::optionalBool(p, u"push"_s);
        if (!email || !push)
            return !email ? email.error() : push.error();
        c.notifyEmail = *email;
        c.notifyPush = *push;
    }
    return c;
}

std::optional<Error> userLimited(const ApiDeps &deps, const QString &scope, const QString &userId)
{
    const qint64 wait = deps.limiter.take(scope + ":user:"_L1 + userId, deps.accountPolicy);
    if (wait == 0)
        return std::nullopt;
    Error e = Error::make(errc::kRateLimited, u"Too many attempts; try again in %1 s."_s.arg(wait));
    e.retryAfterSeconds = wait;
    return e;
}

// Reads the named string fields (all required, nothing else allowed) into `out`.
std::optional<Error> readStrings(const QJsonObject &body, const QStringList &names,
                                 QStringList *out)
{
    if (auto r = fields::onlyKnown(body, names); !r)
        return r.error();
    for (const QString &name : names) {
        auto v = fields::requiredString(body, name, 1024);
        if (!v)
            return v.error();
        out->append(*v);
    }
    return std::nullopt;
}

Reply noContent()
{
    return Reply::raw({}, "application/json", 204);
}

Reply valid()
{
    return Reply::json(QJsonObject{{"valid"_L1, true}});
}

} // namespace

void registerProfileRoutes(Router &router, const ApiDeps &deps)
{
    auto add = [&](Method m, const QString &path, const QString &summary, BodyPolicy body,
                   Handler h, const QString &limit = {}) {
        router.add({m, path, summary, body, std::move(h), Access::User, limit});
    };
    add(Method::Get, u"/api/v1/profile"_s, u"The signed-in person's profile."_s, BodyPolicy::None,
        [&deps](RequestContext &ctx) {
            auto user = deps.identity.user(ctx.principal.userId);
            return user ? Reply::json(QJsonObject{{"user"_L1, userJson(*user)}})
                        : Reply::error(user.error(), ctx.requestId);
        });
    add(Method::Put, u"/api/v1/profile"_s, u"Change profile fields."_s, BodyPolicy::JsonObject,
        [&deps](RequestContext &ctx) {
            auto changes = parseProfile(ctx.body);
            if (!changes)
                return Reply::error(changes.error(), ctx.requestId);
            auto user = deps.security.updateProfile(ctx.principal.userId, *changes);
            return user ? Reply::json(QJsonObject{{"user"_L1, userJson(*user)}})
                        : Reply::error(user.error(), ctx.requestId);
        });
    add(Method::Post, u"/api/v1/profile/change-password"_s,
        u"Change the password; ends every other session."_s, BodyPolicy::JsonObject,
        [&deps](RequestContext &ctx) {
            QStringList v;
            if (auto e = readStrings(ctx.body, {u"current_password"_s, u"new_password"_s}, &v))
                return Reply::error(*e, ctx.requestId);
            if (auto e = userLimited(deps, u"password"_s, ctx.principal.userId))
                return Reply::error(*e, ctx.requestId);
            auto session = deps.identity.changePassword(ctx.principal.userId, v[0], v[1]);
            return session ? Reply::json(sessionJson(*session))
                           : Reply::error(session.error(), ctx.requestId);
        });
    add(Method::Post, u"/api/v1/profile/pin"_s, u"Set or change the transaction PIN."_s,
        BodyPolicy::JsonObject, [&deps](RequestContext &ctx) {
            QStringList v;
            if (auto e = readStrings(ctx.body, {u"password"_s, u"pin"_s}, &v))
                return Reply::error(*e, ctx.requestId);
            if (auto e = userLimited(deps, u"password"_s, ctx.principal.userId))
                return Reply::error(*e, ctx.requestId);
            auto r = deps.security.setPin(ctx.principal.userId, v[0], v[1]);
            return r ? noContent() : Reply::error(r.error(), ctx.requestId);
        });
    add(
        Method::Post, u"/api/v1/profile/verify-pin"_s, u"Check the transaction PIN."_s,
        BodyPolicy::JsonObject,
        [&deps](RequestContext &ctx) {
            QStringList v;
            if (auto e = readStrings(ctx.body, {u"pin"_s}, &v))
                return Reply::error(*e, ctx.requestId);
            if (auto e = userLimited(deps, u"pin"_s, ctx.principal.userId))
                return Reply::error(*e, ctx.requestId);
            auto r = deps.security.verifyPin(ctx.principal.userId, v[0]);
            return r ? valid() : Reply::error(r.error(), ctx.requestId);
        },
        u"verify-pin"_s);
    add(
        Method::Post, u"/api/v1/profile/verify-password"_s, u"Check the password."_s,
        BodyPolicy::JsonObject,
        [&deps](RequestContext &ctx) {
            QStringList v;
            if (auto e = readStrings(ctx.body, {u"password"_s}, &v))
                return Reply::error(*e, ctx.requestId);
            if (auto e = userLimited(deps, u"password"_s, ctx.principal.userId))
                return Reply::error(*e, ctx.requestId);
            auto r = deps.security.verifyPassword(ctx.principal.userId, v[0]);
            return r ? valid() : Reply::error(r.error(), ctx.requestId);
        },
        u"verify-password"_s);
    registerTwoFactorRoutes(router, deps);
}

void registerTwoFactorRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Post, u"/api/v1/profile/2fa/enroll"_s,
                u"Start two-factor enrolment: a TOTP secret, URI and QR code."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    if (auto r = fields::onlyKnown(ctx.body, {}); !r)
                        return Reply::error(r.error(), ctx.requestId);
                    auto user = deps.identity.user(ctx.principal.userId);
                    if (!user)
                        return Reply::error(user.error(), ctx.requestId);
                    auto e = deps.security.enrollTotp(ctx.principal.userId, user->email);
                    if (!e)
                        return Reply::error(e.error(), ctx.requestId);
                    return Reply::json(QJsonObject{{"secret"_L1, e->secretBase32},
                                                   {"otpauth_uri"_L1, e->otpauthUri},
                                                   {"qr_code"_L1, e->qrCodeDataUrl}});
                },
                Access::User});
    router.add({Method::Post, u"/api/v1/profile/2fa/confirm"_s,
                u"Turn two-factor on with a first code; returns recovery codes once."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    QStringList v;
                    if (auto e = readStrings(ctx.body, {u"code"_s}, &v))
                        return Reply::error(*e, ctx.requestId);
                    auto codes = deps.security.confirmTotp(ctx.principal.userId, v[0]);
                    if (!codes)
                        return Reply::error(codes.error(), ctx.requestId);
                    return Reply::json(
                        QJsonObject{{"recovery_codes"_L1, QJsonArray::fromStringList(*codes)}});
                },
                Access::User, u"verify-pin"_s});
    router.add({Method::Post, u"/api/v1/profile/2fa/disable"_s,
                u"Turn two-factor off (password and a code)."_s, BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) {
                    QStringList v;
                    if (auto e = readStrings(ctx.body, {u"password"_s, u"code"_s}, &v))
                        return Reply::error(*e, ctx.requestId);
                    auto r = deps.security.disableTotp(ctx.principal.userId, v[0], v[1]);
                    return r ? noContent() : Reply::error(r.error(), ctx.requestId);
                },
                Access::User, u"verify-pin"_s});
}

} // namespace paydesk::server
