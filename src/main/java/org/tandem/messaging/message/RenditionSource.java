package org.tandem.messaging.message;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.messaging.dto.MessageView;

/**
 * The stored renditions of messages in one language, by message id. Messages are shown with them;
 * translation keeps them, and answers here (so messages do not depend on translation).
 */
public interface RenditionSource {

    Map<UUID, MessageView.Translation> in(String language, List<UUID> messageIds);
}
