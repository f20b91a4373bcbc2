package org.bss.identity;

import java.util.List;
import org.bss.account.OrganizationDataValidator;
import org.bss.common.ValidationException;

/**
 * The field rules of a user (table 5.2 user.*, App. F): user id as in ORG-4, e-mail required, language one of the
 * platform's, salutation MR or MS when given (case-sensitive), names, address and phone within their limits. Errors
 * name the field as the API and the portal call it.
 */
public final class UserDataValidator {

    public static final List<String> SALUTATIONS = OrganizationDataValidator.SALUTATIONS;
    public static final List<String> LOCALES = OrganizationDataValidator.LOCALES;

    private UserDataValidator() {
    }

    public static void validate(UserData user) {
        OrganizationDataValidator.userId("userId", user.userId());
        required("email", user.email());
        if (user.email().length() > OrganizationDataValidator.EMAIL_MAX || !OrganizationDataValidator.isEmailAddress(user.email())) {
            throw new ValidationException("account.field.email", "email",
                    String.valueOf(OrganizationDataValidator.EMAIL_MAX), user.email());
        }
        required("locale", user.locale());
        oneOf("locale", user.locale(), LOCALES);
        if (present(user.salutation())) {
            oneOf("salutation", user.salutation(), SALUTATIONS);
        }
        maxLength("firstName", user.firstName(), OrganizationDataValidator.NAME_MAX);
        maxLength("lastName", user.lastName(), OrganizationDataValidator.NAME_MAX);
        maxLength("additionalName", user.additionalName(), OrganizationDataValidator.NAME_MAX);
        maxLength("address", user.address(), OrganizationDataValidator.ADDRESS_MAX);
        maxLength("phone", user.phone(), OrganizationDataValidator.PHONE_MAX);
        if (present(user.phone()) && !user.phone().matches("[0-9+\\-() ]+")) {
            throw new ValidationException("account.field.phone", "phone",
                    String.valueOf(OrganizationDataValidator.PHONE_MAX), user.phone());
        }
    }

    private static void oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new ValidationException("account.field.oneOf", field, String.join(", ", allowed), value);
        }
    }

    private static void required(String field, String value) {
        if (!present(value)) {
            throw new ValidationException("account.field.required", field);
        }
    }

    private static void maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new ValidationException("account.field.tooLong", field, String.valueOf(max),
                    String.valueOf(value.codePointCount(0, value.length())));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
