package fr.proxima.ticket;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives readable ticket numbers: the year in Paris, a dash and a five-digit sequence ("2026-00042"). */
@Component
class TicketNumbers {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TicketCounterRepository counters;

    private final TransactionTemplate newTransaction;

    TicketNumbers(TicketCounterRepository counters, PlatformTransactionManager transactionManager) {
        this.counters = counters;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Takes the next number of the year of {@code at}; the row lock is held until the caller commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(Instant at) {
        int year = at.atZone(PARIS).getYear();
        TicketCounter counter = counters.lockYear(year).orElseGet(() -> {
            createYear(year);
            return counters.lockYear(year).orElseThrow();
        });
        return String.format("%d-%05d", year, counter.next());
    }

    /** Creates the year's counter in its own transaction; a concurrent creation of the same year is fine. */
    private void createYear(int year) {
        try {
            newTransaction.executeWithoutResult(status -> counters.saveAndFlush(new TicketCounter(year)));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // Another ticket created the counter first: the caller locks that row instead.
        }
    }
}
