package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;

/** A feature that fails in the middle of a deletion when armed (after the features, before the directory). */
@ApplicationScoped
class FailingErasure implements StudentErasure {

    static volatile boolean armed;

    @Override
    public String feature() {
        return "failing";
    }

    @Override
    public int order() {
        return DIRECTORY - 1;
    }

    @Override
    public void erase(ErasedStudent student) {
        if (armed) {
            throw new IllegalStateException("A feature failed in the middle of a deletion");
        }
    }
}
