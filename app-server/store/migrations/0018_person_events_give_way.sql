-- Chat sends and receipts commit in the group committer's batches: one batch takes the log
-- heads of many units, in unit order, and only the committer's own keys keep two lanes apart.
-- The relay's mover is outside the lanes and takes its heads in user-id order, so it could wait
-- on a batch that waits on it. It now gives way instead: a head it cannot have within 100 ms
-- makes it roll back its move and return -1, and the relay tries again shortly (the events
-- stay queued). A batch therefore never waits on the relay for longer than that, and never
-- for PostgreSQL's deadlock detector.
ALTER FUNCTION log_person_events(integer) RENAME TO move_person_events;

CREATE FUNCTION log_person_events(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('lock_timeout', '100ms', true);
    RETURN move_person_events(batch);
EXCEPTION WHEN lock_not_available THEN
    RETURN -1;
END
$$;
