package fr.proxima.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The handler alone, for the upload size limit: MockMvc does not parse multipart requests, so it
 * never raises {@link MaxUploadSizeExceededException}.
 */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(multipartLimits());

    private static MultipartProperties multipartLimits() {
        MultipartProperties properties = new MultipartProperties();
        properties.setMaxFileSize(DataSize.ofMegabytes(5));
        properties.setMaxRequestSize(DataSize.ofKilobytes(6200));
        return properties;
    }

    @Test
    void oversizedUploadGets413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/schools/import");

        ResponseEntity<ProblemDetail> response =
                handler.handleRequestError(new MaxUploadSizeExceededException(-1), request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(ApiProblems.MEDIA_TYPE);
        assertThat(response.getBody().getTitle()).isEqualTo("Fichier trop volumineux");
        assertThat(response.getBody().getDetail()).isEqualTo("La requête dépasse la taille maximale acceptée"
                + " (5 Mo par fichier, 6200 Ko par requête) : envoyez un fichier plus petit.");
    }

    @Test
    void requestOutsideApiIsRethrown() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/upload");
        MaxUploadSizeExceededException exception = new MaxUploadSizeExceededException(-1);

        assertThatThrownBy(() -> handler.handleRequestError(exception, request)).isSameAs(exception);
    }
}
