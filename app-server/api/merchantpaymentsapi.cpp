// /api/v1/merchant/payments...: the merchant console's payments table, detail drawer and
// test-mode completion, signed in as the merchant (JWT) rather than with an app's API key. The
// same rules as /api/v1/payments apply: a merchant only reaches payments of apps he owns, and
// anything else is "not found". Parse → MerchantStats / PaymentService → render.
#include "apideps.h"
#include "jsonfields.h"
#include "pagination.h"
#include "queryparams.h"

#include "domain/common/qrcode.h"
#include "domain/gateway/merchantstats.h"
#include "domain/gateway/paymentjson.h"
#include "domain/gateway/paymentservice.h"
#include "http/router.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

Reply listPayments(const ApiDeps &deps, const RequestContext &ctx)
{
    const QUrlQuery q(ctx.request.url());
    if (auto known =
            onlyKnownParams(q, {u"mode"_s, u"app_id"_s, u"status"_s, u"from"_s, u"to"_s,
                                u"search"_s, u"sort"_s, u"order"_s, u"limit"_s, u"cursor"_s});
        !known)
        return Reply::error(known.error(), ctx.requestId);
    auto scope = deps.merchantStats->scope(ctx.principal.userId, paramValue(q, u"mode"_s),
                                           paramValue(q, u"app_id"_s));
    auto filters = paymentFilters(q);
    auto page = parsePageRequest(q, 50, 200);
    auto order =
        gateway::MerchantStats::parseOrder(paramValue(q, u"sort"_s), paramValue(q, u"order"_s));
    if (!scope || !filters || !page || !order)
        return Reply::error(!scope     ? scope.error()
                            : !filters ? filters.error()
                            : !page    ? page.error()
                                       : order.error(),
                            ctx.requestId);
    auto found = deps.merchantStats->payments(*scope, *filters, *page, *order);
    if (!found)
        return Reply::error(found.error(), ctx.requestId);
    QJsonArray data;
    for (const gateway::MerchantPayment &item : found->items) {
        QJsonObject o =
            gateway::paymentJson(item.payment, deps.payments->paymentUrl(item.payment.id));
        o.insert("app_name"_L1, item.appName);
        data.append(o);
    }
    return Reply::json(
        pageJson(data, found->hasMore,
                 found->items.isEmpty() ? QString() : found->items.constLast().payment.id));
}

// The key an app of the caller would use for this payment: its app, its mode, the caller as
// owner. Another merchant's payment, or none, is not_found.
Result<std::pair<gateway::KeyOwner, QString>> ownedPayment(const ApiDeps &deps,
                                                           const RequestContext &ctx)
{
    auto found = deps.payments->publicView(ctx.params.value(u"payment_id"_s));
    if (!found)
        return found.error();
    const gateway::Payment &p = found->first;
    auto scope = deps.merchantStats->scope(ctx.principal.userId, p.mode, p.appId);
    if (!scope)
        return scope.error();
    return std::pair{gateway::KeyOwner{{}, p.appId, ctx.principal.userId, p.mode}, found->second};
}

QJsonObject detailJson(const ApiDeps &deps, const gateway::Payment &p, const QString &appName)
{
    const QString url = deps.payments->paymentUrl(p.id);
    QJsonObject o = gateway::paymentJson(p, url);
    o.insert("app_name"_L1, appName);
    o.insert("qr_code"_L1, qrPngDataUrl(url.toUtf8()));
    return o;
}

Reply onePayment(const ApiDeps &deps, const RequestContext &ctx)
{
    auto owned = ownedPayment(deps, ctx);
    if (!owned)
        return Reply::error(owned.error(), ctx.requestId);
    auto p = deps.payments->get(owned->first, ctx.params.value(u"payment_id"_s));
    if (!p)
        return Reply::error(p.error(), ctx.requestId);
    return Reply::json(detailJson(deps, *p, owned->second));
}

Reply completePayment(const ApiDeps &deps, const RequestContext &ctx)
{
    if (auto r = fields::onlyKnown(ctx.body, {u"status"_s, u"notes"_s}); !r)
        return Reply::error(r.error(), ctx.requestId);
    auto status = fields::requiredString(ctx.body, u"status"_s, 16);
    auto notes = fields::optionalString(ctx.body, u"notes"_s, 500);
    if (!status || !notes)
        return Reply::error(!status ? status.error() : notes.error(), ctx.requestId);
    auto owned = ownedPayment(deps, ctx);
    if (!owned)
        return Reply::error(owned.error(), ctx.requestId);
    auto done = deps.payments->complete(owned->first, ctx.params.value(u"payment_id"_s),
                                        status->toUpper(), notes->value_or(QString()));
    if (!done)
        return Reply::error(done.error(), ctx.requestId);
    return Reply::json(detailJson(deps, *done, owned->second));
}

} // namespace

void registerMerchantPaymentRoutes(Router &router, const ApiDeps &deps)
{
    router.add(
        {Method::Get, u"/api/v1/merchant/payments"_s,
         u"The merchant's payments across his apps, sorted by a column (default newest first), filtered and paged."_s,
         BodyPolicy::None, [&deps](RequestContext &ctx) { return listPayments(deps, ctx); },
         Access::Merchant});
    router.add({Method::Get, u"/api/v1/merchant/payments/{payment_id}"_s,
                u"One of the merchant's payments with its timeline and QR code."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) { return onePayment(deps, ctx); },
                Access::Merchant});
    router.add({Method::Post, u"/api/v1/merchant/payments/{payment_id}/complete"_s,
                u"Test mode: the merchant marks a pending payment SUCCESS or FAILED."_s,
                BodyPolicy::JsonObject,
                [&deps](RequestContext &ctx) { return completePayment(deps, ctx); },
                Access::Merchant});
}

} // namespace paydesk::server
