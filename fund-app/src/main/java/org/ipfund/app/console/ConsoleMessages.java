package org.ipfund.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words the console's script shows itself (a form recorded, refused, sending) and the refusal codes the API
 * answers, translated: every key under {@code script.} or {@code problem.} in the console's message bundles, as one
 * JSON object on each page. A code without a translation is shown with the API's own detail.
 */
@Component("consoleMessages")
public class ConsoleMessages {

    private static final List<String> PREFIXES = List.of("script.", "problem.");

    private final List<String> basenames;
    private final ObjectMapper json;
    private final Map<Locale, String> byLocale = new ConcurrentHashMap<>();

    public ConsoleMessages(@Value("${spring.messages.basename}") List<String> basenames, ObjectMapper json) {
        this.basenames = basenames;
        this.json = json;
    }

    public String forScripts(Locale locale) {
        // only the console's two languages are kept: a locale named by a cookie must not grow this map
        return byLocale.computeIfAbsent(ConsoleLanguage.spoken(locale), this::collect);
    }

    private String collect(Locale locale) {
        Map<String, String> messages = new TreeMap<>();
        for (String basename : basenames) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(basename.trim(), locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException absent) {
                continue;
            }
            for (String key : bundle.keySet()) {
                if (PREFIXES.stream().anyMatch(key::startsWith)) {
                    messages.put(key, bundle.getString(key));
                }
            }
        }
        try {
            return json.writeValueAsString(messages);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
