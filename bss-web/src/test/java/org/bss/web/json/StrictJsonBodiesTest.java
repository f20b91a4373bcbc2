package org.bss.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bss.web.problem.ApiProblemException;
import org.junit.jupiter.api.Test;

class StrictJsonBodiesTest {

    public static class Body {
        public String name;
    }

    @Test
    void appliesToJsonBodiesBoundToObjects() {
        assertThat(StrictJsonBodies.applies(MediaType.APPLICATION_JSON_TYPE, Body.class))
                .isTrue();
        assertThat(StrictJsonBodies.applies(new MediaType("application", "merge-patch+json"), Map.class))
                .isTrue();
        assertThat(StrictJsonBodies.applies(new MediaType("application", "json", "UTF-8"), Body.class))
                .isTrue();
    }

    @Test
    void passesRawAndNonJsonBodiesThrough() {
        assertThat(StrictJsonBodies.applies(MediaType.APPLICATION_JSON_TYPE, String.class))
                .isFalse();
        assertThat(StrictJsonBodies.applies(MediaType.APPLICATION_JSON_TYPE, byte[].class))
                .isFalse();
        assertThat(StrictJsonBodies.applies(MediaType.APPLICATION_JSON_TYPE, InputStream.class))
                .isFalse();
        assertThat(StrictJsonBodies.applies(MediaType.APPLICATION_JSON_TYPE, JsonObject.class))
                .isFalse();
        assertThat(StrictJsonBodies.applies(new MediaType("text", "csv"), InputStream.class))
                .isFalse();
        assertThat(StrictJsonBodies.applies(new MediaType("text", "csv"), Body.class))
                .isFalse();
        assertThat(StrictJsonBodies.applies(null, Body.class)).isFalse();
    }

    @Test
    void aKnownBodyGoesOnToJsonbUnchanged() throws Exception {
        Context c = new Context("{\"name\": \"n\"}");
        assertThat(new StrictJsonBodies().aroundReadFrom(c.proxy())).isEqualTo("proceeded");
        assertThat(c.streamGivenOn).isEqualTo("{\"name\": \"n\"}");
    }

    @Test
    void anUnknownFieldStopsBeforeJsonb() {
        Context c = new Context("{\"nmae\": \"n\"}");
        ApiProblemException e =
                catchThrowableOfType(ApiProblemException.class, () -> new StrictJsonBodies().aroundReadFrom(c.proxy()));
        assertThat(e.arguments()).startsWith("nmae");
        assertThat(c.streamGivenOn).isNull();
    }

    @Test
    void anEmptyBodyIsNull() throws Exception {
        Context c = new Context("");
        assertThat(new StrictJsonBodies().aroundReadFrom(c.proxy())).isNull();
        assertThat(c.streamGivenOn).isNull();
    }

    /** The parts of a reader interceptor context the interceptor uses. */
    private static final class Context {
        private InputStream stream;
        private String streamGivenOn;

        Context(String body) {
            stream = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        }

        ReaderInterceptorContext proxy() {
            return (ReaderInterceptorContext) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {ReaderInterceptorContext.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "getMediaType" -> MediaType.APPLICATION_JSON_TYPE;
                        case "getType", "getGenericType" -> Body.class;
                        case "getInputStream" -> stream;
                        case "setInputStream" -> {
                            stream = (InputStream) args[0];
                            yield null;
                        }
                        case "proceed" -> {
                            streamGivenOn = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                            yield "proceeded";
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
