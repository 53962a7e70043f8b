package fr.proxima.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the two decision tables of the ticket, evaluated from the files in processes/. */
class TicketDecisionTablesTest {

    private static DmnDecision scope;
    private static DmnDecision priority;
    private static DmnEngine engine;

    @BeforeAll
    static void parseTables() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        scope = parse("processes/ticket-scope.dmn", TicketProcess.SCOPE_DECISION);
        priority = parse("processes/ticket-priority.dmn", TicketProcess.PRIORITY_DECISION);
    }

    private static DmnDecision parse(String file, String key) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return engine.parseDecision(key, in);
        }
    }

    @ParameterizedTest(name = "urgence {0}, impact {1} → {2}")
    @CsvSource({
        "HAUTE,LYCEE,5,Très haute",
        "HAUTE,SALLE,4,Haute",
        "HAUTE,POSTE,3,Moyenne",
        "MOYENNE,LYCEE,4,Haute",
        "MOYENNE,SALLE,3,Moyenne",
        "MOYENNE,POSTE,2,Basse",
        "BASSE,LYCEE,3,Moyenne",
        "BASSE,SALLE,2,Basse",
        "BASSE,POSTE,1,Très basse"
    })
    void priorityMatrix(String urgency, String impact, int expected, String label) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(priority,
                Map.of("urgency", urgency, "impact", impact)).getSingleResult();

        assertThat(result.<Integer>getEntry("priority")).isEqualTo(expected);
        assertThat(result.<String>getEntry("priorityLabel")).isEqualTo(label);
        assertThat(TicketCatalog.PRIORITIES.get(expected)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(nullValues = "null", value = {
        // Each exclusion of the service description, whatever the equipment.
        "TELEPHONIE,AUTRE,null,NOT_COVERED,téléphonie",
        "SERVEUR,AUTRE,null,NOT_COVERED,serveurs",
        "EQUIPEMENT_RESEAU,AUTRE,null,NOT_COVERED,switch",
        "CABLAGE,AUTRE,null,NOT_COVERED,câblage",
        "LIEN_OPERATEUR,AUTRE,null,NOT_COVERED,liens opérateurs",
        "FOURNITURE_MATERIEL,POSTE_FIXE,PEDAGOGIQUE,NOT_COVERED,ne fournit pas de matériel",
        "VIDEOPROJECTION,VIDEOPROJECTEUR_HAUTEUR,null,NOT_COVERED,fixés en hauteur",
        // An exclusion wins over the Académie rule, which wins over the default.
        "TELEPHONIE,POSTE_FIXE,ADMINISTRATIF,NOT_COVERED,téléphonie",
        "LOGICIEL,POSTE_FIXE,ADMINISTRATIF,ACADEMIE,Académie",
        "LOGICIEL,PORTABLE,ADMINISTRATIF,ACADEMIE,Académie",
        // Covered: teaching software, hardware of administrative PCs, and the rest of the scope.
        "LOGICIEL,POSTE_FIXE,PEDAGOGIQUE,COVERED,couverte",
        "POSTE,POSTE_FIXE,ADMINISTRATIF,COVERED,couverte",
        "POSTE,PORTABLE,PEDAGOGIQUE,COVERED,couverte",
        "IMPRESSION,IMPRIMANTE,null,COVERED,couverte",
        "VIDEOPROJECTION,VIDEOPROJECTEUR,null,COVERED,couverte",
        "PERIPHERIQUE,PERIPHERIQUE,null,COVERED,couverte",
        "INVENTAIRE,AUTRE,null,COVERED,couverte",
        "PRISE_RESEAU,AUTRE,null,COVERED,couverte",
        "D3E,POSTE_FIXE,PEDAGOGIQUE,COVERED,couverte"
    })
    void scopeRules(String service, String kind, String usage, String expected, String reasonPart) {
        DmnDecisionRuleResult result = evaluateScope(service, kind, usage);

        assertThat(result.<String>getEntry("scope")).isEqualTo(expected);
        assertThat(result.<String>getEntry("scopeReason")).containsIgnoringCase(reasonPart);
        if (!TicketScope.COVERED.equals(expected)) {
            assertThat(result.<String>getEntry("referTo")).isNotBlank();
        }
    }

    @Test
    void everyServiceOfTheFormHasAScope() {
        for (String service : TicketCatalog.SERVICES.keySet()) {
            for (String kind : TicketCatalog.EQUIPMENT_KINDS.keySet()) {
                DmnDecisionRuleResult result = evaluateScope(service, kind, null);
                assertThat(result.<String>getEntry("scope")).as(service + "/" + kind)
                        .isIn(TicketScope.COVERED, TicketScope.ACADEMIE, TicketScope.NOT_COVERED);
            }
        }
    }

    private DmnDecisionRuleResult evaluateScope(String service, String kind, String usage) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("service", service);
        variables.put("equipmentKind", kind);
        variables.put("usage", usage);
        return engine.evaluateDecisionTable(scope, variables).getSingleResult();
    }
}
