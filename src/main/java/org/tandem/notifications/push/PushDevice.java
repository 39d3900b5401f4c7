package org.tandem.notifications.push;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** A stored device, with its address: for the channel only, never sent to a client. */
public record PushDevice(UUID id, UUID accountId, PushPlatform platform, String address, String p256dh,
                         String authSecret, String appId, String environment, String name, Instant createdAt,
                         Instant updatedAt, Instant lastSentAt) {

    PushDeviceView view() {
        return new PushDeviceView(id, platform.wire(), hint(), appId, environment, name, createdAt, updatedAt, lastSentAt);
    }

    private String hint() {
        if (platform == PushPlatform.WEB) {
            String host = URI.create(address).getHost();
            return host == null ? "" : host;
        }
        return "…" + address.substring(Math.max(0, address.length() - 6));
    }
}
