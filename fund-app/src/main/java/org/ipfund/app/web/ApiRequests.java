package org.ipfund.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's own request checks that run before its handlers. */
@Configuration(proxyBeanMethods = false)
class ApiRequests implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UnknownParameters()).addPathPatterns("/api/**");
    }
}
