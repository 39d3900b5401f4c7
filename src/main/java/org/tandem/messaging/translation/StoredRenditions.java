package org.tandem.messaging.translation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.message.RenditionSource;

/** The renditions translation has stored (machine or human), read for a page of messages in one statement. */
@ApplicationScoped
class StoredRenditions implements RenditionSource {

    private final TranslationRepository translations;

    StoredRenditions(TranslationRepository translations) {
        this.translations = translations;
    }

    @Override
    public Map<UUID, MessageView.Translation> in(String language, List<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return translations.in(language, messageIds);
    }
}
