-- The event tables stop checking their user ids against users with foreign keys: the outbox,
-- the per-person logs (chat_events), their heads and the contacts the relay derives from
-- payments. Their rows are written by the server from a user it has just read (a posting's
-- legs, a chat send's checked peer), and a user is never deleted, so the check proves nothing
-- the writer does not already know. It did cost: a foreign-key check takes a KEY SHARE lock on
-- the user's row, which writes the row (and WAL) and, when the committers and the relay hold it
-- at the same time, becomes a MultiXact. A transfer made 13 such checks (four outbox rows, four
-- log rows, the contacts); in the relay's move of a transfer's events they were half its time
-- (auto_explain: 135 µs a check on chat_contacts). Transfers gained ~15-25 % (PERFORMANCE.md).
-- Money rows keep theirs: ledger transactions and entries, payments, messages.
ALTER TABLE outbox DROP CONSTRAINT outbox_user_id_fkey;
ALTER TABLE chat_events DROP CONSTRAINT chat_events_user_id_fkey;
ALTER TABLE chat_event_heads DROP CONSTRAINT chat_event_heads_user_id_fkey;
ALTER TABLE chat_contacts DROP CONSTRAINT chat_contacts_user_id_fkey;
ALTER TABLE chat_contacts DROP CONSTRAINT chat_contacts_peer_id_fkey;
