package fr.proxima.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Last ticket number given in a year; read under a row lock so that two tickets never share one. */
@Entity
@Table(name = "ticket_counter")
class TicketCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_value")
    private int lastValue;

    protected TicketCounter() {
    }

    TicketCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastValue;
    }
}
