package org.bss.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationRole;
import org.bss.account.OrganizationRoleRules;
import org.bss.common.ValidationException;
import org.bss.identity.UserData;

/**
 * Reads an org.properties file (§5.2, REFERENCE.md C.5) in UTF-8 into an {@link OrgProperties}. It checks the
 * file's form (known keys, role list syntax, revenue share number); the field limits and the role rules are checked
 * by {@link org.bss.account.OrganizationDataValidator} and {@link OrganizationRoleRules} where the organization is created.
 * The guide prints {@code user.phon}; it is accepted as {@code user.phone}. Organization fields given empty are read
 * as "" (updateorganization clears them), other empty values as absent.
 */
public final class OrgPropertiesReader {

    public static final String ORGANIZATION_ID = "organization.id";
    public static final String ROLES = OrganizationRoleRules.ROLES_KEY;
    public static final String SETTINGS = "organization.settings";

    /** Every key the file may contain. */
    public static final Set<String> KEYS = Set.of(
            "user.identifier",
            "user.email",
            "user.firstname",
            "user.lastname",
            "user.additionalname",
            "user.address",
            "user.phone",
            "user.phon",
            "user.locale",
            "user.salutation",
            ORGANIZATION_ID,
            "organization.name",
            "organization.email",
            "organization.address",
            "organization.domicile",
            "organization.locale",
            "organization.phone",
            "organization.url",
            "organization.description",
            ROLES,
            OrganizationRoleRules.MARKETPLACE_KEY,
            OrganizationRoleRules.REVENUE_SHARE_KEY,
            SETTINGS);

    private OrgPropertiesReader() {}

    /** Reads a file; bytes that are not UTF-8 are refused. */
    public static OrgProperties read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ValidationException("account.properties.unreadable", file.toString(), e.getMessage());
        }
    }

    /** Reads a stream as strict UTF-8 ({@code source} names it in messages). */
    public static OrgProperties read(InputStream in, String source) {
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        return read(reader, source);
    }

    /** Reads already decoded text. */
    public static OrgProperties read(Reader reader, String source) {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (CharacterCodingException e) {
            throw new ValidationException("account.properties.notUtf8", source);
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException("account.properties.unreadable", source, String.valueOf(e.getMessage()));
        }
        return parse(p);
    }

    /** Interprets loaded properties. */
    public static OrgProperties parse(Properties p) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ValidationException(
                    "account.properties.unknownKeys",
                    String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(KEYS)));
        }
        String phone = value(p, "user.phone");
        String phon = value(p, "user.phon");
        if (phone != null && phon != null && !phone.equals(phon)) {
            throw new ValidationException("account.properties.phoneTwice", "user.phone", "user.phon");
        }
        OrganizationData org = new OrganizationData(
                given(p, "organization.name"),
                given(p, "organization.email"),
                given(p, "organization.address"),
                given(p, "organization.phone"),
                given(p, "organization.url"),
                given(p, "organization.description"),
                given(p, "organization.domicile"),
                given(p, "organization.locale"));
        UserData admin = new UserData(
                value(p, "user.identifier"),
                value(p, "user.email"),
                value(p, "user.locale"),
                value(p, "user.salutation"),
                value(p, "user.firstname"),
                value(p, "user.lastname"),
                value(p, "user.additionalname"),
                value(p, "user.address"),
                phone != null ? phone : phon);
        return new OrgProperties(
                value(p, ORGANIZATION_ID),
                org,
                admin,
                roles(p.getProperty(ROLES)),
                value(p, OrganizationRoleRules.MARKETPLACE_KEY),
                revenueShare(value(p, OrganizationRoleRules.REVENUE_SHARE_KEY)),
                value(p, SETTINGS));
    }

    /** Parses a role list "A,B" (no spaces, no empty element); null or empty means no role (customer). */
    public static Set<OrganizationRole> roles(String raw) {
        EnumSet<OrganizationRole> roles = EnumSet.noneOf(OrganizationRole.class);
        if (raw == null || raw.isEmpty()) {
            return roles;
        }
        if (raw.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException("account.roles.spaces", ROLES, raw);
        }
        for (String name : List.of(raw.split(",", -1))) {
            if (name.isEmpty()) {
                throw new ValidationException("account.roles.spaces", ROLES, raw);
            }
            roles.add(OrganizationRole.parse(ROLES, name));
        }
        return roles;
    }

    /** Parses a revenue share (0–100, at most 2 decimals); null when absent. */
    public static BigDecimal revenueShare(String raw) {
        if (raw == null) {
            return null;
        }
        BigDecimal share;
        try {
            share = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new ValidationException("account.revenueShare.invalid", OrganizationRoleRules.REVENUE_SHARE_KEY, raw);
        }
        OrganizationRoleRules.checkRevenueShareValue(share);
        return share;
    }

    /** A stripped value; a key given empty is "" (an update clears that field), a missing key null. */
    private static String given(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? null : v.strip();
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            return null;
        }
        String stripped = v.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
