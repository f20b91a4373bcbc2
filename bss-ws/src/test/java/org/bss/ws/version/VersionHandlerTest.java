package org.bss.ws.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.xml.ws.api.message.Messages;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class VersionHandlerTest {

    @Test
    void absentEmptyAndV19AreAccepted() {
        assertThat(VersionHandler.isSupported(null)).isTrue();
        assertThat(VersionHandler.isSupported("")).isTrue();
        assertThat(VersionHandler.isSupported("v1.9")).isTrue();
    }

    @Test
    void otherVersionsAreRefusedWithTheContractText() {
        assertThat(VersionHandler.isSupported("v1.0")).isFalse();
        assertThat(VersionHandler.isSupported("1.9")).isFalse();
        assertThat(VersionHandler.refusal("v1.0"))
                .isEqualTo(
                        "The API version v1.0 specified in the header of the SOAP message in not supported by the server. Supported versions: v1.9");
    }

    @Test
    void theVersionIsTheTextOfTheBlockWithTheVersionActorWhateverItsName() throws XMLStreamException {
        assertThat(version("<x:v xmlns:x='urn:a' s:actor='cm.service.version'> v1.9 </x:v>"))
                .isEqualTo("v1.9");
        assertThat(version("<x:other xmlns:x='urn:a'>v1.0</x:other>"
                        + "<y:v xmlns:y='urn:b' s:actor='cm.service.version'>v1.0</y:v>"))
                .isEqualTo("v1.0");
    }

    @Test
    void theOldActorIsTheFallbackAndNoBlockMeansNoVersion() throws XMLStreamException {
        assertThat(version("<x:v xmlns:x='urn:a' s:actor='ctmg.service.version'>v1.8</x:v>"))
                .isEqualTo("v1.8");
        assertThat(version("<x:v xmlns:x='urn:a' s:actor='ctmg.service.version'>v1.8</x:v>"
                        + "<x:w xmlns:x='urn:a' s:actor='cm.service.version'>v1.9</x:w>"))
                .isEqualTo("v1.9");
        assertThat(version("<x:v xmlns:x='urn:a'>v1.0</x:v>")).isNull();
        assertThat(version("")).isNull();
    }

    private static String version(String headerBlocks) throws XMLStreamException {
        String envelope = "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Header>" + headerBlocks
                + "</s:Header><s:Body><op xmlns='urn:c'/></s:Body></s:Envelope>";
        return VersionHandler.requestedVersion(
                Messages.create(XMLInputFactory.newInstance().createXMLStreamReader(new StringReader(envelope)))
                        .getHeaders());
    }
}
