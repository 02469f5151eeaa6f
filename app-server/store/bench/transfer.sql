-- pgbench: one wallet transfer as paydeskd posts it when each posting is its own transaction
-- (LedgerService::postIn): every statement below is one of store/ledgersql.h, word for word
-- (tests/unit/tst_benchsql checks it), with the same placeholders filled from pgbench variables.
-- Run with -M prepared (paydeskd prepares each statement once per connection) and -D for the
-- text values: see tests/bench/pgbaseline.cpp. People and wallets '1'..:people come from
-- setup.sql; a wallet's id is also its owner's id.
-- Once per client: the texts that are empty in paydeskd's binds (pgbench -D cannot give an
-- empty value). tst_benchsql leaves this block out of the comparison.
\if :ready = 0
SELECT '' AS reference, '' AS note, '' AS account3, '' AS account4 \gset
\set ready 1
\endif
\set a random(1, :people)
\set b 1 + (:a + random(0, :people - 2)) % :people
\set lo least(:a, :b)
\set hi greatest(:a, :b)
\set txn random(1, 9000000000000000000)
\set key random(1, 9000000000000000000)
BEGIN;
\set id :txn
\set amount 100
\set from :a
\set to :b
\set by :a
\set owner :a
\set account1 :lo
\set amount1 case when :lo = :a then -100 else 100 end
\set account2 :hi
\set amount2 case when :hi = :a then -100 else 100 end
WITH t AS (INSERT INTO ledger_transactions (id, type, status, currency, amount, fee, from_account, to_account, reference, note, metadata, initiated_by) VALUES (:id, :type, :status, :currency, :amount, :fee, :from, :to, :reference, :note, :metadata::jsonb, :by) RETURNING created_at, updated_at), k AS (INSERT INTO idempotency_keys (owner, key, request_hash, txn_id) SELECT :owner, :key, :hash::bytea, :id WHERE :owner <> '' ON CONFLICT DO NOTHING RETURNING 1), c AS (SELECT :owner = '' OR EXISTS (SELECT 1 FROM k) AS claimed), v (slot, account, amount) AS (VALUES (1, :account1, :amount1::bigint), (2, :account2, :amount2::bigint), (3, :account3, :amount3::bigint), (4, :account4, :amount4::bigint)), l AS MATERIALIZED (SELECT a.id FROM accounts a WHERE a.id IN (SELECT account FROM v WHERE account <> '') AND (SELECT claimed FROM c) ORDER BY a.id FOR NO KEY UPDATE), u AS (UPDATE accounts a SET balance = a.balance + v.amount, updated_at = now() FROM v, l WHERE l.id = a.id AND v.account = a.id AND (a.status = 'active' OR NOT :require_active) AND a.currency = :currency AND (a.min_balance IS NULL OR a.balance + v.amount >= a.min_balance) RETURNING v.slot, coalesce(a.user_id, '') AS person, a.balance) SELECT t.created_at, t.updated_at, c.claimed, u.slot, u.person, u.balance FROM t CROSS JOIN c LEFT JOIN u ON true ORDER BY u.slot;
\set user1 :lo
\set user2 :hi
\set user3 :lo
\set user4 :hi
\set payer :a
\set payee :b
\set id :a
WITH e AS (INSERT INTO ledger_entries (txn_id, account_id, amount, currency) SELECT :txn, v.account, v.amount, :currency FROM (VALUES (1, :account1, :amount1::bigint), (2, :account2, :amount2::bigint), (3, :account3, :amount3::bigint), (4, :account4, :amount4::bigint)) AS v(slot, account, amount) WHERE v.account <> '' ORDER BY v.slot), n AS (SELECT v.slot, 0::bigint AS sub, v.person, v.tail FROM (VALUES (1, :user1, :tail1), (2, :user2, :tail2), (3, :user3, :tail3), (4, :user4, :tail4)) AS v(slot, person, tail) WHERE v.person <> ''), q AS (SELECT 0 AS slot, t.outbox_id AS sub, t.person, t.tail FROM take_queued_person_events(ARRAY[:user1, :user2, :user3, :user4]) t), v AS (SELECT a.slot, a.sub, a.person, a.tail, row_number() OVER (PARTITION BY a.person ORDER BY a.slot, a.sub) AS k, count(*) OVER (PARTITION BY a.person) AS total FROM (SELECT * FROM q UNION ALL SELECT * FROM n) a), h AS (INSERT INTO chat_event_heads AS h (user_id, last_seq) SELECT person, max(total) FROM v GROUP BY person ORDER BY person COLLATE "C" ON CONFLICT (user_id) DO UPDATE SET last_seq = h.last_seq + EXCLUDED.last_seq RETURNING h.user_id, h.last_seq), l AS (INSERT INTO chat_events (user_id, seq, frame) SELECT v.person, h.last_seq - v.total + v.k, '{"type":"event","seq":' || (h.last_seq - v.total + v.k) || v.tail FROM v JOIN h ON h.user_id = v.person ORDER BY v.person COLLATE "C", v.slot, v.sub), c AS (INSERT INTO chat_contacts (user_id, peer_id) SELECT p.a, p.b FROM (VALUES (:payer, :payee), (:payee, :payer)) AS p(a, b) WHERE p.a <> '' AND p.b <> '' AND p.a <> p.b ON CONFLICT DO NOTHING), s AS (UPDATE idempotency_keys SET response_status = :response_status::integer, response_body = :response_body::bytea WHERE owner = :owner AND key = :key AND :owner <> '' AND response_status IS NULL) SELECT coalesce(-sum(amount), 0), (SELECT string_agg(h.user_id || ' ' || h.last_seq, ' ') FROM h) FROM ledger_entries WHERE account_id = :id AND amount < 0 AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
COMMIT;
