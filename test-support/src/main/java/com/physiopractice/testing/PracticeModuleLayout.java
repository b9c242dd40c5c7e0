package com.physiopractice.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Marks the class that lets a module's tests find the practice's module layout: put on a class in
 * the root package {@code com.physiopractice} of the module's test sources. The application class
 * itself lives in {@code practice-app}, which no module depends on. The shared modules are the same
 * as the application's: the shared kernel and the platform (clock, migrations, problem answers).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootApplication
@Modulithic(systemName = "Physio practice", sharedModules = {"sharedkernel", "platform"})
public @interface PracticeModuleLayout {
}
