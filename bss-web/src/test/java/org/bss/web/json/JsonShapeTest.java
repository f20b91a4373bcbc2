package org.bss.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.bss.web.problem.ApiProblemException;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    record Step(Long limit, BigDecimal price) {}

    record Terms(String currency, List<Step> steps) {}

    @Test
    void aRecordBodyKnowsItsComponents() {
        JsonShape.check(
                json("{\"currency\":\"EUR\",\"steps\":[{\"limit\":5,\"price\":1.5},{\"price\":1}]}"), Terms.class);

        assertThat(JsonShape.properties(Terms.class)).containsOnlyKeys("currency", "steps");
    }

    @Test
    void anUnknownOrMistypedRecordComponentIsNamedByItsPath() {
        ApiProblemException unknown = catchThrowableOfType(
                ApiProblemException.class,
                () -> JsonShape.check(json("{\"currency\":\"EUR\",\"discount\":5}"), Terms.class));
        ApiProblemException mistyped = catchThrowableOfType(
                ApiProblemException.class,
                () -> JsonShape.check(json("{\"steps\":[{\"limit\":\"five\"}]}"), Terms.class));

        assertThat(unknown.arguments()).startsWith("discount");
        assertThat(mistyped.arguments()).startsWith("steps[0].limit");
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
