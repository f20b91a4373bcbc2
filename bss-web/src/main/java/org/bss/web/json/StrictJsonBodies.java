package org.bss.web.json;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * Runs {@link JsonBodies#check} on every JSON request body before JSON-B binds it, so an unknown or mistyped field
 * is a 400 naming it on every resource alike; an empty body reaches the resource as null ({@code Requests.body}
 * refuses it where one is needed). Raw bodies (String, byte[], streams, JSON-P values) are passed through.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!applies(context.getMediaType(), context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (!JsonBodies.check(body, context.getGenericType() == null ? context.getType() : context.getGenericType())) {
            return null;
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean applies(MediaType mediaType, Class<?> type) {
        boolean json = mediaType != null
                && "application".equalsIgnoreCase(mediaType.getType())
                && ("json".equalsIgnoreCase(mediaType.getSubtype())
                        || mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        return json
                && !(type == String.class
                        || type == byte[].class
                        || InputStream.class.isAssignableFrom(type)
                        || Reader.class.isAssignableFrom(type)
                        || JsonValue.class.isAssignableFrom(type));
    }
}
