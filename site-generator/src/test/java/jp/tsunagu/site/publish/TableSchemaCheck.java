package jp.tsunagu.site.publish;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small Frictionless validator for the tests: reads a CSV file as its Data Package resource describes it
 * (dialect, encoding) and checks the header against the schema's fields exactly, then every cell against its
 * field's type and constraints, the primary key and the foreign keys. Returns every problem found.
 */
final class TableSchemaCheck {
    private TableSchemaCheck() {
    }

    /** Reads RFC 4180 records (the test's own reader, independent of the one under test). */
    static List<List<String>> records(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record is not ended by CRLF");
        }
        return out;
    }

    static List<String> check(JsonNode resource, byte[] bytes, Map<String, List<List<String>>> tablesByResource) {
        List<String> problems = new ArrayList<>();
        String name = resource.get("name").asText();
        List<List<String>> records = records(bytes);
        JsonNode fields = resource.at("/schema/fields");
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        if (!records.get(0).equals(names)) {
            problems.add(name + ": header " + records.get(0) + " is not the schema's fields " + names);
            return problems;
        }
        List<List<String>> rows = records.subList(1, records.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != names.size()) {
                problems.add(name + " row " + (r + 2) + ": " + row.size() + " cells");
                continue;
            }
            for (int c = 0; c < names.size(); c++) {
                String problem = cell(fields.get(c), row.get(c));
                if (problem != null) {
                    problems.add(name + " row " + (r + 2) + " " + names.get(c) + ": " + problem);
                }
            }
        }
        String key = resource.at("/schema/primaryKey").asText();
        Set<String> seen = new HashSet<>();
        int k = names.indexOf(key);
        rows.forEach(row -> {
            if (!seen.add(row.get(k))) {
                problems.add(name + ": primary key " + row.get(k) + " repeats");
            }
        });
        for (JsonNode fk : resource.at("/schema/foreignKeys")) {
            List<List<String>> target = tablesByResource.get(fk.at("/reference/resource").asText());
            if (target == null) {
                problems.add(name + ": foreign key to unknown resource " + fk.at("/reference/resource").asText());
                continue;
            }
            Set<List<String>> keys = new HashSet<>();
            List<Integer> to = new ArrayList<>();
            fk.at("/reference/fields").forEach(f -> to.add(target.get(0).indexOf(f.asText())));
            target.subList(1, target.size()).forEach(row -> keys.add(to.stream().map(row::get).toList()));
            List<Integer> from = new ArrayList<>();
            fk.get("fields").forEach(f -> from.add(names.indexOf(f.asText())));
            for (List<String> row : rows) {
                List<String> value = from.stream().map(row::get).toList();
                if (value.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (!keys.contains(value)) {
                    problems.add(name + ": " + value + " is not in " + fk.at("/reference/resource").asText());
                }
            }
        }
        return problems;
    }

    private static String cell(JsonNode field, String value) {
        JsonNode constraints = field.path("constraints");
        if (value.isEmpty()) {
            return constraints.path("required").asBoolean() ? "required but empty" : null;
        }
        switch (field.get("type").asText()) {
            case "integer" -> {
                if (!value.matches("-?\\d+")) {
                    return "not an integer: " + value;
                }
            }
            case "number" -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return "not a number: " + value;
                }
            }
            case "date" -> {
                try {
                    LocalDate.parse(value);
                } catch (java.time.DateTimeException e) {
                    return "not an ISO date: " + value;
                }
            }
            case "boolean" -> {
                Set<String> allowed = new HashSet<>();
                field.get("trueValues").forEach(v -> allowed.add(v.asText()));
                field.get("falseValues").forEach(v -> allowed.add(v.asText()));
                if (!allowed.contains(value)) {
                    return "not a boolean: " + value;
                }
            }
            case "string" -> {
            }
            default -> {
                return "unknown type " + field.get("type");
            }
        }
        if (constraints.has("pattern") && !value.matches(constraints.get("pattern").asText())) {
            return value + " does not match " + constraints.get("pattern");
        }
        if (constraints.has("enum")) {
            Set<String> allowed = new HashSet<>();
            constraints.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.contains(value)) {
                return value + " is not one of " + allowed;
            }
        }
        return null;
    }

    /** Every resource's records by resource name, for foreign keys. */
    static Map<String, List<List<String>>> tables(JsonNode pkg, Map<String, byte[]> files) {
        Map<String, List<List<String>>> tables = new HashMap<>();
        for (JsonNode r : pkg.get("resources")) {
            if ("tabular-data-resource".equals(r.path("profile").asText())) {
                tables.put(r.get("name").asText(), records(files.get(r.get("path").asText())));
            }
        }
        return tables;
    }
}
