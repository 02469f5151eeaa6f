#include "walletpayments.h"

#include "paymentservice.h"

#include "domain/identity/securityservice.h"
#include "domain/ledger/ledgerservice.h"
#include "domain/wallet/walletservice.h"
#include "store/database.h"
#include "store/lockkeys.h"
#include "store/paymentrepository.h"
#include "store/walletrepository.h"

using namespace Qt::StringLiterals;

namespace paydesk::server::gateway {

// A request and everything paying it takes, checked: whose it is, both wallets, the fee.
struct WalletPayments::Plan
{
    Payment payment;
    QString merchantName;
    QString ownerId; // the merchant: the app's owner
    wallet::Wallet payer;
    QString merchantWalletId;
    qint64 fee = 0;
};

namespace {

Error notFound()
{
    return Error::make(errc::kNotFound, u"No such payment request."_s);
}

// Why a request that is not PENDING (or is overdue) cannot be paid; nullopt when it can.
std::optional<Error> notPayable(const Payment &p)
{
    if (p.status == "SUCCESS"_L1)
        return Error::make(errc::kPaymentFinal, u"This payment request is already paid."_s);
    if (p.status == "FAILED"_L1)
        return Error::make(errc::kPaymentFinal, u"This payment request has failed."_s);
    if (p.status == "EXPIRED"_L1 || p.expiresAt <= QDateTime::currentDateTimeUtc())
        return Error::make(errc::kPaymentExpired, u"This payment request has expired."_s);
    return std::nullopt;
}

// Codes that say something about this payer and this request (shown before paying), as
// opposed to failures of the server itself.
bool isRefusal(const Error &e)
{
    return !e.is(errc::kUnavailable) && !e.is(errc::kInternal) && !e.is(errc::kNotFound);
}

// The request itself, in the posting's database transaction: paid only if it is still PENDING
// and not due; otherwise an error that rolls the whole posting back.
ledger::AlongsideWrites markPaid(const QString &paymentId, const QString &ownerId,
                                 const QString &url)
{
    return [=](QSqlDatabase db, const ledger::Txn &txn) -> Result<void> {
        PaymentRepository repo(db);
        auto done = repo.markPaid(paymentId, txn.id);
        if (!done)
            return done.error();
        if (!*done) { // someone else paid it first, it failed, or it has just run out
            auto now = repo.findById(paymentId);
            if (!now)
                return now.error();
            if (!*now)
                return notFound();
            return notPayable(**now).value_or(
                Error::make(errc::kConflict, u"The payment request changed; try again."_s));
        }
        return PaymentService::announce(db, **done, ownerId, url);
    };
}

} // namespace

WalletPayments::WalletPayments(const Database &database, ledger::LedgerService &ledger,
                               identity::SecurityService &security, wallet::WalletService &wallets,
                               PaymentService &payments, WalletPaymentSettings settings)
    : m_database(database)
    , m_ledger(ledger)
    , m_security(security)
    , m_wallets(wallets)
    , m_payments(payments)
    , m_settings(settings)
{}

qint64 WalletPayments::feeFor(qint64 amount, int bps)
{
    if (amount <= 0 || bps <= 0)
        return 0;
    // Split so amount × bps never overflows: floor(a·b/n) = (a/n)·b + floor((a%n)·b/n).
    return (amount / 10000) * bps + (amount % 10000) * bps / 10000;
}

Result<WalletPayments::Plan> WalletPayments::plan(const QString &payerId, const QString &paymentId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    PaymentRepository payments(*db);
    auto found = payments.findPublic(paymentId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    Plan plan{(*found)->first, (*found)->second, {}, {}, {}, 0};
    const Payment &p = plan.payment;
    // Test mode moves no real money (as Stripe's): its requests are finished with /complete.
    if (p.mode != "live"_L1)
        return Error::make(errc::kTestModePayment,
                           u"This is a test-mode request: it cannot be paid from a real wallet. "
                           "The merchant completes test payments with their test key."_s);
    if (auto refusal = notPayable(p))
        return *refusal;
    auto owner = payments.ownerOfApp(p.appId);
    if (!owner)
        return owner.error();
    plan.ownerId = *owner;
    if (plan.ownerId == payerId)
        return Error::make(errc::kSelfPayment, u"You cannot pay your own payment request."_s);
    WalletRepository wallets(*db);
    auto payer = wallets.findByUserAndCurrency(payerId, p.currency);
    if (!payer)
        return payer.error();
    if (!*payer)
        return Error::make(errc::kCurrencyMismatch,
                           u"This request is in %1 and you have no %1 wallet."_s.arg(p.currency),
                           u"currency"_s);
    plan.payer = **payer;
    auto merchant = wallets.findByUserAndCurrency(plan.ownerId, p.currency);
    if (!merchant)
        return merchant.error();
    if (!*merchant)
        return Error::make(errc::kCurrencyMismatch,
                           u"The merchant cannot receive %1 yet."_s.arg(p.currency), u"currency"_s);
    plan.merchantWalletId = (*merchant)->id;
    if (plan.payer.status != "active"_L1)
        return Error::make(errc::kWalletDisabled, u"Your wallet is disabled."_s);
    if (p.amount > m_wallets.perTransactionLimit(plan.payer))
        return Error::make(errc::kLimitExceeded,
                           u"The amount is over your wallet's per-transaction limit."_s,
                           u"amount"_s);
    plan.fee = feeFor(p.amount, m_settings.feeBps);
    return plan;
}

Result<Checkout> WalletPayments::checkout(const QString &payerId, const QString &paymentId)
{
    auto planned = plan(payerId, paymentId);
    if (planned) {
        Checkout out{planned->payment, planned->merchantName, std::nullopt};
        const wallet::Wallet &w = planned->payer;
        if (w.balance - planned->payment.amount < w.minBalance)
            out.refusal =
                Error::make(errc::kInsufficientFunds,
                            u"Your balance is not enough for this payment."_s, u"amount"_s);
        return out;
    }
    if (!isRefusal(planned.error()))
        return planned.error();
    // Refused for this payer: still show the request, with the reason.
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = PaymentRepository(*db).findPublic(paymentId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    return Checkout{(*found)->first, (*found)->second, planned.error()};
}

Result<std::variant<ledger::PostResult, ledger::Posting>>
WalletPayments::prepare(const WalletPayInput &in)
{
    // A retry of a request that already paid is answered without the PIN again (the request
    // hash says its body, PIN included, is the same).
    auto earlier = m_ledger.earlierResult(in.idempotency);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return std::variant<ledger::PostResult, ledger::Posting>(**earlier);
    auto planned = plan(in.payerId, in.paymentId);
    if (!planned)
        return planned.error();
    if (auto pin = m_security.verifyPin(in.payerId, in.pin); !pin)
        return pin.error();
    auto posting = postingFor(*planned, in);
    if (!posting)
        return posting.error();
    return std::variant<ledger::PostResult, ledger::Posting>(*posting);
}

Result<WalletPaid> WalletPayments::pay(const WalletPayInput &in)
{
    auto prepared = prepare(in);
    if (!prepared)
        return prepared.error();
    if (const auto *earlier = std::get_if<ledger::PostResult>(&*prepared))
        return paid(*earlier);
    auto posted = m_ledger.post(std::get<ledger::Posting>(*prepared));
    if (!posted)
        return posted.error();
    return paid(*posted);
}

void WalletPayments::payLater(const WalletPayInput &in, ledger::LedgerService::PostCallback posted)
{
    auto prepared = prepare(in);
    if (!prepared)
        posted(prepared.error());
    else if (const auto *earlier = std::get_if<ledger::PostResult>(&*prepared))
        posted(*earlier);
    else
        m_ledger.postLater(std::get<ledger::Posting>(*prepared), std::move(posted));
}

Result<ledger::Posting> WalletPayments::postingFor(const Plan &p, const WalletPayInput &in)
{
    const qint64 amount = p.payment.amount;
    ledger::Posting posting;
    posting.txn.type = QLatin1StringView(ledger::txtype::kPayment);
    posting.txn.status = QLatin1StringView(ledger::txstatus::kSuccess);
    posting.txn.currency = p.payment.currency;
    posting.txn.amount = amount;
    posting.txn.fee = p.fee;
    posting.txn.fromAccount = p.payer.id;
    posting.txn.toAccount = p.merchantWalletId;
    posting.txn.reference = p.payment.id;
    posting.txn.note = p.payment.description.left(280);
    posting.txn.initiatedBy = in.payerId;
    posting.txn.metadata = {{"payment_id"_L1, p.payment.id},
                            {"app_id"_L1, p.payment.appId},
                            {"merchant_name"_L1, p.merchantName},
                            {"reference_id"_L1, p.payment.referenceId}};
    posting.legs = {{p.payer.id, -amount}, {p.merchantWalletId, amount - p.fee}};
    posting.people = {in.payerId, p.ownerId};
    if (p.fee > 0) {
        auto fees = m_ledger.systemAccount(QLatin1StringView(ledger::syskind::kFees),
                                           p.payment.currency, u"gateway"_s);
        if (!fees)
            return fees.error();
        posting.legs.append({*fees, p.fee});
    }
    posting.idempotency = in.idempotency;
    posting.dailyDebitLimit = m_wallets.dailyLimit(p.payer);
    posting.alongside = markPaid(p.payment.id, p.ownerId, m_payments.paymentUrl(p.payment.id));
    posting.alongsideLocks = {lockkeys::payment(p.payment.id)};
    return posting;
}

Result<WalletPaid> WalletPayments::paid(const ledger::PostResult &posted)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    PaymentRepository repo(*db);
    auto found = repo.findById(posted.txn.reference);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(errc::kInternal, u"A payment's transaction lost its request."_s);
    auto timeline = repo.timeline(posted.txn.reference);
    if (!timeline)
        return timeline.error();
    WalletPaid out{**found, posted.txn, posted.replayed};
    out.payment.timeline = *timeline;
    return out;
}

} // namespace paydesk::server::gateway
