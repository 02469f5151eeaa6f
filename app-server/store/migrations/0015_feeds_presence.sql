-- A console subscribing to an app with `after` replays that app's payment events from the
-- outbox (realtime/feedchannel.h).
CREATE INDEX outbox_app_payment_idx ON outbox ((payload->>'app_id'), id)
    WHERE topic LIKE 'payment.%';

-- Presence across nodes: one row per node a person has connections on. Online means a row on a
-- node whose heartbeat is recent; a node that died stops counting by itself, and the next
-- heartbeat of any node sweeps its rows away (and tells the contacts the person left).
CREATE TABLE presence_connections (
    user_id  text NOT NULL REFERENCES users (id),
    node_id  text NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    since    timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, node_id)
);
CREATE INDEX presence_connections_node_idx ON presence_connections (node_id);

-- A log's NOTIFY also says which connection wrote it ("user seq origin", the writer's
-- application_name, which names its node): a node's own chat writes already reached its
-- sessions, so its relay skips them instead of making each session read the log again.
CREATE OR REPLACE FUNCTION chat_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paydesk_chat', NEW.user_id || ' ' || NEW.seq || ' '
                      || current_setting('application_name'));
    RETURN NULL;
END;
$$;
