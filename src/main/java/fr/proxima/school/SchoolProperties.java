package fr.proxima.school;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the lycée reference data ({@code proxima.schools.*}).
 *
 * @param loadAtStartup import the shipped list of lycées when the school table is empty
 * @param pupilsPerWorkstation pupils per workstation, used to estimate the workstations of a
 *     lycée whose file gives none. The default of 3 (about 33 computers per 100 pupils) is an
 *     estimate, not a measure. The DEPP information note 18.20 (September 2018), as reported by
 *     Banque des Territoires, counted about 44 computers per 100 pupils in French public lycées,
 *     with the académies of Paris, Créteil and Versailles among the least equipped. The region's
 *     own workstation figures replace the estimate once its file is imported.
 */
@ConfigurationProperties("proxima.schools")
public record SchoolProperties(
        @DefaultValue("true") boolean loadAtStartup,
        @DefaultValue("3") double pupilsPerWorkstation) {

    public SchoolProperties {
        if (!(pupilsPerWorkstation > 0)) {
            throw new IllegalArgumentException(
                    "proxima.schools.pupils-per-workstation must be positive, got " + pupilsPerWorkstation);
        }
    }

    /** Estimates the workstations of a lycée from its pupils, rounding up. */
    public int estimateWorkstations(int pupils) {
        return (int) Math.ceil(pupils / pupilsPerWorkstation);
    }
}
