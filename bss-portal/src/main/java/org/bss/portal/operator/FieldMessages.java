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
 * and the LDAP pages ({@code org.bss.portal.ldap}, whose inputs carry the App. C key as id). The message names the
 * field by the label the page shows (not by the org.properties key), where the page labels it in words.
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

    /** The label (message key) of each input whose label is not its key. */
    private static final Map<String, String> LABEL_OF_FIELD = Map.ofEntries(
            Map.entry("organization.name", "operator.field.orgName"),
            Map.entry("organization.email", "operator.field.orgEmail"),
            Map.entry("organization.phone", "operator.field.orgPhone"),
            Map.entry("organization.url", "operator.field.orgUrl"),
            Map.entry("organization.domicile", "operator.field.orgDomicile"),
            Map.entry("organization.locale", "operator.field.orgLocale"),
            Map.entry("organization.address", "operator.field.orgAddress"),
            Map.entry("organization.description", "operator.field.orgDescription"),
            Map.entry("organization.roles", "operator.field.roles"),
            Map.entry("organization.marketplaceid", "operator.field.marketplaceId"),
            Map.entry("organization.operatorrevshare", "operator.field.revenueShare"),
            Map.entry("user.identifier", "operator.field.userId"),
            Map.entry("user.email", "operator.field.userEmail"),
            Map.entry("user.salutation", "operator.field.salutation"),
            Map.entry("user.locale", "operator.field.userLocale"),
            Map.entry("user.firstname", "operator.field.firstName"),
            Map.entry("user.lastname", "operator.field.lastName"),
            Map.entry("user.additionalname", "operator.field.additionalName"),
            Map.entry("user.phone", "operator.field.userPhone"),
            Map.entry("user.address", "operator.field.userAddress"));

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
            String clientId = formId + ":" + componentId(field);
            String label = LABEL_OF_FIELD.get(field);
            if (isAboutTheField(error, field) && label != null) {
                PortalMessages.error(context, clientId, error, 0, PortalMessages.text(context, label));
            } else {
                PortalMessages.error(context, clientId, error);
            }
            PortalMessages.error(context, null, "operator.notSaved");
        }
        context.validationFailed();
    }

    /** The field rules of the services ("account.field.*") name the field first: "{0} must be given." */
    private static boolean isAboutTheField(BssException error, String field) {
        Object[] arguments = error.arguments();
        return error.messageKey().startsWith("account.field.") && arguments.length > 0 && field.equals(arguments[0]);
    }
}
