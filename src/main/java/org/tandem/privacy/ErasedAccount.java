package org.tandem.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A guardian's account being deleted, handed to every {@link AccountErasure} in one transaction. The
 * account row itself stays as a nameless tombstone ("a former member") so that the messages the
 * guardian wrote in other people's threads keep an author; everything that identifies them goes.
 */
public final class ErasedAccount {

    /** What every author reference to a deleted account reads as. */
    public static final String FORMER_MEMBER = "A former member";

    private final String tenant;
    private final UUID accountId;
    private final List<UUID> guardianIds;
    private final String email;
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    public ErasedAccount(String tenant, UUID accountId, List<UUID> guardianIds, String email) {
        this.tenant = tenant;
        this.accountId = accountId;
        this.guardianIds = List.copyOf(guardianIds);
        this.email = email;
    }

    public String tenant() { return tenant; }
    public UUID accountId() { return accountId; }
    /** The directory's guardian records of this account (usually one). */
    public List<UUID> guardianIds() { return guardianIds; }
    /** The account's email before deletion (invitations and mail addressed to it go too). */
    public String email() { return email; }

    public void removed(String feature, int rows) {
        removed.merge(feature, rows, Integer::sum);
    }

    public Map<String, Integer> removedRows() {
        return Map.copyOf(removed);
    }
}
