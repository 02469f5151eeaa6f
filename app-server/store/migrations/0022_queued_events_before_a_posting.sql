-- A posting that writes its people's events straight into their logs (0021) first takes any of
-- their events still queued for the relay (a settlement, a top-up, a wallet turned off that
-- committed a moment before) and logs them ahead of its own, in its own statement
-- (ledgersql::kEntriesLogsDebits). Otherwise the relay would log them after the posting's
-- events, and a person's last wallet.updated would show a balance older than the one before
-- it. The queue is nearly always empty, so this is one look at an empty table.
--
-- Returns each taken event as the frame's tail after its seq, as the log stores it; the rows
-- are deleted from the queue (the mover skips rows it cannot lock, and a row the mover holds
-- is waited for: the mover gives way within 100 ms, see 0018).
CREATE FUNCTION take_queued_person_events(people text[])
RETURNS TABLE (outbox_id bigint, person text, tail text) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY
    WITH q AS (
        DELETE FROM person_event_queue pq USING outbox o
        WHERE o.id = pq.outbox_id AND o.user_id = ANY (people)
        RETURNING o.id, o.user_id, o.topic, o.event_id, o.payload, o.created_at)
    SELECT q.id, q.user_id,
           ',' || substr(json_build_object(
               'topic', q.topic,
               'event_id', q.event_id,
               'at', to_char(q.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'data', q.payload)::text, 2)
    FROM q;
END;
$$;
