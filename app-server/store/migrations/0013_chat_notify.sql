-- A person's chat log grew: every node hears it (realtime/outboxrelay.h) and its connections of
-- that person catch up from the log, so chat works across nodes. The payload is "user seq".
CREATE FUNCTION chat_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paydesk_chat', NEW.user_id || ' ' || NEW.seq);
    RETURN NULL;
END;
$$;

CREATE TRIGGER chat_event_notify AFTER INSERT ON chat_events
    FOR EACH ROW EXECUTE FUNCTION chat_event_notify();
