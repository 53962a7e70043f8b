package fr.proxima.planning;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the planning's static pages at their folder address: Spring Boot serves a folder's
 * {@code index.html} only for the root of the application, so {@code /planification/} and
 * {@code /agenda/} are forwarded to their {@code index.html}, and the addresses without the
 * trailing slash are redirected to them, so that the pages' relative links resolve.
 */
@Configuration(proxyBeanMethods = false)
class PlanningPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : new String[] {"/planification", "/agenda"}) {
            registry.addRedirectViewController(page, page + "/");
            registry.addViewController(page + "/").setViewName("forward:" + page + "/index.html");
        }
    }
}
