-- A person's own outbox events (wallet.updated, transaction.updated, webhook.endpoint_disabled)
-- join their event log (chat_events), so one seq orders everything a reconnecting client
-- resumes from: messages, receipts and money events alike. Payment events are not personal
-- (a merchant follows them per app with `subscribe`) and stay out.
--
-- The money transaction only queues the outbox id: taking the log's head there would hold one
-- more lock for the whole transfer and could deadlock with a chat send between the same two
-- people. Every node's relay moves queued events into the logs (log_person_events) right
-- after the NOTIFY of their commit; SKIP LOCKED lets nodes share the queue.
CREATE TABLE person_event_queue (
    outbox_id  bigint PRIMARY KEY
);

CREATE FUNCTION queue_person_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO person_event_queue (outbox_id)
    SELECT id FROM new_rows WHERE user_id IS NOT NULL AND topic NOT LIKE 'payment.%';
    RETURN NULL;
END;
$$;

CREATE TRIGGER queue_person_events AFTER INSERT ON outbox
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION queue_person_events();

-- Moves up to `batch` queued events into their people's logs in one transaction and returns
-- how many. Heads are taken in user-id byte order, the order a chat send takes its two in
-- (ChatRepository::nextSeqs), so the two never wait on each other in a circle. The frame is the `event` frame a client receives, with its seq.
CREATE FUNCTION log_person_events(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
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
    FOR e IN
        WITH taken AS (
            DELETE FROM person_event_queue
            WHERE outbox_id IN (SELECT outbox_id FROM person_event_queue
                                ORDER BY outbox_id LIMIT batch FOR UPDATE SKIP LOCKED)
            RETURNING outbox_id)
        SELECT o.id, o.event_id, o.topic, o.user_id, o.payload, o.created_at
        FROM outbox o JOIN taken t ON t.outbox_id = o.id
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
