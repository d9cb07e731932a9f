package org.ipfund.app.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console speaks Chinese (zh-CN) unless its user picked English: {@code ?lang=en} (or {@code zh-CN}) on any console
 * page switches, and a cookie keeps the choice. The browser's own language is not consulted, so that an office's
 * shared machines show the same console. The API's answers are not translated.
 */
@Configuration
public class ConsoleLanguage implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    /**
     * The console's pages and its forms' refusals (also those forwarded to the API's handlers) speak the console's
     * language; every other request keeps the API's behaviour, {@code Accept-Language}.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver console = new CookieLocaleResolver("console-lang");
        console.setDefaultLocaleFunction(request -> CHINESE);
        console.setCookieMaxAge(Duration.ofDays(365));
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return isConsole(request) ? spoken(console.resolveLocale(request)) : api.resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                (isConsole(request) ? console : api).setLocale(request, response, locale);
            }
        };
    }

    /** One of the two languages the console has words for, whatever a cookie or {@code ?lang=} named. */
    static Locale spoken(Locale asked) {
        return asked != null && ENGLISH.getLanguage().equals(asked.getLanguage()) ? ENGLISH : CHINESE;
    }

    private static boolean isConsole(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwardedFrom instanceof String uri ? uri : request.getRequestURI();
        String inContext = path.substring(Math.min(request.getContextPath().length(), path.length()));
        return inContext.equals("/login") || inContext.equals("/console") || inContext.startsWith("/console/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/login", "/console", "/console/**")
                .excludePathPatterns("/console/api/**");
    }
}
