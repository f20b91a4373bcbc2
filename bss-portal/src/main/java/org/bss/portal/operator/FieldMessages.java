package org.bss.portal.operator;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Puts a service error next to the input it is about. The services name the field by its org.properties key
 * (e.g. {@code organization.name}); the pages give each input the id of that key with "_" for "."
 * ({@code organization_name}). Errors about no particular field become global messages. Used by the operator pages
 * and the LDAP pages ({@code org.bss.portal.ldap}, whose inputs carry the App. C key as id).
 */
public final class FieldMessages {

    /** Message keys whose arguments do not name the field, and the field they are about. */
    private static final Map<String, String> FIELD_OF_MESSAGE = Map.of(
            "account.user.duplicate", "user.identifier",
            "account.role.exclusive", "organization.roles",
            "account.role.notGrantable", "organization.roles",
            "account.role.noneGiven", "organization.roles",
            "account.dn.invalid", "distinguishedName",
            "account.dn.duplicate", "distinguishedName",
            "account.paymentType.notSeller", "paymenttypes");

    private FieldMessages() {}

    public static String componentId(String field) {
        return field.replace('.', '_');
    }

    /**
     * Shows the error at the field of {@code fields} it names (with a global hint that nothing was saved), else as a
     * global message; marks the request as failed validation so that dialogs stay open.
     */
    public static void show(FacesContext context, String formId, Collection<String> fields, BssException error) {
        String field = FIELD_OF_MESSAGE.get(error.messageKey());
        if (field == null || !fields.contains(field)) {
            field = Arrays.stream(error.arguments())
                    .map(String::valueOf)
                    .filter(fields::contains)
                    .findFirst()
                    .orElse(null);
        }
        if (field == null) {
            PortalMessages.error(context, null, error);
        } else {
            PortalMessages.error(context, formId + ":" + componentId(field), error);
            PortalMessages.error(context, null, "operator.notSaved");
        }
        context.validationFailed();
    }
}
