package org.bss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where BSS runs: {@code --url=}, else env {@code BSS_URL}, else {@code bss.url} in
 * {@code operator-client.properties} (working directory, then the jar's directory), else
 * {@value #DEFAULT}.
 */
public final class ServerUrl {

    public static final String DEFAULT = "http://localhost:8080";
    public static final String ENV = "BSS_URL";
    public static final String FILE = "operator-client.properties";
    public static final String PROPERTY = "bss.url";
    public static final String ENDPOINT = "/OperatorService/BASIC";
    /** Where the user commands go (lock, unlock, reset password). */
    public static final String IDENTITY_ENDPOINT = "/IdentityService/BASIC";

    private ServerUrl() {}

    public static URI endpoint(Optional<String> option, Map<String, String> env, List<Path> propertyDirs)
            throws CliException {
        String base = option.orElse(null);
        String source = "--url";
        if (base == null && env.get(ENV) != null && !env.get(ENV).isBlank()) {
            base = env.get(ENV);
            source = "BSS_URL";
        }
        if (base == null) {
            for (Path dir : propertyDirs) {
                Path file = dir.resolve(FILE);
                String value = read(file);
                if (value != null) {
                    base = value;
                    source = file.toString();
                    break;
                }
            }
        }
        if (base == null) {
            base = DEFAULT;
            source = "default";
        }
        return endpoint(base.trim(), source);
    }

    static URI endpoint(String base, String source) throws CliException {
        String trimmed = base.replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed + ENDPOINT);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(base, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CliException(
                    ExitCode.USAGE,
                    "Invalid server URL '" + base + "' (from " + source + "): expected e.g. http://localhost:8080.");
        }
    }

    /** Another service's endpoint on the same server as the OperatorService endpoint, e.g. {@link #IDENTITY_ENDPOINT}. */
    public static URI sibling(URI operatorEndpoint, String endpoint) {
        return URI.create(base(operatorEndpoint) + endpoint);
    }

    /** The server URL of an endpoint this class made (without the service path). */
    static String base(URI endpoint) {
        String s = endpoint.toString();
        for (String path : new String[] {ENDPOINT, IDENTITY_ENDPOINT}) {
            if (s.endsWith(path)) {
                return s.substring(0, s.length() - path.length());
            }
        }
        return s;
    }

    private static String read(Path file) throws CliException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "Cannot read " + file + ": " + e.getMessage());
        }
        String value = p.getProperty(PROPERTY);
        return value == null || value.isBlank() ? null : value;
    }

    /** The working directory, then the directory of the running jar (when run from a jar). */
    public static List<Path> defaultPropertyDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("").toAbsolutePath());
        try {
            Path code = Path.of(ServerUrl.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(code) && code.getParent() != null && !dirs.contains(code.getParent())) {
                dirs.add(code.getParent());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: working directory only
        }
        return dirs;
    }
}
