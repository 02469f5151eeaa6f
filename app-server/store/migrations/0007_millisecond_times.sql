-- Times the API shows and takes back as filters are kept to the millisecond, the precision of
-- the JSON timestamps (and of QDateTime, which rounds PostgreSQL's microseconds when it reads
-- them). Otherwise `from=<a transaction's created_at>` could miss that very transaction when
-- its stored time rounded up. timestamptz(3) rounds on write, so what is stored is what is shown.
ALTER TABLE ledger_transactions
    ALTER COLUMN created_at TYPE timestamptz(3),
    ALTER COLUMN updated_at TYPE timestamptz(3);
ALTER TABLE ledger_entries ALTER COLUMN created_at TYPE timestamptz(3);
