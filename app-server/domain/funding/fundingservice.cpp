#include "fundingservice.h"

#include "domain/ledger/ledgerservice.h"
#include "domain/wallet/walletservice.h"
#include "store/providerorderrepository.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace paydesk::server::funding {

namespace {
Error noSuchOrder()
{
    return Error::make(errc::kNotFound, u"No such funding order."_s, u"order_id"_s);
}

bool isFunding(const ProviderOrder &order)
{
    return order.kind == QLatin1StringView(orderkind::kFunding);
}

// A PENDING funding transaction: nothing moves until the payment is confirmed.
ledger::Posting pendingFunding(const ProviderOrder &order,
                               const std::optional<ledger::IdempotencyClaim> &idempotency)
{
    ledger::Posting posting;
    posting.txn.type = QLatin1StringView(ledger::txtype::kFunding);
    posting.txn.status = QLatin1StringView(ledger::txstatus::kPending);
    posting.txn.currency = order.currency;
    posting.txn.amount = order.amount;
    posting.txn.toAccount = order.walletId;
    posting.txn.reference = order.id;
    posting.txn.initiatedBy = order.userId;
    posting.txn.metadata = {{"provider"_L1, order.provider}, {"order_id"_L1, order.id}};
    posting.idempotency = idempotency;
    return posting;
}
} // namespace

FundingService::FundingService(ledger::LedgerService &ledger, wallet::WalletService &wallets,
                               OrderSettlement &settlement)
    : m_ledger(ledger)
    , m_wallets(wallets)
    , m_settlement(settlement)
{}

Result<Funding> FundingService::existing(const ledger::PostResult &result)
{
    auto order = m_settlement.findByTxn(result.txn.id);
    if (!order)
        return order.error();
    if (!*order)
        return Error::make(errc::kInternal, u"A funding transaction has no order."_s);
    return Funding{result, **order};
}

Result<Funding> FundingService::startFunding(const FundingInput &in)
{
    auto earlier = m_ledger.earlierResult(in.idempotency);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return existing(**earlier);
    auto state = m_wallets.state(in.userId);
    if (!state)
        return state.error();
    const wallet::Wallet &w = state->wallet;
    if (w.status != "active"_L1)
        return Error::make(errc::kWalletDisabled, u"Your wallet is disabled."_s);
    if (!in.currency.isEmpty() && in.currency != w.currency)
        return Error::make(errc::kCurrencyMismatch,
                           u"Your wallet holds %1, not %2."_s.arg(w.currency, in.currency),
                           u"currency"_s);
    const qint64 minimum = m_wallets.settings().minTopUp;
    if (in.amount < minimum)
        return Error::make(errc::kAmountBelowMinimum,
                           u"The smallest top-up is %1 minor units."_s.arg(minimum), u"amount"_s);
    if (in.amount > state->perTransactionLimit)
        return Error::make(errc::kLimitExceeded, u"The amount is over the per-transaction limit."_s,
                           u"amount"_s);

    providers::PaymentProvider &provider = m_settlement.provider();
    auto checkout = provider.createCheckoutOrder(in.amount, w.currency);
    if (!checkout)
        return checkout.error();
    ProviderOrder order;
    order.id = checkout->orderId;
    order.provider = provider.name();
    order.kind = QLatin1StringView(orderkind::kFunding);
    order.amount = in.amount;
    order.currency = w.currency;
    order.details = {{"checkout_url"_L1, checkout->checkoutUrl}};
    order.userId = in.userId;
    order.walletId = w.id;

    ledger::Posting posting = pendingFunding(order, in.idempotency);
    posting.alongside = [&order](QSqlDatabase db, const ledger::Txn &txn) {
        order.txnId = txn.id;
        return ProviderOrderRepository(db).insert(order);
    };
    auto posted = m_ledger.post(posting);
    if (!posted)
        return posted.error();
    if (posted->replayed)
        return existing(*posted);
    order.createdAt = posted->txn.createdAt;
    return Funding{*posted, order};
}

Result<ledger::PostResult> FundingService::confirm(const QString &userId, const QString &orderId,
                                                   const QString &paymentId,
                                                   const QString &signature)
{
    auto order = m_settlement.find(orderId);
    if (!order)
        return order.error();
    if (!*order || !isFunding(**order) || (*order)->userId != userId)
        return noSuchOrder();
    if (!m_settlement.provider().verifyCallbackSignature(orderId, paymentId, signature))
        return Error::make(errc::kInvalidSignature,
                           u"The signature does not match this order and payment."_s,
                           u"signature"_s);
    // Only a successful payment hands the payer a signature (as Razorpay's checkout does).
    return m_settlement.settle(**order, QLatin1StringView(providers::paymentstatus::kSuccess),
                               paymentId);
}

Result<ProviderOrder> FundingService::checkoutOrder(const QString &orderId)
{
    auto order = m_settlement.find(orderId);
    if (!order)
        return order.error();
    if (!*order || !isFunding(**order) || (*order)->provider != m_settlement.provider().name())
        return noSuchOrder();
    return **order;
}

} // namespace paydesk::server::funding
