package org.tandem.notifications.push;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.channel.NotificationChannel;
import org.tandem.notifications.channel.OutgoingNotification;

/**
 * The "push" channel: the recipient's registered devices, each through its platform's provider. One
 * outcome per device, whose address is the device id (never its token). A device whose provider is
 * not configured is no address, so a person with only such devices falls back to the next channel. A
 * device a provider calls gone is forgotten at once, so the next notification does not try it again.
 */
@ApplicationScoped
public class PushChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(PushChannel.class);

    private final PushDevices devices;
    private final Map<PushPlatform, PushProvider> providers = new EnumMap<>(PushPlatform.class);
    private final MeterRegistry meters;

    PushChannel(PushDevices devices, Instance<PushProvider> providers, MeterRegistry meters) {
        this.devices = devices;
        this.meters = meters;
        providers.forEach(p -> this.providers.put(p.platform(), p));
    }

    @Override
    public String name() {
        return "push";
    }

    /** The people with at least one device whose platform this server is configured to push to. */
    @Override
    public java.util.Set<java.util.UUID> reachable(java.util.UUID tenantId, java.util.Collection<java.util.UUID> people) {
        java.util.Set<java.util.UUID> out = new java.util.HashSet<>();
        devices.platformsOf(tenantId, people).forEach((person, platforms) -> {
            if (platforms.stream().map(providers::get).anyMatch(p -> p != null && p.configured())) {
                out.add(person);
            }
        });
        return out;
    }

    @Override
    public List<DeliveryOutcome> deliver(OutgoingNotification notification) {
        PushMessage message = PushMessage.of(notification);
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        for (PushDevice device : devices.of(notification.tenantId(), notification.recipientId())) {
            PushProvider provider = providers.get(device.platform());
            if (provider == null || !provider.configured()) {
                continue;
            }
            PushResult result;
            try {
                result = provider.send(device, message);
            } catch (RuntimeException e) {
                // A defect of ours for this one device must not cost the person's other devices their outcome.
                LOG.errorf(e, "Push to %s device %s failed", device.platform().wire(), device.id());
                result = PushResult.rejected(null, "internal error: " + e.getClass().getSimpleName());
            }
            meters.counter("tandem.push.sends", "platform", device.platform().wire(), "result",
                    result.kind().name().toLowerCase(java.util.Locale.ROOT)).increment();
            outcomes.add(outcome(notification, device, result));
        }
        return outcomes.isEmpty() ? List.of(DeliveryOutcome.noAddress()) : outcomes;
    }

    private DeliveryOutcome outcome(OutgoingNotification notification, PushDevice device, PushResult result) {
        String address = device.platform().wire() + ":" + device.id();
        DeliveryOutcome.Status status = switch (result.kind()) {
            case ACCEPTED -> {
                devices.sent(notification.tenantId(), device.id());
                yield DeliveryOutcome.Status.SENT;
            }
            case GONE -> {
                devices.prune(notification.tenantId(), device);
                LOG.debugf("Forgot %s device %s: %s %s", device.platform().wire(), device.id(), result.status(), result.answer());
                yield DeliveryOutcome.Status.FAILED;
            }
            case REJECTED -> DeliveryOutcome.Status.FAILED;
            case RETRY -> DeliveryOutcome.Status.RETRY;
        };
        return new DeliveryOutcome(status, address, result.status(), result.answer(), result.retryAfter());
    }
}
