-- Indexes for transaction history, summaries, analytics, CSV export and the admin view
-- (store/historyrepository.cpp). 0003 already serves a wallet's history from either side
-- (ledger_transactions_from_idx / _to_idx) and the admin view newest first (_created_idx);
-- these add what those cannot serve without scanning a whole wallet or the whole table.

-- "My transactions with this person": one side fixed, the other side fixed, newest first.
CREATE INDEX ledger_transactions_from_to_idx
    ON ledger_transactions (from_account, to_account, created_at DESC, id DESC);
CREATE INDEX ledger_transactions_to_from_idx
    ON ledger_transactions (to_account, from_account, created_at DESC, id DESC);

-- The admin view filtered by status (pending withdrawals to watch) or by type, newest first.
CREATE INDEX ledger_transactions_status_created_idx
    ON ledger_transactions (status, created_at DESC, id DESC);
CREATE INDEX ledger_transactions_type_created_idx
    ON ledger_transactions (type, created_at DESC, id DESC);
