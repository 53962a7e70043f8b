package fr.proxima.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a ticket's history: who did what, when, and the status it left. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Camunda user id, or "système" for steps run by the engine. */
    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private TicketEventType type;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    private String message;

    @Column(name = "minutes_spent")
    private Integer minutesSpent;

    protected TicketEvent() {
    }

    TicketEvent(Long ticketId, Instant occurredAt, String author, TicketEventType type, TicketStatus status,
            String message, Integer minutesSpent) {
        this.ticketId = ticketId;
        this.occurredAt = occurredAt;
        this.author = author;
        this.type = type;
        this.status = status;
        this.message = message;
        this.minutesSpent = minutesSpent;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAuthor() {
        return author;
    }

    public TicketEventType getType() {
        return type;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Integer getMinutesSpent() {
        return minutesSpent;
    }
}
