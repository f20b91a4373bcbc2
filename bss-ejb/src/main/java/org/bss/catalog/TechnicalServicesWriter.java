package org.bss.catalog;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes definitions as a technical-services file (format 1.9, UTF-8, indented), in the order of the format, so that
 * the original product imports it and {@link TechnicalServicesReader} reads back the same definitions. Attributes the
 * definition does not have are left out.
 */
final class TechnicalServicesWriter {

    private static final String PREFIX = "tns";

    private final XMLStreamWriter out;
    private int depth;

    private TechnicalServicesWriter(XMLStreamWriter out) {
        this.out = out;
    }

    static byte[] write(List<TechnicalServiceDefinition> services) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            new TechnicalServicesWriter(out).file(services);
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a technical-services file", e);
        }
        return bytes.toByteArray();
    }

    private void file(List<TechnicalServiceDefinition> services) throws XMLStreamException {
        out.writeStartDocument("UTF-8", "1.0");
        open(PREFIX + ":TechnicalServices");
        out.writeNamespace(PREFIX, TechnicalServiceSchema.NAMESPACE);
        for (TechnicalServiceDefinition s : services) {
            service(s);
        }
        close();
        out.writeCharacters("\n");
        out.writeEndDocument();
    }

    private void service(TechnicalServiceDefinition s) throws XMLStreamException {
        open(PREFIX + ":TechnicalService");
        attribute("id", s.id());
        attribute("build", s.build());
        attribute("accessType", s.accessType().name());
        attribute("provisioningType", s.provisioning().type());
        attribute("provisioningUrl", s.provisioning().url());
        attribute("provisioningVersion", s.provisioning().version());
        attribute("provisioningTimeout", s.provisioning().timeout());
        attribute("provisioningUsername", s.provisioning().username());
        attribute("provisioningPassword", s.provisioning().password());
        attribute("baseUrl", s.baseUrl());
        attribute("loginPath", s.loginPath());
        attribute("onlyOneSubscriptionPerUser", s.onlyOneSubscriptionPerUser());
        attribute("allowingOnBehalfActing", s.allowingOnBehalfActing());
        attribute("billingIdentifier", s.billingIdentifier());
        texts("AccessInfo", s.texts().accessInfo());
        texts("LocalizedDescription", s.texts().descriptions());
        texts("LocalizedLicense", s.texts().licenses());
        texts("LocalizedTag", s.texts().tags());
        for (ParameterDefinition p : s.parameters()) {
            parameter(p);
        }
        for (EventDefinition e : s.events()) {
            open("Event");
            attribute("id", e.id());
            texts("LocalizedDescription", e.descriptions());
            close();
        }
        for (RoleDefinition r : s.roles()) {
            open("Role");
            attribute("id", r.id());
            texts("LocalizedName", r.names());
            texts("LocalizedDescription", r.descriptions());
            close();
        }
        for (OperationDefinition o : s.operations()) {
            operation(o);
        }
        close();
    }

    private void parameter(ParameterDefinition p) throws XMLStreamException {
        open("ParameterDefinition");
        attribute("id", p.id());
        attribute("mandatory", p.mandatory());
        attribute("configurable", p.configurable());
        attribute("default", p.defaultValue());
        attribute("minValue", p.minValue());
        attribute("maxValue", p.maxValue());
        attribute("valueType", p.valueType().name());
        attribute("modificationType", p.modificationType().name());
        if (!p.options().isEmpty()) {
            open("Options");
            for (ParameterDefinition.Option option : p.options()) {
                open("Option");
                attribute("id", option.id());
                texts("LocalizedOption", option.names());
                close();
            }
            close();
        }
        texts("LocalizedDescription", p.descriptions());
        close();
    }

    private void operation(OperationDefinition o) throws XMLStreamException {
        open("Operation");
        attribute("id", o.id());
        attribute("actionURL", o.actionUrl());
        texts("LocalizedName", o.names());
        texts("LocalizedDescription", o.descriptions());
        for (OperationDefinition.Parameter p : o.parameters()) {
            open("OperationParameter");
            attribute("id", p.id());
            attribute("type", p.type().name());
            attribute("mandatory", p.mandatory());
            texts("LocalizedName", p.names());
            close();
        }
        close();
    }

    private void texts(String element, List<LocalizedText> texts) throws XMLStreamException {
        for (LocalizedText text : texts) {
            indent();
            out.writeStartElement(element);
            attribute("locale", text.locale());
            out.writeCharacters(text.text());
            out.writeEndElement();
        }
    }

    private void open(String element) throws XMLStreamException {
        indent();
        out.writeStartElement(element);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        out.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void attribute(String name, Object value) throws XMLStreamException {
        if (value != null) {
            out.writeAttribute(name, value.toString());
        }
    }
}
