package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.ProblemCode;

/**
 * Deletes a guardian's account in one transaction through every {@link AccountErasure}: ordered by a
 * district administrator, or by the guardian themself. Staff and administrator accounts are not
 * deleted this way (they are deactivated: what staff wrote is the school's record).
 */
@ApplicationScoped
public class AccountDeletion {

    private record Target(String email, boolean districtAdmin, boolean staff, boolean erased) {
    }

    private final List<AccountErasure> erasures;
    private final Caller caller;
    private final Sql sql;
    private final Erasures records;

    AccountDeletion(Instance<AccountErasure> erasures, Caller caller, Sql sql, Erasures records) {
        this.erasures = erasures.stream().sorted(Comparator.comparingInt(AccountErasure::accountOrder)
                .thenComparing(AccountErasure::feature)).toList();
        this.caller = caller;
        this.sql = sql;
        this.records = records;
    }

    /** By a district administrator. */
    @Transactional
    public ErasureView delete(UUID accountId) {
        return erase(accountId, "district_admin");
    }

    /** By the guardian themself (their own account). */
    @Transactional
    public ErasureView deleteOwn() {
        if (!caller.has(Roles.GUARDIAN)) {
            throw ApiException.forbidden("Only a family's own account is deleted this way");
        }
        return erase(caller.accountId(), "guardian");
    }

    private ErasureView erase(UUID accountId, String role) {
        String tenant = sql.tenant();
        // Identity's and the directory's rows are read here only to decide; the features change them.
        Target target = sql.one("SELECT a.email, a.district_admin, a.email LIKE 'former-member-%@erased.invalid' AS erased,"
                        + " EXISTS (SELECT 1 FROM staff s WHERE s.tenant_id = a.tenant_id AND s.account_id = a.id) AS staff"
                        + " FROM account a WHERE a.tenant_id = ? AND a.id = ? FOR UPDATE",
                        rs -> new Target(rs.getString("email"), rs.getBoolean("district_admin"), rs.getBoolean("staff"),
                                rs.getBoolean("erased")), tenant, accountId)
                .filter(t -> !t.erased())
                .orElseThrow(() -> ApiException.notFound("Account " + accountId));
        if (target.districtAdmin() || target.staff()) {
            throw ApiException.conflict(ProblemCode.NOT_A_FAMILY_ACCOUNT.wire(),
                    "Staff and administrator accounts are deactivated, not deleted");
        }
        List<UUID> guardians = Statements.ids(sql, "SELECT id FROM guardian WHERE tenant_id = ? AND account_id = ?", tenant, accountId);
        ErasedAccount account = new ErasedAccount(tenant, accountId, guardians, target.email());
        erasures.forEach(e -> e.erase(account));
        return records.record(tenant, "account", caller.accountId(), role, account.removedRows());
    }
}
