package org.tandem.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.Connections;
import org.tandem.access.StaffMember;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;

/** Display names for views: apps show names, never bare ids. Two statements whatever the number. */
@ApplicationScoped
public class Names {

    private final AccountRepository accounts;
    private final Connections connections;

    Names(AccountRepository accounts, Connections connections) {
        this.accounts = accounts;
        this.connections = connections;
    }

    public Map<UUID, String> ofAccounts(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.list("id in ?1", distinct(accountIds)).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
    }

    /** Staff members' names, by staff id (their account's display name). */
    public Map<UUID, String> ofStaff(Collection<UUID> staffIds) {
        Map<UUID, UUID> accountOf = new HashMap<>();
        for (StaffMember member : connections.staffMembers(staffIds)) {
            if (member.accountId() != null) {
                accountOf.put(member.staffId(), member.accountId());
            }
        }
        Map<UUID, String> byAccount = ofAccounts(accountOf.values());
        Map<UUID, String> names = new HashMap<>();
        accountOf.forEach((staff, account) -> names.put(staff, byAccount.getOrDefault(account, "")));
        return names;
    }

    private static java.util.Set<UUID> distinct(Collection<UUID> ids) {
        return java.util.Set.copyOf(ids);
    }
}
