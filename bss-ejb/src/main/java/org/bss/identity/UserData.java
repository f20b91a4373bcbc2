package org.bss.identity;

import org.bss.account.OrganizationDataValidator;

/**
 * The fields of a user an administrator enters (USR-2, table 5.2 user.*). Locale is one of the platform's languages,
 * salutation MR or MS or empty. On update, a null field keeps its value and a blank one clears it. The user id is
 * held in NFC whichever adapter made this ({@link OrganizationDataValidator#normalizedUserId}).
 */
public record UserData(
        String userId,
        String email,
        String locale,
        String salutation,
        String firstName,
        String lastName,
        String additionalName,
        String address,
        String phone) {

    public UserData {
        userId = OrganizationDataValidator.normalizedUserId(userId);
    }

    /** This data with every null field taken from {@code current}. */
    public UserData over(UserData current) {
        return new UserData(
                keep(userId, current.userId),
                keep(email, current.email),
                keep(locale, current.locale),
                keep(salutation, current.salutation),
                keep(firstName, current.firstName),
                keep(lastName, current.lastName),
                keep(additionalName, current.additionalName),
                keep(address, current.address),
                keep(phone, current.phone));
    }

    static UserData of(PlatformUser u) {
        return new UserData(
                u.getUserId(),
                u.getEmail(),
                u.getLocale(),
                u.getSalutation(),
                u.getFirstName(),
                u.getLastName(),
                u.getAdditionalName(),
                u.getAddress(),
                u.getPhone());
    }

    private static String keep(String given, String current) {
        return given == null ? current : given;
    }
}
