package org.ipfund.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the handler does not take ({@code ?asof=} for {@code ?asOf=}): ignored, it would answer
 * today's figures as if they were the ones asked for. The names allowed are the handler method's own
 * {@code @RequestParam}s, plus those every request accepts.
 */
class UnknownParameters implements HandlerInterceptor {

    /** Accepted by every request: a write ignores a read-your-writes position rather than refuse it. */
    private static final Set<String> EVERY_REQUEST = Set.of("minPosition");
    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> allowed = new HashSet<>(EVERY_REQUEST);
        String[] names = NAMES.getParameterNames(method.getMethod());
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType()) && param.name().isEmpty()
                    && param.value().isEmpty()) {
                return true; // the handler takes every parameter
            }
            allowed.add(!param.name().isEmpty() ? param.name()
                    : !param.value().isEmpty() ? param.value() : names[parameter.getParameterIndex()]);
        }
        Set<String> unknown = new TreeSet<>(Collections.list(request.getParameterNames()));
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw new InvalidInput(name, "is not a parameter of this request (it takes " + new TreeSet<>(allowed) + ")",
                    "UNKNOWN_PARAMETER");
        }
        return true;
    }
}
