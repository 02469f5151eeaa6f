-- Indexes for the merchant console's figures (store/merchantstatsrepository.cpp). Each query
-- starts from one merchant's apps and reads per-app ranges, so its cost follows that merchant's
-- payments, not everyone's.

-- KPI counts by status: an index-only count per app.
CREATE INDEX payments_app_status_idx ON payments (app_id, mode, status);

-- Money received: SUCCESS payments by completion time per app (24 h volume, chart volume),
-- index-only with the currency and amount carried along.
CREATE INDEX payments_app_success_idx ON payments (app_id, mode, completed_at)
    INCLUDE (currency, amount) WHERE status = 'SUCCESS';

-- Recent activity: each status change knows its app, so an app's newest changes are one index
-- range. The database fills app_id from the payment on insert, so no writer can get it wrong
-- or forget it.
ALTER TABLE payment_events ADD COLUMN app_id text REFERENCES apps (id);
UPDATE payment_events e SET app_id = p.app_id FROM payments p WHERE p.id = e.payment_id;
ALTER TABLE payment_events ALTER COLUMN app_id SET NOT NULL;

CREATE FUNCTION payment_events_app() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT app_id INTO NEW.app_id FROM payments WHERE id = NEW.payment_id;
    RETURN NEW;
END $$;
CREATE TRIGGER payment_events_app BEFORE INSERT ON payment_events
    FOR EACH ROW EXECUTE FUNCTION payment_events_app();

CREATE INDEX payment_events_app_idx ON payment_events (app_id, id DESC);
