package org.tandem.celebrations.badges;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.problem.ApiException;

/** The district's badge catalog: everyone on the staff side reads it, district administrators manage it. */
@ApplicationScoped
@Transactional
public class BadgeService {

    private final BadgeRepository badges;
    private final MergePatch mergePatch;

    BadgeService(BadgeRepository badges, MergePatch mergePatch) {
        this.badges = badges;
        this.mergePatch = mergePatch;
    }

    BadgeViews.Catalog catalog(boolean all) {
        return new BadgeViews.Catalog(badges.catalog(all).stream().map(BadgeViews.View::of).toList());
    }

    BadgeViews.View get(UUID id) {
        return BadgeViews.View.of(find(id));
    }

    BadgeViews.View create(BadgeViews.NewBadge input) {
        String name = input.name().strip();
        if (badges.nameTaken(name, null)) {
            throw nameTaken(name);
        }
        Badge badge = new Badge(name, blankToNull(input.description()), input.symbol());
        save(badge, name);
        return BadgeViews.View.of(badge);
    }

    BadgeViews.View change(UUID id, JsonNode patch, String ifMatch) {
        Badge badge = find(id);
        EntityTags.checkRequired(ifMatch, badge.version());
        BadgeViews.Changes next = mergePatch.apply(new BadgeViews.Changes(badge.name(), badge.description(),
                badge.symbol(), badge.active()), patch, BadgeViews.Changes.class);
        String name = next.name().strip();
        if (badges.nameTaken(name, id)) {
            throw nameTaken(name);
        }
        badge.describe(name, blankToNull(next.description()), next.symbol(), next.active());
        save(badge, name);
        return BadgeViews.View.of(badge);
    }

    private void save(Badge badge, String name) {
        try {
            badges.persist(badge);
            badges.flush();
        } catch (PersistenceException e) {
            throw nameTaken(name); // a concurrent request took the name: the unique index decided
        }
    }

    private Badge find(UUID id) {
        Badge badge = id == null ? null : badges.findById(id);
        if (badge == null) {
            throw ApiException.notFound("Badge " + id);
        }
        return badge;
    }

    private static ApiException nameTaken(String name) {
        return ApiException.conflict("badge_name_taken", "The catalog already has a badge named \"" + name + "\"");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
