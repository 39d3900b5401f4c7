package org.tandem.messaging.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The direct threads that recipients' private replies to announcements opened, one per recipient. */
@ApplicationScoped
class AnnouncementReplyRepository implements PanacheRepositoryBase<AnnouncementReply, AnnouncementReply.Key> {

    /** The reply thread this recipient opened for the announcement; null before their first reply. */
    AnnouncementReply of(UUID announcementId, UUID recipientId) {
        return findById(new AnnouncementReply.Key(announcementId, recipientId));
    }
}
