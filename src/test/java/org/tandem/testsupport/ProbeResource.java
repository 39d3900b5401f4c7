package org.tandem.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.concurrency.Versioned;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.idempotency.Idempotent;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * Test-only endpoints that exercise each platform convention the way a feature will use it. Not
 * part of the API document (its package is excluded from scanning).
 */
@Path("/api/v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "teacher"})
public class ProbeResource {

    public static final AtomicInteger CREATIONS = new AtomicInteger();
    /** A permit each time {@code /slow} starts its work (its idempotency key claimed): a test waits for it, not for a guess. */
    public static final java.util.concurrent.Semaphore SLOW_STARTED = new java.util.concurrent.Semaphore(0);

    public record WidgetInput(@NotBlank @Size(max = 50) String name, @Size(max = 200) String description,
                              @NotNull @Min(0) @Max(1000) Integer quantity) {
    }

    public record WidgetView(UUID id, String name, String description, int quantity, long version) implements Versioned {
        static WidgetView of(Widget w) {
            return new WidgetView(w.id(), w.name(), w.description(), w.quantity(), w.version());
        }
    }

    record Position(String name, UUID id) {
    }

    private final EntityManager em;
    private final JsonWebToken jwt;
    private final CursorCodec cursors;
    private final MergePatch mergePatch;

    ProbeResource(EntityManager em, JsonWebToken jwt, CursorCodec cursors, MergePatch mergePatch) {
        this.em = em;
        this.jwt = jwt;
        this.cursors = cursors;
        this.mergePatch = mergePatch;
    }

    @POST
    @Path("/widgets")
    @Idempotent
    @Transactional
    public Response create(@NotNull @Valid WidgetInput input) {
        Widget widget = new Widget(jwt.getSubject(), input.name(), input.description(), input.quantity());
        em.persist(widget);
        em.flush();
        CREATIONS.incrementAndGet();
        return Response.created(URI.create("/api/v1/test-probe/widgets/" + widget.id()))
                .entity(WidgetView.of(widget)).build();
    }

    @POST
    @Path("/slow")
    @Idempotent
    public Response slow(@NotNull @Valid WidgetInput input) throws InterruptedException {
        SLOW_STARTED.release();
        Thread.sleep(1500);
        return Response.ok(new WidgetView(UUID.randomUUID(), input.name(), null, CREATIONS.incrementAndGet(), 0)).build();
    }

    @GET
    @Path("/widgets/{id}")
    public WidgetView get(@PathParam("id") UUID id) {
        return WidgetView.of(find(id));
    }

    @PATCH
    @Path("/widgets/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Transactional
    public WidgetView patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Widget widget = find(id);
        EntityTags.checkRequired(ifMatch, widget.version());
        WidgetInput merged = mergePatch.apply(
                new WidgetInput(widget.name(), widget.description(), widget.quantity()), patch, WidgetInput.class);
        widget.update(merged.name(), merged.description(), merged.quantity());
        em.flush();
        return WidgetView.of(widget);
    }

    @GET
    @Path("/widgets")
    public Page<WidgetView> list(@Valid @BeanParam PageRequest page) {
        String list = "test-widgets:" + jwt.getSubject();
        Position after = cursors.decode(list, page.cursor(), Position.class);
        // The keyset condition only when there is a position: with stringtype=unspecified PostgreSQL
        // cannot type a bare "? IS NULL" parameter.
        var query = em.createQuery("FROM Widget w WHERE w.owner = :owner"
                        + (after == null ? "" : " AND (w.name > :afterName OR (w.name = :afterName AND w.id > :afterId))")
                        + " ORDER BY w.name, w.id", Widget.class)
                .setParameter("owner", jwt.getSubject())
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("afterName", after.name()).setParameter("afterId", after.id());
        }
        List<Widget> rows = query.getResultList();
        return Page.of(rows, page, WidgetView::of, w -> cursors.encode(list, new Position(w.name(), w.id())));
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed("admin")
    public WidgetView adminOnly() {
        return new WidgetView(new UUID(0, 1), "admin", null, 0, 0);
    }

    @GET
    @Path("/boom")
    public WidgetView boom() {
        throw new IllegalStateException("SELECT secret FROM accounts WHERE password = 'hunter2'");
    }

    /** What a request meets while PostgreSQL is unreachable: the driver's and Hibernate's own exceptions. */
    @GET
    @Path("/database-down")
    public WidgetView databaseDown() {
        throw new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection",
                new org.postgresql.util.PSQLException("Connection to 127.0.0.1:5432 refused.",
                        org.postgresql.util.PSQLState.CONNECTION_UNABLE_TO_CONNECT));
    }

    @GET
    @Path("/pool-exhausted")
    public WidgetView poolExhausted() {
        throw new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Acquisition timeout while waiting for new connection"));
    }

    private Widget find(UUID id) {
        Widget widget = em.find(Widget.class, id);
        if (widget == null || !widget.owner().equals(jwt.getSubject())) {
            throw ApiException.notFound("Widget " + id);
        }
        return widget;
    }

}
