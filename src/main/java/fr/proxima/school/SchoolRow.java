package fr.proxima.school;

/**
 * A checked public lycée read from the region's file, before it is stored.
 *
 * @param line line of the file
 * @param inseeCode INSEE code of the town, or null when the file leaves it empty
 * @param academie the académie spelled as in {@link IleDeFranceDepartements}
 * @param pupilCount pupils, or null when the file leaves it empty and gives the workstations
 * @param workstations the file's workstation count, or null when it gives none
 * @param sourceSchoolYear school year of the figures, such as "2022-2023"
 */
record SchoolRow(
        long line,
        String uai,
        String name,
        String town,
        String inseeCode,
        String departement,
        String academie,
        String schoolType,
        Integer pupilCount,
        Integer workstations,
        String sourceSchoolYear) {
}
