package org.tandem.platform.paging;

import io.smallrye.config.ConfigMapping;

/** Paging: the secret that signs cursors. */
@ConfigMapping(prefix = "tandem.paging")
public interface PagingSettings {

    /** HMAC secret for pagination cursors; production sets its own. */
    String cursorSecret();
}
