package jp.tsunagu.plan.load;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;

/** Collects issues during one load; counts errors per file so a broken file yields no model object. */
final class Issues {
    private final List<ValidationIssue> all = new ArrayList<>();

    void add(ValidationCode code, String file, int line, String message) {
        all.add(new ValidationIssue(code, file, line, message));
    }

    void addAll(Issues other) {
        all.addAll(other.all);
    }

    long errorsIn(String file) {
        return all.stream().filter(i -> i.file().equals(file) && i.severity() == Severity.ERROR).count();
    }

    boolean hasErrors() {
        return all.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    ValidationReport report() {
        return new ValidationReport(all);
    }
}
