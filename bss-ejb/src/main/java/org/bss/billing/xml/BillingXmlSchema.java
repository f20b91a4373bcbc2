package org.bss.billing.xml;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Our schema of the billing format ({@code billing-details.xsd} next to this class). */
public final class BillingXmlSchema {
    public static final String RESOURCE = "billing-details.xsd";

    private BillingXmlSchema() {}

    public static URL location() {
        return BillingXmlSchema.class.getResource(RESOURCE);
    }

    public static Schema load() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(location());
        } catch (SAXException e) {
            throw new IllegalStateException("billing schema cannot be loaded", e);
        }
    }
}
