package org.bss.ws.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final String WSSE = Credentials.WSSE;

    @Test
    void basicGivesNameAndPassword() {
        String header = "Basic " + Base64.getEncoder().encodeToString("1000:pa:ss".getBytes(StandardCharsets.UTF_8));

        assertThat(Credentials.basic(header)).contains(new Credentials("1000", "pa:ss"));
    }

    @Test
    void anotherSchemeOrAMalformedBasicHeaderIsNoCredential() {
        assertThat(Credentials.basic(null)).isEmpty();
        assertThat(Credentials.basic("Bearer abc")).isEmpty();
        assertThat(Credentials.basic("Basic %%%")).isEmpty();
        assertThat(Credentials.basic(
                        "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void aUsernameTokenWithPasswordTextIsRead() throws Exception {
        Credentials c =
                Credentials.usernameToken(security("<wsse:UsernameToken><wsse:Username> st-user </wsse:Username>"
                        + "<wsse:Password Type=\"" + Credentials.PASSWORD_TEXT + "\">secret</wsse:Password>"
                        + "</wsse:UsernameToken>"));

        assertThat(c).isEqualTo(new Credentials("st-user", "secret"));
        assertThat(c.toString()).doesNotContain("secret");
    }

    @Test
    void aDigestOrAnIncompleteTokenIsRefused() {
        assertThatThrownBy(
                        () -> Credentials.usernameToken(security("<wsse:UsernameToken><wsse:Username>u</wsse:Username>"
                                + "<wsse:Password Type=\"#PasswordDigest\">x</wsse:Password></wsse:UsernameToken>")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("PasswordText");
        assertThatThrownBy(() -> Credentials.usernameToken(
                        security("<wsse:UsernameToken><wsse:Username>u</wsse:Username></wsse:UsernameToken>")))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("no UsernameToken");
    }

    @Test
    void overlongCredentialsAreRefusedBeforeTheRealm() {
        String longName = "u".repeat(Credentials.MAX_LENGTH + 1);
        String header =
                "Basic " + Base64.getEncoder().encodeToString((longName + ":pw").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Credentials.basic(header))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("too long");
    }

    private static XMLStreamReader security(String content) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newInstance()
                .createXMLStreamReader(
                        new StringReader("<wsse:Security xmlns:wsse=\"" + WSSE + "\">" + content + "</wsse:Security>"));
        reader.nextTag();
        return reader;
    }
}
