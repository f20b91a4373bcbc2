package org.bss.system.matrix;

import java.util.Map;
import org.bss.system.matrix.AuthorizationMatrix.Caller;
import org.bss.system.matrix.MatrixFixtures.Member;
import org.bss.system.matrix.MatrixFixtures.Org;

/**
 * One matrix test's world: the cast (callers and their organizations, made once), who calls, and what the call
 * acts on, made fresh for this test: a target user in organization A, a target organization, a technical service of
 * A, and a fresh id for
 * what the call may create. Nothing is shared between tests, so no test sees another's effects.
 */
final class Scene {

    /** The callers and organizations of the whole run. */
    record Cast(MatrixFixtures fixtures, Org a, Map<Caller, Member> members, Map<Caller, String> organizations) {}

    /** What a probe needs made before the call. */
    enum Target {
        NONE,
        ACTIVE_USER,
        LOCKED_USER,
        ORGANIZATION,
        TECHNICAL_SERVICE,
        MARKETPLACE,
        SERVICES
    }

    final Cast cast;
    final Member caller;
    final String callerOrgId;
    final Member target;
    final Org targetOrg;
    final MatrixFixtures.TechService technicalService;
    final MatrixFixtures.Marketplace marketplace;
    final MatrixFixtures.ServicePair services;
    final String fresh;

    private Scene(
            Cast cast,
            Caller caller,
            Member target,
            Org targetOrg,
            MatrixFixtures.TechService technicalService,
            MatrixFixtures.Marketplace marketplace,
            MatrixFixtures.ServicePair services,
            String fresh) {
        this.cast = cast;
        this.caller = cast.members().get(caller);
        this.callerOrgId = cast.organizations().get(caller);
        this.target = target;
        this.targetOrg = targetOrg;
        this.technicalService = technicalService;
        this.marketplace = marketplace;
        this.services = services;
        this.fresh = fresh;
    }

    static Scene prepare(Cast cast, Caller caller, Target target) {
        MatrixFixtures f = cast.fixtures();
        Member user = switch (target) {
            case ACTIVE_USER -> f.user(cast.a(), "target", "ACTIVE");
            case LOCKED_USER -> f.user(cast.a(), "target", "LOCKED");
            default -> null;
        };
        Org org = target == Target.ORGANIZATION ? f.organization("target", "SUPPLIER") : null;
        MatrixFixtures.TechService service =
                target == Target.TECHNICAL_SERVICE ? f.technicalService(cast.a(), "ts") : null;
        MatrixFixtures.Marketplace marketplace = target == Target.MARKETPLACE ? f.marketplace(cast.a(), "mp") : null;
        MatrixFixtures.ServicePair services = target == Target.SERVICES ? f.servicePair(cast.a()) : null;
        return new Scene(cast, caller, user, org, service, marketplace, services, f.fresh("new"));
    }

    String orgA() {
        return cast.a().orgId();
    }

    /** {@code <user><tns:userId>target</tns:userId></user>}: a VOUser addressing the target. */
    String targetUserParam() {
        return SoapCall.param("user", SoapCall.vo("userId", target.userId()));
    }
}
