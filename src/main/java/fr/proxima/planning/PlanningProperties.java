package fr.proxima.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visit planning ({@code proxima.planning.*}).
 *
 * @param publicUrl address of the application as users reach it, for the feed addresses in mails
 *     and in the response of the feed token endpoint
 */
@ConfigurationProperties("proxima.planning")
public record PlanningProperties(@DefaultValue("http://localhost:8080") String publicUrl) {

    public PlanningProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
