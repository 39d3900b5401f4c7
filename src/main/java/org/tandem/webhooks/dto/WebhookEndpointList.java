package org.tandem.webhooks.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of webhook endpoints. */
public record WebhookEndpointList(@Schema(required = true) List<WebhookEndpointView> items,
                                  @Schema(required = true, nullable = true,
                                          description = "Pass as `cursor` to get the next page; null on the last page") String nextCursor) {
}
