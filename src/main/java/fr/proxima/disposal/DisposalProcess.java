package fr.proxima.disposal;

/**
 * Names shared by {@code processes/d3e-disposal.bpmn}, its forms, the code and the tests, so that a
 * renamed id breaks the build instead of production.
 */
public final class DisposalProcess {

    public static final String KEY = "d3e-disposal";

    public static final String PROPOSE_FORM = "d3e-propose";
    public static final String CHECK_FORM = "d3e-check";
    public static final String STORE_FORM = "d3e-store";
    public static final String APPROVE_FORM = "d3e-approve";
    public static final String PICKUP_FORM = "d3e-pickup";

    /** Element ids of d3e-disposal.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_DisposalProposed";
        public static final String REGISTER = "Task_RegisterProposal";
        public static final String MAIL_PROPOSAL = "Task_MailProposal";
        public static final String CHECK = "Task_CheckEquipment";
        public static final String ITEMS_LEFT_GATEWAY = "Gateway_ItemsLeft";
        public static final String MAIL_WITHDRAWN = "Task_MailAllWithdrawn";
        public static final String END_WITHDRAWN = "EndEvent_AllWithdrawn";
        public static final String STORE = "Task_StoreEquipment";
        public static final String PREPARE_RECORD = "Task_PrepareRecord";
        public static final String MAIL_RECORD = "Task_MailRecord";
        public static final String APPROVE = "Task_ApproveDisposal";
        public static final String DECISION_GATEWAY = "Gateway_Decision";
        public static final String RETURN_TO_SERVICE = "Task_ReturnToService";
        public static final String MAIL_REFUSAL = "Task_MailRefusal";
        public static final String END_REFUSED = "EndEvent_Refused";
        public static final String REMOVE = "Task_RemoveFromInventory";
        public static final String MAIL_APPROVAL = "Task_MailApproval";
        public static final String RECORD_PICKUP = "Task_RecordPickup";
        public static final String MAIL_PICKUP = "Task_MailPickup";
        public static final String END_COLLECTED = "EndEvent_Collected";

        private Element() {
        }
    }

    /** Process variable names. */
    public static final class Var {
        /** The Camunda user who proposed the disposal: the start event's initiator. */
        public static final String PROPOSER = "proposer";
        public static final String SCHOOL_UAI = "schoolUai";
        public static final String SCHOOL_NAME = "schoolName";
        /** Equipment ids of the proposal: a list, a JSON array or a comma-separated text. */
        public static final String EQUIPMENT_IDS = "equipmentIds";
        public static final String REASON = "reason";
        public static final String DISPOSAL_ID = "disposalId";
        public static final String REFERENCE = "reference";
        /** Read by Tasklist for the task cards, like the ticket's title. */
        public static final String TITLE = "title";
        /** Markdown list of the disposal's items, shown by the task forms. */
        public static final String ITEM_LIST = "itemList";
        public static final String WITHDRAWN_ITEMS = "withdrawnItems";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";
        /** Items still in the disposal after the check, set by the check's listener. */
        public static final String ITEMS_LEFT = "itemsLeft";
        public static final String STORAGE_ROOM = "storageRoom";
        public static final String DECISION = "decision";
        public static final String REFUSAL_REASON = "refusalReason";
        /** True when the head approved, set by the approval's listener from the stored decision. */
        public static final String APPROVED = "approved";
        public static final String COLLECTOR_NAME = "collectorName";
        public static final String PICKUP_DATE = "pickupDate";
        public static final String PICKUP_REFERENCE = "pickupReference";
        /** Local input of each mail task: which mail it sends. */
        public static final String MAIL_KIND = "mailKind";

        private Var() {
        }
    }

    private DisposalProcess() {
    }
}
