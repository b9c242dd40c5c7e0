package com.physiopractice;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module boundaries, as the build, Spring Modulith and a reader see them. Fails when a module
 * reaches into another module's internals, when modules depend on each other in a cycle, when a
 * module uses one it does not declare (in its {@code package-info.java} and in its {@code pom.xml}
 * alike), or when {@code docs/architecture.md} no longer shows the modules as they are.
 */
class ModularityTest {

    /** The repository root, seen from practice-app, where the tests run. */
    private static final Path ROOT = Path.of("..");

    /** The test support of every module's tests is not an application module. */
    private final ApplicationModules modules = ApplicationModules.of(PracticeApplication.class,
            JavaClass.Predicates.resideInAPackage("com.physiopractice.testing.."));

    @Test
    void findsOneApplicationModulePerMavenModuleAndTheDemoData() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("sharedkernel", "platform", "audit", "people", "identity", "triage", "booking",
                        "content", "records", "notification", "fhir", "imports", "web", "demo");
    }

    @Test
    void modulesOnlyUseEachOthersPublishedApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void theSharedKernelDependsOnNoOtherModuleAndIsTheOnlyOpenOne() {
        assertThat(modules.getModuleByName("sharedkernel").orElseThrow().getBootstrapDependencies(modules)).isEmpty();
        assertThat(modules.stream().filter(ApplicationModule::isOpen).map(ApplicationModule::getName))
                .containsExactly("sharedkernel");
    }

    /**
     * One graph: what a module's package-info allows, what its pom declares, and what its code uses
     * are the same set of modules, for every module with a Maven module of its own. (The demo data
     * lives in practice-app, which depends on everything.)
     */
    @Test
    void theMavenGraphAndTheModulithGraphAreTheSameGraph() throws Exception {
        for (ApplicationModule module : modules) {
            if (module.getName().equals("demo")) {
                continue;
            }
            Set<String> allowed = declaredDependencies(module);
            Set<String> used = module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> inPom = mavenDependencies(pomOf(module));

            assertThat(inPom).as("the pom of %s against its allowedDependencies", module.getName()).isEqualTo(allowed);
            assertThat(used).as("what %s uses against its allowedDependencies", module.getName()).isEqualTo(allowed);
        }
    }

    /** The generated documentation, and the diagram in docs/architecture.md drawn from the same model. */
    @Test
    void theArchitectureDocumentShowsTheModulesAsTheyAre() throws IOException {
        new Documenter(modules).writeDocumentation();

        String diagram = mermaidDiagram();
        Path written = Path.of("target", "architecture-diagram.md");
        Files.writeString(written, diagram);
        String document = Files.readString(ROOT.resolve("docs/architecture.md"));
        assertThat(document).as("docs/architecture.md: replace its diagram with %s", written.toAbsolutePath())
                .contains(diagram);
        for (ApplicationModule module : modules) {
            assertThat(document).as("a paragraph on %s", module.getName()).contains("### " + module.getDisplayName());
        }
    }

    /** Every module and its direct dependencies, in a Mermaid block GitHub draws. */
    private String mermaidDiagram() {
        Map<String, ApplicationModule> byName = new TreeMap<>();
        modules.forEach(module -> byName.put(module.getName(), module));
        StringBuilder diagram = new StringBuilder("```mermaid\nflowchart TD\n");
        byName.values().forEach(module -> diagram.append("    ").append(module.getName()).append("[\"")
                .append(module.getDisplayName()).append("\"]\n"));
        byName.values().forEach(module -> module.getDirectDependencies(modules).uniqueModules()
                .map(ApplicationModule::getName).sorted()
                .forEach(target -> diagram.append("    ").append(module.getName()).append(" --> ").append(target)
                        .append('\n')));
        return diagram.append("```\n").toString();
    }

    /** What the module's package-info names as its allowed dependencies (each with any named interface cut off). */
    private static Set<String> declaredDependencies(ApplicationModule module) throws ClassNotFoundException {
        org.springframework.modulith.ApplicationModule declaration = Class
                .forName(module.getBasePackage().getName() + ".package-info")
                .getAnnotation(org.springframework.modulith.ApplicationModule.class);
        assertThat(declaration.allowedDependencies()).as("%s declares its allowed dependencies", module.getName())
                .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        return Arrays.stream(declaration.allowedDependencies()).map(name -> name.replaceFirst("::.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path pomOf(ApplicationModule module) {
        String folder = module.getName().equals("sharedkernel") ? "shared-kernel" : module.getName() + "-module";
        return ROOT.resolve(folder).resolve("pom.xml");
    }

    /** The application modules a pom depends on outside test scope. */
    private static Set<String> mavenDependencies(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        NodeList dependencies = ((Element) project.getElementsByTagName("dependencies").item(0))
                .getElementsByTagName("dependency");
        Set<String> modules = new TreeSet<>();
        Pattern moduleArtifact = Pattern.compile("(.+)-module|shared-kernel");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String group = text(dependency, "groupId");
            String scope = text(dependency, "scope");
            Matcher artifact = moduleArtifact.matcher(text(dependency, "artifactId"));
            if ("com.physiopractice".equals(group) && !"test".equals(scope) && artifact.matches()) {
                modules.add(artifact.group(1) == null ? "sharedkernel" : artifact.group(1));
            }
        }
        return modules;
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

}
