package org.tandem.notifications.push;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A device an app registers. A browser sends its {@code PushSubscription.toJSON()} with
 * {@code platform: "web"}; an Android app its FCM registration token; an iOS app its APNs device token
 * with its bundle id. Which fields apply depends on the platform ({@link PushAddressRules}).
 */
@Schema(name = "NewPushDevice", description = "A Web Push subscription, an FCM registration token or an APNs device token")
public record NewPushDevice(
        @Schema(required = true, enumeration = {"web", "fcm", "apns"}) String platform,
        @Schema(description = "web: the subscription's endpoint (https)", maxLength = 2048) String endpoint,
        @Schema(description = "web: the subscription's keys") Keys keys,
        @Schema(description = "web: the subscription's expiry (ms since the epoch), as browsers send it; not used",
                nullable = true) Long expirationTime,
        @Schema(description = "fcm: the registration token; apns: the device token (hex)", maxLength = 4096) String token,
        @Schema(description = "fcm: the Firebase app id (optional); apns: the app's bundle id, sent as apns-topic (required)",
                maxLength = 255) String appId,
        @Schema(description = "apns: which gateway issued the token (default production)",
                enumeration = {"production", "development"}) String environment,
        @Schema(description = "A name the person recognises the device by", maxLength = 100) String name) {

    @Schema(name = "PushSubscriptionKeys")
    public record Keys(
            @Schema(description = "The browser's P-256 public key, base64url (65 bytes uncompressed)") String p256dh,
            @Schema(description = "The authentication secret, base64url (16 bytes)") String auth) {
    }
}
