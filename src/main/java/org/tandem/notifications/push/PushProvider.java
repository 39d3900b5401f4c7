package org.tandem.notifications.push;

/**
 * One push protocol (Web Push, FCM HTTP v1, APNs). The channel picks the provider of each device's
 * platform. A provider never throws for what a push service answers or for a network failure: every
 * answer is a {@link PushResult}. Every exchange is bounded by tandem.push.connect-timeout and
 * request-timeout, so a slow service holds a delivery worker a few seconds at most.
 */
public interface PushProvider {

    PushPlatform platform();

    /** Whether its credentials are configured; devices of an unconfigured provider are not addresses. */
    boolean configured();

    PushResult send(PushDevice device, PushMessage message);
}
