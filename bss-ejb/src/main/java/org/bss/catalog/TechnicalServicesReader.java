package org.bss.catalog;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bss.catalog.TechnicalServiceDefinition.AccessType;
import org.bss.catalog.TechnicalServiceDefinition.Provisioning;
import org.bss.catalog.TechnicalServiceDefinition.Texts;
import org.bss.common.Messages;

/**
 * Reads a technical-services file that the schema accepted ({@link TechnicalServiceSchema}) into definitions, and
 * checks what the schema cannot: unique ids, and parameters whose type, range, default and options agree
 * ({@link ParameterRules}). Each broken rule is a problem at the line and column of its element.
 */
final class TechnicalServicesReader {

    private final XMLStreamReader in;
    private final Locale locale;
    private final List<XmlProblem> problems = new ArrayList<>();

    private TechnicalServicesReader(XMLStreamReader in, Locale locale) {
        this.in = in;
        this.locale = locale;
    }

    /** The definitions of a schema-valid file, or the file's rule problems. */
    static List<TechnicalServiceDefinition> read(byte[] xml, Locale locale) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader in = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            TechnicalServicesReader reader = new TechnicalServicesReader(in, locale);
            List<TechnicalServiceDefinition> services = reader.services();
            if (!reader.problems.isEmpty()) {
                throw new InvalidTechnicalServicesFileException(reader.problems);
            }
            return services;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new InvalidTechnicalServicesFileException(List.of(new XmlProblem(
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), e.getMessage())));
        }
    }

    private List<TechnicalServiceDefinition> services() throws XMLStreamException {
        in.nextTag();
        List<TechnicalServiceDefinition> services = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (in.nextTag() == START_ELEMENT) {
            Location at = in.getLocation();
            TechnicalServiceDefinition service = service();
            unique(ids, service.id(), at, "TechnicalService", "");
            services.add(service);
        }
        return services;
    }

    private TechnicalServiceDefinition service() throws XMLStreamException {
        String id = attribute("id");
        String build = attribute("build");
        AccessType accessType = AccessType.valueOf(attribute("accessType"));
        String timeout = attribute("provisioningTimeout");
        Provisioning provisioning = new Provisioning(
                attribute("provisioningType"),
                attribute("provisioningUrl"),
                attribute("provisioningVersion"),
                timeout == null ? null : Long.valueOf(timeout.strip()),
                attribute("provisioningUsername"),
                attribute("provisioningPassword"));
        String baseUrl = attribute("baseUrl");
        String loginPath = attribute("loginPath");
        boolean onlyOne = flag("onlyOneSubscriptionPerUser");
        boolean onBehalf = flag("allowingOnBehalfActing");
        String billingIdentifier = attribute("billingIdentifier");
        List<LocalizedText> accessInfo = new ArrayList<>();
        List<LocalizedText> descriptions = new ArrayList<>();
        List<LocalizedText> licenses = new ArrayList<>();
        List<LocalizedText> tags = new ArrayList<>();
        List<ParameterDefinition> parameters = new ArrayList<>();
        List<EventDefinition> events = new ArrayList<>();
        List<RoleDefinition> roles = new ArrayList<>();
        List<OperationDefinition> operations = new ArrayList<>();
        Set<String> parameterIds = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        Set<String> roleIds = new HashSet<>();
        Set<String> operationIds = new HashSet<>();
        while (in.nextTag() == START_ELEMENT) {
            Location at = in.getLocation();
            switch (in.getLocalName()) {
                case "AccessInfo" -> accessInfo.add(text());
                case "LocalizedDescription" -> descriptions.add(text());
                case "LocalizedLicense" -> licenses.add(text());
                case "LocalizedTag" -> tags.add(text());
                case "ParameterDefinition" -> {
                    ParameterDefinition parameter = parameter();
                    unique(parameterIds, parameter.id(), at, "ParameterDefinition", id);
                    ParameterRules.problems(parameter)
                            .forEach(rule ->
                                    problem(at, rule.key(), rule.arguments().toArray()));
                    parameters.add(parameter);
                }
                case "Event" -> {
                    EventDefinition event = new EventDefinition(attribute("id"), texts("LocalizedDescription"));
                    unique(eventIds, event.id(), at, "Event", id);
                    events.add(event);
                }
                case "Role" -> {
                    RoleDefinition role = role();
                    unique(roleIds, role.id(), at, "Role", id);
                    roles.add(role);
                }
                case "Operation" -> {
                    OperationDefinition operation = operation();
                    unique(operationIds, operation.id(), at, "Operation", id);
                    operations.add(operation);
                }
                default -> throw new XMLStreamException("unexpected element " + in.getLocalName(), at);
            }
        }
        return new TechnicalServiceDefinition(
                id,
                build,
                accessType,
                provisioning,
                baseUrl,
                loginPath,
                onlyOne,
                onBehalf,
                billingIdentifier,
                new Texts(accessInfo, descriptions, licenses, tags),
                parameters,
                events,
                roles,
                operations);
    }

    private ParameterDefinition parameter() throws XMLStreamException {
        String id = attribute("id");
        Boolean mandatory = optionalFlag("mandatory");
        Boolean configurable = optionalFlag("configurable");
        String defaultValue = attribute("default");
        Long min = number("minValue");
        Long max = number("maxValue");
        ParameterDefinition.ValueType type = ParameterDefinition.ValueType.valueOf(attribute("valueType"));
        String modification = attribute("modificationType");
        List<ParameterDefinition.Option> options = new ArrayList<>();
        List<LocalizedText> descriptions = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        while (in.nextTag() == START_ELEMENT) {
            if (in.getLocalName().equals("Options")) {
                while (in.nextTag() == START_ELEMENT) {
                    Location at = in.getLocation();
                    String optionId = attribute("id");
                    unique(optionIds, optionId, at, "Option", id);
                    options.add(new ParameterDefinition.Option(optionId, texts("LocalizedOption")));
                }
            } else {
                descriptions.add(text());
            }
        }
        return new ParameterDefinition(
                id,
                mandatory,
                configurable,
                defaultValue,
                min,
                max,
                type,
                modification == null
                        ? ParameterDefinition.ModificationType.STANDARD
                        : ParameterDefinition.ModificationType.valueOf(modification),
                options,
                descriptions);
    }

    private RoleDefinition role() throws XMLStreamException {
        String id = attribute("id");
        List<LocalizedText> names = new ArrayList<>();
        List<LocalizedText> descriptions = new ArrayList<>();
        while (in.nextTag() == START_ELEMENT) {
            (in.getLocalName().equals("LocalizedName") ? names : descriptions).add(text());
        }
        return new RoleDefinition(id, names, descriptions);
    }

    private OperationDefinition operation() throws XMLStreamException {
        String id = attribute("id");
        String actionUrl = attribute("actionURL");
        List<LocalizedText> names = new ArrayList<>();
        List<LocalizedText> descriptions = new ArrayList<>();
        List<OperationDefinition.Parameter> parameters = new ArrayList<>();
        Set<String> parameterIds = new HashSet<>();
        while (in.nextTag() == START_ELEMENT) {
            Location at = in.getLocation();
            switch (in.getLocalName()) {
                case "LocalizedName" -> names.add(text());
                case "LocalizedDescription" -> descriptions.add(text());
                default -> {
                    String parameterId = attribute("id");
                    unique(parameterIds, parameterId, at, "OperationParameter", id);
                    OperationDefinition.ParameterType type =
                            OperationDefinition.ParameterType.valueOf(attribute("type"));
                    boolean mandatory = flag("mandatory");
                    parameters.add(
                            new OperationDefinition.Parameter(parameterId, type, mandatory, texts("LocalizedName")));
                }
            }
        }
        return new OperationDefinition(id, actionUrl, names, descriptions, parameters);
    }

    /** The texts of the current element's children (all of the one kind the schema allows there). */
    private List<LocalizedText> texts(String kind) throws XMLStreamException {
        List<LocalizedText> texts = new ArrayList<>();
        while (in.nextTag() == START_ELEMENT) {
            if (!in.getLocalName().equals(kind)) {
                throw new XMLStreamException("unexpected element " + in.getLocalName(), in.getLocation());
            }
            texts.add(text());
        }
        return texts;
    }

    private LocalizedText text() throws XMLStreamException {
        String locale = attribute("locale");
        return new LocalizedText(locale, in.getElementText());
    }

    private String attribute(String name) {
        return in.getAttributeValue(null, name);
    }

    private boolean flag(String name) {
        Boolean value = optionalFlag(name);
        return value != null && value;
    }

    /** xs:boolean: true, false, 1 or 0 (the schema checked it), null when absent. */
    private Boolean optionalFlag(String name) {
        String value = attribute(name);
        return value == null
                ? null
                : value.strip().equals("true") || value.strip().equals("1");
    }

    private Long number(String name) {
        String value = attribute(name);
        return value == null ? null : Long.valueOf(value.strip());
    }

    private void unique(Set<String> seen, String id, Location at, String element, String owner) {
        if (!seen.add(id)) {
            if (owner.isEmpty()) {
                problem(at, "catalog.ts.duplicateService", id);
            } else {
                problem(at, "catalog.ts.duplicateId", element, id, owner);
            }
        }
    }

    private void problem(Location at, String key, Object... arguments) {
        problems.add(new XmlProblem(at.getLineNumber(), at.getColumnNumber(), Messages.format(locale, key, arguments)));
    }
}
