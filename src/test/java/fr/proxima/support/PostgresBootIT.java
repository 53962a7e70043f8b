package fr.proxima.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The whole application context on the embedded PostgreSQL server, with the "postgres" profile. */
@PostgresIntegrationTest
class PostgresBootIT {

    @Autowired
    private Environment environment;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbcTemplate;

    @Autowired
    private Flyway flyway;

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private JavaMailSenderImpl mailSender;

    @Autowired
    private TestMailbox mailbox;

    @Test
    void datasourceIsEmbeddedPostgres() throws SQLException {
        assertTrue(environment.matchesProfiles("postgres"));
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertEquals("PostgreSQL", metaData.getDatabaseProductName());
            assertEquals(16, metaData.getDatabaseMajorVersion());
            assertEquals("proxima", metaData.getUserName());
        }
    }

    @Test
    void flywayAppliedEveryMigration() {
        MigrationInfo[] applied = flyway.info().applied();

        assertEquals(0, flyway.info().pending().length);
        assertTrue(applied.length >= 1, "applied migrations: " + applied.length);
        assertEquals("1", applied[0].getVersion().getVersion());
        assertTrue(Arrays.stream(applied).noneMatch(migration -> migration.getState().isFailed()));
        // The migrations create the school table empty, and the school loader then imports the 452
        // public lycées of the shipped file at startup (proxima.schools.load-at-startup).
        assertEquals(452, jdbcTemplate.queryForObject("SELECT count(*) FROM school", Integer.class));
    }

    @Test
    void camundaEngineRunsOnPostgres() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertEquals("postgres", configuration.getDatabaseType());
        assertTrue(configuration.getJobExecutor().isActive());
        assertTrue(processEngine.getManagementService().getTableCount().keySet().stream()
                .anyMatch(table -> table.equalsIgnoreCase("ACT_RU_TASK")));
    }

    @Test
    void processRoundTripOnPostgres() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("postgres-boot-smoke")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Check").name("Vérifier")
                .endEvent()
                .done();
        Deployment deployment = processEngine.getRepositoryService().createDeployment()
                .addModelInstance("postgres-boot-smoke.bpmn", model)
                .deploy();
        try {
            ProcessInstance instance = processEngine.getRuntimeService()
                    .startProcessInstanceByKey("postgres-boot-smoke", "smoke-1");
            String taskId = processEngine.getTaskService().createTaskQuery()
                    .processInstanceId(instance.getId()).singleResult().getId();
            processEngine.getTaskService().complete(taskId);

            assertEquals(0, processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(instance.getId()).count());
            assertNotNull(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getId()).finished().singleResult());
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void mailGoesToGreenMail() {
        assertEquals(mailbox.smtpHost(), mailSender.getHost());
        assertEquals(mailbox.smtpPort(), mailSender.getPort());
    }
}
