package org.bss.identity.ldap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.bss.common.ValidationException;

/**
 * Reads an LDAP properties file (the file {@code organization.settings} of org.properties names, App. C) as strict
 * UTF-8, as the guide asks, into checked keys ({@link LdapSettings#parse(Properties)}).
 */
public final class LdapSettingsFile {

    private LdapSettingsFile() {}

    public static Map<String, String> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ValidationException("ldap.settings.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** @param source names the file in messages */
    public static Map<String, String> read(InputStream in, String source) {
        Properties p = new Properties();
        try {
            p.load(new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (CharacterCodingException e) {
            throw new ValidationException("ldap.settings.notUtf8", source);
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException("ldap.settings.unreadable", source, String.valueOf(e.getMessage()));
        }
        return LdapSettings.parse(p);
    }
}
