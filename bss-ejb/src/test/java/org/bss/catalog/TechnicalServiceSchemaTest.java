package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TechnicalServiceSchemaTest {

    private static final String OPEN = "<tns:TechnicalServices xmlns:tns=\"" + TechnicalServiceSchema.NAMESPACE + "\">";
    private static final String CLOSE = "</tns:TechnicalServices>";

    @Test
    void aFileWithEveryElementAndAttributeIsValid() throws IOException {
        assertThat(TechnicalServiceSchema.problems(sample(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void everyErrorIsReportedWithItsLineAndColumn() {
        String xml = OPEN + "\n<tns:TechnicalService id=\"a\" accessType=\"SOMETIMES\"/>"
                + "\n<tns:TechnicalService accessType=\"LOGIN\"/>\n" + CLOSE;

        List<XmlProblem> problems = problems(xml);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).column()).isPositive();
        assertThat(problems.get(0).message()).contains("SOMETIMES", "DIRECT, LOGIN, USER, EXTERNAL");
        assertThat(problems.get(1).line()).isEqualTo(3);
        assertThat(problems.get(1).message()).contains("id");
    }

    @Test
    void idsFollowTheRuleOfTheFormat() {
        assertThat(problems(service("Video 1.0 (EU)"))).isEmpty();
        assertThat(problems(service("ビデオ_サービス"))).isEmpty();
        assertThat(problems(service("x".repeat(40)))).isEmpty();
        assertThat(problems(service("x".repeat(41)))).isNotEmpty();
        assertThat(problems(service("two  spaces"))).isNotEmpty();
        assertThat(problems(service(" leading"))).isNotEmpty();
        assertThat(problems(service("semi;colon"))).isNotEmpty();
    }

    @Test
    void theOrderAndTheCardinalitiesOfTheFormatHold() {
        String eventWithoutDescription = OPEN + "<tns:TechnicalService id=\"s\" accessType=\"USER\"><Event id=\"e\"/>"
                + "</tns:TechnicalService>" + CLOSE;
        String roleBeforeEvent = OPEN + "<tns:TechnicalService id=\"s\" accessType=\"USER\">"
                + "<Role id=\"r\"><LocalizedName>R</LocalizedName><LocalizedDescription>R</LocalizedDescription></Role>"
                + "<Event id=\"e\"><LocalizedDescription>E</LocalizedDescription></Event>"
                + "</tns:TechnicalService>" + CLOSE;

        assertThat(problems(eventWithoutDescription)).hasSize(1);
        assertThat(problems(roleBeforeEvent)).hasSize(1);
        assertThat(problems(OPEN + CLOSE)).as("no technical service").hasSize(1);
    }

    @Test
    void anotherNamespaceOrQualifiedChildrenAreRefused() {
        assertThat(problems("<TechnicalServices><TechnicalService id=\"s\" accessType=\"USER\"/></TechnicalServices>"))
                .isNotEmpty();
        assertThat(problems(OPEN + "<tns:TechnicalService id=\"s\" accessType=\"USER\">"
                        + "<tns:LocalizedTag>x</tns:LocalizedTag></tns:TechnicalService>" + CLOSE))
                .isNotEmpty();
    }

    @Test
    void aDoctypeIsRefusedBeforeAnythingIsReadOrExpanded() {
        String external = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + OPEN
                + "<tns:TechnicalService id=\"&e;\" accessType=\"USER\"/>" + CLOSE;
        String laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + OPEN
                + "<tns:TechnicalService id=\"&b;\" accessType=\"USER\"/>" + CLOSE;

        for (String xml : List.of(external, laughs)) {
            List<XmlProblem> problems = problems(xml);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).message())
                    .containsIgnoringCase("DOCTYPE")
                    .doesNotContain("root:");
        }
    }

    @Test
    void malformedXmlIsOneProblemWhereItBreaks() {
        List<XmlProblem> problems = problems(OPEN + "\n<tns:TechnicalService id=\"s\" accessType=\"USER\">\n" + CLOSE);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
    }

    @Test
    void theMessagesFollowTheLanguageAsked() {
        String xml = OPEN + "<tns:TechnicalService id=\"s\"/>" + CLOSE;

        String english = TechnicalServiceSchema.problems(bytes(xml), Locale.ENGLISH)
                .get(0)
                .message();
        String german = TechnicalServiceSchema.problems(bytes(xml), Locale.GERMAN)
                .get(0)
                .message();

        assertThat(english).contains("accessType");
        assertThat(german).contains("accessType").isNotEqualTo(english);
    }

    private static String service(String id) {
        return OPEN + "<tns:TechnicalService id=\"" + id + "\" accessType=\"DIRECT\"/>" + CLOSE;
    }

    private static List<XmlProblem> problems(String xml) {
        return TechnicalServiceSchema.problems(bytes(xml), Locale.ENGLISH);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = TechnicalServiceSchemaTest.class.getResourceAsStream("every-element.xml")) {
            return in.readAllBytes();
        }
    }
}
