package org.bss.ws.faults;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an operation's faults say about the addressed object, for {@link FaultInterceptor}: {@code member} goes into a
 * ValidationException's bean, {@code objectClass} (the contract's ClassEnum) into an ObjectNotFoundException's. Left
 * empty, both come from the error itself ({@link FaultTable}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FaultTarget {

    /** The parameter the operation's validation faults name, e.g. {@code organizationProperties}. */
    String member() default "";

    /** The ClassEnum of the object the operation addresses, e.g. {@code PLATFORM_SETTING}. */
    String objectClass() default "";
}
