package org.bss.web.resource;

import org.bss.web.problem.ApiProblemException;

/**
 * Checks of a request body's shape that JSON kinds do not express: a body at all, a required field. Unknown and
 * mistyped fields are refused before ({@link org.bss.web.json.StrictJsonReader}); business rules stay in the services.
 */
public final class Requests {

    private Requests() {}

    public static <T> T body(T body) {
        if (body == null) {
            throw ApiProblemException.bodyRequired();
        }
        return body;
    }

    public static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw ApiProblemException.fieldRequired(field);
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw ApiProblemException.fieldRequired(field);
        }
        return value;
    }
}
