-- Push devices: where the push channel reaches a person. One row per app install (an FCM registration
-- token, an APNs device token) or browser (a Web Push subscription: its endpoint URL and the keys
-- RFC 8291 encrypts to). The address is a secret of the device: the API never shows it back.
--
-- A device belongs to whoever registered it last in the tenant: (tenant_id, platform, address) is
-- unique, so re-registering is idempotent and a phone handed to another family member stops
-- receiving the first person's notifications. account_id is a plain uuid (no foreign key, like the
-- other people references of notifications); rows of a removed account go with it through
-- PushDevices.forget and are pruned anyway the first time a provider answers "unregistered".
--
-- Scale-out rule: tenant_id leads every key.
CREATE TABLE push_device (
    tenant_id    text        NOT NULL REFERENCES district (tenant_id),
    id           uuid        NOT NULL,
    account_id   uuid        NOT NULL,
    platform     text        NOT NULL CHECK (platform IN ('web', 'fcm', 'apns')),
    address      text        NOT NULL CHECK (length(address) BETWEEN 1 AND 2048),
    -- Web Push only: the browser's P-256 public key and authentication secret (base64url, RFC 8291).
    p256dh       text,
    auth_secret  text,
    -- FCM: the Firebase app id (informative); APNs: the app's bundle id, sent as apns-topic.
    app_id       text,
    -- APNs only: which gateway issued the token (a development build's tokens work only on the sandbox).
    environment  text CHECK (environment IN ('production', 'development')),
    name         text CHECK (length(name) <= 100),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    last_sent_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT push_device_address UNIQUE (tenant_id, platform, address),
    CONSTRAINT push_device_web_keys CHECK ((platform = 'web') = (p256dh IS NOT NULL AND auth_secret IS NOT NULL)),
    CONSTRAINT push_device_apns_topic CHECK (platform <> 'apns' OR (app_id IS NOT NULL AND environment IS NOT NULL))
);

-- The channel's look-up (a recipient's devices) and a person's own list.
CREATE INDEX push_device_owner ON push_device (tenant_id, account_id, created_at, id);
