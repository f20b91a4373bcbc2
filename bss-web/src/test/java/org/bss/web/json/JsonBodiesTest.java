package org.bss.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;
import org.bss.web.problem.WebMessages;
import org.bss.web.resource.ldap.LdapDto;
import org.bss.web.resource.organization.OrganizationDto;
import org.bss.web.resource.user.UserDto;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    /** A request class with every kind the reader checks. */
    public static class Sample {
        public String name;
        public Long version;
        public int count;
        public BigDecimal share;
        public Boolean active;
        public List<String> roles;
        public Map<String, String> settings;
        public Nested nested;

        @JsonbProperty("renamed_field")
        public String renamed;

        public static String CONSTANT = "not a property";
    }

    public static class Nested {
        public String email;
        public List<Nested> children;
    }

    @Test
    void aBodyOfKnownFieldsIsBound() {
        Sample s = read("""
                {"name": "a", "version": 3, "count": 2, "share": 12.5, "active": true, "roles": ["X", "Y"],
                 "settings": {"K": "v", "N": null}, "nested": {"email": "e@x", "children": [{"email": "c@x"}]},
                 "renamed_field": "r"}""", Sample.class);

        assertThat(s.name).isEqualTo("a");
        assertThat(s.version).isEqualTo(3L);
        assertThat(s.count).isEqualTo(2);
        assertThat(s.share).isEqualByComparingTo("12.5");
        assertThat(s.active).isTrue();
        assertThat(s.roles).containsExactly("X", "Y");
        assertThat(s.settings).containsEntry("K", "v").containsEntry("N", null);
        assertThat(s.nested.email).isEqualTo("e@x");
        assertThat(s.nested.children.get(0).email).isEqualTo("c@x");
        assertThat(s.renamed).isEqualTo("r");
    }

    @Test
    void nullFieldsAreAbsentFields() {
        Sample s = read("{\"name\": null, \"version\": null, \"nested\": null}", Sample.class);
        assertThat(s.name).isNull();
        assertThat(s.version).isNull();
        assertThat(s.nested).isNull();
    }

    @Test
    void anUnknownFieldIsA400NamingItAndTheKnownOnes() {
        ApiProblemException e = failure("{\"name\": \"a\", \"nmae\": \"b\"}", Sample.class);

        assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(e.type().status()).isEqualTo(400);
        assertThat(e.detailKey()).isEqualTo("detail.field-unknown");
        assertThat(text(e, Locale.ENGLISH))
                .isEqualTo("The field \"nmae\" is not known here. Fields of this request: "
                        + "active, count, name, nested, renamed_field, roles, settings, share, version.");
        assertThat(text(e, Locale.GERMAN)).startsWith("Das Feld „nmae“ ist hier unbekannt.");
        assertThat(text(e, Locale.JAPANESE)).startsWith("フィールド「nmae」");
    }

    @Test
    void aJavaNameOfARenamedFieldIsUnknown() {
        assertThat(failure("{\"renamed\": \"r\"}", Sample.class).arguments()).startsWith("renamed");
    }

    @Test
    void anUnknownFieldInANestedObjectIsNamedByItsPath() {
        assertThat(failure("{\"nested\": {\"mail\": \"x\"}}", Sample.class).arguments()[0])
                .isEqualTo("nested.mail");
        assertThat(failure("{\"nested\": {\"children\": [{\"email\": \"a\"}, {\"e\": 1}]}}", Sample.class)
                        .arguments()[0])
                .isEqualTo("nested.children[1].e");
    }

    @Test
    void aWrongTypeIsA400NamingTheFieldAndTheKindItNeeds() {
        ApiProblemException e = failure("{\"version\": \"7\"}", Sample.class);
        assertThat(e.detailKey()).isEqualTo("detail.field-type.integer");
        assertThat(text(e, Locale.ENGLISH)).isEqualTo("The field \"version\" must be a whole number.");

        assertThat(failure("{\"version\": 1.5}", Sample.class).detailKey()).isEqualTo("detail.field-type.integer");
        assertThat(failure("{\"count\": 3000000000}", Sample.class).detailKey()).isEqualTo("detail.field-type.integer");
        assertThat(failure("{\"count\": null}", Sample.class).detailKey()).isEqualTo("detail.field-type.integer");
        assertThat(failure("{\"name\": 5}", Sample.class).detailKey()).isEqualTo("detail.field-type.string");
        assertThat(failure("{\"share\": \"0.1\"}", Sample.class).detailKey()).isEqualTo("detail.field-type.number");
        assertThat(failure("{\"active\": \"yes\"}", Sample.class).detailKey()).isEqualTo("detail.field-type.boolean");
        assertThat(failure("{\"roles\": \"X\"}", Sample.class).detailKey()).isEqualTo("detail.field-type.array");
        assertThat(failure("{\"nested\": []}", Sample.class).detailKey()).isEqualTo("detail.field-type.object");
        assertThat(failure("{\"settings\": [\"K\"]}", Sample.class).detailKey()).isEqualTo("detail.field-type.object");
    }

    @Test
    void aWrongTypeInsideAnArrayOrMapIsNamedByItsPath() {
        ApiProblemException element = failure("{\"roles\": [\"X\", 1]}", Sample.class);
        assertThat(element.detailKey()).isEqualTo("detail.field-type.string");
        assertThat(element.arguments()).containsExactly("roles[1]");

        ApiProblemException nullElement = failure("{\"roles\": [\"X\", null]}", Sample.class);
        assertThat(nullElement.arguments()).containsExactly("roles[1]");

        ApiProblemException mapValue = failure("{\"settings\": {\"LDAP_URL\": 389}}", Sample.class);
        assertThat(mapValue.detailKey()).isEqualTo("detail.field-type.string");
        assertThat(mapValue.arguments()).containsExactly("settings.LDAP_URL");
    }

    @Test
    void aBodyOfAnotherKindThanTheRequestIsMalformed() {
        assertThat(failure("[1, 2]", Sample.class).detailKey()).isEqualTo("detail.malformed-json");
        assertThat(failure("\"text\"", Sample.class).detailKey()).isEqualTo("detail.malformed-json");
        assertThat(failure("{\"name\": ", Sample.class).detailKey()).isEqualTo("detail.malformed-json");
        assertThat(failure("{} {}", Sample.class).detailKey()).isEqualTo("detail.malformed-json");
    }

    @Test
    void anEmptyBodyReadsAsNullForTheResourceToRefuse() {
        assertThat(JsonBodies.read(new byte[0], Sample.class)).isNull();
        assertThat(JsonBodies.read(" \n".getBytes(StandardCharsets.UTF_8), Sample.class))
                .isNull();
        assertThat(JsonBodies.read(null, Sample.class)).isNull();
    }

    @Test
    void aTopLevelMapOfStringsIsReadAsTheLdapSettingsAre() throws Exception {
        Type settings = getClass().getDeclaredField("settingsType").getGenericType();
        @SuppressWarnings("unchecked")
        Map<String, String> map = (Map<String, String>) JsonBodies.read(
                "{\"LDAP_URL\": \"ldap://h\", \"LDAP_PRINCIPAL\": null}".getBytes(StandardCharsets.UTF_8), settings);
        assertThat(map).containsEntry("LDAP_URL", "ldap://h").containsEntry("LDAP_PRINCIPAL", null);

        ApiProblemException e = catchThrowableOfType(
                ApiProblemException.class,
                () -> JsonBodies.read("{\"LDAP_URL\": 389}".getBytes(StandardCharsets.UTF_8), settings));
        assertThat(e.arguments()).containsExactly("LDAP_URL");
    }

    @SuppressWarnings("unused")
    private Map<String, String> settingsType;

    @Test
    void theApisRequestClassesAreStrict() {
        assertThat(failure("{\"userId\": \"u\", \"lastname\": \"x\"}", UserDto.NewUser.class)
                        .arguments())
                .startsWith("lastname");
        assertThat(failure("{\"version\": 1, \"userId\": \"u\"}", UserDto.UserUpdate.class)
                        .arguments())
                .startsWith("userId");
        assertThat(failure("{\"uids\": [\"a\"], \"userIds\": [\"b\"]}", LdapDto.ImportRequest.class)
                        .arguments())
                .startsWith("userIds");
        ApiProblemException nested = failure(
                "{\"name\": \"n\", \"administrator\": {\"userId\": \"a\", \"mail\": \"m\"}}",
                OrganizationDto.NewOrganization.class);
        assertThat(nested.arguments()[0]).isEqualTo("administrator.mail");
        assertThat(failure("{\"version\": \"3\"}", OrganizationDto.OrganizationChange.class)
                        .arguments())
                .containsExactly("version");

        OrganizationDto.NewOrganization org = read(
                "{\"name\": \"n\", \"roles\": [\"SUPPLIER\"], \"operatorRevenueShare\": 5,"
                        + " \"administrator\": {\"userId\": \"a\"}, \"ldapSettings\": {\"LDAP_URL\": \"ldap://h\"}}",
                OrganizationDto.NewOrganization.class);
        assertThat(org.name).isEqualTo("n");
        assertThat(org.administrator.userId).isEqualTo("a");
        assertThat(org.ldapSettings).containsEntry("LDAP_URL", "ldap://h");
    }

    @Test
    void nestingDeeperThanTheLimitIsA400BeforeAnythingIsBuilt() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        ApiProblemException e = failure("{\"name\": " + deep + "}", Sample.class);
        assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(e.detailKey()).isEqualTo("detail.too-deep");
        assertThat(text(e, Locale.ENGLISH)).contains(String.valueOf(JsonText.MAX_DEPTH));
        // unclosed, too: the depth is seen before the end is missed
        assertThat(failure("[".repeat(5000), Sample.class).detailKey()).isEqualTo("detail.too-deep");

        String limit = "{\"nested\": ".repeat(JsonText.MAX_DEPTH - 1) + "{}" + "}".repeat(JsonText.MAX_DEPTH - 1);
        assertThat(failure(limit, Sample.class).detailKey()).isEqualTo("detail.field-unknown");
    }

    @Test
    void bytesThatAreNotUtf8AreA400NamingTheField() {
        byte[] head = "{\"name\": \"ok\", \"nested\": {\"email\": \"a".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "b\"}}".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(
                new byte[] {(byte) 0xff},
                new byte[] {(byte) 0xc3}, // truncated sequence
                new byte[] {(byte) 0xc0, (byte) 0xaf}, // overlong '/'
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})) { // an encoded surrogate (CESU-8)
            byte[] body = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad, 0, body, head.length, bad.length);
            System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
            ApiProblemException e =
                    catchThrowableOfType(ApiProblemException.class, () -> JsonBodies.read(body, Sample.class));
            assertThat(e.detailKey()).isEqualTo("detail.field-not-utf8");
            assertThat(text(e, Locale.GERMAN)).isEqualTo("Das Feld „nested.email“ ist kein gültiges UTF-8.");
        }
        byte[] inArray = "{\"roles\": [\"A\", \"\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        ApiProblemException e =
                catchThrowableOfType(ApiProblemException.class, () -> JsonBodies.read(inArray, Sample.class));
        assertThat(e.arguments()).containsExactly("roles[1]");
        ApiProblemException outside = catchThrowableOfType(
                ApiProblemException.class, () -> JsonBodies.read(new byte[] {(byte) 0xfe, '{', '}'}, Sample.class));
        assertThat(outside.detailKey()).isEqualTo("detail.not-utf8");
    }

    @Test
    void loneSurrogatesAndNulAreA400NamingTheField() {
        ApiProblemException lone = failure("{\"name\": \"a\\ud800b\"}", Sample.class);
        assertThat(lone.detailKey()).isEqualTo("detail.field-character");
        assertThat(text(lone, Locale.ENGLISH)).startsWith("The field \"name\" contains the character U+D800");
        assertThat(failure("{\"roles\": [\"x\", \"\\udfff\"]}", Sample.class).arguments())
                .containsExactly("roles[1]", "U+DFFF");
        assertThat(failure("{\"settings\": {\"k\\ud83d\": \"v\"}}", Sample.class)
                        .arguments()[0])
                .isEqualTo("settings.k\ud83d");
        assertThat(failure("{\"nested\": {\"email\": \"a\\u0000\"}}", Sample.class)
                        .arguments())
                .containsExactly("nested.email", "U+0000");
        // a pair is one character
        assertThat(read("{\"name\": \"\\ud83d\\ude00\"}", Sample.class).name).isEqualTo("\ud83d\ude00");
    }

    @Test
    void aNumberWhereAWholeNumberIsNeededIsA400() {
        assertThat(failure("{\"version\": 1e400}", Sample.class).arguments()).containsExactly("version");
        assertThat(failure("{\"version\": \"1\"}", UserDto.UserUpdate.class).arguments())
                .containsExactly("version");
        assertThat(failure("{\"version\": 1.5}", Sample.class).arguments()).containsExactly("version");
    }

    private static <T> T read(String json, Class<T> type) {
        return type.cast(JsonBodies.read(json.getBytes(StandardCharsets.UTF_8), type));
    }

    private static ApiProblemException failure(String json, Class<?> type) {
        ApiProblemException e = catchThrowableOfType(ApiProblemException.class, () -> read(json, type));
        assertThat(e).as(json).isNotNull();
        return e;
    }

    private static String text(ApiProblemException e, Locale locale) {
        return WebMessages.text(locale, e.detailKey(), e.arguments());
    }
}
