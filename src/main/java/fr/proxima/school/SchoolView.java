package fr.proxima.school;

/**
 * A lycée as the REST API returns it.
 *
 * @param workstations the region's figure, or an estimate from the pupils when
 *     {@code workstationsEstimated} is true. A screen must then label it as an estimate.
 */
public record SchoolView(
        String uai,
        String name,
        String town,
        String academie,
        int workstations,
        boolean workstationsEstimated) {

    static SchoolView of(School school) {
        return new SchoolView(school.getUai(), school.getName(), school.getTown(), school.getAcademie(),
                school.getWorkstations(), school.isWorkstationsEstimated());
    }
}
