package org.tandem.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.problem.ApiException;

/**
 * A keyset-paginated list of directory records: optional filters, the caller's school scope, an
 * order that ends with the id (so it is total), and a cursor bound to the list and its filters.
 * The tenant is never named here: Hibernate adds it to every query.
 */
final class Keyset<E extends TenantOwned> {

    /** One column of the order, with how its value travels in a cursor. */
    record SortKey<E>(String attribute, Function<E, Object> value, Function<String, Object> parse) {

        static <E> SortKey<E> text(String attribute, Function<E, Object> value) {
            return new SortKey<>(attribute, value, s -> s);
        }

        static <E> SortKey<E> date(String attribute, Function<E, Object> value) {
            return new SortKey<>(attribute, value, LocalDate::parse);
        }
    }

    private final EntityManager em;
    private final CursorCodec cursors;
    private final Optional<Set<UUID>> schools;
    private final Class<E> type;
    private final String name;
    private final List<SortKey<E>> order;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final StringBuilder shape = new StringBuilder();

    /**
     * {@code schools}: the caller's administered schools, empty for all; {@code order} lists the
     * columns before the id; clauses refer to the record as {@code e}.
     */
    Keyset(EntityManager em, CursorCodec cursors, Optional<Set<UUID>> schools, Class<E> type, String name,
           List<SortKey<E>> order) {
        this.em = em;
        this.cursors = cursors;
        this.schools = schools;
        this.type = type;
        this.name = name;
        this.order = List.copyOf(order);
    }

    /** Adds {@code clause} (using {@code :parameter}) when a value is given; a null value means no filter. */
    Keyset<E> filter(String parameter, Object value, String clause) {
        shape.append('|').append(parameter).append('=').append(value);
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** The usual filters of a directory list: active or not, and the external id. */
    Keyset<E> filterActiveAndSourcedId(Boolean active, String sourcedId) {
        return filter("active", active, "e.active = :active")
                .filter("sourcedId", sourcedId, "e.sourcedId = :sourcedId");
    }

    /** Limits the list to the caller's schools; {@code clause} uses {@code :schools}. */
    Keyset<E> withinSchools(String clause) {
        if (schools.isPresent()) {
            clauses.add(clause);
            parameters.put("schools", schools.get().isEmpty() ? Set.of(new UUID(0, 0)) : schools.get());
        }
        return this;
    }

    <V> Page<V> page(PageRequest page, Function<E, V> view) {
        String list = name + shape;
        List<String> columns = new ArrayList<>();
        order.forEach(key -> columns.add("e." + key.attribute()));
        columns.add("e.id");
        List<String> where = new ArrayList<>(clauses);
        List<Object> after = after(cursors.decode(list, page.cursor(), List.class));
        if (after != null) {
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < after.size(); i++) {
                placeholders.add(":after" + i);
            }
            where.add("(" + String.join(", ", columns) + ") > (" + String.join(", ", placeholders) + ")");
        }
        String jpql = "FROM " + type.getSimpleName() + " e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + String.join(", ", columns);
        TypedQuery<E> query = em.createQuery(jpql, type).setMaxResults(page.fetchSize());
        parameters.forEach(query::setParameter);
        if (after != null) {
            for (int i = 0; i < after.size(); i++) {
                query.setParameter("after" + i, after.get(i));
            }
        }
        return Page.of(query.getResultList(), page, view, row -> cursors.encode(list, positionOf(row)));
    }

    private List<String> positionOf(E row) {
        List<String> position = new ArrayList<>();
        order.forEach(key -> position.add(String.valueOf(key.value().apply(row))));
        position.add(row.id().toString());
        return position;
    }

    /** The decoded position as typed values; a cursor of another shape is refused like a forged one. */
    private List<Object> after(List<?> position) {
        if (position == null) {
            return null;
        }
        if (position.size() != order.size() + 1 || !position.stream().allMatch(String.class::isInstance)) {
            throw ApiException.invalidParameter("cursor", "is not a cursor this list issued");
        }
        try {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                values.add(order.get(i).parse().apply((String) position.get(i)));
            }
            values.add(UUID.fromString((String) position.get(order.size())));
            return values;
        } catch (RuntimeException e) {
            throw ApiException.invalidParameter("cursor", "is not a cursor this list issued");
        }
    }
}
