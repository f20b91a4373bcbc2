package org.bss.ws.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.binding.BindingImpl;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against Metro's own SOAP 1.1 codec, as the endpoints use it. */
class RefusingCodecTest {

    private static final String ENVELOPE = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
            + "<tns:getCurrentUserDetails xmlns:tns=\"http://oscm.org/xsd\"/></S:Body></S:Envelope>";

    private final RefusingCodec codec =
            new RefusingCodec(BindingID.SOAP11_HTTP.createEncoder(BindingImpl.create(BindingID.SOAP11_HTTP)));

    @Test
    void aSoap11RequestIsDecodedWithoutRefusal() throws Exception {
        Packet packet = decode("text/xml; charset=utf-8", ENVELOPE);

        assertThat(packet.getMessage().getPayloadLocalPart()).isEqualTo("getCurrentUserDetails");
        assertThat(RefusingCodec.refusal(packet)).isEmpty();
    }

    @Test
    void anotherMediaTypeIsRefused415NamingIt() throws Exception {
        Packet soap12 = decode("application/soap+xml; charset=utf-8", ENVELOPE);
        Packet json = decode("application/json", "{\"getCurrentUserDetails\":{}}");

        assertThat(soap12.getMessage().hasPayload()).isFalse();
        assertThat(RefusingCodec.refusal(soap12)).hasValueSatisfying(refusal -> {
            assertThat(refusal.status()).isEqualTo(415);
            assertThat(refusal)
                    .hasMessageContaining("application/soap+xml; charset=utf-8")
                    .hasMessageContaining("text/xml");
        });
        assertThat(RefusingCodec.refusal(json).orElseThrow()).hasMessageContaining("application/json");
    }

    @Test
    void aLongContentTypeIsShortenedInTheAnswer() throws Exception {
        Packet packet = decode("application/" + "x".repeat(500), "{}");

        assertThat(RefusingCodec.refusal(packet).orElseThrow().getMessage())
                .contains("x".repeat(60) + "…")
                .doesNotContain("x".repeat(80));
    }

    @Test
    void anEmptyOrCutOffEnvelopeIsAClientFaultInWords() throws Exception {
        Packet empty = decode("text/xml", "");
        Packet cut = decode("text/xml", ENVELOPE.substring(0, 30));

        for (Packet packet : new Packet[] {empty, cut}) {
            assertThat(RefusingCodec.refusal(packet)).hasValueSatisfying(refusal -> {
                assertThat(refusal.status()).isEqualTo(500);
                assertThat(refusal).hasMessage("The request is not a SOAP 1.1 envelope (empty, cut off or not XML).");
            });
        }
    }

    private Packet decode(String contentType, String body) throws Exception {
        Packet packet = new Packet();
        codec.copy().decode(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), contentType, packet);
        return packet;
    }
}
