package org.bss.web.auth;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.Set;
import org.bss.common.log.BssLog;
import org.bss.common.log.LogFeature;
import org.bss.common.log.LogMessage;

/**
 * Installs {@link BearerServerAuthModule} for this WAR's context (/bss) only, at container start-up of the
 * context (the moment Soteria registers its own module), and removes it when the context ends. Listed in
 * META-INF/services/jakarta.servlet.ServletContainerInitializer.
 */
public class BearerAuthRegistration implements ServletContainerInitializer, ServletContextListener {

    private static final BssLog LOG = BssLog.system(LogFeature.REST);

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        String id = AuthConfigFactory.getFactory()
                .registerServerAuthModule(
                        new BearerServerAuthModule(new BearerTokens(new TokenServiceLocator())), context);
        context.addListener(this);
        LOG.info(LogMessage.REST_AUTH_INSTALLED, context.getContextPath(), id);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
