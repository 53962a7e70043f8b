package fr.proxima.planning;

/**
 * Names shared by {@code processes/monthly-planning.bpmn}, {@code processes/visit-change.bpmn},
 * their form, the code and the tests, so that a renamed id breaks the build instead of production.
 */
public final class PlanningProcess {

    public static final String KEY = "monthly-planning";

    public static final String CONFIRM_FORM = "planning-confirm-overrun";

    /** The process that mails a lycée a change to one of its published visits. */
    public static final String CHANGE_KEY = "visit-change";

    /** Element ids of monthly-planning.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_PlanningUploaded";
        public static final String OVERRUN_GATEWAY = "Gateway_Overrun";
        public static final String CONFIRM_OVERRUN = "Task_ConfirmOverrun";
        public static final String DECISION_GATEWAY = "Gateway_Decision";
        public static final String PUBLISH = "Task_PublishPlanning";
        public static final String MAIL_SCHOOLS = "Task_MailSchools";
        public static final String ABANDON = "Task_AbandonPlanning";
        public static final String END_PUBLISHED = "EndEvent_Published";
        public static final String END_ABANDONED = "EndEvent_Abandoned";

        private Element() {
        }
    }

    /** Element ids of visit-change.bpmn. */
    public static final class ChangeElement {
        public static final String START = "StartEvent_VisitChanged";
        public static final String MAIL_CHANGE = "Task_MailChange";
        public static final String END = "EndEvent_SchoolInformed";

        private ChangeElement() {
        }
    }

    /** Process variable names. */
    public static final class Var {
        public static final String PLANNING_ID = "planningId";
        /** Such as "Planning de mars 2026", shown in Tasklist's list of tasks. */
        public static final String TITLE = "title";
        public static final String FILE_NAME = "fileName";
        public static final String UPLOADED_BY = "uploadedBy";
        public static final String SCHOOL_YEAR = "schoolYear";
        /** True when the planning exceeds the allocation of at least one lycée. */
        public static final String OVERRUN = "overrun";
        /** Markdown list of the lycées over their allocation, for the confirmation form. */
        public static final String OVERRUN_SUMMARY = "overrunSummary";
        /** The planner's decision in the confirmation form: PUBLISH or ABANDON. */
        public static final String DECISION = "decision";
        public static final String COMMENT = "comment";
        /** The history entry of visit-change.bpmn whose mail is sent. */
        public static final String VISIT_CHANGE_ID = "visitChangeId";
        public static final String SCHOOL_UAI = "schoolUai";

        private Var() {
        }
    }

    /** Values of {@link Var#DECISION}. */
    public static final class Decision {
        public static final String PUBLISH = "PUBLISH";
        public static final String ABANDON = "ABANDON";

        private Decision() {
        }
    }

    private PlanningProcess() {
    }
}
