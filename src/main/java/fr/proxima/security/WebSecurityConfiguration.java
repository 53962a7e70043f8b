package fr.proxima.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet filters of the security module. They are registered before the Camunda webapp
 * filters, which the Camunda starter adds last, so that the setup and task query checks run
 * before the webapps' own authentication and CSRF checks.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /** Path of the Camunda REST API, fixed by the Camunda REST starter's Jersey application. */
    static final String ENGINE_REST = "/engine-rest";

    private static final int ORDER_SECURITY_HEADERS = 5;

    private static final int ORDER_ADMIN_SETUP = 10;

    private static final int ORDER_ENGINE_ERRORS = 15;

    private static final int ORDER_REST_AUTHENTICATION = 20;

    private static final int ORDER_TASK_QUERY = 30;

    private static final int ORDER_ENGINE_WRITE = 35;

    private static final int ORDER_WEBAPP_API = 38;

    private static final int ORDER_API_AUTHENTICATION = 40;

    /** Security headers on every response; HSTS outside the default profile, see application-default.yaml. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(CamundaBpmProperties camunda,
            @Value("${proxima.security.hsts-enabled:true}") boolean hstsEnabled) {
        var registration = new FilterRegistrationBean<>(
                new SecurityHeadersFilter(camunda.getWebapp().getApplicationPath(), hstsEnabled));
        registration.setName("proximaSecurityHeadersFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(ORDER_SECURITY_HEADERS);
        return registration;
    }

    /** Placed before the REST authentication, so that its 401 gets the French message too. */
    @Bean
    FilterRegistrationBean<EngineErrorFilter> engineErrorFilter(CamundaBpmProperties camunda) {
        String webappsEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
        var registration = new FilterRegistrationBean<>(new EngineErrorFilter(List.of(ENGINE_REST, webappsEngineApi)));
        registration.setName("proximaEngineErrorFilter");
        registration.addUrlPatterns(ENGINE_REST + "/*", camunda.getWebapp().getApplicationPath() + "/api/*");
        registration.setOrder(ORDER_ENGINE_ERRORS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupFilter> adminSetupFilter(CamundaBpmProperties camunda) {
        String webapps = camunda.getWebapp().getApplicationPath();
        var registration = new FilterRegistrationBean<>(new AdminSetupFilter(webapps));
        registration.setName("proximaAdminSetupFilter");
        registration.addUrlPatterns(webapps + "/api/admin/setup/*", webapps + "/app/admin/*");
        registration.setOrder(ORDER_ADMIN_SETUP);
        return registration;
    }

    /**
     * HTTP Basic on the REST API, checked against the Camunda identity service. Camunda's filter
     * leaves one path open, {@code /engine-rest/engine}, which lists the engine names only.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("proximaEngineRestAuthenticationFilter");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST + "/*");
        registration.setOrder(ORDER_REST_AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdhocTaskQueryFilter> adhocTaskQueryFilter(CamundaBpmProperties camunda) {
        String webappsEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
        var registration = new FilterRegistrationBean<>(
                new AdhocTaskQueryFilter(List.of(ENGINE_REST, webappsEngineApi)));
        registration.setName("proximaAdhocTaskQueryFilter");
        registration.addUrlPatterns(ENGINE_REST + "/*", webappsEngineApi + "/*");
        registration.setOrder(ORDER_TASK_QUERY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineWriteGuard> engineWriteGuard(HttpRequestCurrentUser currentUser,
            SchoolAccess schoolAccess, CamundaBpmProperties camunda) {
        String webappsEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
        var registration = new FilterRegistrationBean<>(new EngineWriteGuard(currentUser, schoolAccess));
        registration.setName("proximaEngineWriteGuard");
        registration.addUrlPatterns(ENGINE_REST + "/*", webappsEngineApi + "/*");
        registration.setOrder(ORDER_ENGINE_WRITE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappApiGuard> webappApiGuard(HttpRequestCurrentUser currentUser,
            ProcessEngine processEngine, CamundaBpmProperties camunda) {
        String webapps = camunda.getWebapp().getApplicationPath();
        var registration = new FilterRegistrationBean<>(new WebappApiGuard(webapps, currentUser, processEngine));
        registration.setName("proximaWebappApiGuard");
        registration.addUrlPatterns(webapps + "/api/cockpit/*", webapps + "/api/admin/*");
        registration.setOrder(ORDER_WEBAPP_API);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(HttpRequestCurrentUser currentUser,
            ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(currentUser, json));
        registration.setName("proximaApiAuthenticationFilter");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER_API_AUTHENTICATION);
        return registration;
    }
}
