package org.tandem.notifications.push;

import java.util.Arrays;

/** The three ways an app is reached by push: a browser's Web Push subscription, an Android (FCM) or an iOS (APNs) app. */
public enum PushPlatform {
    WEB("web"), FCM("fcm"), APNS("apns");

    private final String wire;

    PushPlatform(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static PushPlatform of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(wire)).findFirst().orElse(null);
    }
}
