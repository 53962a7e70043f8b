package fr.proxima;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Proxima: the on-site IT maintenance service of the public lycées of Île-de-France,
 * run on the Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProximaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProximaApplication.class, args);
    }
}
