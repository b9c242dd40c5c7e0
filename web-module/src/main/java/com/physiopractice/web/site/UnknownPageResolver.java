package com.physiopractice.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that is no page (a mistyped link) gets the site's 404 page. Addresses under
 * {@code /api/} are left to the API's problem+json, so this resolver comes first and passes on
 * anything it does not own.
 */
@Configuration(proxyBeanMethods = false)
class UnknownPageResolver implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, UnknownPageResolver::resolve);
    }

    private static @Nullable ModelAndView resolve(HttpServletRequest request, HttpServletResponse response,
            @Nullable Object handler, Exception failure) {
        if (!(failure instanceof NoResourceFoundException) || request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator/")) {
            return null;
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
