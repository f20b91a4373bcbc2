package org.bss.catalog;

import java.util.List;
import org.bss.common.ValidationException;

/** A technical-services file that breaks the format or its rules: every problem, with line and column. */
public class InvalidTechnicalServicesFileException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<XmlProblem> problems;

    public InvalidTechnicalServicesFileException(List<XmlProblem> problems) {
        super(
                "catalog.ts.invalidFile",
                problems.size(),
                problems.isEmpty() ? "" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<XmlProblem> problems() {
        return problems;
    }
}
