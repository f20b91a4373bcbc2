package org.bss.ws.vo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import org.bss.common.ValidationException;
import org.junit.jupiter.api.Test;

class BaseVOTest {

    private static final String NS = "http://oscm.org/xsd";

    @Test
    void numbersAreReadAsSent() throws Exception {
        VOConfigurationSetting s = read("<key> 42 </key><version>+3</version>");

        assertThat(s.getKey()).isEqualTo(42);
        assertThat(s.getVersion()).isEqualTo(3);
    }

    @Test
    void aValueThatIsNoNumberIsRefusedWhenUsedNotReadAsZero() throws Exception {
        VOConfigurationSetting s = read("<key>abc</key><version>99999999999</version>");

        assertThatThrownBy(s::getKey).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("ws.field.notANumber");
            assertThat(e.arguments()).containsExactly("key", "abc");
        });
        assertThatThrownBy(s::getVersion).isInstanceOf(ValidationException.class);
    }

    @Test
    void theParametersOfAnOperationAreCheckedAlsoInsideACollection() throws Exception {
        VOConfigurationSetting good = read("<key>1</key>");
        VOConfigurationSetting bad = read("<version>x</version>");

        BaseVO.checkNumbers("text", null, good, java.util.List.of(good));
        assertThatThrownBy(() -> BaseVO.checkNumbers("text", java.util.List.of(good, bad)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "ws.field.notANumber");
    }

    @Test
    void leftOutIsZeroAndWrittenAsANumber() throws Exception {
        VOConfigurationSetting s = read("");
        assertThat(s.getKey()).isZero();

        s.setKey(7);
        s.setVersion(2);
        StringWriter xml = new StringWriter();
        JAXBContext.newInstance(VOConfigurationSetting.class)
                .createMarshaller()
                .marshal(new JAXBElement<>(new QName(NS, "setting"), VOConfigurationSetting.class, s), xml);

        assertThat(xml.toString()).containsPattern("<(\\w+:)?key>7</").containsPattern("<(\\w+:)?version>2</");
    }

    private static VOConfigurationSetting read(String numbers) throws Exception {
        String xml = "<s:setting xmlns:s=\"" + NS + "\" xmlns=\"" + NS + "\">" + numbers + "</s:setting>";
        return JAXBContext.newInstance(VOConfigurationSetting.class)
                .createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(xml)), VOConfigurationSetting.class)
                .getValue();
    }
}
