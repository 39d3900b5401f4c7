package org.tandem.messaging.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own flags on a thread; a merge patch sets only what it names. */
@Schema(name = "ThreadFlags")
public record ThreadFlags(Boolean archived, Boolean muted, Boolean starred) {
}
