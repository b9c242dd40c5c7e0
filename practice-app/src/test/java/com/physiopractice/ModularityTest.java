package com.physiopractice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Fails the build when a module reaches into another module's internals (anything outside its
 * root package), or when modules depend on each other in a cycle.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PracticeApplication.class);

    @Test
    void findsEveryModuleOfTheReactor() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("domain", "triage", "booking", "content", "identity", "platform", "demo");
    }

    @Test
    void modulesOnlyUseEachOthersPublishedApi() {
        modules.verify();
    }

    @Test
    void theSharedDomainDependsOnNoOtherModule() {
        ApplicationModule domain = modules.getModuleByName("domain").orElseThrow();

        assertThat(domain.getBootstrapDependencies(modules)).isEmpty();
    }
}
