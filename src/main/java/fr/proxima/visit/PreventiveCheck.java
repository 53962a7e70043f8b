package fr.proxima.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The result of one item of the preventive maintenance checklist of a visit. */
@Embeddable
public class PreventiveCheck {

    /** The items of the checklist that the service description lists, with their French labels. */
    public enum Item {
        PROJECTOR_FILTERS("Filtres des vidéoprojecteurs dépoussiérés", "vidéoprojecteurs"),
        EQUIPMENT("Matériel vérifié", "équipements"),
        ANTIVIRUS("Déploiement de l'antivirus vérifié sur chaque poste", "postes"),
        PRINTERS("Imprimantes entretenues", "imprimantes");

        private final String label;

        private final String countedUnit;

        Item(String label, String countedUnit) {
            this.label = label;
            this.countedUnit = countedUnit;
        }

        public String label() {
            return label;
        }

        /** Returns the plural noun of what the item counts, as in "12 postes". */
        public String countedUnit() {
            return countedUnit;
        }

        /** Returns the prefix of the item's form fields, such as "antivirus" for antivirusResult. */
        String fieldPrefix() {
            return switch (this) {
                case PROJECTOR_FILTERS -> "projectorFilters";
                case EQUIPMENT -> "equipment";
                case ANTIVIRUS -> "antivirus";
                case PRINTERS -> "printers";
            };
        }
    }

    /** The outcome of an item. */
    public enum Result {
        DONE("fait"),
        NOT_DONE("non fait"),
        NOT_APPLICABLE("sans objet");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false)
    private Item item;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    private Result result;

    @Column(name = "checked_count")
    private Integer checkedCount;

    @Column(name = "remark")
    private String remark;

    protected PreventiveCheck() {
    }

    PreventiveCheck(Item item, Result result, Integer checkedCount, String remark) {
        this.item = item;
        this.result = result;
        this.checkedCount = checkedCount;
        this.remark = remark;
    }

    public Item getItem() {
        return item;
    }

    public Result getResult() {
        return result;
    }

    public Integer getCheckedCount() {
        return checkedCount;
    }

    public String getRemark() {
        return remark;
    }
}
