package org.tandem.messaging.message;

import java.util.UUID;
import org.tandem.messaging.dto.NewMessage;
import org.tandem.messaging.dto.ScheduledMessageView;

/** Posting later: a message with {@code sendAt} is handed to scheduling, which posts it when it is due. */
public interface ScheduledPosts {

    ScheduledMessageView schedule(UUID threadId, NewMessage input);
}
