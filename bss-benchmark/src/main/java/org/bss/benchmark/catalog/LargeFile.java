package org.bss.benchmark.catalog;

import java.nio.charset.StandardCharsets;
import org.bss.catalog.TechnicalServiceSchema;

/**
 * A valid technical-services file of at least a given size: services with {@link #PARAMETERS} parameters, events and
 * roles each, texts in three languages.
 */
final class LargeFile {

    static final int PARAMETERS = 20;

    private LargeFile() {}

    static byte[] of(int atLeastBytes) {
        StringBuilder xml = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tns:TechnicalServices xmlns:tns=\"")
                .append(TechnicalServiceSchema.NAMESPACE)
                .append("\">\n");
        for (int i = 0; xml.length() < atLeastBytes; i++) {
            service(xml, i);
        }
        xml.append("</tns:TechnicalServices>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void service(StringBuilder xml, int i) {
        String id = String.format("Service %06d", i);
        xml.append("  <tns:TechnicalService id=\"")
                .append(id)
                .append("\" accessType=\"LOGIN\" baseUrl=\"http://app")
                .append("/s\" loginPath=\"/login\" provisioningUrl=\"http://app/provisioning?wsdl\">\n");
        for (String locale : new String[] {"en", "de", "ja"}) {
            xml.append("    <LocalizedDescription locale=\"")
                    .append(locale)
                    .append("\">")
                    .append(id)
                    .append(" – a service for large files, described at some length.</LocalizedDescription>\n");
        }
        for (int p = 0; p < PARAMETERS; p++) {
            xml.append("    <ParameterDefinition id=\"P")
                    .append(p)
                    .append("\" valueType=\"LONG\" minValue=\"0\" maxValue=\"1000\" default=\"10\">")
                    .append("<LocalizedDescription locale=\"en\">Parameter ")
                    .append(p)
                    .append("</LocalizedDescription></ParameterDefinition>\n");
        }
        for (int e = 0; e < PARAMETERS; e++) {
            xml.append("    <Event id=\"E")
                    .append(e)
                    .append("\"><LocalizedDescription locale=\"en\">Event ")
                    .append(e)
                    .append("</LocalizedDescription></Event>\n");
        }
        for (int r = 0; r < PARAMETERS; r++) {
            xml.append("    <Role id=\"R")
                    .append(r)
                    .append("\"><LocalizedName locale=\"en\">Role ")
                    .append(r)
                    .append("</LocalizedName><LocalizedDescription locale=\"en\">Role ")
                    .append(r)
                    .append("</LocalizedDescription></Role>\n");
        }
        xml.append("  </tns:TechnicalService>\n");
    }
}
