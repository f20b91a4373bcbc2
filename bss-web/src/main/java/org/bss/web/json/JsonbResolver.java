package org.bss.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Gives Jersey's JSON-B provider the API's one configuration ({@link JsonBodies#JSONB}) for bodies read and written. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonBodies.JSONB;
    }
}
