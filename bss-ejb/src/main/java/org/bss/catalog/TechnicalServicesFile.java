package org.bss.catalog;

import java.util.List;
import java.util.Locale;

/**
 * Technical-services files (format 1.9) in and out: a file is checked against the shipped schema, then read and
 * checked against the rules the schema cannot express; any problem refuses the whole file, each problem reported
 * with its line and column in the caller's language.
 */
public final class TechnicalServicesFile {

    private TechnicalServicesFile() {}

    /**
     * @throws InvalidTechnicalServicesFileException every problem of the file (none of its services is taken)
     */
    public static List<TechnicalServiceDefinition> read(byte[] xml, Locale locale) {
        List<XmlProblem> problems = TechnicalServiceSchema.problems(xml, locale);
        if (!problems.isEmpty()) {
            throw new InvalidTechnicalServicesFileException(problems);
        }
        return TechnicalServicesReader.read(xml, locale);
    }

    public static byte[] write(List<TechnicalServiceDefinition> services) {
        return TechnicalServicesWriter.write(services);
    }
}
