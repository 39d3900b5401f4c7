package org.tandem.notifications.push;

import com.interaso.webpush.VapidKeys;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The application server's VAPID key pair (RFC 8292). Browsers subscribe with its public key and push
 * services accept only notifications signed by its private key, so it must stay the same across
 * restarts and instances: production configures it. Without one, a key pair is generated for this run
 * (dev and tests), and every subscription made with it stops working at the next start: in production
 * that is logged as a warning.
 */
@ApplicationScoped
public class VapidKeyPair {

    private static final Logger LOG = Logger.getLogger(VapidKeyPair.class);

    private final VapidKeys keys;
    private final String publicKey;

    VapidKeyPair(PushSettings settings) {
        PushSettings.Web web = settings.web();
        if (web.vapidPublicKey().isPresent() && web.vapidPrivateKey().isPresent()) {
            keys = VapidKeys.fromUncompressedBytes(web.vapidPublicKey().get(), web.vapidPrivateKey().get());
        } else {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.warn("No VAPID key pair configured (tandem.push.web.vapid-public-key / vapid-private-key): "
                        + "generated one for this run; Web Push subscriptions will stop working at the next start");
            }
            keys = VapidKeys.generate();
        }
        publicKey = Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getApplicationServerKey());
    }

    VapidKeys keys() {
        return keys;
    }

    /** The public key as browsers want it for {@code applicationServerKey}: base64url, uncompressed point. */
    public String publicKey() {
        return publicKey;
    }
}
