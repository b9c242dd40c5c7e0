package com.physiopractice.web.practice;

import com.physiopractice.content.ContentDesk;
import com.physiopractice.content.ContentDesk.Draft;
import com.physiopractice.content.ContentDesk.Piece;
import com.physiopractice.content.ContentId;
import com.physiopractice.content.ContentStatus;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.problems.DomainRefusal;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.ConditionCode;
import com.physiopractice.web.account.FormErrors;
import com.physiopractice.web.site.PageNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Her editor: pieces by workflow state and the medical reviews falling due; each piece's Markdown
 * and metadata with a sanitized preview and its reading level (as she writes, with a small script;
 * on "Preview" without it), the workflow actions its state allows, scheduled publication in her
 * zone, and its revisions compared side by side and restored. Every rule is content's own.
 */
@Controller
class PracticeContentPages {

    private static final List<String> FIELDS = List.of("type", "title", "slug", "summary", "bodyMarkdown", "tags",
            "keywords", "conditionCode", "movementPattern", "contraindications", "publishAt");
    private static final int PAGE_LENGTH = 50;

    private final ContentDesk desk;
    private final Workspace workspace;
    private final FormErrors forms;

    PracticeContentPages(ContentDesk desk, Workspace workspace, FormErrors forms) {
        this.desk = desk;
        this.workspace = workspace;
        this.forms = forms;
    }

    /** A piece as the list shows it. */
    record Row(String id, String title, String type, String status, String updated, @Nullable String publishAt,
            @Nullable String reviewDue) {
    }

    /** A revision as the history lists it; {@code restoredFrom} empty unless it restored an older one. */
    record RevisionLine(int number, String title, String saved, String grade, String restoredFrom) {
    }

    /** One line of a side-by-side comparison: what was, what is; {@code kind} is same, removed, added or changed. */
    record SideBySide(String kind, String before, String after) {
    }

    @GetMapping("/practice/content")
    String list(@RequestParam(defaultValue = "DRAFT") ContentStatus status, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ContentStatus.values());
        model.addAttribute("types", ContentType.values());
        model.addAttribute("rows", desk.list(therapist, List.of(status), 0, PAGE_LENGTH).stream()
                .map(piece -> row(piece, zone)).toList());
        model.addAttribute("due", desk.reviewDue(therapist, Duration.ofDays(30)).stream().map(piece -> row(piece, zone))
                .toList());
        return "practice/content-list";
    }

    @GetMapping("/practice/content/new")
    String newPiece(@RequestParam(defaultValue = "ARTICLE") ContentType type, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> values = typed(new org.springframework.util.LinkedMultiValueMap<>());
        values.put("type", type.name());
        return editor(request, model, null, values, Map.of(), null, null);
    }

    @PostMapping("/practice/content")
    String create(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = Workspace.therapist(request);
        Map<String, String> errors = new LinkedHashMap<>();
        ContentType type = parse(ContentType.class, form.getFirst("type"), "type", errors);
        Draft draft = draft(form, errors);
        if (errors.isEmpty() && type != null) {
            try {
                Piece created = desk.create(therapist, type, draft);
                flash.addFlashAttribute("done", "content.done.created");
                return "redirect:/practice/content/" + created.id();
            } catch (InvalidInputException refused) {
                errors.putAll(forms.of(refused.problems(), FIELDS));
            } catch (DomainRefusal refused) {
                return refusedAgain(request, response, model, null, form, refused);
            }
        }
        response.setStatus(422);
        return editor(request, model, null, typed(form), errors, null, null);
    }

    @GetMapping("/practice/content/{id}")
    String edit(@PathVariable ContentId id, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Piece piece = piece(request, id);
        return editor(request, model, piece, values(piece), Map.of(), null, null);
    }

    /** Saving, or (with {@code preview}) showing the preview of what is typed without saving. */
    @PostMapping("/practice/content/{id}")
    String save(@PathVariable ContentId id, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = Workspace.therapist(request);
        Piece piece = piece(request, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Draft draft = draft(form, errors);
        if (form.containsKey("preview")) {
            return editor(request, model, piece, typed(form), errors, null, desk.preview(draft.bodyMarkdown()));
        }
        long version;
        try {
            version = Long.parseLong(String.valueOf(form.getFirst("version")));
        } catch (NumberFormatException missing) {
            version = -1;
        }
        if (errors.isEmpty()) {
            try {
                desk.save(therapist, id, version, draft);
                flash.addFlashAttribute("done", "content.done.saved");
                return "redirect:/practice/content/" + id;
            } catch (InvalidInputException refused) {
                errors.putAll(forms.of(refused.problems(), FIELDS));
            } catch (DomainRefusal refused) {
                return refusedAgain(request, response, model, piece, form, refused);
            }
        }
        response.setStatus(422);
        return editor(request, model, piece, typed(form), errors, null, null);
    }

    /** A live preview for the editor's script: the fragment of the page, sanitized as readers get it. */
    @PostMapping("/practice/content/preview")
    String preview(@RequestParam(defaultValue = "") String bodyMarkdown, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("preview", desk.preview(bodyMarkdown));
        return "practice/content-edit :: preview";
    }

    @PostMapping("/practice/content/{id}/submit")
    String submit(@PathVariable ContentId id, HttpServletRequest request, RedirectAttributes flash) {
        return workflow(id, flash, "content.done.submitted", () -> desk.submitForReview(Workspace.therapist(request), id));
    }

    @PostMapping("/practice/content/{id}/publish")
    String publish(@PathVariable ContentId id, @RequestParam(defaultValue = "") String publishAt,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Caller therapist = Workspace.therapist(request);
        Instant at = null;
        if (!publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt).atZone(workspace.zoneOf(therapist)).toInstant();
            } catch (DateTimeParseException notATime) {
                Piece piece = piece(request, id);
                response.setStatus(422);
                return editor(request, model, piece, values(piece), Map.of("publishAt", workspace.message("content.error.publishAt")),
                        null, null);
            }
        }
        Instant when = at;
        return workflow(id, flash, when == null ? "content.done.published" : "content.done.scheduled",
                () -> desk.publish(therapist, id, when));
    }

    @PostMapping("/practice/content/{id}/archive")
    String archive(@PathVariable ContentId id, HttpServletRequest request, RedirectAttributes flash) {
        return workflow(id, flash, "content.done.archived", () -> desk.archive(Workspace.therapist(request), id));
    }

    @GetMapping("/practice/content/{id}/revisions")
    String revisions(@PathVariable ContentId id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        ZoneId zone = workspace.zoneOf(therapist);
        Piece piece = piece(request, id);
        model.addAttribute("piece", piece);
        model.addAttribute("revisions", desk.revisions(therapist, id).stream().map(revision -> new RevisionLine(
                revision.number(), revision.title(), workspace.dateTime(revision.savedAt(), zone),
                String.format(java.util.Locale.UK, "%.1f", revision.readingGrade()),
                revision.restoredFrom() == null ? "" : revision.restoredFrom().toString())).toList());
        return "practice/content-revisions";
    }

    @GetMapping("/practice/content/{id}/revisions/compare")
    String compare(@PathVariable ContentId id, @RequestParam int from, @RequestParam int to,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Caller therapist = Workspace.therapist(request);
        Piece piece = piece(request, id);
        ContentDesk.Comparison compared = desk.compare(therapist, id, from, to);
        model.addAttribute("piece", piece);
        model.addAttribute("compared", compared);
        model.addAttribute("lines", sideBySide(compared.bodyDiff()));
        return "practice/content-compare";
    }

    @PostMapping("/practice/content/{id}/revisions/{number}/restore")
    String restore(@PathVariable ContentId id, @PathVariable int number, HttpServletRequest request,
            RedirectAttributes flash) {
        return workflow(id, flash, "content.done.restored", () -> desk.restore(Workspace.therapist(request), id, number));
    }

    /**
     * A unified diff as two columns: a run of removed lines beside the run of added lines that
     * replaced it, context lines on both sides. The hunk headers are left out.
     */
    static List<SideBySide> sideBySide(List<String> unified) {
        List<SideBySide> lines = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String line : unified) {
            if (line.startsWith("---") || line.startsWith("+++") || line.startsWith("@@")) {
                flush(lines, removed, added);
                continue;
            }
            if (line.startsWith("-")) {
                removed.add(line.substring(1));
            } else if (line.startsWith("+")) {
                added.add(line.substring(1));
            } else {
                flush(lines, removed, added);
                String same = line.isEmpty() ? "" : line.substring(1);
                lines.add(new SideBySide("same", same, same));
            }
        }
        flush(lines, removed, added);
        return lines;
    }

    private static void flush(List<SideBySide> lines, List<String> removed, List<String> added) {
        for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
            String before = i < removed.size() ? removed.get(i) : "";
            String after = i < added.size() ? added.get(i) : "";
            String kind = i >= removed.size() ? "added" : i >= added.size() ? "removed" : "changed";
            lines.add(new SideBySide(kind, before, after));
        }
        removed.clear();
        added.clear();
    }

    private String workflow(ContentId id, RedirectAttributes flash, String done, java.util.function.Supplier<Piece> step) {
        try {
            step.get();
            flash.addFlashAttribute("done", done);
        } catch (DomainRefusal refused) {
            flash.addFlashAttribute("refusal", refused.detail());
        }
        return "redirect:/practice/content/" + id;
    }

    private String refusedAgain(HttpServletRequest request, HttpServletResponse response, Model model, @Nullable Piece piece,
            MultiValueMap<String, String> form, DomainRefusal refused) {
        response.setStatus(409);
        return editor(request, model, piece, typed(form), Map.of(), refused.detail(), null);
    }

    private String editor(HttpServletRequest request, Model model, @Nullable Piece piece, Map<String, Object> values, Map<String, String> errors,
            @Nullable String refusal, ContentDesk.@Nullable Preview preview) {
        model.addAttribute("piece", piece);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        if (refusal != null) {
            model.addAttribute("refusal", refusal);
        }
        Object body = values.get("bodyMarkdown");
        model.addAttribute("preview", preview != null ? preview : desk.preview(body == null ? "" : body.toString()));
        model.addAttribute("types", ContentType.values());
        model.addAttribute("conditions", ConditionCode.values());
        model.addAttribute("patterns", MovementPattern.values());
        model.addAttribute("contraindicationChoices", Contraindication.values());
        if (piece != null) {
            ZoneId zone = workspace.zoneOf(Workspace.therapist(request));
            model.addAttribute("publishAtShown", piece.publishAt() == null ? null : workspace.dateTime(piece.publishAt(), zone));
            model.addAttribute("zone", zone.getId());
        }
        return "practice/content-edit";
    }

    private Piece piece(HttpServletRequest request, ContentId id) {
        return desk.piece(Workspace.therapist(request), id).orElseThrow(PageNotFoundException::new);
    }

    private Row row(Piece piece, ZoneId zone) {
        return new Row(piece.id().toString(), piece.draft().title(), piece.type().name(), piece.status().name(),
                workspace.dateTime(piece.updatedAt(), zone),
                piece.publishAt() == null ? null : workspace.dateTime(piece.publishAt(), zone),
                piece.nextReviewDue() == null ? null : piece.nextReviewDue().toString());
    }

    private static Map<String, Object> values(Piece piece) {
        Draft draft = piece.draft();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", piece.type().name());
        values.put("slug", draft.slug());
        values.put("title", draft.title());
        values.put("summary", draft.summary());
        values.put("bodyMarkdown", draft.bodyMarkdown());
        values.put("tags", String.join(", ", draft.tags()));
        values.put("keywords", String.join(", ", draft.keywords()));
        values.put("conditionCode", draft.conditionCode() == null ? "" : draft.conditionCode().name());
        values.put("movementPattern", draft.movementPattern() == null ? "" : draft.movementPattern().name());
        values.put("contraindications", draft.contraindications().stream().map(Enum::name).toList());
        return values;
    }

    /** The form as she typed it, to show again. */
    private static Map<String, Object> typed(MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : List.of("type", "slug", "title", "summary", "bodyMarkdown", "tags", "keywords",
                "conditionCode", "movementPattern")) {
            values.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        values.put("contraindications", form.getOrDefault("contraindications", List.of()));
        return values;
    }

    private Draft draft(MultiValueMap<String, String> form, Map<String, String> errors) {
        Set<Contraindication> contraindications = EnumSet.noneOf(Contraindication.class);
        for (String value : form.getOrDefault("contraindications", List.of())) {
            Contraindication parsed = parse(Contraindication.class, value, "contraindications", errors);
            if (parsed != null) {
                contraindications.add(parsed);
            }
        }
        return new Draft(text(form, "slug"), text(form, "title"), text(form, "summary"), text(form, "bodyMarkdown"),
                list(form, "tags"), list(form, "keywords"),
                parse(ConditionCode.class, form.getFirst("conditionCode"), "conditionCode", errors),
                parse(MovementPattern.class, form.getFirst("movementPattern"), "movementPattern", errors),
                contraindications);
    }

    private <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            errors.putAll(forms.of(List.of(new FieldProblem(field, "choose one of the list")), FIELDS));
            return null;
        }
    }

    private static String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    private static List<String> list(MultiValueMap<String, String> form, String field) {
        return Arrays.stream(text(form, field).split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }
}
