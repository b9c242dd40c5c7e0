package com.physiopractice.platform.web;

import com.physiopractice.sharedkernel.TypedId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request limits ({@link WebSettings}), and typed ids in every controller: a {@code PatientId},
 * {@code IntakeId}, ... path variable or request parameter is made by the id's own
 * {@code of(String)}. A malformed id is a 400 naming the parameter, like any other value of the
 * wrong type.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebSettings.class)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new TypedIds());
    }

    static final class TypedIds implements ConverterFactory<String, TypedId> {

        @Override
        public <T extends TypedId> Converter<String, T> getConverter(Class<T> type) {
            Method of;
            try {
                of = type.getMethod("of", String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " needs a static of(String)", e);
            }
            return source -> {
                try {
                    return type.cast(of.invoke(null, source));
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException invalid) {
                        throw invalid;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }
}
