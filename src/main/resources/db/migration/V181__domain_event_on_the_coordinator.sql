-- The outbox stays one plain table on the Citus coordinator: its gap-free walk orders events by the
-- writing transaction's id and stops below the oldest running transaction (OutboxReader), which is
-- only meaningful within one server's transaction ids. Every application transaction starts on the
-- coordinator, so an event is written there in the same transaction as its change (docs/scaling.md).
COMMENT ON TABLE domain_event IS 'citus: local (coordinator). The outbox of domain events: one transaction-id space for its gap-free walk.';
