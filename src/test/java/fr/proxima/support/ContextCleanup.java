package fr.proxima.support;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/** Releases what a support initializer started for one context, once that context is done with it. */
final class ContextCleanup {

    private ContextCleanup() {
    }

    /**
     * Runs the action when the context destroys its beans: on close, or after a failed refresh.
     * Called from an initializer, before the refresh creates any bean, the action is registered
     * first and so runs after every bean of the application is destroyed, because Spring destroys
     * singletons in the reverse order of their registration. A context-closed listener would run
     * too early, while the Camunda engine and the connection pool are still shutting down.
     */
    static void afterBeansDestroyed(ConfigurableApplicationContext context, String name, Runnable action) {
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (!(beanFactory instanceof DefaultSingletonBeanRegistry registry)) {
            throw new IllegalStateException("Unsupported bean factory " + beanFactory.getClass().getName()
                    + ": expected a DefaultSingletonBeanRegistry to register the cleanup " + name);
        }
        registry.registerDisposableBean(name, action::run);
    }
}
