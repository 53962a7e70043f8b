package fr.proxima.support;

/** The Camunda 7 webapps, served under {@code /camunda/app/} by the Spring Boot starter. */
public enum CamundaWebapp {
    // Each app's config.js sets the same vendor and name, which the header's brand link joins.
    TASKLIST("tasklist", "Région Île-de-France Proxima"),
    COCKPIT("cockpit", "Région Île-de-France Proxima"),
    ADMIN("admin", "Région Île-de-France Proxima");

    private final String path;

    private final String title;

    CamundaWebapp(String path, String title) {
        this.path = path;
        this.title = title;
    }

    /** Returns the URL of the webapp's start page for one engine, such as {@code http://127.0.0.1:8080/camunda/app/tasklist/default/}. */
    public String url(String baseUrl, String engineName) {
        return baseUrl + "/camunda/app/" + path + "/" + engineName + "/";
    }

    /** Returns the resource id of the webapp in Camunda's APPLICATION authorizations. */
    public String applicationId() {
        return path;
    }

    /** Returns the title of the header's brand link, without the trailing space that Camunda 7.24 puts there. */
    public String title() {
        return title;
    }
}
