-- The double-entry ledger. Every movement of money is one ledger transaction whose entries sum
-- to zero per currency; entries are immutable. Accounts are the user wallets and the system
-- accounts through which outside money enters and leaves. Balances are cached on the account
-- and written only by the ledger service, in the posting's own database transaction.

-- Wallets become ledger accounts of kind 'wallet'; system accounts have no user.
ALTER TABLE wallets RENAME TO accounts;
ALTER INDEX wallets_user_currency_idx RENAME TO accounts_user_currency_idx;
ALTER TABLE accounts ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE accounts
    ADD COLUMN kind text NOT NULL DEFAULT 'wallet' CHECK (kind IN (
        'wallet', 'provider_clearing', 'withdrawal_holds', 'fees', 'cashback_expense',
        'biller_payable', 'gateway_clearing', 'call_revenue')),
    ADD COLUMN name text NOT NULL DEFAULT '',
    ADD COLUMN balance bigint NOT NULL DEFAULT 0,
    -- NULL: no floor (system accounts carry the other side and may be negative).
    ADD COLUMN min_balance bigint,
    -- Per-wallet overrides of the configured limits; NULL uses the configuration.
    ADD COLUMN per_transaction_limit bigint CHECK (per_transaction_limit > 0),
    ADD COLUMN daily_limit bigint CHECK (daily_limit > 0),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE accounts SET min_balance = 0;
-- The last line of defence: even a faulty statement cannot take a wallet below its floor.
ALTER TABLE accounts ADD CONSTRAINT accounts_floor_check
    CHECK (min_balance IS NULL OR balance >= min_balance);
ALTER TABLE accounts ADD CONSTRAINT accounts_wallet_user_check
    CHECK ((kind = 'wallet') = (user_id IS NOT NULL));
-- One system account per kind, currency and name (a provider's clearing account is per provider).
CREATE UNIQUE INDEX accounts_system_idx ON accounts (kind, currency, name) WHERE user_id IS NULL;

CREATE TABLE ledger_transactions (
    id              text PRIMARY KEY,                              -- txn_...
    type            text NOT NULL CHECK (type IN (
        'funding', 'withdrawal', 'transfer', 'payment', 'refund', 'fee', 'cashback', 'bill',
        'airtime', 'call', 'adjustment')),
    status          text NOT NULL CHECK (status IN ('PENDING', 'SUCCESS', 'FAILED', 'REVERSED')),
    currency        text NOT NULL,
    amount          bigint NOT NULL CHECK (amount > 0),            -- minor units
    fee             bigint NOT NULL DEFAULT 0 CHECK (fee >= 0),
    from_account    text REFERENCES accounts (id),                 -- the wallet money leaves
    to_account      text REFERENCES accounts (id),                 -- the wallet money reaches
    reference       text NOT NULL DEFAULT '',                      -- provider order, payment id
    note            text NOT NULL DEFAULT '',
    metadata        jsonb NOT NULL DEFAULT '{}',
    initiated_by    text REFERENCES users (id),
    failure_reason  text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
-- A wallet's history, newest first, from either side.
CREATE INDEX ledger_transactions_from_idx ON ledger_transactions (from_account, created_at DESC, id DESC);
CREATE INDEX ledger_transactions_to_idx ON ledger_transactions (to_account, created_at DESC, id DESC);
-- The admin view of everyone's transactions, newest first.
CREATE INDEX ledger_transactions_created_idx ON ledger_transactions (created_at DESC, id DESC);
-- Provider callbacks find their transaction by reference.
CREATE INDEX ledger_transactions_reference_idx ON ledger_transactions (reference) WHERE reference <> '';

CREATE TABLE ledger_entries (
    id          bigserial PRIMARY KEY,
    txn_id      text NOT NULL REFERENCES ledger_transactions (id),
    account_id  text NOT NULL REFERENCES accounts (id),
    amount      bigint NOT NULL CHECK (amount <> 0),               -- signed minor units
    currency    text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- Reconciliation sums entries per account; daily limits sum a wallet's debits since midnight.
CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id, created_at);
CREATE INDEX ledger_entries_txn_idx ON ledger_entries (txn_id);

-- Entries are immutable: a correction is a new, reversing posting.
CREATE FUNCTION ledger_entries_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are immutable';
END $$;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_immutable();

-- Idempotency-Key records (SPEC §1.3). The row is inserted in the same database transaction as
-- the money movement it guards, so a key moves money at most once even across a crash; the
-- first rendered response is stored after commit and replayed to every retry.
CREATE TABLE idempotency_keys (
    owner            text NOT NULL,                                -- user id or app id
    key              text NOT NULL,
    request_hash     bytea NOT NULL,                               -- SHA-256 of method, path, body
    txn_id           text REFERENCES ledger_transactions (id),
    response_status  integer,
    response_body    bytea,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, key)
);
-- Old keys are swept after 24 hours.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- Side effects that leave the database, written in the transaction of the change they report
-- and delivered after commit, at least once (SPEC §1.4).
CREATE TABLE outbox (
    id            bigserial PRIMARY KEY,
    event_id      text NOT NULL UNIQUE,                            -- evt_...; receivers dedupe
    topic         text NOT NULL,                                   -- wallet.updated, ...
    user_id       text REFERENCES users (id),                      -- recipient, when one user
    payload       jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    delivered_at  timestamptz
);
-- The relay reads what is not delivered yet, in order; a user's resume reads their events.
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE delivered_at IS NULL;
CREATE INDEX outbox_user_idx ON outbox (user_id, id);

-- Orders with a payment provider (the sandbox, or a real one): funding and withdrawals.
CREATE TABLE provider_orders (
    id           text PRIMARY KEY,                                 -- order_...
    provider     text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('funding', 'withdrawal')),
    txn_id       text NOT NULL UNIQUE REFERENCES ledger_transactions (id),
    amount       bigint NOT NULL CHECK (amount > 0),
    currency     text NOT NULL,
    status       text NOT NULL CHECK (status IN ('created', 'paid', 'failed')),
    payment_id   text NOT NULL DEFAULT '',
    details      jsonb NOT NULL DEFAULT '{}',                      -- bank account for payouts
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Provider callbacks are deduplicated by the provider's event id.
CREATE TABLE provider_events (
    provider     text NOT NULL,
    event_id     text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);

-- Reconciliation runs (on demand and on a schedule) and what they found.
CREATE TABLE reconciliation_runs (
    id            bigserial PRIMARY KEY,
    started_at    timestamptz NOT NULL DEFAULT now(),
    accounts      integer NOT NULL,
    mismatches    integer NOT NULL,
    report        jsonb NOT NULL
);
