-- The people the pgbench baseline moves money between (transfer.sql): ids '1'..':people' for
-- both the person and the wallet, each wallet funded through the ledger by one seed transaction
-- from a clearing account, so the ledger still balances to the unit after the baseline ran.
-- Run by paydesk-bench with psql: -v people=N -v funds=M (minor units per wallet).
BEGIN;
INSERT INTO users (id, email, email_normalized, display_name, role, password_hash, avatar_color,
                   referral_code)
SELECT n::text, 'pgbench-' || n || '@example.com', 'pgbench-' || n || '@example.com',
       'pgbench ' || n, 'user', 'none', '#336699', 'PGBENCH' || n
FROM generate_series(1, :people) n;
INSERT INTO accounts (id, user_id, currency, kind, min_balance, balance)
SELECT n::text, n::text, 'NGN', 'wallet', 0, :funds FROM generate_series(1, :people) n;
INSERT INTO accounts (id, kind, currency, name, balance)
VALUES ('pgbench-clearing', 'provider_clearing', 'NGN', 'pgbench', -(:people::bigint * :funds));
INSERT INTO ledger_transactions (id, type, status, currency, amount)
VALUES ('pgbench-seed', 'funding', 'SUCCESS', 'NGN', :people::bigint * :funds);
INSERT INTO ledger_entries (txn_id, account_id, amount, currency)
SELECT 'pgbench-seed', n::text, :funds, 'NGN' FROM generate_series(1, :people) n
UNION ALL SELECT 'pgbench-seed', 'pgbench-clearing', -(:people::bigint * :funds), 'NGN';
COMMIT;
