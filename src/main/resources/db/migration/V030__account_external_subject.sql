-- External sign-in may match a provider's user to an account by its stable subject id; one account
-- per subject in a district, so a sign-in can never land on two accounts.
CREATE UNIQUE INDEX account_external_subject ON account (tenant_id, external_subject) WHERE external_subject IS NOT NULL;
