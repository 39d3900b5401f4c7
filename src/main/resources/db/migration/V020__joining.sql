-- Joining: invitations carry the educational-rights decision staff made when inviting, and the
-- lists and look-ups that joining and password reset need are index-backed.

ALTER TABLE invitation ADD COLUMN educational_rights boolean NOT NULL DEFAULT false;

-- A family member's own join requests, newest first (GET /me/join-requests).
CREATE INDEX join_request_by_account ON join_request (tenant_id, account_id, created_at DESC, id DESC);

-- Outstanding reset tokens of an account, consumed together when one of them is used.
CREATE INDEX password_reset_outstanding ON password_reset (account_id) WHERE used_at IS NULL;
