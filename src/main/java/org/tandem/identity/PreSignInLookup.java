package org.tandem.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Finds the tenant of a request that has no token yet (signing in, accepting an invitation,
 * resetting a password), by a token hash or an email. It reads through plain JDBC, outside any
 * Hibernate session, because a session's tenant is fixed when it opens: the caller names the tenant
 * found here with {@code TenantContext.use} and only then starts its transaction.
 * <p>
 * These are the only look-ups across tenants (docs/scaling.md). When the request names its district,
 * the district (a reference table under Citus) is resolved first and the account is then read with
 * its tenant, which Citus routes to one shard; without one, the email is looked up in every tenant
 * (on every shard) through the {@code account_by_email} index.
 */
@ApplicationScoped
public class PreSignInLookup {

    /** An account found by email, with its district. */
    public record AccountInTenant(UUID accountId, UUID tenantId) {
    }

    private final DataSource dataSource;

    PreSignInLookup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<UUID> tenantOfInvitation(String tokenHash) {
        return tenantOf("SELECT tenant_id FROM invitation WHERE token_hash = ?", tokenHash);
    }

    public Optional<UUID> tenantOfPasswordReset(String tokenHash) {
        return tenantOf("SELECT tenant_id FROM password_reset WHERE token_hash = ?", tokenHash);
    }

    /** Active accounts with this email, in the named district (slug or id) or, without one, in any. */
    public List<AccountInTenant> activeAccountsByEmail(String email, String district) {
        try (Connection connection = dataSource.getConnection()) {
            if (district == null) {
                return accounts(connection, "SELECT id, tenant_id FROM account WHERE lower(email) = lower(?) AND active",
                        email);
            }
            Optional<String> tenant = districtTenant(connection, district);
            if (tenant.isEmpty()) {
                return List.of();
            }
            return accounts(connection, """
                    SELECT id, tenant_id FROM account
                    WHERE tenant_id = ? AND lower(email) = lower(?) AND active""", tenant.get(), email);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up accounts by email", e);
        }
    }

    private static Optional<String> districtTenant(Connection connection, String district) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tenant_id FROM district WHERE slug = ? OR id::text = lower(?)")) {
            statement.setString(1, district);
            statement.setString(2, district);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static List<AccountInTenant> accounts(Connection connection, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<AccountInTenant> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new AccountInTenant(rows.getObject(1, UUID.class), UUID.fromString(rows.getString(2))));
                }
            }
            return found;
        }
    }

    private Optional<UUID> tenantOf(String sql, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(UUID.fromString(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up a tenant", e);
        }
    }
}
