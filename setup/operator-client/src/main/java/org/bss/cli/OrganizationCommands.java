package org.bss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The organization commands (guide §5.1–5.3, §7.3, §8.4.6) and getuseroperationlog (§4.2). Files are checked
 * before anything is sent: org.properties must be readable UTF-8 (it is sent as text and read by the server's one
 * parser), the log file must not exist yet and its directory must.
 */
final class OrganizationCommands {

    /** Sends one SOAP request and returns the successful answer (see {@link OperatorClient#call}). */
    interface Caller {
        String call(String envelope) throws CliException;
    }

    private static final char BOM = '\uFEFF';
    private static final String SETTINGS = "organization.settings";

    private final Caller caller;
    private final PrintStream out;

    OrganizationCommands(Caller caller, PrintStream out) {
        this.caller = caller;
        this.out = out;
    }

    void execute(Invocation inv) throws CliException {
        switch (inv.command()) {
            case CREATEORGANIZATION -> {
                Path file = Path.of(inv.argument(Command.FILE)).toAbsolutePath().normalize();
                String text = readProperties(file);
                String ldap = ldapProperties(file, text);
                OrganizationSoap.Registration r =
                        OrganizationSoap.registration(caller.call(OrganizationSoap.registerOrganization(text, ldap)));
                out.println("Organization " + r.organizationId() + " (" + r.organizationName() + ") created.");
                out.println("organizationId=" + r.organizationId());
                out.println("administratorUserId=" + r.administratorUserId());
                out.println("administratorUserKey=" + r.administratorUserKey());
                if (r.initialPassword() != null) {
                    out.println("initialPassword=" + r.initialPassword());
                } else {
                    out.println("The organization uses LDAP: its administrator signs in with the LDAP password.");
                }
            }
            case UPDATEORGANIZATION -> {
                String text = readProperties(
                        Path.of(inv.argument(Command.FILE)).toAbsolutePath().normalize());
                String orgId =
                        OrganizationSoap.updatedOrganizationId(caller.call(OrganizationSoap.updateOrganization(text)));
                out.println("Organization " + orgId + " updated.");
            }
            case ADDORGANIZATIONTOROLE -> {
                String orgId = inv.argument("orgid");
                String roles = inv.argument("role");
                Soap.expectResponse(
                        caller.call(OrganizationSoap.addOrganizationToRole(
                                orgId,
                                ArgumentRules.list("role", roles),
                                ArgumentRules.share(inv.argument("operatorrevshare")))),
                        "addOrganizationToRoleResponse");
                out.println("Organization " + orgId + " has the roles " + roles + ".");
            }
            case SETDISTINGUISHEDNAME -> {
                String orgId = inv.argument("orgid");
                String dn = inv.argument("distinguishedname");
                Soap.expectResponse(
                        caller.call(OrganizationSoap.setDistinguishedName(orgId, dn)), "setDistinguishedNameResponse");
                out.println(
                        dn.isBlank()
                                ? "Distinguished name of organization " + orgId + " removed."
                                : "Distinguished name of organization " + orgId + " set to " + dn.strip() + ".");
            }
            case ADDAVAILABLEPAYMENTTYPES -> {
                String orgId = inv.argument("orgid");
                String types = inv.argument("paymenttypes");
                Soap.expectResponse(
                        caller.call(OrganizationSoap.addAvailablePaymentTypes(
                                orgId, ArgumentRules.list("paymenttypes", types))),
                        "addAvailablePaymentTypesResponse");
                out.println("Payment types " + types + " are available to organization " + orgId + ".");
            }
            case GETUSEROPERATIONLOG -> userOperationLog(inv);
            default -> throw new IllegalArgumentException("not an organization command: " + inv.command());
        }
    }

    private void userOperationLog(Invocation inv) throws CliException {
        Path file = Path.of(inv.argument("filename")).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw Invocation.usage("filename=" + inv.argument("filename") + ": the file " + file
                    + " already exists; name a new file.");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw Invocation.usage("filename=" + inv.argument("filename") + ": the directory " + file.getParent()
                    + " does not exist.");
        }
        byte[] log = OrganizationSoap.log(caller.call(OrganizationSoap.getUserOperationLog(
                inv.argument("from"), inv.argument("to"), inv.argument("userid"))));
        try {
            Files.write(file, log, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new CliException(
                    ExitCode.OTHER, "The file " + file + " was created by someone else meanwhile; nothing written.");
        } catch (IOException e) {
            throw new CliException(ExitCode.OTHER, "Cannot write " + file + ": " + e.getMessage());
        }
        long entries = new String(log, StandardCharsets.UTF_8).lines().count();
        out.println("Audit log of " + inv.argument("from") + " to " + inv.argument("to") + " written to " + file + " ("
                + entries + (entries == 1 ? " entry)." : " entries)."));
    }

    /** The file's text, decoded as strict UTF-8 (a leading byte order mark is dropped). */
    static String readProperties(Path file) throws CliException {
        return readUtf8(file, "organization properties");
    }

    /**
     * The text of the LDAP properties file that {@code organization.settings} names (App. C), or null without that key.
     * A relative path is taken relative to the org.properties file (the guide asks for a fully qualified one).
     */
    static String ldapProperties(Path orgFile, String text) throws CliException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return null; // the server's parser reports the broken file
        }
        String settings = p.getProperty(SETTINGS);
        if (settings == null || settings.isBlank()) {
            return null;
        }
        Path dir = orgFile.getParent() == null ? Path.of("") : orgFile.getParent();
        return readUtf8(
                dir.resolve(settings.strip()).toAbsolutePath().normalize(), "LDAP properties (" + SETTINGS + ")");
    }

    private static String readUtf8(Path file, String what) throws CliException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw Invocation.usage("Cannot read the " + what + " " + file + ": no such readable file.");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Invocation.usage("The " + what + " " + file + " are not valid UTF-8; save the file in UTF-8.");
        } catch (IOException e) {
            throw Invocation.usage("Cannot read the " + what + " " + file + ": " + e.getMessage());
        }
    }
}
