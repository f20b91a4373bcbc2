package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.ParameterDefinition.ModificationType;
import org.bss.catalog.ParameterDefinition.ValueType;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.junit.jupiter.api.Test;

class TechnicalServicesFileTest {

    private static final String OPEN = "<tns:TechnicalServices xmlns:tns=\"" + TechnicalServiceSchema.NAMESPACE + "\">";
    private static final String CLOSE = "</tns:TechnicalServices>";

    @Test
    void everyElementAndAttributeIsRead() throws IOException {
        TechnicalServiceDefinition s = single(TechnicalServicesFile.read(sample(), Locale.ENGLISH));

        assertThat(s.id()).isEqualTo("Video Service (EU) 1.0");
        assertThat(s.accessType()).isEqualTo(AccessType.LOGIN);
        assertThat(s.provisioning().type()).isEqualTo("ASYNCHRONOUS");
        assertThat(s.provisioning().timeout()).isEqualTo(60000L);
        assertThat(s.provisioning().password()).isEqualTo("secret");
        assertThat(s.onlyOneSubscriptionPerUser()).isTrue();
        assertThat(s.allowingOnBehalfActing()).isFalse();
        assertThat(s.billingIdentifier()).isEqualTo("NATIVE_BILLING");
        assertThat(s.texts().descriptions())
                .containsExactly(
                        new LocalizedText("en", "Video conferences for teams."),
                        new LocalizedText("ja", "チーム向けのビデオ会議"));
        assertThat(s.texts().tags()).hasSize(2);
        ParameterDefinition max = s.parameters().get(0);
        assertThat(max.minValue()).isEqualTo(1L);
        assertThat(max.maxValue()).isEqualTo(500L);
        assertThat(max.modificationType()).isEqualTo(ModificationType.ONE_TIME);
        ParameterDefinition quality = s.parameters().get(1);
        assertThat(quality.valueType()).isEqualTo(ValueType.ENUMERATION);
        assertThat(quality.mandatory()).as("not given").isNull();
        assertThat(quality.modificationType()).as("the default").isEqualTo(ModificationType.STANDARD);
        assertThat(quality.options()).extracting(ParameterDefinition.Option::id).containsExactly("HD", "SD");
        assertThat(s.events()).extracting(EventDefinition::id).containsExactly("MINUTES_STREAMED");
        assertThat(s.roles()).extracting(RoleDefinition::id).containsExactly("MODERATOR");
        OperationDefinition reset = s.operations().get(0);
        assertThat(reset.parameters().get(0).type()).isEqualTo(OperationDefinition.ParameterType.REQUEST_SELECT);
        assertThat(reset.parameters().get(0).mandatory()).isTrue();
    }

    @Test
    void aWrittenFileIsValidAndReadsBackTheSameDefinitions() throws IOException {
        List<TechnicalServiceDefinition> read = TechnicalServicesFile.read(sample(), Locale.ENGLISH);

        byte[] written = TechnicalServicesFile.write(read);

        assertThat(TechnicalServiceSchema.problems(written, Locale.ENGLISH)).isEmpty();
        assertThat(TechnicalServicesFile.read(written, Locale.ENGLISH)).isEqualTo(read);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("\n  <tns:TechnicalService id=\"Video Service (EU) 1.0\"");
    }

    @Test
    void duplicateIdsAreProblemsAtTheirElement() {
        String xml = OPEN + "\n"
                + service(
                        "a", "<Event id=\"E\">" + described() + "</Event>\n<Event id=\"E\">" + described() + "</Event>")
                + "\n" + service("a", "") + CLOSE;

        List<XmlProblem> problems = problems(xml);

        assertThat(problems).extracting(XmlProblem::line).containsExactly(3, 4);
        assertThat(problems.get(0).message()).isEqualTo("Event E appears more than once in a.");
        assertThat(problems.get(1).message()).isEqualTo("The technical service a appears more than once in the file.");
    }

    @Test
    void parametersWhoseTypeRangeDefaultAndOptionsDisagreeAreProblems() {
        String xml = OPEN
                + service(
                        "a",
                        parameter("E", "ENUMERATION", "", "")
                                + parameter("S", "STRING", "", options("x"))
                                + parameter("R", "LONG", "minValue=\"5\" maxValue=\"1\"", "")
                                + parameter("D", "INTEGER", "default=\"3000000000\"", "")
                                + parameter("O", "LONG", "default=\"9\" maxValue=\"8\"", "")
                                + parameter("B", "BOOLEAN", "default=\"yes\"", "")
                                + parameter("N", "ENUMERATION", "default=\"z\"", options("x"))
                                + parameter("F", "LONG", "default=\"8\" minValue=\"1\" maxValue=\"8\"", ""))
                + CLOSE;

        assertThat(problems(xml))
                .extracting(XmlProblem::message)
                .containsExactly(
                        "The parameter E is an ENUMERATION without options.",
                        "The parameter S has options, but only an ENUMERATION parameter has options (it is STRING).",
                        "The parameter R has a minimum 5 above its maximum 1.",
                        "The default value 3000000000 of the parameter D is not a INTEGER value.",
                        "The default value 9 of the parameter O is outside its minimum and maximum.",
                        "The default value yes of the parameter B is not a BOOLEAN value.",
                        "The default value z of the parameter N is none of its options.");
    }

    @Test
    void aFileWithProblemsIsRefusedWholeInTheCallersLanguage() {
        String xml = OPEN + service("a", parameter("E", "ENUMERATION", "", "")) + service("b", "") + CLOSE;

        InvalidTechnicalServicesFileException refused = catchThrowableOfType(
                InvalidTechnicalServicesFileException.class,
                () -> TechnicalServicesFile.read(xml.getBytes(StandardCharsets.UTF_8), Locale.JAPANESE));

        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().get(0).message()).isEqualTo("パラメーター E は選択肢のない ENUMERATION です。");
        assertThat(refused.messageKey()).isEqualTo("catalog.ts.invalidFile");
    }

    @Test
    void aSchemaErrorRefusesTheFileBeforeItIsRead() {
        byte[] xml = (OPEN + "<tns:TechnicalService id=\"a\"/>" + CLOSE).getBytes(StandardCharsets.UTF_8);

        InvalidTechnicalServicesFileException refused = catchThrowableOfType(
                InvalidTechnicalServicesFileException.class, () -> TechnicalServicesFile.read(xml, Locale.ENGLISH));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("accessType"));
    }

    @Test
    void aFiveMegabyteFileIsReadWholeAndWrittenBack() throws IOException {
        TechnicalServiceDefinition one = single(TechnicalServicesFile.read(sample(), Locale.ENGLISH));
        int perService = TechnicalServicesFile.write(List.of(one, one)).length
                - TechnicalServicesFile.write(List.of(one)).length;
        int count = 5 * 1024 * 1024 / perService * 11 / 10; // ids shorter than the sample's: a tenth more
        List<TechnicalServiceDefinition> many = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            many.add(renamed(one, "Service " + i));
        }
        byte[] xml = TechnicalServicesFile.write(many);

        List<TechnicalServiceDefinition> read = TechnicalServicesFile.read(xml, Locale.ENGLISH);

        assertThat(xml.length).isGreaterThanOrEqualTo(5 * 1024 * 1024);
        assertThat(read).isEqualTo(many);
    }

    private static TechnicalServiceDefinition renamed(TechnicalServiceDefinition s, String id) {
        return new TechnicalServiceDefinition(
                id,
                s.build(),
                s.accessType(),
                s.provisioning(),
                s.baseUrl(),
                s.loginPath(),
                s.onlyOneSubscriptionPerUser(),
                s.allowingOnBehalfActing(),
                s.billingIdentifier(),
                s.texts(),
                s.parameters(),
                s.events(),
                s.roles(),
                s.operations());
    }

    private static String service(String id, String children) {
        return "<tns:TechnicalService id=\"" + id + "\" accessType=\"DIRECT\">" + children + "</tns:TechnicalService>";
    }

    private static String parameter(String id, String type, String attributes, String options) {
        return "<ParameterDefinition id=\"" + id + "\" valueType=\"" + type + "\" " + attributes + ">" + options
                + described() + "</ParameterDefinition>";
    }

    private static String options(String id) {
        return "<Options><Option id=\"" + id
                + "\"><LocalizedOption locale=\"en\">X</LocalizedOption></Option></Options>";
    }

    private static String described() {
        return "<LocalizedDescription locale=\"en\">d</LocalizedDescription>";
    }

    private static List<XmlProblem> problems(String xml) {
        return catchThrowableOfType(
                        InvalidTechnicalServicesFileException.class,
                        () -> TechnicalServicesFile.read(xml.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
                .problems();
    }

    private static TechnicalServiceDefinition single(List<TechnicalServiceDefinition> services) {
        assertThat(services).hasSize(1);
        return services.get(0);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = TechnicalServicesFileTest.class.getResourceAsStream("every-element.xml")) {
            return in.readAllBytes();
        }
    }
}
