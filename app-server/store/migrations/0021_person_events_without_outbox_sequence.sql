-- Transfers and wallet payments now write their personal events (wallet.updated,
-- transaction.updated) straight into their people's logs in the money transaction
-- (ledgersql::kEntriesLogsDebits; the heads are the unit's lane keys), without an outbox row.
-- Their frames carry no outbox `sequence`, so the events the relay still moves (those of other
-- postings, webhook.endpoint_disabled) lose it too: a personal event is ordered by its log's
-- `seq` alone, and `sequence` stays what it was for, a feed's position (`subscribe` `after`).
-- The body is 0017's otherwise.
CREATE OR REPLACE FUNCTION move_person_events(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    ids    bigint[];
    moved  integer;
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
    -- (ChatRepository::nextSeqs), so the two never wait on each other in a circle. A person's
    -- events take the seqs after their old head, in outbox order. People who paid each other
    -- become contacts: they see each other's presence (SPEC §4.4).
    EXECUTE $sql$
    WITH e AS (
        SELECT o.id, o.event_id, o.topic, o.user_id, o.payload, o.created_at,
               row_number() OVER (PARTITION BY o.user_id ORDER BY o.id) AS n,
               count(*) OVER (PARTITION BY o.user_id) AS total
        FROM outbox o
        WHERE o.id = ANY ($1)),
    heads AS (
        INSERT INTO chat_event_heads AS h (user_id, last_seq)
        SELECT user_id, max(total) FROM e GROUP BY user_id ORDER BY user_id COLLATE "C"
        ON CONFLICT (user_id) DO UPDATE SET last_seq = h.last_seq + EXCLUDED.last_seq
        RETURNING h.user_id, h.last_seq),
    contacts AS (
        INSERT INTO chat_contacts (user_id, peer_id)
        SELECT DISTINCT pair.user_id, pair.peer_id
        FROM e
        JOIN accounts f ON f.id = e.payload->'transaction'->>'from_wallet'
        JOIN accounts t ON t.id = e.payload->'transaction'->>'to_wallet'
        CROSS JOIN LATERAL (VALUES (f.user_id, t.user_id), (t.user_id, f.user_id))
            AS pair (user_id, peer_id)
        WHERE e.topic = 'transaction.updated'
          AND f.user_id <> t.user_id -- NULL (no contact) for a system account
        ON CONFLICT DO NOTHING)
    INSERT INTO chat_events (user_id, seq, frame)
    SELECT e.user_id, heads.last_seq - e.total + e.n, json_build_object(
            'type', 'event',
            'seq', heads.last_seq - e.total + e.n,
            'topic', e.topic,
            'event_id', e.event_id,
            'at', to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'data', e.payload)::text
    FROM e JOIN heads ON heads.user_id = e.user_id
    ORDER BY e.user_id COLLATE "C", e.id
    $sql$ USING ids;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END;
$$;
