-- The in-app delivery of a notification is its feed entry: the ledger's views show each feed entry as
-- the in_app delivery (LedgerService), so the fan-out no longer stores an in_app row beside it (one row
-- and four index entries fewer per recipient of every notification). The rows stored before go.
DELETE FROM notification_delivery WHERE channel = 'in_app';
