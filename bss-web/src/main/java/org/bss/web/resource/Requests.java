package org.bss.web.resource;

import org.bss.web.problem.ApiProblemException;

/** Checks of a request body's shape (business rules stay in the services). */
final class Requests {

    private Requests() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ApiProblemException.bodyRequired();
        }
        return body;
    }

    static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw ApiProblemException.fieldRequired(field);
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw ApiProblemException.fieldRequired(field);
        }
        return value;
    }
}
