// Payment requests of merchants' apps (SPEC §4.3): create (idempotent; one reference per app),
// read, list, complete in test mode, and expire when due. A key sees only its own app's
// payments of its own mode; anything else is "not found". Every status change is one database
// transaction with its timeline entry and its outbox event (payment.created, payment.success,
// payment.failed, payment.expired) for webhooks and the live monitor.
#pragma once

#include "app.h"
#include "payment.h"

#include "domain/common/page.h"
#include "domain/ledger/ledgertypes.h"
#include "result.h"

#include <QMutex>

#include <functional>

namespace paydesk::server {
class Database;
class GroupCommitter;
} // namespace paydesk::server

namespace paydesk::server::gateway {

struct PaymentSettings
{
    QString publicUrl; // base of payment_url
    int defaultExpiryMinutes = 30;
    int maxExpiryMinutes = 7 * 24 * 60;
    int maxMetadataBytes = 4096;
};

class PaymentService
{
public:
    // `committer` set: creations join its batches (one commit for many; see store/groupcommit.h).
    PaymentService(const Database &database, PaymentSettings settings,
                   GroupCommitter *committer = nullptr);

    Result<Payment> create(const KeyOwner &key, const NewPayment &input,
                           const std::optional<ledger::IdempotencyClaim> &idempotency);
    // The same, answered through `done` once committed: on the committer's thread, or at once
    // on this one without a committer or when the input is refused before any write.
    using CreateCallback = std::function<void(Result<Payment>)>;
    // With an Idempotency-Key, the route may store its answer in the creation's own unit (one
    // commit, no second batch): `prepareAnswer` runs on this thread once the payment's id is
    // known (the costly parts of the answer, such as its QR code, are made here) and returns
    // what renders the answer from the stored payment, inside the unit.
    using AnswerRenderer = std::function<ledger::StoredResponse(const Payment &)>;
    using PrepareAnswer = std::function<AnswerRenderer(const Payment &prepared)>;
    void createLater(const KeyOwner &key, const NewPayment &input,
                     const std::optional<ledger::IdempotencyClaim> &idempotency,
                     CreateCallback done, const PrepareAnswer &prepareAnswer = {});
    Result<Payment> get(const KeyOwner &key, const QString &paymentId);
    Result<Page<Payment>> list(const KeyOwner &key, const PaymentQuery &query,
                               const PageRequest &page);
    // Test mode only: PENDING -> SUCCESS or FAILED, with notes.
    Result<Payment> complete(const KeyOwner &key, const QString &paymentId, const QString &status,
                             const QString &notes);
    // What the public payment page shows: the payment and its app's name, by id alone.
    Result<std::pair<Payment, QString>> publicView(const QString &paymentId);
    // Expires what is due (any app); returns how many. Safe on several nodes at once.
    Result<int> expireDue(int limit = 500);

    // The timeline entry, the outbox event (payment.<status>, for the live monitor) and the
    // webhook delivery (the same event id is its webhook-id) of a status change, written in the
    // caller's database transaction so they commit or roll back with the change itself.
    static Result<void> announce(QSqlDatabase db, const Payment &payment, const QString &ownerId,
                                 const QString &url);

    QString paymentUrl(const QString &paymentId) const;
    // Set once the listening port is known, possibly while requests are already served.
    void setPublicUrl(const QString &url);

private:
    Result<Payment> replay(const ledger::IdempotencyClaim &claim, const KeyOwner &key);
    // The checks before any write and the new payment's fields.
    Result<Payment> prepare(const KeyOwner &key, const NewPayment &input);
    // The writes, in an open transaction; an empty optional when the key was taken (roll back).
    Result<std::optional<Payment>> createIn(QSqlDatabase db, Payment payment, const KeyOwner &key,
                                            int expiryMinutes,
                                            const std::optional<ledger::IdempotencyClaim> &idem);

    const Database &m_database;
    PaymentSettings m_settings;
    GroupCommitter *m_committer = nullptr;
    mutable QMutex m_urlMutex;
};

} // namespace paydesk::server::gateway
