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
 * Finds the tenant of a request that has no token yet (accepting an invitation, resetting a
 * password), by a token hash or an email. It reads through plain JDBC, outside any Hibernate
 * session, because a session's tenant is fixed when it opens: the caller names the tenant found
 * here with {@code TenantContext.use} and only then starts its transaction.
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
        String sql = """
                SELECT a.id, a.tenant_id FROM account a JOIN district d ON d.tenant_id = a.tenant_id
                WHERE lower(a.email) = lower(?) AND a.active
                  AND (?::text IS NULL OR d.slug = ? OR d.id::text = lower(?))""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, email);
            for (int i = 2; i <= 4; i++) {
                statement.setString(i, district);
            }
            List<AccountInTenant> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new AccountInTenant(rows.getObject(1, UUID.class), UUID.fromString(rows.getString(2))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up accounts by email", e);
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
