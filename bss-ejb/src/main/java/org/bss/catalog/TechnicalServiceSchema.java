package org.bss.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The shipped schema of technical-services files (format 1.9, {@code TechnicalService.xsd}) and the check of a file
 * against it. Every error is reported with its line and column, not only the first. A DOCTYPE is refused before
 * anything is expanded or read: no external entity, no entity expansion (XXE, "billion laughs").
 */
public final class TechnicalServiceSchema {

    public static final String NAMESPACE = "oscm.serviceprovisioning/1.9/TechnicalService.xsd";

    private static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";
    private static final Schema SCHEMA = load();

    private TechnicalServiceSchema() {}

    /** The errors of the file, in the order met; empty when it is a valid technical-services file. */
    public static List<XmlProblem> problems(byte[] xml, Locale locale) {
        List<XmlProblem> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            localize(validator, locale);
            validator.setErrorHandler(new Collector(problems));
            validator.validate(new SAXSource(reader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException fatal) {
            // already collected by the error handler (malformed XML, a DOCTYPE): nothing after it can be read
        } catch (SAXException | IOException e) {
            problems.add(new XmlProblem(0, 0, e.getMessage()));
        }
        return List.copyOf(problems);
    }

    private static void localize(Validator validator, Locale locale) {
        try {
            validator.setProperty(XERCES_LOCALE, locale);
        } catch (SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
            // the JDK's messages in its default language then
        }
    }

    private static XMLReader reader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
    }

    private static Schema load() {
        URL xsd = TechnicalServiceSchema.class.getResource("TechnicalService.xsd");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the shipped TechnicalService.xsd does not load", e);
        }
    }

    /**
     * Collects errors and fatal errors, one per place: the validator reports a bad value twice (the facet it breaks,
     * then the attribute), and the first names what is allowed. Warnings are not errors of the file.
     */
    private record Collector(List<XmlProblem> problems) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // not an error of the file
        }

        @Override
        public void error(SAXParseException e) {
            boolean placeKnown =
                    problems.stream().anyMatch(p -> p.line() == e.getLineNumber() && p.column() == e.getColumnNumber());
            if (!placeKnown) {
                problems.add(new XmlProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            problems.add(new XmlProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            throw e;
        }
    }
}
