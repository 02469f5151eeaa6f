#include "paymentservice.h"

#include "paymentjson.h"

#include "currency.h"
#include "domain/webhooks/webhookservice.h"
#include "ids.h"
#include "store/database.h"
#include "store/groupcommit.h"
#include "store/idempotencyrepository.h"
#include "store/lockkeys.h"
#include "store/paymentrepository.h"
#include "store/walletrepository.h"

#include <QHash>
#include <QJsonDocument>

#include <future>
#include <memory>

using namespace Qt::StringLiterals;

namespace paydesk::server::gateway {

namespace {

Error notFound()
{
    return Error::make(errc::kNotFound, u"No such payment for this app and mode."_s);
}

QString eventFor(const QString &status)
{
    return status == "PENDING"_L1 ? u"payment.created"_s : u"payment."_s + status.toLower();
}

Result<void> validate(const NewPayment &in, const PaymentSettings &s)
{
    if (in.amount <= 0)
        return Error::make(errc::kInvalidAmount, u"amount must be positive."_s, u"amount"_s);
    if (!Currency::fromCode(in.currency))
        return Error::make(errc::kUnknownCurrency, u"Unknown currency %1."_s.arg(in.currency),
                           u"currency"_s);
    const QString ref = in.referenceId.trimmed();
    if (ref.isEmpty() || ref.size() > 100)
        return Error::make(errc::kValidation, u"reference_id must be 1..100 characters."_s,
                           u"reference_id"_s);
    if (in.description.size() > 500)
        return Error::make(errc::kValidation, u"description is longer than 500 characters."_s,
                           u"description"_s);
    if (QJsonDocument(in.metadata).toJson(QJsonDocument::Compact).size() > s.maxMetadataBytes)
        return Error::make(errc::kValidation,
                           u"metadata is larger than %1 bytes."_s.arg(s.maxMetadataBytes),
                           u"metadata"_s);
    if (in.expiryMinutes < 1 || in.expiryMinutes > s.maxExpiryMinutes)
        return Error::make(errc::kValidation,
                           u"expiry_minutes must be 1..%1."_s.arg(s.maxExpiryMinutes),
                           u"expiry_minutes"_s);
    return {};
}

} // namespace

Result<void> PaymentService::announce(QSqlDatabase db, const Payment &p, const QString &ownerId,
                                      const QString &url)
{
    const QString type = eventFor(p.status);
    const QString eventId = ids::make(u"evt");
    return PaymentRepository(db).announce(
        p,
        {type, eventId, ownerId,
         QJsonObject{{"event"_L1, type}, {"app_id"_L1, p.appId}, {"data"_L1, paymentJson(p, url)}},
         ids::make(u"whd"),
         webhooks::paymentEventBody(type, eventId, p, QDateTime::currentDateTimeUtc())});
}

PaymentService::PaymentService(const Database &database, PaymentSettings settings,
                               GroupCommitter *committer)
    : m_database(database)
    , m_settings(std::move(settings))
    , m_committer(committer)
{}

void PaymentService::setPublicUrl(const QString &url)
{
    QMutexLocker lock(&m_urlMutex);
    m_settings.publicUrl = url;
}

QString PaymentService::paymentUrl(const QString &paymentId) const
{
    QMutexLocker lock(&m_urlMutex);
    return m_settings.publicUrl + "/pay/"_L1 + paymentId;
}

Result<Payment> PaymentService::prepare(const KeyOwner &key, const NewPayment &in)
{
    if (auto r = validate(in, m_settings); !r)
        return r.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // A live request must be payable: the merchant needs a wallet in its currency to receive it.
    if (key.environment == "live"_L1) {
        auto wallet = WalletRepository(*db).findByUserAndCurrency(key.ownerId, in.currency);
        if (!wallet)
            return wallet.error();
        if (!*wallet)
            return Error::make(errc::kCurrencyMismatch,
                               u"Your account has no %1 wallet to receive this payment; create "
                               "live requests in your wallet's currency."_s.arg(in.currency),
                               u"currency"_s);
    }
    Payment p;
    p.id = ids::make(u"pay");
    p.appId = key.appId;
    p.mode = key.environment;
    p.amount = in.amount;
    p.currency = in.currency;
    p.referenceId = in.referenceId.trimmed();
    p.description = in.description;
    p.webhookUrl = in.webhookUrl;
    p.metadata = in.metadata;
    return p;
}

Result<std::optional<Payment>>
PaymentService::createIn(QSqlDatabase db, Payment p, const KeyOwner &key, int expiryMinutes,
                         const std::optional<ledger::IdempotencyClaim> &idem)
{
    PaymentRepository repo(db);
    // The key first: a concurrent duplicate waits here and then replays this payment.
    if (idem) {
        auto claimed = repo.claim(*idem, p.id);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            return std::optional<Payment>(); // the key belongs to a committed request
    }
    auto inserted = repo.insert(p, expiryMinutes);
    if (!inserted)
        return inserted.error();
    if (!*inserted)
        return Error::make(
            errc::kDuplicateReference,
            u"This app already has a payment with reference_id %1."_s.arg(p.referenceId),
            u"reference_id"_s);
    if (auto r = announce(db, p, key.ownerId, paymentUrl(p.id)); !r)
        return r.error();
    return std::optional<Payment>(p);
}

Result<Payment> PaymentService::create(const KeyOwner &key, const NewPayment &in,
                                       const std::optional<ledger::IdempotencyClaim> &idem)
{
    if (m_committer) {
        std::promise<Result<Payment>> promise;
        auto answer = promise.get_future();
        createLater(key, in, idem,
                    [&promise](Result<Payment> r) { promise.set_value(std::move(r)); });
        return answer.get();
    }
    auto p = prepare(key, in);
    if (!p)
        return p.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    {
        Transaction tx(*db);
        auto created = createIn(*db, *p, key, in.expiryMinutes, idem);
        if (!created)
            return created.error();
        if (*created) {
            if (auto r = tx.commit(); !r)
                return r.error();
            return **created;
        }
    } // nothing is kept; the key belongs to a committed request
    return replay(*idem, key);
}

namespace {

// The rows a creation may lock: its key's claim and its app's reference (the new payment's own
// row is nobody else's).
GroupCommitter::Keys creationKeys(const Payment &p,
                                  const std::optional<ledger::IdempotencyClaim> &idem)
{
    GroupCommitter::Keys keys{lockkeys::payment(p.id),
                              lockkeys::paymentReference(p.appId, p.referenceId)};
    if (idem)
        keys.append(lockkeys::idempotency(idem->owner, idem->key));
    return keys;
}

} // namespace

void PaymentService::createLater(const KeyOwner &key, const NewPayment &in,
                                 const std::optional<ledger::IdempotencyClaim> &idem,
                                 CreateCallback done, const PrepareAnswer &prepareAnswer)
{
    auto p = prepare(key, in);
    if (!p || !m_committer) {
        done(p ? create(key, in, idem) : Result<Payment>(p.error()));
        return;
    }
    AnswerRenderer render = idem && prepareAnswer ? prepareAnswer(*p) : AnswerRenderer();
    auto outcome = std::make_shared<std::optional<Result<Payment>>>();
    m_committer->submit(
        [this, p = *p, key, minutes = in.expiryMinutes, idem, render, outcome](QSqlDatabase db) {
            auto created = createIn(db, p, key, minutes, idem);
            if (created && *created) {
                if (render) { // the answer a retry replays, in the same commit
                    const ledger::StoredResponse answer = render(**created);
                    if (auto r = IdempotencyRepository(db).storeResponse(
                            idem->owner, idem->key, answer.status, answer.body);
                        !r) {
                        *outcome = Result<Payment>(r.error());
                        return false;
                    }
                    idem->stored->store(true);
                }
                *outcome = **created;
                return true;
            }
            // Refused, or the key was taken (perhaps earlier in this batch, which this
            // connection sees): only this unit's writes go.
            *outcome = created ? replay(*idem, key) : Result<Payment>(created.error());
            return false;
        },
        [outcome, done = std::move(done)](bool committed) {
            if (!committed || !*outcome)
                done(databaseError(u"group commit"_s, u"the batch did not commit"_s));
            else
                done(std::move(**outcome));
        },
        creationKeys(*p, idem));
}

Result<Payment> PaymentService::replay(const ledger::IdempotencyClaim &claim, const KeyOwner &key)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto id = PaymentRepository(*db).claimedPayment(claim);
    if (!id)
        return id.error();
    if (!*id || (*id)->isEmpty())
        return Error::make(errc::kConflict,
                           u"A request with this Idempotency-Key is still being processed."_s);
    return get(key, **id);
}

Result<Payment> PaymentService::get(const KeyOwner &key, const QString &paymentId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    PaymentRepository repo(*db);
    auto found = repo.find(paymentId, key.appId, key.environment);
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    auto timeline = repo.timeline(paymentId);
    if (!timeline)
        return timeline.error();
    Payment payment = **found;
    payment.timeline = *timeline;
    return payment;
}

Result<std::pair<Payment, QString>> PaymentService::publicView(const QString &paymentId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = PaymentRepository(*db).findPublic(paymentId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    return **found;
}

Result<Page<Payment>> PaymentService::list(const KeyOwner &key, const PaymentQuery &query,
                                           const PageRequest &page)
{
    static const QStringList kStatuses = {u"PENDING"_s, u"SUCCESS"_s, u"FAILED"_s, u"EXPIRED"_s};
    if (!query.status.isEmpty() && !kStatuses.contains(query.status))
        return Error::make(errc::kValidation,
                           u"status must be PENDING, SUCCESS, FAILED or EXPIRED."_s, u"status"_s);
    if (query.from.isValid() && query.to.isValid() && query.from >= query.to)
        return Error::make(errc::kValidation, u"from must be before to."_s, u"from"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return PaymentRepository(*db).list(key.appId, key.environment, query, page);
}

Result<Payment> PaymentService::complete(const KeyOwner &key, const QString &paymentId,
                                         const QString &status, const QString &notes)
{
    if (key.environment != "test"_L1)
        return Error::make(errc::kForbidden,
                           u"Payments are completed by hand in test mode only."_s);
    if (status != "SUCCESS"_L1 && status != "FAILED"_L1)
        return Error::make(errc::kValidation, u"status must be SUCCESS or FAILED."_s, u"status"_s);
    if (notes.size() > 500)
        return Error::make(errc::kValidation, u"notes are longer than 500 characters."_s,
                           u"notes"_s);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    PaymentRepository repo(*db);
    auto done = repo.finish(paymentId, key.appId, status, notes);
    if (!done)
        return done.error();
    if (!*done) {
        auto current = get(key, paymentId);
        if (!current)
            return current.error();
        return current->status == "PENDING"_L1
                   ? Error::make(errc::kPaymentExpired, u"The payment request has expired."_s)
                   : Error::make(errc::kPaymentFinal,
                                 u"The payment is already %1."_s.arg(current->status));
    }
    if (auto r = announce(*db, **done, key.ownerId, paymentUrl(paymentId)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(key, paymentId);
}

Result<int> PaymentService::expireDue(int limit)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(*db);
    auto expired = PaymentRepository(*db).expireDue(limit);
    if (!expired)
        return expired.error();
    QHash<QString, QString> owners; // app id -> its merchant, for the events
    for (const Payment &p : *expired) {
        if (!owners.contains(p.appId)) {
            auto owner = PaymentRepository(*db).ownerOfApp(p.appId);
            if (!owner)
                return owner.error();
            owners.insert(p.appId, *owner);
        }
        if (auto r = announce(*db, p, owners.value(p.appId), paymentUrl(p.id)); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(expired->size());
}

} // namespace paydesk::server::gateway
