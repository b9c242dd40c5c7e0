package com.physiopractice.imports.csv;

import com.physiopractice.imports.ImportReport.RejectedRow;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * One CSV file of an import: its header names the columns (any case, spaces or underscores, in
 * any order; columns this practice does not use are ignored, as exports carry many) and each
 * further row is one record. Rows are numbered as a spreadsheet shows them, the header being 1.
 */
final class CsvTable {

    /** More than a practice moving here has; beyond it a file is refused rather than held in memory. */
    static final int MAX_ROWS = 50_000;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

    /** A record of the file, its values by column name (absent or blank: empty). */
    record Row(int number, Map<String, String> values) {

        String value(String column) {
            return values.getOrDefault(column, "").strip();
        }

        @Nullable String optional(String column) {
            String value = value(column);
            return value.isEmpty() ? null : value;
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    /** The file's rows, or why it cannot be read at all (as a refusal of its header row). */
    static Result read(String file, String text, List<String> required, Set<String> optional) {
        // Spreadsheet programs start a UTF-8 export with a byte-order mark.
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String[]> records = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(content)) {
            while (lines.hasNextValue()) {
                records.add(lines.nextValue());
                if (records.size() > MAX_ROWS + 1) {
                    return Result.refused(file, new FieldProblem("file", "has more than " + MAX_ROWS
                            + " rows; split it into several imports"));
                }
            }
        } catch (JacksonException unreadable) {
            return Result.refused(file, new FieldProblem("file", "cannot be read as CSV near line "
                    + unreadable.getLocation().getLineNr() + " (is a quoted value left open?)"));
        }
        if (records.isEmpty()) {
            return Result.refused(file, new FieldProblem("file", "is empty: the first row names the columns"));
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(columnName(name));
        }
        List<FieldProblem> missing = required.stream().filter(column -> !header.contains(column))
                .map(column -> new FieldProblem(column, "this column is missing from the header row")).toList();
        if (!missing.isEmpty()) {
            return new Result(null, new RejectedRow(file, 1, null, missing));
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int index = 1; index < records.size(); index++) {
            String[] record = records.get(index);
            Map<String, String> values = new LinkedHashMap<>();
            for (int column = 0; column < Math.min(record.length, header.size()); column++) {
                String name = header.get(column);
                if ((required.contains(name) || optional.contains(name)) && !values.containsKey(name)) {
                    values.put(name, record[column] == null ? "" : record[column]);
                }
            }
            rows.add(new Row(index + 1, values));
        }
        return new Result(new CsvTable(rows), null);
    }

    /** "Date of birth", "date-of-birth" and "DATE_OF_BIRTH" all name {@code date_of_birth}. */
    static String columnName(@Nullable String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The table, or the refusal of the whole file. */
    record Result(@Nullable CsvTable table, @Nullable RejectedRow refusal) {

        static Result refused(String file, FieldProblem problem) {
            return new Result(null, new RejectedRow(file, 1, null, List.of(problem)));
        }
    }
}
