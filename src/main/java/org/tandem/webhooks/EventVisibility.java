package org.tandem.webhooks;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.access.Scopes;
import org.tandem.platform.outbox.DomainEventType;

/**
 * Which events a caller may see, through webhooks and the changes feed. A district administrator sees
 * every event of the district. An integrator sees the events of the families its scopes cover, and
 * nothing else: the event's family is the part of its name before the dot ({@code goal.agreed} is of
 * {@code goal}).
 */
public final class EventVisibility {

    /** The scope that covers each family of events. */
    static final Map<String, String> SCOPE_OF_FAMILY = Map.ofEntries(
            Map.entry("message", Scopes.MESSAGING_EVENTS), Map.entry("announcement", Scopes.MESSAGING_EVENTS),
            Map.entry("goal", Scopes.GOALS_EVENTS),
            Map.entry("event", Scopes.CALENDAR_EVENTS), Map.entry("rsvp", Scopes.CALENDAR_EVENTS),
            Map.entry("conference", Scopes.CALENDAR_EVENTS),
            Map.entry("celebration", Scopes.CELEBRATIONS_EVENTS), Map.entry("appreciation", Scopes.CELEBRATIONS_EVENTS),
            Map.entry("roster", Scopes.ROSTER_READ), Map.entry("directory", Scopes.DIRECTORY_READ));

    private EventVisibility() {
    }

    /** The scope an integrator needs to see this type; null when no scope does (administrators only). */
    public static String scopeFor(String type) {
        int dot = type.indexOf('.');
        return dot < 0 ? null : SCOPE_OF_FAMILY.get(type.substring(0, dot));
    }

    /** Whether a holder of these scopes (an integrator) may see this type; roster.write includes roster.read. */
    public static boolean covered(Collection<String> scopes, String type) {
        String needed = scopeFor(type);
        return needed != null && (scopes.contains(needed)
                || Scopes.ROSTER_READ.equals(needed) && scopes.contains(Scopes.ROSTER_WRITE));
    }

    /** Whether this caller may see this type. */
    public static boolean visibleTo(Caller caller, String type) {
        if (caller.isDistrictAdmin()) {
            return true;
        }
        return caller.has(Roles.INTEGRATOR) && covered(scopesOf(caller), type);
    }

    /** The catalog's types this caller may see. */
    public static List<String> visibleTypes(Caller caller) {
        return Arrays.stream(DomainEventType.values()).map(DomainEventType::wireName)
                .filter(type -> visibleTo(caller, type)).toList();
    }

    static Set<String> scopesOf(Caller caller) {
        return Scopes.ALL.stream().filter(caller::hasScope).collect(java.util.stream.Collectors.toSet());
    }
}
