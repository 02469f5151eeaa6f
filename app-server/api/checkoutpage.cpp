#include "checkoutpage.h"

#include "money.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::checkoutpage {

namespace {

constexpr auto kStyle = R"(
:root{color-scheme:light dark;--accent:#4f46e5;--ok:#15803d;--bad:#b91c1c;--muted:#6b7280}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f3f4f6;
font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827}
main{width:min(400px,92vw);background:#fff;border-radius:14px;padding:28px;
box-shadow:0 10px 30px rgba(0,0,0,.08)}
header{display:flex;justify-content:space-between;align-items:center;margin-bottom:18px}
.brand{font-weight:700}.badge{font-size:12px;font-weight:600;padding:3px 8px;border-radius:999px;
background:#fef3c7;color:#92400e}
.amount{font-size:32px;font-weight:700;margin:4px 0 2px}.muted{color:var(--muted);font-size:14px}
label{display:block;font-size:14px;font-weight:600;margin:14px 0 6px}
input{width:100%;padding:11px 12px;font-size:16px;border:1px solid #d1d5db;border-radius:8px}
input:focus{outline:2px solid var(--accent);border-color:transparent}
input[aria-invalid=true]{border-color:var(--bad)}
.row{display:flex;gap:12px}.row>div{flex:1}
.error{color:var(--bad);font-size:14px;margin-top:6px}
button{width:100%;margin-top:20px;padding:12px;font-size:16px;font-weight:600;color:#fff;
background:var(--accent);border:0;border-radius:8px;cursor:pointer}
.hint{margin-top:18px;font-size:13px;color:var(--muted)}code{font-size:13px}
.status{font-size:22px;font-weight:700;margin:8px 0}.ok{color:var(--ok)}.bad{color:var(--bad)}
dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:14px}dt{color:var(--muted)}
dd{margin:0;word-break:break-all}
@media (prefers-color-scheme:dark){body{background:#111827;color:#f9fafb}main{background:#1f2937}
input{background:#111827;color:#f9fafb;border-color:#374151}}
)";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString amountText(const funding::ProviderOrder &order)
{
    const auto currency = Currency::fromCode(order.currency);
    return currency ? Money::fromMinor(order.amount, *currency).toDisplayString()
                    : u"%1 %2"_s.arg(order.amount).arg(order.currency);
}

QByteArray page(const QString &title, const QString &body)
{
    return (u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<title>"_s +
            esc(title) + u"</title><style>"_s + QLatin1StringView(kStyle) +
            u"</style></head><body><main><header><span class=\"brand\">Paydesk Sandbox</span>"
            "<span class=\"badge\">TEST MODE</span></header>"_s +
            body + u"</main></body></html>\n"_s)
        .toUtf8();
}

QString summary(const funding::ProviderOrder &order)
{
    return u"<div class=\"muted\">Add money to your Paydesk wallet</div><div class=\"amount\">"_s +
           esc(amountText(order)) + u"</div><div class=\"muted\">Order <code>"_s + esc(order.id) +
           u"</code></div>"_s;
}

QString field(const FormInput &in, const QString &name, const QString &label,
              const QString &attributes, const QString &value)
{
    const bool bad = in.errorField == name && !in.error.isEmpty();
    QString html =
        u"<div><label for=\"%1\">%2</label><input id=\"%1\" name=\"%1\" %3 value=\"%4\""_s.arg(
            name, label, attributes, esc(value));
    if (bad)
        html += u" aria-invalid=\"true\" aria-describedby=\"%1-error\" autofocus"_s.arg(name);
    html += u" required>"_s;
    if (bad)
        html += u"<div class=\"error\" id=\"%1-error\" role=\"alert\">%2</div>"_s.arg(
            name, esc(in.error));
    return html + u"</div>"_s;
}

} // namespace

QByteArray form(const funding::ProviderOrder &order, const FormInput &in)
{
    QString body = summary(order) + u"<form method=\"post\" novalidate>"_s;
    body += field(in, u"card_number"_s, u"Card number"_s,
                  u"inputmode=\"numeric\" autocomplete=\"cc-number\" "
                  "placeholder=\"4111 1111 1111 1111\" maxlength=\"23\""_s,
                  in.cardNumber);
    body += u"<div class=\"row\">"_s +
            field(in, u"expiry"_s, u"Expiry"_s,
                  u"autocomplete=\"cc-exp\" placeholder=\"MM/YY\" maxlength=\"7\""_s, in.expiry) +
            field(in, u"cvc"_s, u"CVC"_s,
                  u"inputmode=\"numeric\" autocomplete=\"cc-csc\" placeholder=\"123\" "
                  "maxlength=\"4\""_s,
                  {}) +
            u"</div>"_s;
    body += u"<button type=\"submit\">Pay "_s + esc(amountText(order)) + u"</button></form>"_s;
    body += u"<p class=\"hint\">Sandbox cards: <code>4111 1111 1111 1111</code> succeeds, "
            "<code>4000 0000 0000 0002</code> is declined. Any future expiry and any CVC.</p>"_s;
    return page(u"Pay "_s + amountText(order), body);
}

QByteArray result(const funding::ProviderOrder &order, const providers::ProviderCallback &payment)
{
    const bool ok = payment.status == QLatin1StringView(providers::paymentstatus::kSuccess);
    QString body = summary(order);
    body += ok ? u"<p class=\"status ok\" role=\"status\">Payment successful</p>"
                 "<p>Your wallet is credited. You can close this page.</p>"_s
               : u"<p class=\"status bad\" role=\"status\">Payment declined</p>"
                 "<p>The card was declined and nothing was charged.</p>"_s;
    body += u"<dl><dt>Payment</dt><dd><code>"_s + esc(payment.paymentId) +
            u"</code></dd><dt>Status</dt><dd>"_s + esc(payment.status) + u"</dd>"_s;
    if (ok) // what a client confirms with POST /api/v1/wallet/fund/verify
        body += u"<dt>Signature</dt><dd><code>"_s + esc(payment.signature) + u"</code></dd>"_s;
    body += u"</dl>"_s;
    return page(ok ? u"Payment successful"_s : u"Payment declined"_s, body);
}

QByteArray settled(const funding::ProviderOrder &order)
{
    const bool paid = order.status == QLatin1StringView(funding::orderstatus::kPaid);
    return page(u"Checkout closed"_s,
                summary(order) +
                    (paid ? u"<p class=\"status ok\">This order is paid</p>"_s
                          : u"<p class=\"status bad\">This order has failed</p>"_s) +
                    u"<p>Start a new top-up from Paydesk to pay again.</p>"_s);
}

QByteArray problem(const QString &title, const QString &message)
{
    return page(title, u"<p class=\"status bad\">"_s + esc(title) + u"</p><p>"_s + esc(message) +
                           u"</p>"_s);
}

QLatin1StringView style()
{
    return QLatin1StringView(kStyle);
}

} // namespace paydesk::server::checkoutpage
