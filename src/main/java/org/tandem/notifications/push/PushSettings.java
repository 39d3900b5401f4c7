package org.tandem.notifications.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The push channel: timeouts that keep a slow provider from holding a worker, and each provider's credentials. */
@ConfigMapping(prefix = "tandem.push")
public interface PushSettings {

    /** Connecting to a provider; a provider that does not answer in time is a RETRY. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** The whole exchange with a provider for one device. */
    @WithDefault("PT5S")
    Duration requestTimeout();

    /** How long a provider keeps a notification for a device that is offline (Web Push TTL, APNs expiration, FCM ttl). */
    @WithDefault("P1D")
    Duration timeToLive();

    /** Devices one person may register; registering one more forgets the one updated longest ago. */
    @WithDefault("20")
    int maxDevicesPerPerson();

    Web web();

    Fcm fcm();

    Apns apns();

    interface Web {
        /** The VAPID key pair (RFC 8292), base64url: the uncompressed P-256 public point and the raw private scalar. */
        Optional<String> vapidPublicKey();

        Optional<String> vapidPrivateKey();

        /** The VAPID {@code sub}: a mailto: or https: contact for the push services. */
        @WithDefault("mailto:push@tandem.invalid")
        String subject();

        /** Accept http:// endpoints on loopback (tests run an independent push service there); never in production. */
        @WithDefault("false")
        boolean allowLoopbackHttp();
    }

    interface Fcm {
        /** The Firebase service account's JSON key file; FCM is off without one. */
        Optional<String> serviceAccountFile();

        /** Overrides the service account's project_id. */
        Optional<String> projectId();

        @WithDefault("https://fcm.googleapis.com")
        String baseUrl();
    }

    interface Apns {
        /** The team id (JWT {@code iss}), the key id (JWT {@code kid}) and the .p8 key file; APNs is off without all three. */
        Optional<String> teamId();

        Optional<String> keyId();

        Optional<String> privateKeyFile();

        @WithDefault("https://api.push.apple.com")
        String productionUrl();

        @WithDefault("https://api.sandbox.push.apple.com")
        String developmentUrl();

        /** A PKCS#12 trust store for the gateways' TLS (tests run a loopback gateway with its own certificate). */
        Optional<String> trustStoreFile();

        Optional<String> trustStorePassword();
    }
}
