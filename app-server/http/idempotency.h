// The Idempotency-Key middleware of money-moving routes (SPEC §1.3), in two halves around the
// handler. Before: a key already answered replays its stored response (header
// Idempotent-Replayed: true), a key used with another body is 409 idempotency_key_reused, and a
// new key becomes ctx.idempotency, which the service claims inside its own money transaction.
// After: the first successful response of a claimed key is stored for later retries.
#pragma once

#include "reply.h"
#include "router.h"

#include <optional>

namespace paydesk::server {

class Database;
class GroupCommitter;

inline constexpr int kMaxIdempotencyKeyLength = 255;

// A reply ends the request here (replay, conflict or a malformed key); nullopt lets it run.
std::optional<Reply> beginIdempotent(const Database &database, RequestContext &ctx);
// Stores the first successful response of a claimed key and returns the reply to send. With a
// committer the store joins its next batch (one commit for many) and the returned reply is a
// later one, sent once the response is stored: a retry always finds the response it replays.
Reply finishIdempotent(const Database &database, GroupCommitter *committer,
                       const std::optional<ledger::IdempotencyClaim> &claim, Reply reply);

} // namespace paydesk::server
