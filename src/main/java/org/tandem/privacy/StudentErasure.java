package org.tandem.privacy;

/**
 * The extension point of a student's deletion: each feature that keeps rows about a student provides
 * one implementation (a CDI bean) that removes its own tables' rows, and only those. Privacy calls every
 * implementation in one transaction: first {@link #detach} on all (to break links between features'
 * tables, such as a goal's celebration), then {@link #erase} in {@link #order()}; if any fails, the whole
 * deletion rolls back and nothing is half-deleted. Implementations must be idempotent (a second call
 * finds nothing) and must name the tenant in every statement ({@link ErasedStudent#tenant()}).
 */
public interface StudentErasure {

    /** Features' own rows: any order among them once detached. */
    int FEATURES = 100;
    /** The directory's records (the student row, links, enrollments): after every feature referring to them. */
    int DIRECTORY = 900;
    /** Traces in shared infrastructure found by the ids the features reported: last. */
    int TRACES = 1000;

    /** The name counted in the erasure record ({@code messaging}, {@code goals}, ...). */
    String feature();

    default int order() {
        return FEATURES;
    }

    /** Clears this feature's references to another feature's rows about the student. */
    default void detach(ErasedStudent student) {
    }

    /** Removes this feature's rows about the student, reporting ids and counts to {@code student}. */
    void erase(ErasedStudent student);
}
