package org.bss.ws.faults;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.List;
import org.bss.ws.vo.BaseVO;

/**
 * The fault idiom of every SOAP endpoint (bound by {@code @Interceptors} on each endpoint class): an operation calls
 * the services and lets their errors through; here a runtime error becomes the most specific fault of
 * {@link FaultTable} that the invoked method declares, with the member and object class of its {@link FaultTarget}.
 * The transaction of a call that ends in such a fault is rolled back, as it would be for the error itself. Faults the
 * operation throws itself (checked) and errors no declared fault fits (a Server fault) pass unchanged.
 */
public class FaultInterceptor {
    // the numbers of the value objects sent are checked first (BaseVO), so that no operation uses a value JAXB read
    // as 0 from a text that is no number

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object toFault(InvocationContext invocation) throws Exception {
        try {
            BaseVO.checkNumbers(invocation.getParameters());
            return invocation.proceed();
        } catch (RuntimeException error) {
            Method method = invocation.getMethod();
            FaultTarget target = method.getAnnotation(FaultTarget.class);
            SaaSApplicationException fault = FaultTable.fault(
                            error,
                            target == null ? null : orNull(target.member()),
                            target == null ? null : orNull(target.objectClass()),
                            List.of(method.getExceptionTypes()))
                    .orElse(null);
            if (fault == null) {
                throw error;
            }
            if (transactions.getTransactionKey() != null) {
                transactions.setRollbackOnly();
            }
            throw fault;
        }
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
