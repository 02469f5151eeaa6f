// The sandbox provider's hosted checkout, served by paydeskd itself: GET shows the card form of
// a funding order, POST pays it (an HTML form, or JSON for scripted clients and tests) and the
// sandbox delivers its signed callback in-process, through the same code as the HTTP callback.
#include "apideps.h"
#include "checkoutpage.h"
#include "jsonfields.h"

#include "domain/funding/fundingservice.h"
#include "http/router.h"
#include "providers/sandboxprovider.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace paydesk::server {

namespace {

const QStringList kCardFields = {u"card_number"_s, u"expiry"_s, u"cvc"_s};

Reply html(const QByteArray &page, int status = 200)
{
    return Reply::raw(page, "text/html; charset=utf-8", status)
        .withHeader("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                    "frame-ancestors 'none'")
        .withHeader("Cache-Control", "no-store");
}

bool wantsJson(const RequestContext &ctx)
{
    return ctx.request.value("content-type").trimmed().toLower().startsWith("application/json");
}

// The card as sent: a JSON object with string fields, or an HTML form.
Result<providers::SandboxProvider::Card> parseCard(const RequestContext &ctx)
{
    if (!wantsJson(ctx)) {
        const QUrlQuery form(QString::fromUtf8(ctx.request.body()).replace(u'+', u' '));
        return providers::SandboxProvider::Card{
            form.queryItemValue(u"card_number"_s, QUrl::FullyDecoded),
            form.queryItemValue(u"expiry"_s, QUrl::FullyDecoded),
            form.queryItemValue(u"cvc"_s, QUrl::FullyDecoded)};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.request.body(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(errc::kMalformedJson, u"The request body is not valid JSON."_s);
    if (!doc.isObject())
        return Error::make(errc::kValidation, u"The request body must be a JSON object."_s);
    const QJsonObject body = doc.object();
    if (auto r = fields::onlyKnown(body, kCardFields); !r)
        return r.error();
    QStringList values;
    for (const QString &name : kCardFields) {
        auto v = fields::requiredString(body, name, 32);
        if (!v)
            return v.error();
        values.append(*v);
    }
    return providers::SandboxProvider::Card{values[0], values[1], values[2]};
}

Reply showCheckout(const ApiDeps &deps, const RequestContext &ctx)
{
    auto order = deps.funding->funding.checkoutOrder(ctx.params.value(u"order_id"_s));
    if (!order)
        return html(
            checkoutpage::problem(u"Checkout not found"_s, u"This checkout link is not valid."_s),
            order.error().is(errc::kNotFound) ? 404 : 503);
    if (order->status != QLatin1StringView(funding::orderstatus::kCreated))
        return html(checkoutpage::settled(*order));
    return html(checkoutpage::form(*order));
}

Reply payCheckout(const ApiDeps &deps, const RequestContext &ctx)
{
    const bool json = wantsJson(ctx);
    auto order = deps.funding->funding.checkoutOrder(ctx.params.value(u"order_id"_s));
    if (!order)
        return json ? Reply::error(order.error(), ctx.requestId)
                    : html(checkoutpage::problem(u"Checkout not found"_s,
                                                 u"This checkout link is not valid."_s),
                           order.error().is(errc::kNotFound) ? 404 : 503);
    if (order->status != QLatin1StringView(funding::orderstatus::kCreated)) {
        const Error closed = Error::make(errc::kTransactionFinal, u"This order is settled."_s);
        return json ? Reply::error(closed, ctx.requestId)
                    : html(checkoutpage::settled(*order), 409);
    }
    auto card = parseCard(ctx);
    auto paid = card ? deps.funding->sandbox.payCheckout(order->id, *card)
                     : Result<providers::ProviderCallback>(card.error());
    if (!paid) {
        if (json)
            return Reply::error(paid.error(), ctx.requestId);
        const checkoutpage::FormInput again{card ? card->number : QString(),
                                            card ? card->expiry : QString(), paid.error().message,
                                            paid.error().field};
        return html(checkoutpage::form(*order, again), 400);
    }
    if (!json)
        return html(checkoutpage::result(*order, *paid));
    QJsonObject out{{"order_id"_L1, paid->orderId},
                    {"payment_id"_L1, paid->paymentId},
                    {"status"_L1, paid->status}};
    if (paid->status == QLatin1StringView(providers::paymentstatus::kSuccess))
        out.insert("signature"_L1, paid->signature);
    return Reply::json(out);
}

} // namespace

void registerSandboxRoutes(Router &router, const ApiDeps &deps)
{
    router.add({Method::Get, u"/sandbox/checkout/{order_id}"_s,
                u"The sandbox provider's hosted checkout page for a funding order (HTML)."_s,
                BodyPolicy::None, [&deps](RequestContext &ctx) {
                    return showCheckout(deps, ctx);
                }});
    router.add({Method::Post, u"/sandbox/checkout/{order_id}"_s,
                u"Pay a sandbox checkout with a test card (HTML form or JSON)."_s, BodyPolicy::Raw,
                [&deps](RequestContext &ctx) {
                    return payCheckout(deps, ctx);
                }});
}

} // namespace paydesk::server
