package org.bss.identity;

import static org.bss.account.OrganizationDataValidator.ADDRESS_MAX;
import static org.bss.account.OrganizationDataValidator.NAME_MAX;
import static org.bss.account.OrganizationDataValidator.maxLength;
import static org.bss.account.OrganizationDataValidator.oneOf;
import static org.bss.account.OrganizationDataValidator.required;

import java.util.List;
import org.bss.account.OrganizationDataValidator;

/**
 * The field rules of a user (table 5.2 user.*, App. F), with the field names the API and the portal use: user id as
 * in ORG-4, e-mail required, language one of the platform's, salutation MR or MS when given (case-sensitive), names,
 * address and phone within their limits. The single rules are those of {@link OrganizationDataValidator}.
 */
public final class UserDataValidator {

    public static final List<String> SALUTATIONS = OrganizationDataValidator.SALUTATIONS;
    public static final List<String> LOCALES = OrganizationDataValidator.LOCALES;

    private UserDataValidator() {}

    public static void validate(UserData user) {
        OrganizationDataValidator.userId("userId", user.userId());
        OrganizationDataValidator.userEmail("email", user.email());
        required("locale", user.locale());
        oneOf("locale", user.locale(), LOCALES);
        if (user.salutation() != null && !user.salutation().isBlank()) {
            oneOf("salutation", user.salutation(), SALUTATIONS);
        }
        OrganizationDataValidator.userName("firstName", user.firstName());
        OrganizationDataValidator.userName("lastName", user.lastName());
        maxLength("additionalName", user.additionalName(), NAME_MAX);
        maxLength("address", user.address(), ADDRESS_MAX);
        OrganizationDataValidator.phone("phone", user.phone());
    }
}
