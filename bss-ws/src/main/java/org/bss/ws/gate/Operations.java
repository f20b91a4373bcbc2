package org.bss.ws.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operations one endpoint offers and the ones the original contract names for its service: an operation
 * element the endpoint does not offer is refused here, before Payara's pipes look for a method (they fail with a
 * NullPointerException and a SEVERE log line for any element that names none).
 */
final class Operations {

    private static final Properties CONTRACT = contract();

    private final String service;
    private final String namespace;
    private final Set<String> offered;
    private final Set<String> inContract;

    Operations(String service, String namespace, Set<String> offered) {
        this.service = service;
        this.namespace = namespace;
        this.offered = Set.copyOf(offered);
        this.inContract = Arrays.stream(CONTRACT.getProperty(service, "").split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Refuses a Body without operation element and an element that names no operation of this endpoint.
     *
     * @param elementNamespace the namespace of the Body's first element, null when the Body is empty
     */
    void check(String elementNamespace, String localName) {
        if (localName == null) {
            throw new Refusal(
                    Refusal.FAULT, "The SOAP Body is empty: it must hold one operation element of " + service + ".");
        }
        if (elementNamespace == null || elementNamespace.isEmpty()) {
            throw new Refusal(
                    Refusal.FAULT,
                    "The operation element " + localName + " has no namespace: the operations of " + service
                            + " are in " + namespace + ".");
        }
        if (!namespace.equals(elementNamespace)) {
            throw new Refusal(
                    Refusal.FAULT,
                    "The element " + localName + " of namespace " + elementNamespace + " is no operation of " + service
                            + ": its operations are in " + namespace + ".");
        }
        if (offered.contains(localName)) {
            return;
        }
        if (inContract.contains(localName)) {
            throw new Refusal(
                    Refusal.FAULT, "The operation " + localName + " of " + service + " is not supported by BSS.");
        }
        throw new Refusal(Refusal.FAULT, service + " has no operation " + localName + ".");
    }

    private static Properties contract() {
        Properties properties = new Properties();
        try (InputStream in = Operations.class.getResourceAsStream("contract-operations.properties")) {
            if (in == null) {
                throw new IllegalStateException("contract-operations.properties is missing");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
