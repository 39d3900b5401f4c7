package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tandem's start-up, not a Quarkus feature: in the prod profile the OpenAPI document is prepared
 * when {@code /q/openapi} is first asked for, not while the application starts. Quarkus 3.37
 * parses the stored document (1.3 MB of JSON) into a model and writes it back as JSON and YAML
 * during start-up: about 1.1 s of CPU out of 4.8 s to the first request on a 2-core machine
 * (docs/performance.md, "Start-up"), for a document that a running service is rarely asked for.
 *
 * <p>It lives in the extension's package because {@code prepareDocument}, the method the start-up
 * recorder calls, is package-private; a Quarkus upgrade that changes it breaks the build here
 * rather than anything at run time. The document served is the same: the first request runs the
 * extension's own preparation. Dev and test profiles keep the extension's eager behaviour, and
 * {@code make client-check} compares the jar's {@code /q/openapi} with the committed document.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@IfBuildProfile("prod")
@Unremovable
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private record Preparation(AutoSecurityFilter autoSecurity, Map<OpenApiFilter.RunStage, List<String>> filters,
                               String name) {
    }

    private final List<Preparation> pending = new ArrayList<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurity, Map<OpenApiFilter.RunStage, List<String>> filters,
                                      String name) {
        pending.add(new Preparation(autoSecurity, filters, name));
    }

    @Override
    public byte[] getDocument(String name, Format format) {
        synchronized (this) {
            for (Preparation p : pending) {
                super.prepareDocument(p.autoSecurity(), p.filters(), p.name());
            }
            pending.clear();
        }
        return super.getDocument(name, format);
    }
}
