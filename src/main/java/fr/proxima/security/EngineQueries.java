package fr.proxima.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Engine reads that our own checks make on the caller's behalf. */
public final class EngineQueries {

    private EngineQueries() {
    }

    /**
     * Runs a read of the identity service without the caller's authorization checks. A correspondent
     * who submits a form from Tasklist runs with checks on and may not read groups or other users,
     * but the per-lycée checks and the notifications must still see them.
     */
    public static <T> T withoutAuthorization(ProcessEngine processEngine, Supplier<T> read) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute((CommandContext commandContext) -> {
            boolean checking = commandContext.isAuthorizationCheckEnabled();
            commandContext.disableAuthorizationCheck();
            try {
                return read.get();
            } finally {
                if (checking) {
                    commandContext.enableAuthorizationCheck();
                }
            }
        });
    }
}
