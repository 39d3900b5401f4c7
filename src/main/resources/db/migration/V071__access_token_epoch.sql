-- Access tokens can be stopped before they expire. Each account has a token epoch, written into
-- every access token it is issued (claim `epoch`); deactivating the account, a password reset, a
-- sign-out and refresh-token theft detection raise it, and a token of an older epoch is refused.
ALTER TABLE account ADD COLUMN token_epoch integer NOT NULL DEFAULT 0;

-- Recent raises, which every instance keeps in memory (reloaded every second or so, so a request
-- never queries for them). A row older than an access token's lifetime no longer matters: every
-- token it refused has expired anyway; the rows are pruned.
--
-- Scale-out rule: keyed by tenant first. No foreign key to account: account's keys are being made
-- tenant-led (V080+), which a foreign key here would block; the row is written in the same
-- transaction as the account's epoch, so it never names a missing account.
CREATE TABLE token_revocation (
    tenant_id  text        NOT NULL,
    account_id uuid        NOT NULL,
    epoch      integer     NOT NULL,
    revoked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, account_id)
);
