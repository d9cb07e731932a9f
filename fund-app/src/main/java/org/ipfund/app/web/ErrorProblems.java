package org.ipfund.app.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's fallback for errors no handler answered (a filter's {@code sendError}, a path no controller maps):
 * problem details like every other refusal, instead of Boot's own JSON or its HTML page. Not an operation of the API,
 * so not in its OpenAPI document: the refusals it answers are documented on the operations they refuse.
 */
@Hidden
@RestController
public class ErrorProblems implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = message == null || message.toString().isBlank() ? status.getReasonPhrase() : message.toString();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, codeOf(status), detail));
    }

    /** The code an error carries when nothing more is known than its status: e.g. {@code NOT_FOUND}. */
    static String codeOf(HttpStatus status) {
        return status == HttpStatus.INTERNAL_SERVER_ERROR ? "INTERNAL_ERROR" : status.name();
    }

    static HttpStatus statusOf(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer given ? statusOf(given) : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
