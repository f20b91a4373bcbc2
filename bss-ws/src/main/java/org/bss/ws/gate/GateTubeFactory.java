package org.bss.ws.gate;

import com.sun.xml.ws.api.model.JavaMethod;
import com.sun.xml.ws.api.model.SEIModel;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.assembler.dev.ClientTubelineAssemblyContext;
import com.sun.xml.ws.assembler.dev.ServerTubelineAssemblyContext;
import com.sun.xml.ws.assembler.dev.TubeFactory;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the {@link Gate} in front of each SOAP endpoint of the application (named in META-INF/metro.xml, right after
 * the transport), and wraps the endpoint's codec in a {@link RefusingCodec}; clients of the application get no
 * tube.
 */
public final class GateTubeFactory implements TubeFactory {

    @Override
    public Tube createTube(ClientTubelineAssemblyContext context) {
        return context.getTubelineHead();
    }

    @Override
    public Tube createTube(ServerTubelineAssemblyContext context) {
        SEIModel model = context.getSEIModel();
        if (model == null) {
            return context.getTubelineHead();
        }
        Set<String> offered = model.getJavaMethods().stream()
                .map(JavaMethod::getRequestPayloadName)
                .filter(name -> name != null)
                .map(name -> name.getLocalPart())
                .collect(Collectors.toUnmodifiableSet());
        context.setCodec(new RefusingCodec(context.getCodec()));
        Operations operations = new Operations(
                context.getEndpoint().getServiceName().getLocalPart(), model.getTargetNamespace(), offered);
        return new Gate(
                context.getTubelineHead(),
                operations,
                new ContainerLogin(),
                context.getWsdlPort(),
                model,
                context.getEndpoint().getBinding());
    }
}
