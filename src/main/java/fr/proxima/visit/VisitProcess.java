package fr.proxima.visit;

import java.time.ZoneId;

/**
 * Names shared by {@code processes/visit.bpmn}, the waiting part of {@code processes/ticket.bpmn},
 * their forms, the code and the tests.
 */
public final class VisitProcess {

    public static final String KEY = "visit";

    /** Time zone of the visits' dates and hours. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** Message that makes every waiting ticket of a lycée look for its next visit again. */
    public static final String TICKET_PLAN_CHANGED = "ticketPlanChanged";

    /** Message that sends a ticket still in a visit's queue back to waiting when the visit closes. */
    public static final String VISIT_ENDED = "visitEnded";

    /** Message that makes a visit waiting for its start read its date and hours again. */
    public static final String VISIT_CHANGED = "visitChanged";

    public static final String GIVE_PRIORITIES_FORM = "visit-priorities";
    public static final String ARRIVAL_FORM = "visit-arrival";
    public static final String INVENTORY_FORM = "visit-inventory";
    public static final String PREVENTIVE_FORM = "visit-preventive";
    public static final String CLOSE_FORM = "visit-close";

    /** Returns the business key of a visit's process instance. */
    public static String businessKey(long visitId) {
        return "visit-" + visitId;
    }

    /** Element ids of visit.bpmn. */
    public static final class Element {
        public static final String BEFORE_VISIT = "SubProcess_BeforeVisit";
        public static final String GIVE_PRIORITIES = "Task_GivePriorities";
        public static final String READ_VISIT = "Task_ReadVisit";
        public static final String VISIT_START_TIMER = "Timer_VisitStart";
        public static final String VISIT_CHANGED_EVENT = "Event_VisitChanged";
        public static final String END_CANCELLED = "EndEvent_VisitCancelled";
        public static final String OPEN_VISIT = "Task_OpenVisit";
        public static final String DAY = "SubProcess_Day";
        public static final String ARRIVAL_PRIORITIES = "Task_ArrivalPriorities";
        public static final String INVENTORY = "Task_Inventory";
        public static final String PREVENTIVE = "Task_Preventive";
        public static final String CLOSE = "Task_CloseVisit";
        public static final String AUTO_CLOSE_TIMER = "Timer_AutoClose";
        public static final String RECORD_CLOSING = "Task_RecordClosing";
        public static final String MAIL_ACTIVITY = "Task_MailActivity";
        public static final String END_DONE = "EndEvent_VisitDone";

        private Element() {
        }
    }

    /** Process variable names of visit.bpmn and of the waiting part of ticket.bpmn. */
    public static final class Var {
        public static final String VISIT_ID = "visitId";
        public static final String SCHOOL_UAI = "schoolUai";
        public static final String SCHOOL_NAME = "schoolName";
        public static final String VISIT_LABEL = "visitLabel";
        public static final String TECHNICIAN = "technicianId";
        public static final String VISIT_START_AT = "visitStartAt";
        public static final String AUTO_CLOSE_AT = "autoCloseAt";
        public static final String VISIT_CANCELLED = "visitCancelled";

        /** Ticket: whether a published visit is ahead, and when it starts. */
        public static final String HAS_NEXT_VISIT = "hasNextVisit";
        public static final String NEXT_VISIT_AT = "nextVisitAt";
        public static final String NEXT_VISIT_ID = "nextVisitId";

        /** Ticket: the visit whose queue contains the ticket's work task. */
        public static final String CURRENT_VISIT_ID = "currentVisitId";

        /** Ticket: the next visit must start at or after this date (the end of the visit that postponed it). */
        public static final String NOT_BEFORE = "notBefore";

        /** Form fields of the two priority tasks. */
        public static final String OPEN_TICKETS = "openTickets";
        public static final String PRIORITY_TICKETS = "priorityTickets";
        public static final String PRIORITIES_GIVEN_BY = "prioritiesGivenBy";
        public static final String PRIORITIES_NOTE = "prioritiesNote";

        private Var() {
        }
    }

    private VisitProcess() {
    }
}
