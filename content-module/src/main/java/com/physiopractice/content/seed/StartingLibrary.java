package com.physiopractice.content.seed;

import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.content.editorial.ContentFields;
import com.physiopractice.content.editorial.EditorialService;
import com.physiopractice.triage.ConditionCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The practice's starting library (classpath {@code content/seed/*.md}), added on every start where
 * it is missing: in every environment, including production. A piece already added is left alone,
 * so the therapist's later edits are never overwritten. Files are added in name order, so pieces
 * that others link to come first.
 * <p>
 * Each file is a header of {@code name: value} lines, a line {@code ---}, then the Markdown body.
 */
@Component
class StartingLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartingLibrary.class);

    private final EditorialService editorial;

    StartingLibrary(EditorialService editorial) {
        this.editorial = editorial;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:content/seed/*.md");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        int added = 0;
        for (Resource file : files) {
            SeedPiece piece = SeedPiece.parse(file.getContentAsString(StandardCharsets.UTF_8));
            try {
                if (editorial.seed(piece.key(), piece.type(), piece.fields())) {
                    added++;
                }
            } catch (DataIntegrityViolationException anotherNodeAddedIt) {
                log.debug("Seed piece {} was added by another node", piece.key());
            }
        }
        log.info("Starting library: {} of {} pieces added now", added, files.length);
    }

    record SeedPiece(String key, ContentType type, ContentFields fields) {

        static SeedPiece parse(String file) {
            int split = file.indexOf("\n---\n");
            if (split < 0) {
                throw new IllegalStateException("seed file without a '---' line after its header");
            }
            Map<String, String> header = new LinkedHashMap<>();
            for (String line : file.substring(0, split).split("\n")) {
                int colon = line.indexOf(':');
                header.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            String body = file.substring(split + 5).strip() + "\n";
            Set<Contraindication> contraindications = EnumSet.noneOf(Contraindication.class);
            list(header.get("contraindications")).forEach(code -> contraindications.add(Contraindication.valueOf(code)));
            ContentFields fields = new ContentFields(header.get("slug"), header.get("title"), header.get("summary"), body,
                    list(header.get("tags")), list(header.get("keywords")),
                    header.containsKey("condition") ? ConditionCode.valueOf(header.get("condition")) : null,
                    header.containsKey("movement") ? MovementPattern.valueOf(header.get("movement")) : null,
                    contraindications);
            return new SeedPiece(header.get("key"), ContentType.valueOf(header.get("type")), fields);
        }

        private static List<String> list(String value) {
            return value == null || value.isBlank() ? List.of()
                    : Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
        }
    }
}
