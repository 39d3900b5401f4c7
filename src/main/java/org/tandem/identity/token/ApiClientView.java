package org.tandem.identity.token;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An integrator's API client as administrators see it; its secret is never shown. */
@Schema(name = "ApiClient")
public record ApiClientView(UUID id, String clientId, String name,
                            @Schema(description = "Granted scopes: roster.write, roster.read, directory.read, webhooks.manage, events.messaging,"
                                    + " events.goals, events.calendar, events.celebrations") List<String> scopes,
                            boolean active) {

    static ApiClientView of(ApiClient client) {
        return new ApiClientView(client.id(), client.clientId(), client.name(), client.scopes(), client.active());
    }
}
