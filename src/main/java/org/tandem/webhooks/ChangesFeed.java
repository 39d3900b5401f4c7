package org.tandem.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.platform.outbox.DomainEvent;
import org.tandem.platform.outbox.OutboxPosition;
import org.tandem.platform.outbox.OutboxReader;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;
import org.tandem.webhooks.dto.ChangeView;
import org.tandem.webhooks.dto.ChangesPage;

/**
 * The changes feed: the district's outbox in its gap-free order ({@link OutboxReader}), narrowed to
 * the types the caller may see and asked for. The cursor is the last position returned, sealed by
 * {@link CursorCodec} for this district (it works with any type filter, so a reader may widen its filter
 * and carry on); an event that commits after a later-numbered one still sorts after every cursor
 * issued before it became readable, so polling from the cursor never skips anything.
 */
@ApplicationScoped
public class ChangesFeed {

    private final OutboxReader reader;
    private final CursorCodec cursors;
    private final Caller caller;
    private final ObjectMapper json;

    ChangesFeed(OutboxReader reader, CursorCodec cursors, Caller caller, ObjectMapper json) {
        this.reader = reader;
        this.cursors = cursors;
        this.caller = caller;
        this.json = json;
    }

    /** The cursor's content: an outbox position. */
    record Cursor(long tx, long id) {
    }

    ChangesPage read(UUID tenant, String cursor, List<String> askedTypes, int limit) {
        if (!caller.isDistrictAdmin() && !caller.has(Roles.INTEGRATOR)) {
            throw ApiException.forbidden("Only district administrators and integrators read the changes feed");
        }
        List<String> types = types(askedTypes);
        String list = "changes:" + tenant;
        Cursor after = cursors.decode(list, cursor, Cursor.class);
        OutboxPosition position = after == null ? OutboxPosition.START : new OutboxPosition(after.tx(), after.id());
        List<DomainEvent> events = reader.after(tenant, position, types, limit);
        List<ChangeView> items = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            items.add(new ChangeView(WebhookSender.messageId(event.id()), event.type(), event.occurredAt(), data(event)));
        }
        OutboxPosition last = events.isEmpty() ? position : events.get(events.size() - 1).position();
        return new ChangesPage(items, cursors.encode(list, new Cursor(last.txId(), last.id())), events.size() == limit);
    }

    /** The types to read: those asked (each visible to the caller), or all the caller may see. */
    private List<String> types(List<String> asked) {
        List<String> wanted = new ArrayList<>();
        if (asked != null) {
            for (String entry : asked) {
                for (String type : entry.split(",")) {
                    if (!type.isBlank() && !wanted.contains(type.strip())) {
                        wanted.add(type.strip());
                    }
                }
            }
        }
        if (wanted.size() > 50) {
            throw ApiException.invalidParameter("type", "names at most 50 types");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String type : wanted) {
            if (!type.matches(org.tandem.webhooks.dto.WebhookEndpointDraft.TYPE)) {
                errors.add(new Problem.FieldError("type", type + " is not an event type"));
            } else if (!EventVisibility.visibleTo(caller, type)) {
                throw ApiException.forbidden("The event type " + type + " is not covered by your scopes ("
                        + EventVisibility.scopeFor(type) + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "invalid_parameter", "A parameter is not valid",
                    errors.get(0).message(), errors, null);
        }
        if (!wanted.isEmpty() || caller.isDistrictAdmin()) {
            return wanted;
        }
        List<String> visible = EventVisibility.visibleTypes(caller);
        if (visible.isEmpty()) {
            throw ApiException.forbidden("Your client holds no scope that covers an event type (events.*, roster.read, directory.read)");
        }
        return visible;
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> data(DomainEvent event) {
        try {
            return json.readValue(event.data(), java.util.LinkedHashMap.class);
        } catch (Exception e) {
            return java.util.Map.of();
        }
    }
}
