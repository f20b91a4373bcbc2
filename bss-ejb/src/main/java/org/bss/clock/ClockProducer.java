package org.bss.clock;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Makes BSS's one clock injectable: {@code @Inject Clock clock;} then {@code clock.instant()}. */
@ApplicationScoped
public class ClockProducer {

    @EJB
    private BssClock bssClock;

    @Produces
    public Clock clock() {
        return bssClock.clock();
    }
}
