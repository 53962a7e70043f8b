package fr.proxima.support;

import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Adds the properties that the support initializers compute, such as ports and database URLs. */
final class TestPropertySources {

    private TestPropertySources() {
    }

    /**
     * Adds the properties above the application's configuration files but below a test's inline
     * properties ({@code @SpringBootTest(properties = ...)} or {@code @TestPropertySource(properties = ...)}),
     * so that a test can still override any of them.
     */
    static void add(ConfigurableEnvironment environment, String name, Map<String, Object> properties) {
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource source = new MapPropertySource(name, properties);
        if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }
}
