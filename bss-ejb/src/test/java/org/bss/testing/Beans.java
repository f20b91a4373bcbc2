package org.bss.testing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The beans of one test, made the way the container makes them: one instance per bean class, its injected fields
 * filled by their type, then its {@code @PostConstruct} method. Beans call each other directly (no container proxy in
 * between), so security and transaction attributes are not applied between them (docs/testing.md).
 * <ul>
 *   <li>{@code @PersistenceContext} the EntityManager of the running transaction;</li>
 *   <li>{@code @Inject Clock} the test's clock, {@code @Inject Event<T>} a {@link SynchronousEvent};</li>
 *   <li>{@code @EJB} or {@code @Inject} of another bean: that bean (an interface: its one implementation);</li>
 *   <li>{@code @Resource SessionContext} the {@link TestCaller}, {@code @Resource TransactionSynchronizationRegistry}
 *       the {@link LocalTransactions};</li>
 *   <li>a type given a stand-in: the stand-in (which is not injected itself); anything else fails, naming the field.</li>
 * </ul>
 */
final class Beans {

    private final Map<Class<?>, Object> standIns;
    private final Map<Class<?>, Object> beans = new HashMap<>();
    private final EntityManager entityManager;
    private final Clock clock;
    private final SessionContext context;
    private final TransactionSynchronizationRegistry transactions;

    Beans(
            Map<Class<?>, Object> standIns,
            EntityManager entityManager,
            Clock clock,
            SessionContext context,
            TransactionSynchronizationRegistry transactions) {
        this.standIns = Map.copyOf(standIns);
        this.entityManager = entityManager;
        this.clock = clock;
        this.context = context;
        this.transactions = transactions;
    }

    <T> T get(Class<T> type) {
        Object standIn = standIns.get(type);
        if (standIn != null) {
            return type.cast(standIn);
        }
        Class<?> beanClass = BeanClasses.implementation(type);
        Object bean = beans.get(beanClass);
        if (bean == null) {
            bean = instantiate(beanClass);
            beans.put(beanClass, bean); // before injecting, so beans that use each other get the same instance
            inject(bean);
            postConstruct(bean);
        }
        return type.cast(bean);
    }

    private void inject(Object bean) {
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersistenceContext.class)
                        || field.isAnnotationPresent(EJB.class)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(Resource.class)) {
                    field.setAccessible(true);
                    try {
                        field.set(bean, valueFor(field));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private Object valueFor(Field field) {
        Class<?> type = field.getType();
        if (standIns.containsKey(type)) {
            return standIns.get(type);
        }
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            return entityManager;
        }
        if (field.isAnnotationPresent(Resource.class)) {
            if (type == SessionContext.class) {
                return context;
            }
            if (type == TransactionSynchronizationRegistry.class) {
                return transactions;
            }
            throw new IllegalStateException("no stand-in for " + field + ": give one with ServiceHarness.standIn");
        }
        if (type == Clock.class) {
            return clock;
        }
        if (type == Event.class) {
            return new SynchronousEvent<>(this::get);
        }
        if (!type.getName().startsWith("org.bss.")) { // a container resource (JMSContext, Instance, ...)
            throw new IllegalStateException("no stand-in for " + field + ": give one with ServiceHarness.standIn");
        }
        return get(type);
    }

    private static Object instantiate(Class<?> beanClass) {
        try {
            Constructor<?> constructor = beanClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + beanClass.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + beanClass.getName(), e.getCause());
        }
    }

    private static void postConstruct(Object bean) {
        for (Method m : bean.getClass().getDeclaredMethods()) {
            if (m.isAnnotationPresent(PostConstruct.class)) {
                m.setAccessible(true);
                try {
                    m.invoke(bean);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(
                            "@PostConstruct of " + bean.getClass().getName() + " failed", e.getCause());
                }
            }
        }
    }
}
