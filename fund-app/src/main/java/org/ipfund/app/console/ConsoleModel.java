package org.ipfund.app.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every console page's frame needs: the same page in the other language, one click away. */
@ControllerAdvice(annotations = ConsolePage.class)
public class ConsoleModel {

    @ModelAttribute("languageLinks")
    public Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("zh", sameIn(request, "zh-CN"), "en", sameIn(request, "en"));
    }

    private static String sameIn(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }
}
