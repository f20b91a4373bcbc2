package org.bss.onboarding;

import static org.bss.account.OrganizationDataValidator.ADDRESS_MAX;
import static org.bss.account.OrganizationDataValidator.NAME_MAX;

import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;
import org.bss.identity.UserData;

/**
 * The first administrator's fields as table 5.2 has them (user.*): the salutation is required, the locale may be left
 * out (the organization's is taken). Checked before the user rules of identity, so a message names the key of
 * org.properties.
 */
public final class FirstAdministrator {

    private FirstAdministrator() {}

    /** @throws ValidationException naming the user.* key of the broken field */
    public static void validate(UserData user) {
        OrganizationDataValidator.userId("user.identifier", user.userId());
        OrganizationDataValidator.userEmail("user.email", user.email());
        OrganizationDataValidator.maxLength("user.firstname", user.firstName(), NAME_MAX);
        OrganizationDataValidator.maxLength("user.lastname", user.lastName(), NAME_MAX);
        OrganizationDataValidator.maxLength("user.additionalname", user.additionalName(), NAME_MAX);
        OrganizationDataValidator.maxLength("user.address", user.address(), ADDRESS_MAX);
        OrganizationDataValidator.phone("user.phone", user.phone());
        OrganizationDataValidator.locale("user.locale", user.locale());
        OrganizationDataValidator.required("user.salutation", user.salutation());
        OrganizationDataValidator.oneOf("user.salutation", user.salutation(), OrganizationDataValidator.SALUTATIONS);
    }

    /** The administrator with the organization's locale where none is given. */
    public static UserData withLocale(UserData user, String organizationLocale) {
        if (user.locale() != null && !user.locale().isBlank()) {
            return user;
        }
        return new UserData(
                user.userId(),
                user.email(),
                organizationLocale,
                user.salutation(),
                user.firstName(),
                user.lastName(),
                user.additionalName(),
                user.address(),
                user.phone());
    }
}
