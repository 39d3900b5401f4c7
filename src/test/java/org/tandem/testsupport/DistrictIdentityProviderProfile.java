package org.tandem.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Quarkus with a district's identity provider configured and a retired signing key of ours. */
public class DistrictIdentityProviderProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DistrictIdentityProvider.class));
    }
}
