package jp.tsunagu.site.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.plan.validate.Severity;

/**
 * Writes a {@link CheckReport} for CI:
 * <ul>
 *   <li><b>SARIF 2.1.0</b> (OASIS), which code-scanning tools show as annotations on the changed lines:
 *       one run, the tool's rules with their default level, one result per finding with its file (a URI
 *       relative to a base folder, usually the repository root) and line;</li>
 *   <li><b>JUnit XML</b>, which CI servers show as a test report: one test case per finding, failed when the
 *       finding reaches the failure threshold.</li>
 * </ul>
 * Both are deterministic (no times, no absolute paths inside the base folder), so a report can be compared
 * between runs.
 */
public final class CheckReports {
    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";
    /** The address of the SARIF 2.1.0 JSON schema, written as {@code $schema}. */
    public static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private CheckReports() {
    }

    /**
     * Builds the SARIF log of a report.
     *
     * @param report  the report, not null
     * @param uriBase  the folder file URIs are relative to (the repository root for code scanning), not null
     * @return the SARIF log as a JSON tree, not null
     */
    public static ObjectNode sarif(CheckReport report, Path uriBase) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode log = json.createObjectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", SARIF_VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Tsunagu");
        String version = CheckReports.class.getPackage().getImplementationVersion();
        if (version != null) {
            driver.put("version", version);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        List<String[]> ruleRows = new ArrayList<>();
        for (CheckRule r : CheckRule.values()) {
            ruleRows.add(new String[] {r.code(), r.title(), r.description(), level(r.severity())});
        }
        report.findings().stream().filter(f -> ruleRows.stream().noneMatch(r -> r[0].equals(f.code()))).map(Finding::code)
                .distinct().sorted().forEach(code -> {
                    Finding f = report.findings().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
                    ruleRows.add(new String[] {code, f.title(), "計画の内容の検証（" + code + "）。docs/content-format.md を参照。",
                            level(f.severity())});
                });
        for (String[] row : ruleRows) {
            index.put(row[0], index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", row[0]);
            rule.put("name", row[1].replaceAll("[^A-Za-z0-9]+", " ").strip().replace(" ", ""));
            rule.putObject("shortDescription").put("text", row[1]);
            rule.putObject("fullDescription").put("text", row[2]);
            rule.putObject("defaultConfiguration").put("level", row[3]);
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.code());
            result.put("ruleIndex", index.get(f.code()));
            result.put("level", level(f.severity()));
            result.putObject("message").put("text", f.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(uriBase, f.file()));
            if (f.line() > 0) {
                physical.putObject("region").put("startLine", f.line());
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        return log;
    }

    /**
     * Writes the SARIF log of a report, pretty-printed, UTF-8.
     *
     * @param report  the report, not null
     * @param file  the file to write, its folder created if needed, not null
     * @param uriBase  the folder file URIs are relative to, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeSarif(CheckReport report, Path file, Path uriBase) {
        try {
            createParent(file);
            byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(sarif(report, uriBase));
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report as a JUnit XML test suite: a test case per finding, failed when it reaches the threshold
     * (its text kept as output otherwise); one passing case when nothing was found.
     *
     * @param report  the report, not null
     * @param file  the file to write, its folder created if needed, not null
     * @param failOn  the least severity that fails, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeJUnit(CheckReport report, Path file, Severity failOn) {
        try {
            createParent(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                List<Finding> findings = report.findings();
                long failures = findings.stream().filter(f -> f.severity().isAtLeast(failOn)).count();
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", "tsunagu.check");
                xml.writeAttribute("tests", String.valueOf(Math.max(1, findings.size())));
                xml.writeAttribute("failures", String.valueOf(failures));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                xml.writeAttribute("time", "0");
                xml.writeCharacters("\n");
                if (findings.isEmpty()) {
                    testCase(xml, "tsunagu.check", "no findings");
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                for (Finding f : findings) {
                    String where = report.format(f);
                    String location = where.substring(0, where.indexOf(": "));
                    testCase(xml, "tsunagu.check." + f.code(), location);
                    if (f.severity().isAtLeast(failOn)) {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("type", f.code());
                        xml.writeAttribute("message", f.severity().label() + " " + f.code() + ": " + f.message());
                        xml.writeCharacters(where);
                        xml.writeEndElement();
                    } else {
                        xml.writeStartElement("system-out");
                        xml.writeCharacters(where);
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void testCase(XMLStreamWriter xml, String className, String name) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", "0");
    }

    /**
     * Gets the SARIF level of a severity.
     *
     * @param severity  the severity, not null
     * @return {@code error}, {@code warning} or {@code note}
     */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A URI reference relative to the base when the file lies in it, else an absolute file URI; non-ASCII encoded. */
    static String uri(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (f.startsWith(b)) {
            String relative = b.relativize(f).toString().replace(java.io.File.separatorChar, '/');
            try {
                return new URI(null, null, relative, null).toASCIIString();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Cannot write a URI for " + relative, e);
            }
        }
        return f.toUri().toASCIIString();
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
