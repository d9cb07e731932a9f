package org.ipfund.app.apidoc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One curl command of README.md, read as the shell and curl would read it: the method, path, query, headers, user and
 * body it sends. Only the options the README uses are understood; another one fails, so that a new kind of example
 * is looked at rather than half-read.
 */
record CurlExample(int line, String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                   String user, String body, boolean bodyFromFile) {

    /** {@code command} starts with {@code curl}; {@code line} is where it starts in README.md. */
    static CurlExample parse(String command, int line) {
        List<String> words = ShellWords.of(command);
        String method = null;
        String url = null;
        String user = null;
        String data = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s", "-S", "-i", "-f" -> { }
                case "-X" -> method = words.get(++i);
                case "-u" -> user = words.get(++i);
                case "-H" -> {
                    String header = words.get(++i);
                    headers.put(header.substring(0, header.indexOf(':')).strip(),
                            header.substring(header.indexOf(':') + 1).strip());
                }
                case "-d", "--data", "--data-raw" -> data = words.get(++i);
                default -> {
                    if (word.startsWith("-")) {
                        throw new IllegalArgumentException("README.md line " + line + ": curl option " + word
                                + " is not understood by " + CurlExample.class.getSimpleName());
                    }
                    url = word;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("README.md line " + line + ": no URL in " + command);
        }
        URI uri = URI.create(url.contains("://") ? url : "http://" + url);
        boolean fromFile = data != null && data.startsWith("@");
        return new CurlExample(line, method != null ? method : data != null ? "POST" : "GET", uri.getRawPath(),
                query(uri.getRawQuery()), headers, user, fromFile ? null : data, fromFile);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "README.md line " + line + ": " + method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
