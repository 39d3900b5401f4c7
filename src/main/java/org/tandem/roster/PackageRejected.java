package org.tandem.roster;

/** The package as a whole cannot be read (not a zip, a zip bomb, no manifest): the job fails with this reason. */
final class PackageRejected extends RuntimeException {

    PackageRejected(String reason) {
        super(reason);
    }
}
