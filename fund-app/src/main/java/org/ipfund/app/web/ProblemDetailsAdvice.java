package org.ipfund.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.UnacceptableValue;
import org.ipfund.domain.UnknownFact;
import org.ipfund.app.web.Problems.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into RFC 9457 problem details with a stable {@code code}: 400 for input that is
 * malformed or invalid (with the fields at fault; a value no fund accepts, such as a date before 1900, is invalid
 * input even where the domain judged it), 404 for unknown ids, 409 for a rule or a concurrent
 * change, 413 for an oversized body, 503 when the database cannot be reached.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(FundRuleViolation.class)
    ProblemDetail ruleViolated(FundRuleViolation violation) {
        HttpStatus status = violation instanceof UnknownFact ? HttpStatus.NOT_FOUND
                : violation instanceof UnacceptableValue ? HttpStatus.BAD_REQUEST
                : HttpStatus.CONFLICT;
        String field = RequestPaths.of(violation);
        if (field == null) {
            return Problems.of(status, violation.code(), violation.getMessage());
        }
        // invalid input names its field in the detail too, as every other 400 does
        String detail = violation instanceof UnacceptableValue ? field + ": " + violation.getMessage()
                : violation.getMessage();
        return Problems.of(status, violation.code(), detail, List.of(new FieldError(field, violation.getMessage())));
    }

    @ExceptionHandler(UnknownResource.class)
    ProblemDetail unknown(UnknownResource unknown) {
        return Problems.of(HttpStatus.NOT_FOUND, unknown.code(), unknown.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownFund(AggregateNotFoundException unknown) {
        return Problems.of(HttpStatus.NOT_FOUND, "FUND_NOT_FOUND",
                "there is no fund '%s'".formatted(unknown.getAggregateIdentifier()));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail duplicateAggregate(AggregateStreamCreationException duplicate) {
        return Problems.of(HttpStatus.CONFLICT, "DUPLICATE_ID", "a fund with this id is already recorded");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return Problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "the fund was changed by another request at the same time; nothing was recorded, retry");
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput invalid) {
        return Problems.of(HttpStatus.BAD_REQUEST, invalid.code(), invalid.field() + ": " + invalid.getMessage(),
                List.of(new FieldError(invalid.field(), invalid.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch) {
        String message = "'%s' is not a valid value".formatted(mismatch.getValue());
        return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_INPUT", mismatch.getName() + ": " + message,
                List.of(new FieldError(mismatch.getName(), message)));
    }

    @ExceptionHandler(ViewBehind.class)
    ProblemDetail viewBehind(ViewBehind behind) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "VIEW_NOT_CAUGHT_UP", behind.getMessage());
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ProblemDetail databaseUnavailable(DataAccessResourceFailureException failure) {
        log.warn("database unavailable: {}", failure.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                "the database cannot be reached; nothing was recorded, retry later");
    }

    /**
     * Anything else: a 500, unless the database could not be reached on the way. Spring's transaction manager
     * reports that as a CannotCreateTransactionException, Axon's event store as an EventStoreException or a
     * JdbcException, each wrapping the pool's SQLTransientConnectionException or the driver's connection failure
     * (SQLSTATE class 08), or HikariCP's "Connection is closed" on a connection it evicted as broken; those answer
     * 503 like a DataAccessResourceFailureException.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        DataAccessResourceFailureException resourceFailure = causeOf(failure, DataAccessResourceFailureException.class);
        if (resourceFailure != null) {
            return databaseUnavailable(resourceFailure);
        }
        if (isConnectionFailure(failure)) {
            log.warn("database unavailable: {}", failure.toString());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                    "the database cannot be reached; nothing was recorded, retry later");
        }
        log.error("request failed unexpectedly", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request failed on the server; nothing was recorded");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_INPUT", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(statusOf(unreadable)).body(unreadable(unreadable));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", HttpStatus.valueOf(statusCode.value()).name());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static HttpStatus statusOf(HttpMessageNotReadableException unreadable) {
        return causeOf(unreadable, BodyTooLarge.class) != null ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        BodyTooLarge tooLarge = causeOf(unreadable, BodyTooLarge.class);
        if (tooLarge != null) {
            return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", tooLarge.getMessage());
        }
        Throwable cause = unreadable.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return fieldProblem("UNKNOWN_FIELD", field, "is not a field of this request");
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "'%s' is not a valid %s".formatted(invalid.getValue(), typeName(invalid));
            return fieldProblem("INVALID_VALUE", field, message);
        }
        if (cause instanceof MismatchedInputException trailing && isTrailingContent(trailing)) {
            return Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    "the body is not one JSON document: there is more after its end");
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return fieldProblem("INVALID_VALUE", path(mismatched), "has the wrong type (expected "
                    + typeName(mismatched) + ")");
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException invalid) {
            return fieldProblem("INVALID_VALUE", path(mapping), invalid.getMessage());
        }
        if (cause instanceof JsonProcessingException malformed) {
            return Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                    "the body is not well-formed JSON: " + malformed.getOriginalMessage());
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the request body is missing or unreadable");
    }

    private static ProblemDetail fieldProblem(String code, String field, String message) {
        return Problems.of(HttpStatus.BAD_REQUEST, code, field + ": " + message, List.of(new FieldError(field, message)));
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    /**
     * FAIL_ON_TRAILING_TOKENS reports a second document after the body as a MismatchedInputException at
     * the root, like a body of the wrong type; only Jackson's message, stable since 2.9, tells them apart.
     */
    private static boolean isTrailingContent(MismatchedInputException mismatched) {
        String message = mismatched.getOriginalMessage();
        return mismatched.getPath().isEmpty() && message != null && message.startsWith("Trailing token");
    }

    private static String typeName(MismatchedInputException mismatched) {
        Class<?> type = mismatched.getTargetType();
        if (type == LocalDate.class) {
            return "ISO yyyy-MM-dd date string";
        }
        return type == null ? "value" : type.getSimpleName();
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotCreateTransactionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // HikariCP's answer (no SQLSTATE) on a connection it has already evicted as broken: a statement failed
            // with a connection error earlier in the same unit of work (Axon swallows a failed snapshot read)
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
