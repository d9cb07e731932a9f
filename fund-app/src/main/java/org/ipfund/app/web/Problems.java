package org.ipfund.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem details every refusal is answered with: a stable code and the fields at fault. */
public final class Problems {

    private static final String TYPE_BASE = "urn:ipfund:problem:";

    private Problems() {
    }

    /** Also counts the refusal by code (metric {@code ipfund.refusals}), for the operators' dashboards. */
    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        Metrics.counter("ipfund.refusals", "code", code, "status", String.valueOf(status.value())).increment();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title(code));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(status, code, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Writes the refusal itself, for those that answer before (or outside) Spring MVC: the security chains, the
     * servlet filters. Headers such as {@code WWW-Authenticate} are the caller's to set first.
     */
    public static void send(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code,
                            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), of(status, code, detail));
    }

    /** One input field at fault and the rule it broke. */
    public record FieldError(String field, String message) {
    }

    static String title(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
