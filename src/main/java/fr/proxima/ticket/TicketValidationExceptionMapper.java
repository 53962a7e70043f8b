package fr.proxima.ticket;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maps invalid form input on {@code /engine-rest} to 400 and the French messages, in the
 * error format of the Camunda REST API ({@code type}, {@code message}), in place of the 500 that
 * its catch-all handler gives to any exception it does not know.
 */
class TicketValidationExceptionMapper implements ExceptionMapper<TicketValidationException> {

    @Override
    public Response toResponse(TicketValidationException exception) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TicketValidationException.class.getSimpleName());
        body.put("message", exception.getMessage());
        body.put("errors", exception.errors());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ResourceConfigCustomizer ticketValidationExceptionMapper() {
            return config -> config.register(TicketValidationExceptionMapper.class);
        }
    }
}
