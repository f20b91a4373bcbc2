package org.bss.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The timer messages of OperatorService (getTimerExpirationInformation, reInitTimers; docs/soap.md) in the wire
 * conventions of {@link Soap}: both answer {@code voTimerInfo} elements ({@code expirationDate} as xs:dateTime,
 * {@code timerType}).
 */
final class TimerSoap {

    /** A registered timer: the original product's type name and its next expiration. */
    record Timer(String type, Instant expiration) {}

    private TimerSoap() {}

    static String getTimerExpirationInformation() {
        return Soap.envelope("<tns:getTimerExpirationInformation/>");
    }

    static String reInitTimers() {
        return Soap.envelope("<tns:reInitTimers/>");
    }

    /** The timers in a getTimerExpirationInformationResponse or reInitTimersResponse, in the server's order. */
    static List<Timer> timers(String response, String wrapperName) throws CliException {
        Element wrapper = Soap.response(response, wrapperName);
        List<Timer> timers = new ArrayList<>();
        for (Node n = wrapper.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "return".equals(e.getLocalName())) {
                String type = Soap.childText(e, Soap.NS, "timerType");
                String expiration = Soap.childText(e, Soap.NS, "expirationDate");
                if (type == null || expiration == null) {
                    throw Soap.malformed("a timer without timerType or expirationDate");
                }
                timers.add(new Timer(type.strip(), dateTime(expiration.strip())));
            }
        }
        return timers;
    }

    /** An xs:dateTime (with or without fraction and offset; without an offset it is taken as UTC). */
    static Instant dateTime(String text) throws CliException {
        try {
            XMLGregorianCalendar calendar = DatatypeFactory.newInstance().newXMLGregorianCalendar(text);
            if (!DatatypeConstants.DATETIME.equals(calendar.getXMLSchemaType())) {
                throw Soap.malformed("an expirationDate that is not a date and time: " + text);
            }
            if (calendar.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
                calendar.setTimezone(0);
            }
            return calendar.toGregorianCalendar().toInstant();
        } catch (IllegalArgumentException | IllegalStateException | DatatypeConfigurationException e) {
            throw Soap.malformed("an expirationDate that is not an xs:dateTime: " + text);
        }
    }
}
