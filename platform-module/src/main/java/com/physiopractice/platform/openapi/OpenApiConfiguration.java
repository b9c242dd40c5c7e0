package com.physiopractice.platform.openapi;

import com.physiopractice.platform.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: every endpoint, with bearer-token security and the
 * problem+json answers (RFC 9457) every endpoint can give, each with an example.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The answers any operation may give, with the problem type clients can switch on. */
    private static final Map<String, String[]> COMMON_PROBLEMS = Map.of(
            "400", new String[] {"Invalid request: malformed JSON, a wrong type, or invalid fields (all named in errors)",
                    "validation"},
            "401", new String[] {"No valid access token", "unauthenticated"},
            "403", new String[] {"Signed in, but the role may not do this", "forbidden"},
            "413", new String[] {"Request body too large", "payload-too-large"},
            "500", new String[] {"Unexpected failure; nothing was stored; quote the incident id", "internal-error"});

    @Bean
    OpenAPI practiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Physio practice API").version("v1")
                        .description("Online physiotherapy for lower back and hip pain: registration, intake triage, "
                                + "booking of video consultations and patient education. Errors are "
                                + "application/problem+json (RFC 9457) with a stable type under " + ProblemType.BASE + ".")
                        .contact(new Contact().name("Physio practice engineering").email("engineering@physio-practice.example"))
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes("bearer",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Adds the common problem answers to every operation that does not describe them itself. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            // springdoc rebuilds the components from the controllers; make sure the shared schema is there.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::addProblems));
            // In name order, not in the order the modules' controllers happened to be found.
            if (openApi.getTags() != null) {
                openApi.setTags(openApi.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
            }
        };
    }

    private void addProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        COMMON_PROBLEMS.forEach((status, description) -> operation.getResponses().computeIfAbsent(status,
                code -> new ApiResponse().description(description[0]).content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .addExamples(description[1], new Example().value(Map.of(
                                        "type", ProblemType.BASE + description[1],
                                        "title", description[0],
                                        "status", Integer.parseInt(status),
                                        "instance", "/api/v1/...")))))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").description("Stable URI of the kind of problem"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong, for the client"))
                .addProperty("instance", new StringSchema().description("The request path"))
                .addProperty("errors", new ArraySchema().description("Validation problems: every offending field")
                        .items(new ObjectSchema().addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema())));
    }
}
