-- log_person_events found its events with a join the planner could not size: the queue's CTE
-- said "up to `batch` rows", so it hashed the whole outbox (a sequential scan, growing with
-- every event ever written) on every call that had work. Under a steady stream of transfers
-- the relay's backend spent most of a core on it. Now the ids are taken into an array first
-- and both the queue and the outbox are reached through their primary keys.
CREATE OR REPLACE FUNCTION log_person_events(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    ids    bigint[];
    e      record;
    next   bigint;
    moved  integer := 0;
BEGIN
    -- A crash that loses this commit also loses the queue's deletes: the events are moved
    -- again. So it need not wait for the disk.
    PERFORM set_config('synchronous_commit', 'off', true);
    -- Nobody published these events yet: every node's relay (the mover's too) must pass them
    -- on, so the log's NOTIFY must not name a node (see 0015).
    PERFORM set_config('application_name', 'paydeskd:relay', true);
    SELECT array_agg(outbox_id) INTO ids
    FROM (SELECT outbox_id FROM person_event_queue
          ORDER BY outbox_id LIMIT batch FOR UPDATE SKIP LOCKED) picked;
    IF ids IS NULL THEN
        RETURN 0;
    END IF;
    DELETE FROM person_event_queue WHERE outbox_id = ANY (ids);
    -- Heads are taken in user-id byte order, the order a chat send takes its two in
    -- (ChatRepository::nextSeqs), so the two never wait on each other in a circle.
    FOR e IN
        SELECT o.id, o.event_id, o.topic, o.user_id, o.payload, o.created_at
        FROM outbox o
        WHERE o.id = ANY (ids)
        ORDER BY o.user_id COLLATE "C", o.id
    LOOP
        INSERT INTO chat_event_heads AS h (user_id, last_seq) VALUES (e.user_id, 1)
            ON CONFLICT (user_id) DO UPDATE SET last_seq = h.last_seq + 1
            RETURNING last_seq INTO next;
        INSERT INTO chat_events (user_id, seq, frame)
        VALUES (e.user_id, next, json_build_object(
            'type', 'event',
            'seq', next,
            'topic', e.topic,
            'event_id', e.event_id,
            'sequence', e.id,
            'at', to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'data', e.payload)::text);
        -- People who paid each other are contacts: they see each other's presence (SPEC §4.4).
        IF e.topic = 'transaction.updated' THEN
            INSERT INTO chat_contacts (user_id, peer_id)
            SELECT pair.user_id, pair.peer_id
            FROM accounts f
            JOIN accounts t ON t.id = e.payload->'transaction'->>'to_wallet'
            CROSS JOIN LATERAL (VALUES (f.user_id, t.user_id), (t.user_id, f.user_id))
                AS pair (user_id, peer_id)
            WHERE f.id = e.payload->'transaction'->>'from_wallet'
              AND f.user_id <> t.user_id -- NULL (no contact) for a system account
            ON CONFLICT DO NOTHING;
        END IF;
        moved := moved + 1;
    END LOOP;
    RETURN moved;
END;
$$;
