-- Two outbox indexes nothing reads any more, each written for every event (four a transfer):
-- - outbox_pending_idx: delivered_at is never set (the relay keeps its place by id, and each
--   node's relay passes every event on), so it was the primary key again;
-- - outbox_user_idx: a person's events are read from their log (chat_events, since 0014), not
--   from the outbox.
DROP INDEX outbox_pending_idx;
DROP INDEX outbox_user_idx;
