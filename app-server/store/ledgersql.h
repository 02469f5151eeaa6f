// The statements of a ledger posting, in one place so that the pgbench scripts beside them
// (store/bench/*.sql, run by paydesk-bench as the baseline) can be checked against them word
// for word (tests/unit/tst_benchsql): change one here and that test fails until the script
// says the same. Placeholders are named (:id); pgbench fills the same names from its variables.
#pragma once

namespace paydesk::server::ledgersql {

#define PAYDESK_INSERT_TXN                                                                         \
    "INSERT INTO ledger_transactions (id, type, status, currency, amount, fee, from_account, "     \
    "to_account, reference, note, metadata, initiated_by) VALUES (:id, :type, :status, "           \
    ":currency, :amount, :fee, :from, :to, :reference, :note, :metadata::jsonb, :by) "             \
    "RETURNING created_at, updated_at"

// The transaction row, without an Idempotency-Key.
inline constexpr char kInsertTxn[] = PAYDESK_INSERT_TXN;

// The transaction row and its Idempotency-Key claim in one round trip. The claim waits for a
// concurrent holder of the key; `claimed` is false when the key is taken (the caller rolls
// back). The key's foreign key to the transaction is checked at the end of the statement, when
// both rows exist.
inline constexpr char kInsertTxnClaimingKey[] =
    "WITH t AS (" PAYDESK_INSERT_TXN "), k AS (INSERT INTO idempotency_keys (owner, key, "
    "request_hash, txn_id) VALUES (:owner, :key, :hash, :id) ON CONFLICT DO NOTHING RETURNING 1) "
    "SELECT t.created_at, t.updated_at, EXISTS (SELECT 1 FROM k) AS claimed FROM t";

// A leg, guarded: nothing matches when the account is disabled, in another currency or would
// pass its floor.
inline constexpr char kApplyLeg[] =
    "UPDATE accounts SET balance = balance + :amount, updated_at = now() "
    "WHERE id = :id AND (status = 'active' OR NOT :require_active) AND currency = :currency AND "
    "(min_balance IS NULL OR balance + :amount >= min_balance) "
    "RETURNING coalesce(user_id, ''), balance";

// Up to four legs in one round trip. The rows are locked in id order first (so concurrent
// postings of the same accounts queue instead of deadlocking), as an UPDATE locks them (NO KEY:
// FOR UPDATE would also wait for the key-share locks other postings' foreign keys take on the
// same accounts, and deadlock with them), then each is updated under its guard; a leg that does not
// match (disabled, another currency, past its floor) is missing from the answer, and the caller
// refuses the posting. A slot with an empty account is unused.
inline constexpr int kLegSlots = 4;
inline constexpr char kApplyLegs[] =
    "WITH v (slot, account, amount) AS (VALUES (1, :account1, :amount1::bigint), (2, :account2, "
    ":amount2::bigint), (3, :account3, :amount3::bigint), (4, :account4, :amount4::bigint)), "
    "l AS MATERIALIZED (SELECT a.id FROM accounts a WHERE a.id IN (SELECT account FROM v WHERE "
    "account <> '') ORDER BY a.id FOR NO KEY UPDATE) UPDATE accounts a SET balance = "
    "a.balance + v.amount, updated_at = now() FROM v, l WHERE l.id = a.id AND v.account = a.id AND "
    "(a.status "
    "= 'active' OR NOT :require_active) AND a.currency = :currency AND (a.min_balance IS NULL OR "
    "a.balance + v.amount >= a.min_balance) RETURNING v.slot, coalesce(a.user_id, ''), a.balance";

// The transaction row, its Idempotency-Key claim (when :owner is not empty) and up to four legs
// in one round trip: kInsertTxnClaimingKey and kApplyLegs in one statement, the legs applied
// only when the key was claimed. One row per applied leg (slot, person, balance; a leg refused
// by its guard is missing), each with the row's times and whether the key was claimed; one row
// with a NULL slot when none applied.
inline constexpr char kInsertTxnApplyingLegs[] =
    "WITH t AS (" PAYDESK_INSERT_TXN "), k AS (INSERT INTO idempotency_keys (owner, key, "
    "request_hash, txn_id) SELECT :owner, :key, :hash::bytea, :id WHERE :owner <> '' ON CONFLICT "
    "DO NOTHING RETURNING 1), c AS (SELECT :owner = '' OR EXISTS (SELECT 1 FROM k) AS claimed), "
    "v (slot, account, amount) AS (VALUES (1, :account1, :amount1::bigint), (2, :account2, "
    ":amount2::bigint), (3, :account3, :amount3::bigint), (4, :account4, :amount4::bigint)), l AS "
    "MATERIALIZED (SELECT a.id FROM accounts a WHERE a.id IN (SELECT account FROM v WHERE account "
    "<> '') AND (SELECT claimed FROM c) ORDER BY a.id FOR NO KEY UPDATE), u AS (UPDATE accounts a "
    "SET balance = a.balance + v.amount, updated_at = now() FROM v, l WHERE l.id = a.id AND "
    "v.account = a.id AND (a.status = 'active' OR NOT :require_active) AND a.currency = :currency "
    "AND (a.min_balance IS NULL OR a.balance + v.amount >= a.min_balance) RETURNING v.slot, "
    "coalesce(a.user_id, '') AS person, a.balance) SELECT t.created_at, t.updated_at, c.claimed, "
    "u.slot, u.person, u.balance FROM t CROSS JOIN c LEFT JOIN u ON true ORDER BY u.slot";

#undef PAYDESK_INSERT_TXN

// The answer a claimed Idempotency-Key replays, stored once (a payment creation's, in its own
// unit; other routes' after their commit).
inline constexpr char kStoreResponse[] =
    "UPDATE idempotency_keys SET response_status = :response_status::integer, response_body = "
    ":response_body::bytea WHERE owner = :owner AND key = :key AND response_status IS NULL";

#define PAYDESK_INSERT_ENTRIES                                                                     \
    "INSERT INTO ledger_entries (txn_id, account_id, amount, currency) SELECT :txn, v.account, "   \
    "v.amount, :currency FROM (VALUES (1, :account1, :amount1::bigint), (2, :account2, "           \
    ":amount2::bigint), (3, :account3, :amount3::bigint), (4, :account4, :amount4::bigint)) "      \
    "AS v(slot, account, amount) WHERE v.account <> '' ORDER BY v.slot"
#define PAYDESK_APPEND_EVENTS                                                                      \
    "INSERT INTO outbox (event_id, topic, user_id, payload) SELECT v.event, v.topic, "             \
    "nullif(v.person, ''), v.payload FROM (VALUES (1, :event1, :topic1, :user1, "                  \
    ":payload1::jsonb), (2, :event2, :topic2, :user2, :payload2::jsonb), (3, :event3, :topic3, "   \
    ":user3, :payload3::jsonb), (4, :event4, :topic4, :user4, :payload4::jsonb)) "                 \
    "AS v(slot, event, topic, person, payload) WHERE v.event <> '' ORDER BY v.slot"
#define PAYDESK_DEBITS_TODAY                                                                       \
    "SELECT coalesce(-sum(amount), 0) FROM ledger_entries WHERE account_id = :id AND amount < 0 "  \
    "AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
#define PAYDESK_DEBITS_TODAY_WITH_HEADS                                                            \
    "SELECT coalesce(-sum(amount), 0), (SELECT string_agg(h.user_id || ' ' || h.last_seq, ' ') "   \
    "FROM h) FROM ledger_entries WHERE account_id = :id AND amount < 0 AND created_at >= "         \
    "date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"

// What left a wallet since midnight UTC; run after the wallet's row is locked by its leg.
inline constexpr char kDebitsToday[] = PAYDESK_DEBITS_TODAY;

// Up to four entries of one transaction in one round trip; a slot with an empty account is
// unused (bound as '' and 0, values pgbench can give too).
inline constexpr int kEntrySlots = 4;
inline constexpr char kInsertEntries[] = PAYDESK_INSERT_ENTRIES;

// Up to four outbox events in one round trip, in slot order; a slot with an empty event id is
// unused. An empty user is no user (NULL).
inline constexpr int kEventSlots = 4;
inline constexpr char kAppendEvents[] = PAYDESK_APPEND_EVENTS;

// The rest of a posting of at most four legs and four events in one round trip: its entries,
// its events, and what left wallet :id today before them (the statement's own inserts are not
// in its snapshot), for the daily limit ('' when there is none to check).
inline constexpr char kEntriesEventsDebits[] =
    "WITH e AS (" PAYDESK_INSERT_ENTRIES "), o AS (" PAYDESK_APPEND_EVENTS
    ") " PAYDESK_DEBITS_TODAY;

// The same for a posting whose events are all personal and whose people's log heads are its
// own to take (named as the unit's lane keys, LedgerService::lockKeys): the events go straight
// into the people's logs (chat_event_heads, chat_events) instead of the outbox, and the payer
// and payee become contacts (they see each other's presence, SPEC §4.4). Slot n is (:usern,
// :tailn), the frame after its seq (",\"at\":...}"), so the log row is the frame as sent. Each
// person's head moves once by their number of events, heads taken in user-id byte order, the
// order a chat send takes its two in (ChatRepository::nextSeqs). The second column says where
// each head ended ("user seq user seq ..."): a person's events take the seqs before it, in slot
// order. Their events still queued for the relay go first (take_queued_person_events, 0022):
// a person's log keeps the order of the commits. With :owner not empty it also stores the
// answer of the posting's Idempotency-Key (rolled back with the rest when the daily limit then
// refuses).
inline constexpr char kEntriesLogsDebits[] =
    "WITH e AS (" PAYDESK_INSERT_ENTRIES "), n AS (SELECT v.slot, 0::bigint AS sub, v.person, "
    "v.tail FROM (VALUES (1, :user1, :tail1), (2, :user2, :tail2), (3, :user3, :tail3), (4, "
    ":user4, :tail4)) AS v(slot, person, tail) WHERE v.person <> ''), q AS (SELECT 0 AS slot, "
    "t.outbox_id AS sub, t.person, t.tail FROM take_queued_person_events(ARRAY[:user1, :user2, "
    ":user3, :user4]) t), v AS (SELECT a.slot, a.sub, a.person, a.tail, row_number() OVER "
    "(PARTITION BY a.person ORDER BY a.slot, a.sub) AS k, count(*) OVER (PARTITION BY a.person) "
    "AS total FROM (SELECT * FROM q UNION ALL SELECT * FROM n) a), h AS (INSERT INTO "
    "chat_event_heads AS h (user_id, last_seq) SELECT person, max(total) FROM v GROUP BY person "
    "ORDER BY person COLLATE \"C\" ON CONFLICT (user_id) DO UPDATE SET last_seq = h.last_seq + "
    "EXCLUDED.last_seq RETURNING h.user_id, h.last_seq), l AS (INSERT INTO chat_events (user_id, "
    "seq, frame) SELECT v.person, h.last_seq - v.total + v.k, '{\"type\":\"event\",\"seq\":' || "
    "(h.last_seq - v.total + v.k) || v.tail FROM v JOIN h ON h.user_id = v.person ORDER BY "
    "v.person COLLATE \"C\", v.slot, v.sub), c AS (INSERT INTO chat_contacts (user_id, peer_id) "
    "SELECT p.a, p.b FROM (VALUES (:payer, :payee), (:payee, :payer)) AS p(a, b) WHERE p.a <> '' "
    "AND p.b <> '' AND p.a <> p.b ON CONFLICT DO NOTHING), s AS (UPDATE idempotency_keys SET "
    "response_status = :response_status::integer, response_body = :response_body::bytea WHERE "
    "owner = :owner AND key = :key AND :owner <> '' AND response_status IS NULL) "
    PAYDESK_DEBITS_TODAY_WITH_HEADS;

#undef PAYDESK_INSERT_ENTRIES
#undef PAYDESK_APPEND_EVENTS
#undef PAYDESK_DEBITS_TODAY_WITH_HEADS
#undef PAYDESK_DEBITS_TODAY

} // namespace paydesk::server::ledgersql
