package org.tandem.notifications.channel;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The channel beans of this server by name (push is another feature's bean, and may be absent). */
@ApplicationScoped
public class NotificationChannels {

    /** The ledger's answer for a channel the person has no address on. */
    public static final String NO_ADDRESS = "no address on this channel";

    private final Map<String, NotificationChannel> byName = new HashMap<>();

    NotificationChannels(@All List<NotificationChannel> all) {
        all.forEach(channel -> byName.putIfAbsent(channel.name(), channel));
    }

    /** The channel of that name, or null when this server has none. */
    public NotificationChannel named(String name) {
        return byName.get(name);
    }
}
