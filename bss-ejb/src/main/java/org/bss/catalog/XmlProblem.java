package org.bss.catalog;

/** One error of an XML file: where (1-based line and column, as the parser counts them) and what. */
public record XmlProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
