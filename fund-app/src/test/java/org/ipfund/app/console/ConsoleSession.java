package org.ipfund.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipfund.app.testing.Api;

/**
 * The console over plain HTTP, as a browser would speak it: a cookie jar, the login form, and the CSRF token each
 * page carries. For checks of the console's security that need no rendering.
 */
final class ConsoleSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private ConsoleSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static ConsoleSession signedOut(String base) {
        return new ConsoleSession(base);
    }

    /** Signs in through the login form (the test users' passwords are their names); the answer to the form. */
    static ConsoleSession signedIn(String base, String user) {
        ConsoleSession session = new ConsoleSession(base);
        Api.Response login = session.signIn(user, user);
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new IllegalStateException("could not sign in as " + user + ": " + login);
        }
        return session;
    }

    Api.Response signIn(String user, String password) {
        String token = token(get("/login").body(), FORM_TOKEN);
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Api.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Api.Response head(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** The session's CSRF token, as a console page carries it for its scripts. */
    String csrfToken() {
        return token(get("/console/denied").body(), PAGE_TOKEN);
    }

    /** A JSON write through the console, with the session's CSRF token unless {@code csrf} is null. */
    Api.Response post(String path, String json, String csrf, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** The session cookie, to try it where it must not be accepted. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).findFirst().orElseThrow();
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String token(String page, Pattern pattern) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page: " + page);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
