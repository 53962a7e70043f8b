package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter on its own, with mock requests; the REST tests check it inside the application. */
class AdhocTaskQueryFilterTest {

    private final AdhocTaskQueryFilter filter = new AdhocTaskQueryFilter(List.of("/engine-rest", "/camunda/api/engine"));

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"assigneeExpression\": \"${currentUser()}\"}",
            "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}",
            "{\"orQueries\": [{\"candidateGroupsExpression\": \"x\"}]}",
            "{\"orQueries\": [{\"name\": \"#{runtime.exec('id')}\"}]}",
            "{\"nameLike\": \"\\u0024{1+1}\"}",
            "{\"processVariables\": [{\"name\": \"a\", \"operator\": \"eq\", \"value\": \"${1}\"}]}",
            "{\"ASSIGNEEEXPRESSION\": null}",
            "{\"assignee\": \"a\", \"assignee\": \"${x}\"}",
            "{} {\"assigneeExpression\": \"x\"}"})
    void jsonWithExpressionIsFound(String body) throws Exception {
        assertThat(AdhocTaskQueryFilter.findExpressionInJson(body.getBytes(StandardCharsets.UTF_8))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "{}",
            "{\"orQueries\": [{\"assignee\": \"technicien\"}, {\"candidateGroup\": \"techniciens-0750654D\"}]}",
            "{\"processVariables\": [], \"sorting\": [{\"sortBy\": \"priority\", \"sortOrder\": \"desc\"}]}",
            "{\"nameLike\": \"%$%\", \"description\": \"coût: 30 € {prévu}\"}"})
    void jsonWithoutExpressionPasses(String body) throws Exception {
        assertThat(AdhocTaskQueryFilter.findExpressionInJson(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void queryStringExpressionIsFound() {
        assertThat(AdhocTaskQueryFilter.findExpressionInQueryString("assigneeExpression=x")).contains("assigneeExpression");
        assertThat(AdhocTaskQueryFilter.findExpressionInQueryString("name=%24%7Bx%7D")).contains("name");
        assertThat(AdhocTaskQueryFilter.findExpressionInQueryString("a=1&b=%23%7Bx%7D")).contains("b");
        assertThat(AdhocTaskQueryFilter.findExpressionInQueryString("maxResults=15&sortBy=created")).isEmpty();
        assertThat(AdhocTaskQueryFilter.findExpressionInQueryString(null)).isEmpty();
    }

    @Test
    void orQueryExpressionIsRejected() throws Exception {
        MockHttpServletRequest request = post("/engine-rest", "/task",
                "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("« assigneeExpression »");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void plainQueryReachesServletWithSameBody() throws Exception {
        String body = "{\"orQueries\": [{\"assignee\": \"technicien\"}]}";
        MockHttpServletRequest request = post("/camunda/api/engine", "/engine/default/filter/abc/list", body);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo(body);
    }

    @Test
    void taskCompletionIsNotInspected() throws Exception {
        // Form values may contain "${" as plain text; only task queries are checked.
        MockHttpServletRequest request = post("/engine-rest", "/task/42/complete",
                "{\"variables\": {\"remark\": {\"value\": \"${pas une expression}\"}}}");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void invalidJsonIsRejected() throws Exception {
        MockHttpServletRequest request = post("/engine-rest", "/engine/default/task/count", "{\"assignee\": ");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void oversizedBodyIsRejected() throws Exception {
        MockHttpServletRequest request = post("/engine-rest", "/task",
                "{\"name\": \"" + "a".repeat(AdhocTaskQueryFilter.MAX_BODY_BYTES) + "\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    private static MockHttpServletRequest post(String servletPath, String pathInfo, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", servletPath + pathInfo);
        request.setServletPath(servletPath);
        request.setPathInfo(pathInfo);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
