package fr.proxima.security;

import jakarta.servlet.http.HttpServletRequest;

/** Request paths as the servlet container maps them: decoded, normalized, without path parameters. */
final class RequestPaths {

    private RequestPaths() {
    }

    /** Returns the servlet path and path info, which exclude the context path. */
    static String pathWithinApplication(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
