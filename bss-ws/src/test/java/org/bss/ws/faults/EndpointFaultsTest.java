package org.bss.ws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.interceptor.Interceptors;
import jakarta.jws.WebService;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every SOAP endpoint of bss-ws has the one fault idiom: the compiled classes are read, so a new endpoint counts. */
class EndpointFaultsTest {

    static List<Class<?>> endpoints() throws IOException, URISyntaxException {
        Path classes = Path.of(FaultInterceptor.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")
                            && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f)
                            .toString()
                            .replace(f.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .map(EndpointFaultsTest::load)
                    .filter(c -> c.isAnnotationPresent(WebService.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EndpointFaultsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEndpointIsBoundToTheFaultInterceptor() throws Exception {
        List<Class<?>> endpoints = endpoints();

        assertThat(endpoints)
                .extracting(Class::getSimpleName)
                .contains("OperatorService", "IdentityService", "AccountService", "ServiceProvisioningService");
        assertThat(endpoints)
                .allSatisfy(endpoint -> assertThat(endpoint.getAnnotation(Interceptors.class))
                        .as(endpoint.getSimpleName())
                        .isNotNull()
                        .satisfies(bound -> assertThat(bound.value()).contains(FaultInterceptor.class)));
    }
}
