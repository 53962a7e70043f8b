package fr.proxima.ticket;

/**
 * Names shared by {@code processes/ticket.bpmn}, its decision tables, its forms, the code and the
 * tests, so that a renamed id breaks the build instead of production.
 */
public final class TicketProcess {

    public static final String KEY = "ticket";

    public static final String SCOPE_DECISION = "ticket-scope";
    public static final String PRIORITY_DECISION = "ticket-priority";

    public static final String START_FORM = "ticket-open";
    public static final String WORK_FORM = "ticket-work";
    public static final String CONFIRM_FORM = "ticket-confirm";
    public static final String PART_FORM = "ticket-part";

    /** Element ids of ticket.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_TicketOpened";
        public static final String REGISTER = "Task_RegisterTicket";
        public static final String DECIDE_PRIORITY = "Task_DecidePriority";
        public static final String DECIDE_SCOPE = "Task_DecideScope";
        public static final String RECORD_DECISIONS = "Task_RecordDecisions";
        public static final String SCOPE_GATEWAY = "Gateway_Scope";
        public static final String MAIL_OUT_OF_SCOPE = "Task_MailOutOfScope";
        public static final String MAIL_ACADEMIE = "Task_MailAcademie";
        public static final String WORK = "Task_WorkTicket";
        public static final String OUTCOME_GATEWAY = "Gateway_Outcome";
        public static final String SUPPLY_PART = "Task_SupplyPart";
        public static final String MAIL_RESOLUTION = "Task_MailResolution";
        public static final String CONFIRM = "Task_ConfirmResolution";
        public static final String AUTO_CLOSE_TIMER = "Timer_AutoClose";
        public static final String CONFIRMATION_GATEWAY = "Gateway_Confirmation";
        public static final String CLOSE_CONFIRMED = "Task_CloseConfirmed";
        public static final String CLOSE_AUTOMATICALLY = "Task_CloseAutomatically";
        public static final String END_OUT_OF_SCOPE = "EndEvent_OutOfScope";
        public static final String END_ACADEMIE = "EndEvent_SentToAcademie";
        public static final String END_CLOSED = "EndEvent_Closed";

        private Element() {
        }
    }

    /** Process variable names. */
    public static final class Var {
        public static final String REQUESTER = "requester";
        public static final String TICKET_NUMBER = "ticketNumber";
        public static final String SCHOOL_UAI = "schoolUai";
        public static final String SCHOOL_NAME = "schoolName";
        /** When the ticket was opened: Tasklist sorts a lycée's work by priority, then by this date. */
        public static final String OPENED_AT = "openedAt";
        public static final String TITLE = "title";
        public static final String PRIORITY = "priority";
        public static final String PRIORITY_LABEL = "priorityLabel";
        public static final String SCOPE = "scope";
        public static final String SCOPE_REASON = "scopeReason";
        public static final String REFER_TO = "referTo";
        public static final String OUTCOME = "outcome";
        public static final String WORK_DONE = "workDone";
        public static final String MINUTES_SPENT = "minutesSpent";
        public static final String OUT_OF_SCOPE_REASON = "outOfScopeReason";
        public static final String WORK_HISTORY = "workHistory";
        /** The ticket's inventory item and its warranty, in French, for the task forms; empty when none. */
        public static final String EQUIPMENT_INFO = "equipmentInfo";
        public static final String AUTO_CLOSE_AT = "autoCloseAt";
        public static final String CONFIRMATION = "confirmation";
        public static final String REOPEN_REASON = "reopenReason";
        public static final String SATISFACTION = "satisfaction";
        public static final String COMMENT = "comment";
        /** Local input of each mail task: which mail it sends. */
        public static final String MAIL_KIND = "mailKind";
        /** Local input of each closing task: CONFIRMED or AUTOMATIC. */
        public static final String CLOSING = "closing";

        private Var() {
        }
    }

    private TicketProcess() {
    }
}
