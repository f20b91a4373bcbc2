package org.bss.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, as sent with {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json)")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "reference", "errors"})
public class Problem {
    @Schema(example = "https://bss.example/problems/validation")
    public String type;

    public String title;
    public int status;
    /** Localized by Accept-Language (en, de, ja). */
    public String detail;
    /** The request path of this occurrence. */
    public String instance;
    /** The BSS message key of a business error, stable for programs. */
    public String code;
    /** Log reference of an internal error. */
    public String reference;
    /** Every error of an uploaded file, where the file has several (line, column, message); absent otherwise. */
    public List<FileError> errors;

    /** One error of an uploaded file, at its 1-based line and column. */
    public record FileError(int line, int column, String message) {}

    public Problem() {}
}
