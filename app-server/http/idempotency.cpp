#include "idempotency.h"

#include "crypto/hmac.h"
#include "store/database.h"
#include "store/groupcommit.h"
#include "store/idempotencyrepository.h"
#include "store/lockkeys.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdempotency, "paydesk.idempotency")

namespace paydesk::server {

namespace {
bool validKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > kMaxIdempotencyKeyLength)
        return false;
    for (const char c : key)
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}
} // namespace

std::optional<Reply> beginIdempotent(const Database &database, RequestContext &ctx)
{
    std::optional<QByteArray> key;
    for (const auto &[name, value] : ctx.request.headers())
        if (name.compare("idempotency-key", Qt::CaseInsensitive) == 0)
            key = value.trimmed();
    if (!key)
        return std::nullopt; // optional: without it a retry may move money again
    if (!validKey(*key))
        return Reply::error(
            Error::make(errc::kInvalidIdempotencyKey,
                        u"Idempotency-Key must be 1..%1 visible ASCII characters."_s.arg(
                            kMaxIdempotencyKeyLength),
                        u"Idempotency-Key"_s),
            ctx.requestId);
    ledger::IdempotencyClaim claim;
    // A key is the caller's own: a person's, or an app's when an API key called.
    claim.owner = ctx.principal.appId.isEmpty() ? ctx.principal.userId : ctx.principal.appId;
    claim.key = QString::fromLatin1(*key);
    const QByteArray fingerprint = Router::methodName(ctx.request.method()).toLatin1() + ' ' +
                                   ctx.request.url().path().toUtf8() + '\n' + ctx.request.body();
    claim.requestHash = crypto::sha256(fingerprint);
    auto db = database.connection();
    if (!db)
        return Reply::error(db.error(), ctx.requestId);
    auto record = IdempotencyRepository(*db).find(claim.owner, claim.key);
    if (!record)
        return Reply::error(record.error(), ctx.requestId);
    if (*record && (*record)->requestHash != claim.requestHash)
        return Reply::error(Error::make(errc::kIdempotencyKeyReused,
                                        u"This Idempotency-Key was used for a different request."_s,
                                        u"Idempotency-Key"_s),
                            ctx.requestId);
    if (*record && (*record)->responseStatus > 0)
        return Reply::raw((*record)->responseBody, "application/json", (*record)->responseStatus)
            .withHeader("Idempotent-Replayed", "true");
    claim.seenBefore = record->has_value(); // committed earlier, response not stored yet
    ctx.idempotency = claim;
    return std::nullopt;
}

Reply finishIdempotent(const Database &database, GroupCommitter *committer,
                       const std::optional<ledger::IdempotencyClaim> &claim, Reply reply)
{
    if (!claim || reply.status < 200 || reply.status >= 300)
        return reply; // failures moved no money and rolled the claim back: a retry runs again
    if (claim->stored->load())
        return reply; // stored with the posting, in the same commit
    const auto warn = [](const Error &e) {
        qCWarning(lcIdempotency) << "could not store the response of an idempotent request:"
                                 << e.message;
    };
    if (committer) {
        return Reply::later([committer, claim, reply, warn](Answer answer) {
            committer->submit(
                [owner = claim->owner, key = claim->key, status = reply.status, body = reply.body,
                 warn](QSqlDatabase db) {
                    auto r = IdempotencyRepository(db).storeResponse(owner, key, status, body);
                    if (!r)
                        warn(r.error());
                    return bool(r);
                },
                // Sent either way: a response that could not be stored is replayed from the
                // ledger by a retry, as before a crash.
                [answer, reply](bool) { answer([reply] { return reply; }); },
                {lockkeys::idempotency(claim->owner, claim->key)});
        });
    }
    auto db = database.connection();
    if (!db)
        return reply;
    if (auto r = IdempotencyRepository(*db).storeResponse(claim->owner, claim->key, reply.status,
                                                          reply.body);
        !r)
        warn(r.error());
    return reply;
}

} // namespace paydesk::server
