-- Every node relays outbox events to its WebSocket clients (realtime/outboxrelay.h). A NOTIFY
-- at commit wakes them; one per statement is enough (they read everything after their last).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paydesk_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
