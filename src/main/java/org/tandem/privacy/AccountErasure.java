package org.tandem.privacy;

/**
 * The extension point of a guardian account's deletion: each feature removes (or makes anonymous) its
 * own rows about the account, in one transaction, in {@link #accountOrder()} (features first, the
 * directory after them). Idempotent, tenant named in every statement.
 */
public interface AccountErasure {

    String feature();

    default int accountOrder() {
        return StudentErasure.FEATURES;
    }

    void erase(ErasedAccount account);
}
