#include "paypagescript.h"

#include <QCryptographicHash>

namespace paydesk::server::paypage {

namespace {

// Reads the form the page renders (#pay-form with data-payment and data-expires). Builds its
// messages with textContent only: nothing from a server answer is ever parsed as HTML. A
// refused request moved nothing, so the next attempt gets a new Idempotency-Key; after a
// network failure the same key is kept, so pressing Pay again cannot pay twice.
constexpr auto kScript = R"JS(
(function () {
  'use strict';
  var form = document.getElementById('pay-form');
  if (!form) return;
  var $ = function (id) { return document.getElementById(id); };
  var button = $('pay-button'), problem = $('pay-error'), result = $('pay-result');
  var label = button.textContent, key = null, paymentId = form.getAttribute('data-payment');

  function newKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'hosted-' + Array.from(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function show(text) { problem.textContent = text || ''; problem.hidden = !text; }
  function busy(text) { button.disabled = !!text; button.textContent = text || label; }
  function post(path, body, token, idem) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    if (idem) headers['Idempotency-Key'] = idem;
    return fetch(path, { method: 'POST', headers: headers, body: JSON.stringify(body),
                         credentials: 'omit', cache: 'no-store' })
      .catch(function () { throw new Error('Could not reach Paydesk. Check your connection and press Pay again.'); })
      .then(function (r) {
        return r.text().then(function (t) {
          var json = {};
          try { json = t ? JSON.parse(t) : {}; } catch (e) { json = {}; }
          return { status: r.status, body: json };
        });
      });
  }
  function errorOf(r) { return (r.body && r.body.error) || {}; }
  function line(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = text;
    return e;
  }
  function close(title, text, ok, rows) {
    form.hidden = true;
    var app = document.querySelector('details.app');
    if (app) app.hidden = true;
    var state = $('pay-state');
    if (state) { state.textContent = ok ? 'Paid' : title; state.className = 'status ' + (ok ? 'ok' : 'bad'); }
    result.textContent = '';
    result.appendChild(line('p', 'status ' + (ok ? 'ok' : 'bad'), title));
    result.appendChild(line('p', '', text));
    if (rows) {
      var dl = document.createElement('dl');
      rows.forEach(function (row) {
        dl.appendChild(line('dt', '', row[0]));
        var dd = document.createElement('dd');
        dd.appendChild(line('code', '', row[1]));
        dl.appendChild(dd);
      });
      result.appendChild(dl);
    }
    result.hidden = false;
    result.focus();
  }
  var left = Date.parse(form.getAttribute('data-expires')) - Date.now();
  if (left > 0 && left < 2147483647)
    setTimeout(function () { close('This request has expired', 'Ask the merchant for a new payment request.', false); }, left);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show('');
    var email = $('email').value.trim(), password = $('password').value, pin = $('pin').value.trim();
    var totpRow = $('totp-row'), totp = $('totp').value.trim();
    if (!email || !password) { show('Enter the email and password of your Paydesk account.'); return; }
    if (!/^[0-9]{4,6}$/.test(pin)) { show('Enter your transaction PIN (4 to 6 digits).'); $('pin').focus(); return; }
    var login = { email: email, password: password };
    if (!totpRow.hidden && totp) login.totp_code = totp;
    var session = null;
    busy('Signing in\u2026');
    post('/api/v1/auth/login', login).then(function (r) {
      if (r.status !== 200) {
        if (errorOf(r).code === 'totp_required') {
          totpRow.hidden = false;
          $('totp').focus();
          throw new Error('Your account uses two-step sign-in: enter the code from your authenticator app and press Pay again.');
        }
        throw new Error(errorOf(r).message || 'Could not sign in.');
      }
      session = r.body;
      busy('Paying\u2026');
      key = key || newKey();
      return post('/api/v1/payments/' + encodeURIComponent(paymentId) + '/pay', { pin: pin },
                  session.access_token, key);
    }).then(function (r) {
      // The page needs the session for this one payment only.
      post('/api/v1/auth/logout', { refresh_token: session.refresh_token }).catch(function () {});
      if (r.status === 200) {
        close('Payment successful', 'Paid from your Paydesk wallet. You can close this page.', true,
              [['Transaction', r.body.transaction.id], ['Payment', r.body.payment.payment_id]]);
        return;
      }
      key = null;
      var e = errorOf(r);
      if (e.code === 'payment_final' || e.code === 'payment_expired' || e.code === 'test_mode_payment') {
        close(e.code === 'payment_expired' ? 'This request has expired' : 'This request cannot be paid',
              e.message || '', false);
        return;
      }
      throw new Error(e.message || ('Paydesk answered ' + r.status + '.'));
    }).catch(function (e) {
      busy('');
      show(e.message);
    });
  });
})();
)JS";

} // namespace

QLatin1StringView script()
{
    return QLatin1StringView(kScript);
}

QByteArray scriptHashSource()
{
    static const QByteArray kHash =
        "'sha256-" +
        QCryptographicHash::hash(QByteArray(kScript), QCryptographicHash::Sha256).toBase64() + "'";
    return kHash;
}

} // namespace paydesk::server::paypage
