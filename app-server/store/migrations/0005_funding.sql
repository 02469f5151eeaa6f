-- Add money and withdrawals through payment providers. The tables came with 0003_ledger; this
-- adds what their queries need that the primary and unique keys do not give.

-- At start-up paydeskd asks the provider again about payouts whose outcome never arrived
-- (a crash between the request and the callback), oldest first.
CREATE INDEX provider_orders_open_payouts_idx ON provider_orders (provider, created_at)
    WHERE kind = 'withdrawal' AND status = 'created';
