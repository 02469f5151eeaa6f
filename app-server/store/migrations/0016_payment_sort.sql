-- The console's payments table sorted by a column on the server (MerchantStatsRepository::
-- payments): each app's payments are read in the column's order from a per-app index, past the
-- cursor's key, a page at a time, whatever the depth.
--   created:   payments_app_created_idx (0008)
--   reference: payments_reference_idx (0008; references are unique per app)
--   amount, completed: below
--   status:    the KPI index (0010) grows the creation time and id, so its counts stay
--              index-only and it also orders an app's payments by status, newest first.
CREATE INDEX payments_app_amount_idx ON payments (app_id, mode, currency, amount, id);
CREATE INDEX payments_app_completed_idx
    ON payments (app_id, mode, (coalesce(completed_at, '-infinity'::timestamptz)), id);
DROP INDEX payments_app_status_idx;
CREATE INDEX payments_app_status_idx ON payments (app_id, mode, status, created_at, id);
