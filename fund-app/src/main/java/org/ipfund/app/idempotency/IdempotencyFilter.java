package org.ipfund.app.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ipfund.app.web.BodyTooLarge;
import org.ipfund.app.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a write (API.md): the first request with a key is served and its answer kept; the same
 * key with the same body gets that answer again and records nothing; the same key with another body is 422. A
 * duplicate arriving while the first is still served waits for its answer (polling the key's row lock, without
 * holding a connection meanwhile), so two concurrent copies record once. Keys belong to the signed-in user. The answer is kept in the same transaction as the events
 * the request recorded, so a crash can never leave a recorded write without its answer, nor an answer without
 * its write; a request that failed (5xx) or was cut off leaves the key unanswered, and a retry is served afresh.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private static final Duration POLL = Duration.ofMillis(25);

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final ObjectMapper json;
    private final Duration waitForFirst;

    public IdempotencyFilter(IdempotencyKeys keys, PlatformTransactionManager transactions, ObjectMapper json,
                             @Value("${fund.idempotency.wait-for-first:10s}") Duration waitForFirst) {
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
        this.waitForFirst = waitForFirst;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "INVALID_INPUT", "Idempotency-Key must be 1 to 255 visible"
                    + " ASCII characters");
            return;
        }
        String owner = request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLarge tooLarge) {
            problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", tooLarge.getMessage());
            return;
        }
        String fingerprint = fingerprint(request, body);
        keys.claim(owner, key, fingerprint);
        long deadline = System.nanoTime() + waitForFirst.toNanos();
        while (true) {
            TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
            try {
                Optional<IdempotencyKeys.KeptAnswer> kept = keys.tryLock(owner, key);
                if (kept.isEmpty()) {
                    // another request with this key is being served: wait for its answer without holding a connection
                    transactions.rollback(transaction);
                    if (System.nanoTime() > deadline || !pause()) {
                        inProgress(response);
                        return;
                    }
                    continue;
                }
                if (!kept.get().fingerprint().equals(fingerprint)) {
                    transactions.rollback(transaction);
                    problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                            "this Idempotency-Key was used with another request; nothing was recorded");
                } else if (kept.get().status() != null) {
                    transactions.rollback(transaction);
                    replay(kept.get(), response);
                } else {
                    serveFirst(new BufferedRequest(request, body), response, chain, owner, key, transaction);
                }
                return;
            } finally {
                if (!transaction.isCompleted()) {
                    transactions.rollback(transaction);
                }
            }
        }
    }

    /**
     * Serves the request inside the transaction that holds the key's lock: the command's unit of work joins it, so
     * its events and the kept answer commit together or not at all. A refusal recorded nothing: its transaction is
     * rolled back (Axon may already have rolled the connection back, lock and all) and the answer kept on its own,
     * unless another request has answered meanwhile. A request cut off by a crash, or failed (5xx), leaves the key
     * unanswered and unlocked, and a retry is served afresh.
     */
    private void serveFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String owner,
                            String key, TransactionStatus transaction) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() >= 400) {
            transactions.rollback(transaction);
            if (answer.getStatus() < 500) {
                keepIfUnanswered(owner, key, answer);
            }
        } else if (!keepIfUnanswered(owner, key, answer)) {
            // answered by another request while this one ran: record nothing of this one
            transactions.rollback(transaction);
            answer.reset();
            inProgress(answer);
        } else {
            try {
                transactions.commit(transaction);
            } catch (TransactionException | DataAccessException unknownOutcome) {
                answer.reset();
                problem(answer, HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", "the database failed while"
                        + " recording; retry with the same Idempotency-Key to learn whether it was recorded");
            }
        }
        answer.copyBodyToResponse();
    }

    private boolean keepIfUnanswered(String owner, String key, ContentCachingResponseWrapper answer) {
        return keys.completeIfUnanswered(owner, key, answer.getStatus(), answer.getContentType(),
                answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray());
    }

    private void inProgress(HttpServletResponse response) throws IOException {
        problem(response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                "a request with this Idempotency-Key is still being served; retry shortly");
    }

    /** False when the thread was interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void replay(IdempotencyKeys.KeptAnswer kept, HttpServletResponse response) throws IOException {
        response.setStatus(kept.status());
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (kept.body() != null) {
            response.getOutputStream().write(kept.body());
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        Problems.send(response, json, status, code, detail);
    }

    /** The request with its body read once, for fingerprinting, and offered again to the controller. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        private BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }
    }
}
