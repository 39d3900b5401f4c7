-- Webhook deliveries are claimed endpoint by endpoint (each endpoint's oldest due ones, up to what it
-- may hold), so that one endpoint's backlog never fills the claim and starves the others. The walk
-- over every endpoint's due deliveries in one time order (webhook_delivery_due) is no longer used.
CREATE INDEX webhook_delivery_due_per_endpoint ON webhook_delivery (tenant_id, endpoint_id, next_attempt_at)
    WHERE status = 'pending';
DROP INDEX webhook_delivery_due;
