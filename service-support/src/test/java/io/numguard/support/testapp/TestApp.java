package io.numguard.support.testapp;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.events.SanctionImposed;
import io.numguard.support.inbox.Inbox;
import io.numguard.support.inbox.RejectedEventException;
import io.numguard.support.outbox.Outbox;
import io.numguard.support.problem.Parameters;
import io.numguard.support.problem.ProblemException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/** A small application on the shared support, so it is tested as a service uses it. */
public class TestApp {

    public enum Colour { RED, GREEN }

    public record NewNote(@NotBlank String text, @NotBlank String key, boolean fail) {
    }

    public record Shape(@NotNull Colour colour, @Min(1) @Max(10) int sides, @NotBlank String name) {
    }

    @ApplicationScoped
    public static class NoteService {
        @Inject
        EntityManager em;
        @Inject
        Outbox outbox;

        @Transactional
        public UUID create(NewNote n) {
            Note note = new Note();
            note.id = UUID.randomUUID();
            note.text = n.text();
            em.persist(note);
            outbox.publish(EventType.SANCTION_IMPOSED, n.key(),
                    new SanctionImposed(note.id.toString(), n.key(), null, n.text(), null, "tester", Instant.now()));
            if (n.fail()) {
                throw ProblemException.conflict("test-refusal", "Refused", "refused after the event was written");
            }
            return note.id;
        }
    }

    @Path("/test")
    public static class Resource {
        @Inject
        NoteService notes;
        @Inject
        EntityManager em;

        @POST
        @Path("/notes")
        public Response create(@Valid @NotNull NewNote n) {
            return Response.status(201).entity(notes.create(n).toString()).build();
        }

        @GET
        @Path("/notes/{id}")
        public Note get(@PathParam("id") UUID id) {
            Note n = em.find(Note.class, id);
            if (n == null) {
                throw ProblemException.notFound("note", id.toString());
            }
            return n;
        }

        /** Typed parameters the framework converts: its failures must come out as a problem naming them. */
        @GET
        @Path("/params/{colour}")
        public String params(@PathParam("colour") Colour colour, @QueryParam("count") @Min(1) @Max(9) int count,
                             @QueryParam("size") Long size) {
            return colour + " " + count + " " + size;
        }

        @GET
        @Path("/lenient")
        public String lenient(@QueryParam("colour") String colour, @QueryParam("flag") String flag) {
            return Parameters.oneOf(Colour.class, colour, "colour") + " " + Parameters.bool(flag, "flag");
        }

        @POST
        @Path("/shapes")
        public Shape shape(@Valid @NotNull Shape s) {
            return s;
        }
    }

    @ApplicationScoped
    public static class OrderConsumer {
        @Inject
        Inbox inbox;
        @Inject
        EntityManager em;

        @Incoming("orders")
        @Blocking(ordered = true)
        public void consume(ConsumerRecord<String, String> record) {
            inbox.handle("test.orders", record, event -> {
                Order order = event.data(Order.class);
                if ("unknown-segment".equals(order.reason())) {
                    throw new RejectedEventException("segment " + order.segmentCode() + " is not held here");
                }
                em.createNativeQuery("insert into applied_order (order_id, event_id) values (?1, ?2)")
                        .setParameter(1, order.orderId()).setParameter(2, event.id()).executeUpdate();
            });
        }
    }
}
