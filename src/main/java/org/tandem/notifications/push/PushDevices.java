package org.tandem.notifications.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;

/**
 * The push_device table. Requests work in the caller's tenant ({@link Sql#tenant()}); the channel,
 * which runs outside any request, names the notification's tenant itself.
 */
@ApplicationScoped
public class PushDevices {

    /** A registration's result: the device, and whether this request created it. */
    record Registered(PushDevice device, boolean created) {
    }

    private static final String COLUMNS = """
            id, account_id, platform, address, p256dh, auth_secret, app_id, environment, name, created_at,
            updated_at, last_sent_at""";

    private final Sql sql;
    private final Clock clock;
    private final PushSettings settings;

    PushDevices(Sql sql, Clock clock, PushSettings settings) {
        this.sql = sql;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Stores a device for the account, or takes over the one with the same address: the last person to
     * register a device is the one it notifies. Beyond the per-person limit the device registered longest
     * ago is forgotten (an app reinstalled many times leaves stale tokens behind).
     */
    @Transactional
    Registered register(UUID accountId, PushAddressRules.Checked device) {
        Instant now = clock.instant();
        String tenant = sql.tenant();
        Registered registered = sql.one("""
                        INSERT INTO push_device (tenant_id, id, account_id, platform, address, p256dh, auth_secret, app_id,
                                                 environment, name, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id, platform, address) DO UPDATE SET
                            account_id = EXCLUDED.account_id, p256dh = EXCLUDED.p256dh, auth_secret = EXCLUDED.auth_secret,
                            app_id = EXCLUDED.app_id, environment = EXCLUDED.environment,
                            updated_at = EXCLUDED.updated_at,
                            -- Taken over by another person: nothing of the previous owner's stays with it.
                            name = CASE WHEN push_device.account_id = EXCLUDED.account_id
                                        THEN COALESCE(EXCLUDED.name, push_device.name) ELSE EXCLUDED.name END,
                            last_sent_at = CASE WHEN push_device.account_id = EXCLUDED.account_id
                                                THEN push_device.last_sent_at END,
                            created_at = CASE WHEN push_device.account_id = EXCLUDED.account_id
                                              THEN push_device.created_at ELSE EXCLUDED.created_at END
                        RETURNING %s, (xmax = 0) AS inserted""".formatted(COLUMNS),
                rs -> new Registered(device(rs), rs.getBoolean("inserted")),
                tenant, UUID.randomUUID(), accountId, device.platform().wire(), device.address(), device.p256dh(),
                device.auth(), device.appId(), device.environment(), device.name(), now, now).orElseThrow();
        sql.update("""
                        DELETE FROM push_device WHERE tenant_id = ? AND account_id = ? AND id IN (
                            SELECT id FROM push_device WHERE tenant_id = ? AND account_id = ?
                            ORDER BY updated_at DESC, id DESC OFFSET ?)""",
                tenant, accountId, tenant, accountId, settings.maxDevicesPerPerson());
        return registered;
    }

    List<PushDevice> mine(UUID accountId) {
        return sql.list("SELECT " + COLUMNS + " FROM push_device WHERE tenant_id = ? AND account_id = ? ORDER BY created_at, id",
                PushDevices::device, sql.tenant(), accountId);
    }

    Optional<PushDevice> mine(UUID accountId, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM push_device WHERE tenant_id = ? AND account_id = ? AND id = ?",
                PushDevices::device, sql.tenant(), accountId, id);
    }

    @Transactional
    boolean remove(UUID accountId, UUID id) {
        return sql.update("DELETE FROM push_device WHERE tenant_id = ? AND account_id = ? AND id = ?",
                sql.tenant(), accountId, id) == 1;
    }

    /** The recipient's devices, for the channel. */
    /** The platforms each of these people has a device on (people without a device are absent). */
    public java.util.Map<UUID, java.util.Set<PushPlatform>> platformsOf(UUID tenantId, java.util.Collection<UUID> people) {
        java.util.Map<UUID, java.util.Set<PushPlatform>> out = new java.util.HashMap<>();
        sql.list("SELECT DISTINCT account_id, platform FROM push_device WHERE tenant_id = ? AND account_id = ANY (?)", rs -> {
            PushPlatform platform = PushPlatform.of(rs.getString("platform"));
            if (platform != null) {
                out.computeIfAbsent(Sql.uuid(rs, "account_id"), k -> java.util.EnumSet.noneOf(PushPlatform.class)).add(platform);
            }
            return null;
        }, tenantId.toString(), people);
        return out;
    }

    public List<PushDevice> of(UUID tenantId, UUID accountId) {
        return sql.list("SELECT " + COLUMNS + " FROM push_device WHERE tenant_id = ? AND account_id = ? ORDER BY created_at, id",
                PushDevices::device, tenantId.toString(), accountId);
    }

    /**
     * Forgets a device a provider called gone. Only the row as it was sent to is removed: when the
     * device was registered again meanwhile (new keys), the fresh registration stays.
     */
    void prune(UUID tenantId, PushDevice device) {
        sql.update("DELETE FROM push_device WHERE tenant_id = ? AND id = ? AND updated_at = ?",
                tenantId.toString(), device.id(), device.updatedAt());
    }

    void sent(UUID tenantId, UUID deviceId) {
        sql.update("UPDATE push_device SET last_sent_at = ? WHERE tenant_id = ? AND id = ?",
                clock.instant(), tenantId.toString(), deviceId);
    }

    private static PushDevice device(ResultSet rs) throws SQLException {
        return new PushDevice(Sql.uuid(rs, "id"), Sql.uuid(rs, "account_id"), PushPlatform.of(rs.getString("platform")),
                rs.getString("address"), rs.getString("p256dh"), rs.getString("auth_secret"), rs.getString("app_id"),
                rs.getString("environment"), rs.getString("name"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), Sql.instant(rs, "last_sent_at"));
    }
}
