-- Public lycées, loaded from the region's file (see fr.proxima.school.SchoolImporter).
CREATE TABLE school (
    uai                   VARCHAR(8)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(255) NOT NULL,
    town                  VARCHAR(120) NOT NULL,
    insee_code            VARCHAR(5),
    departement           VARCHAR(3)   NOT NULL,
    academie              VARCHAR(40)  NOT NULL,
    school_type           VARCHAR(10)  NOT NULL,
    pupil_count           INTEGER,
    -- Either the region's figure, or an estimate from the pupil count when workstations_estimated is true.
    workstations          INTEGER      NOT NULL,
    workstations_estimated BOOLEAN     NOT NULL,
    source_school_year    VARCHAR(9),
    updated_at            TIMESTAMP    NOT NULL
);
