package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.stream.Stream;

/** One operation of the document, with the path and method it answers. */
record DocumentedOperation(String path, PathItem.HttpMethod method, Operation operation) {

    static Stream<DocumentedOperation> all(OpenAPI api) {
        return api.getPaths() == null ? Stream.empty() : api.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                        .map(method -> new DocumentedOperation(path.getKey(), method.getKey(), method.getValue())));
    }

    boolean isPost() {
        return method == PathItem.HttpMethod.POST;
    }

    /**
     * A fund manager's write: every POST under {@code /api/funds} and {@code /api/investors} records a fact and answers
     * through {@code web/RecordedResponse} (the same paths security/WebSecurity gives to FUND_MANAGER).
     */
    boolean recordsAFact() {
        return isPost() && (under("/api/funds") || under("/api/investors"));
    }

    /** Names a resource in its path ({@code /api/funds/{fundId}}), which may be unknown. */
    boolean namesAResource() {
        return path.contains("{");
    }

    boolean takesABody() {
        return operation.getRequestBody() != null;
    }

    /** How {@link OperationExamples} names it: {@code "POST /api/funds/{fundId}/commitments"}. */
    String key() {
        return method + " " + path;
    }

    private boolean under(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
