// GET /pay/{payment_id}: the hosted page a payment_url opens. It shows whom the request is
// from, the amount, what it is for, its status and expiry; while a live request can be paid,
// a sign-in + PIN form whose script (paypagescript.h) pays it through the public API; and the
// request as a QR code and a paydesk:// link for the app. Every value shown is escaped; the
// page loads nothing from elsewhere and its CSP allows only its own script, by hash.
#include "apideps.h"
#include "checkoutpage.h"
#include "paypagescript.h"

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

// Additions to the hosted pages' stylesheet for the payment form.
constexpr QLatin1StringView kPayStyle(
    "h2{font-size:16px;margin:22px 0 0;padding-top:18px;border-top:1px solid #e5e7eb}"
    "button:disabled{opacity:.6;cursor:progress}"
    ".notice{padding:10px 12px;border-radius:8px;background:#fef3c7;color:#92400e;font-size:14px}"
    "details.app{margin-top:18px;font-size:14px}details.app summary{cursor:pointer;"
    "color:var(--accent);font-weight:600}#pay-result:focus{outline:none}"
    "@media (prefers-color-scheme:dark){h2{border-color:#374151}}");

QByteArray document(const QString &title, bool testMode, const QString &body, bool withScript)
{
    return (u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"_s +
            esc(title) + u"</title><style>"_s + checkoutpage::style() + kPayStyle +
            u"</style></head><body><main><header><span class=\"brand\">Paydesk</span>"_s +
            (testMode ? u"<span class=\"badge\">TEST MODE</span>"_s : QString()) + u"</header>"_s +
            body + (withScript ? u"<script>"_s + paypage::script() + u"</script>"_s : QString()) +
            u"</main></body></html>\n"_s)
        .toUtf8();
}

bool payableHere(const gateway::Payment &p)
{
    return p.mode == "live"_L1 && p.status == "PENDING"_L1 &&
           p.expiresAt > QDateTime::currentDateTimeUtc();
}

// Sign in (with a TOTP code when the account asks for one) and the PIN; the script does the rest.
QString payForm(const gateway::Payment &p, const QString &amount)
{
    return u"<form id=\"pay-form\" data-payment=\""_s + esc(p.id) + u"\" data-expires=\""_s +
           esc(p.expiresAt.toString(Qt::ISODateWithMs)) +
           u"\" novalidate><h2>Pay from your Paydesk wallet</h2>"
           "<label for=\"email\">Email</label><input id=\"email\" type=\"email\" "
           "autocomplete=\"username\" required>"
           "<label for=\"password\">Password</label><input id=\"password\" type=\"password\" "
           "autocomplete=\"current-password\" required>"
           "<div id=\"totp-row\" hidden><label for=\"totp\">Authenticator code</label>"
           "<input id=\"totp\" inputmode=\"numeric\" autocomplete=\"one-time-code\" "
           "maxlength=\"10\"></div>"
           "<label for=\"pin\">Transaction PIN</label><input id=\"pin\" type=\"password\" "
           "inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"6\" required>"
           "<div id=\"pay-error\" class=\"error\" role=\"alert\" hidden></div>"
           "<button id=\"pay-button\" type=\"submit\">Pay "_s +
           esc(amount) +
           u"</button><noscript><p class=\"error\">Turn on JavaScript to pay on this page, or "
           "pay from the Paydesk app.</p></noscript>"
           "<p class=\"hint\">You sign in only to pay this request: the page signs you out "
           "afterwards.</p></form><div id=\"pay-result\" role=\"status\" tabindex=\"-1\" "
           "hidden></div>"_s;
}

QString statusLine(const gateway::Payment &p)
{
    if (p.status == "SUCCESS"_L1)
        return u"<div class=\"status ok\">Paid</div>"_s;
    if (p.status == "FAILED"_L1)
        return u"<div class=\"status bad\">This payment failed</div>"_s;
    if (p.status == "EXPIRED"_L1)
        return u"<div class=\"status bad\">This request has expired</div>"_s;
    if (p.expiresAt <= QDateTime::currentDateTimeUtc())
        return u"<div class=\"status bad\">This request has expired</div>"_s;
    return u"<div id=\"pay-state\" class=\"muted\">Waiting for payment · expires "_s +
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
    const bool payable = payableHere(p);
    if (payable)
        body += payForm(p, amount);
    else if (p.mode != "live"_L1 && p.status == "PENDING"_L1)
        body += u"<p class=\"notice\">This is a test-mode request: it cannot be paid from a "
                "wallet. The merchant completes test payments with their test key.</p>"_s;
    if (p.status == "PENDING"_L1 && p.expiresAt > QDateTime::currentDateTimeUtc()) {
        body += u"<details class=\"app\"><summary>Pay in the Paydesk app instead</summary>"
                "<p style=\"text-align:center\"><img alt=\"QR code of this request\" "
                "width=\"180\" height=\"180\" src=\""_s +
                qrPngDataUrl(url.toUtf8(), 4, 2) + u"\"></p>"_s;
        body += u"<p class=\"hint\">Scan the code or open <a href=\"paydesk://pay/"_s + esc(p.id) +
                u"\">this request in the Paydesk app</a> to pay it from your wallet.</p>"
                "</details>"_s;
    }
    return document(appName + u" · "_s + amount, p.mode == "test"_L1, body, payable);
}

Reply html(QByteArray page, int status = 200)
{
    return Reply::raw(std::move(page), "text/html; charset=utf-8", status)
        .withHeader("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " +
                        paypage::scriptHashSource() +
                        "; connect-src 'self'; form-action 'none'; base-uri 'none'; "
                        "frame-ancestors 'none'")
        .withHeader("Cache-Control", "no-store")
        .withHeader("Referrer-Policy", "no-referrer");
}

} // namespace

void registerPayPageRoutes(Router &router, const ApiDeps &deps)
{
    router.add({QHttpServerRequest::Method::Get, u"/pay/{payment_id}"_s,
                u"The hosted page of a payment request."_s, BodyPolicy::None,
                [&deps](RequestContext &ctx) {
                    const QString id = ctx.params.value(u"payment_id"_s);
                    auto view = deps.payments->publicView(id);
                    if (!view) {
                        const bool missing = view.error().is(errc::kNotFound);
                        return html(checkoutpage::problem(missing ? u"No such payment request"_s
                                                                  : u"Something went wrong"_s,
                                                          missing
                                                              ? u"Check the link you were given."_s
                                                              : u"Please try again in a moment."_s),
                                    missing ? 404 : 503);
                    }
                    return html(render(view->first, view->second, deps.payments->paymentUrl(id)));
                }});
}

} // namespace paydesk::server
