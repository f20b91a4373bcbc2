package org.bss.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A CDI {@link Event} that, like CDI's synchronous {@code fire}, calls every {@code @Observes} method of bss-ejb
 * that the event reaches, on the harness's bean, in the caller's transaction. Qualifiers, asynchronous events and
 * transactional observers ({@code during = AFTER_SUCCESS} ...) are not supported: they fail loudly.
 */
final class SynchronousEvent<T> implements Event<T> {

    private final Function<Class<?>, Object> beans;

    SynchronousEvent(Function<Class<?>, Object> beans) {
        this.beans = beans;
    }

    @Override
    public void fire(T event) {
        for (Method observer : BeanClasses.observersOf(event.getClass())) {
            checkInProgress(observer);
            observer.setAccessible(true);
            try {
                observer.invoke(beans.apply(observer.getDeclaringClass()), event);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void checkInProgress(Method observer) {
        for (Parameter p : observer.getParameters()) {
            Observes observes = p.getAnnotation(Observes.class);
            if (observes != null && observes.during() != TransactionPhase.IN_PROGRESS) {
                throw new UnsupportedOperationException(
                        observer + ": transactional observers are not run by the harness");
            }
        }
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("fireAsync is not run by the harness");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("fireAsync is not run by the harness");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualified events are not run by the harness");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualified events are not run by the harness");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("qualified events are not run by the harness");
    }
}
