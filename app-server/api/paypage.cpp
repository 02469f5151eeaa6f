// GET /pay/{payment_id}: the hosted page a payment_url opens. It shows whom the request is
// from, the amount, what it is for, its status and expiry, and the request as a QR code and a
// paydesk:// link for the app. (Paying from a wallet on this page, with sign-in and PIN, is
// the gateway issue's next step.) Every value shown is escaped.
#include "apideps.h"
#include "checkoutpage.h"

#include "domain/common/qrcode.h"
#include "domain/gateway/paymentservice.h"
#include "http/router.h"
#include "money.h"

using namespace Qt::StringLiterals;

namespace paydesk::server {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray document(const QString &title, bool testMode, const QString &body)
{
    return (u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"_s +
            esc(title) + u"</title><style>"_s + checkoutpage::style() +
            u"</style></head><body><main><header><span class=\"brand\">Paydesk</span>"_s +
            (testMode ? u"<span class=\"badge\">TEST MODE</span>"_s : QString()) + u"</header>"_s +
            body + u"</main></body></html>\n"_s)
        .toUtf8();
}

QString statusLine(const gateway::Payment &p)
{
    if (p.status == "SUCCESS"_L1)
        return u"<div class=\"status ok\">Paid</div>"_s;
    if (p.status == "FAILED"_L1)
        return u"<div class=\"status bad\">This payment failed</div>"_s;
    if (p.status == "EXPIRED"_L1)
        return u"<div class=\"status bad\">This request has expired</div>"_s;
    return u"<div class=\"muted\">Waiting for payment · expires "_s +
           esc(p.expiresAt.toString(u"d MMM yyyy, HH:mm 'UTC'"_s)) + u"</div>"_s;
}

QByteArray render(const gateway::Payment &p, const QString &appName, const QString &url)
{
    const auto currency = Currency::fromCode(p.currency);
    const QString amount = currency ? Money::fromMinor(p.amount, *currency).toDisplayString()
                                    : u"%1 %2"_s.arg(p.amount).arg(p.currency);
    QString body = u"<div class=\"muted\">Payment request from</div><div class=\"brand\">"_s +
                   esc(appName) + u"</div><div class=\"amount\">"_s + esc(amount) + u"</div>"_s +
                   statusLine(p);
    if (!p.description.isEmpty())
        body += u"<p>"_s + esc(p.description) + u"</p>"_s;
    body += u"<dl><dt>Reference</dt><dd>"_s + esc(p.referenceId) +
            u"</dd><dt>Request</dt><dd><code>"_s + esc(p.id) + u"</code></dd></dl>"_s;
    if (p.status == "PENDING"_L1) {
        body +=
            u"<p style=\"text-align:center\"><img alt=\"QR code of this request\" width=\"180\" "
            "height=\"180\" src=\""_s +
            qrPngDataUrl(url.toUtf8(), 4, 2) + u"\"></p>"_s;
        body += u"<p class=\"hint\">Scan the code or open <a href=\"paydesk://pay/"_s + esc(p.id) +
                u"\">this request in the Paydesk app</a> to pay it from your wallet.</p>"_s;
    }
    return document(appName + u" · "_s + amount, p.mode == "test"_L1, body);
}

} // namespace

void registerPayPageRoutes(Router &router, const ApiDeps &deps)
{
    router.add(
        {QHttpServerRequest::Method::Get, u"/pay/{payment_id}"_s,
         u"The hosted page of a payment request."_s, BodyPolicy::None,
         [&deps](RequestContext &ctx) {
             const QString id = ctx.params.value(u"payment_id"_s);
             auto view = deps.payments->publicView(id);
             if (!view) {
                 const bool missing = view.error().is(errc::kNotFound);
                 return Reply::raw(checkoutpage::problem(missing ? u"No such payment request"_s
                                                                 : u"Something went wrong"_s,
                                                         missing
                                                             ? u"Check the link you were given."_s
                                                             : u"Please try again in a moment."_s),
                                   "text/html; charset=utf-8", missing ? 404 : 503);
             }
             return Reply::raw(render(view->first, view->second, deps.payments->paymentUrl(id)),
                               "text/html; charset=utf-8");
         }});
}

} // namespace paydesk::server
