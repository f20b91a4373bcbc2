package org.bss.ws.gate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationsTest {

    private static final String NS = "http://oscm.org/xsd";
    private final Operations identity = new Operations("IdentityService", NS, Set.of("getUser", "createUser"));

    @Test
    void anOfferedOperationPasses() {
        assertThatCode(() -> identity.check(NS, "getUser")).doesNotThrowAnyException();
    }

    @Test
    void anOperationOfTheContractThatBssDoesNotOfferIsNamedAsNotSupported() {
        assertThatThrownBy(() -> identity.check(NS, "confirmAccount"))
                .isInstanceOf(Refusal.class)
                .hasMessage("The operation confirmAccount of IdentityService is not supported by BSS.");
    }

    @Test
    void anEmptyBodyAnUnqualifiedOrForeignElementAndAnUnknownNameAreRefusedInWords() {
        assertThatThrownBy(() -> identity.check(null, null)).hasMessageContaining("The SOAP Body is empty");
        assertThatThrownBy(() -> identity.check("", "getUser")).hasMessageContaining("has no namespace");
        assertThatThrownBy(() -> identity.check("urn:other", "getUser"))
                .hasMessageContaining("is no operation of IdentityService");
        assertThatThrownBy(() -> identity.check(NS, "noSuchThing"))
                .hasMessage("IdentityService has no operation noSuchThing.");
    }
}
