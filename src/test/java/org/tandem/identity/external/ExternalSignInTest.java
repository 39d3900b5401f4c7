package org.tandem.identity.external;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.tandem.access.Roles;
import org.tandem.identity.Account;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.DistrictIdentityProvider;
import org.tandem.testsupport.DistrictIdentityProviderProfile;
import org.tandem.testsupport.TestDistrict;
import org.tandem.testsupport.TestTokens;
import org.tandem.testsupport.TokenForge;

/**
 * People of a district that runs its own OpenID Connect provider sign in with that provider's
 * tokens: matched to their account in that district, with the roles the directory gives them, and
 * nothing the provider or a forger claims beyond who the user is.
 */
@QuarkusTest
@TestProfile(DistrictIdentityProviderProfile.class)
class ExternalSignInTest {

    private static final String CALLER = "/api/v1/test-caller";
    private static TestDistrict district;

    private final Config config = ConfigProvider.getConfig();
    private final PrivateKey providerKey =
            TokenForge.readPrivateKey(config.getValue(DistrictIdentityProvider.KEY_LOCATION, String.class));
    private final String providerKid = config.getValue(DistrictIdentityProvider.KEY_ID, String.class);

    private static synchronized TestDistrict district() {
        if (district == null) {
            UUID tenant = ConfigProvider.getConfig().getValue(
                    "tandem.external-issuers." + DistrictIdentityProvider.NAME + ".tenant", UUID.class);
            district = TestDistrict.create(tenant);
        }
        return district;
    }

    private static String email(TestDistrict d, String localPart) {
        return localPart + "@" + d.tenantId.toString().substring(0, 8) + ".test";
    }

    /** Claims the district's provider would put in a token for this user. */
    private static JwtClaims providerClaims(String email) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DistrictIdentityProvider.ISSUER);
        claims.setAudience(DistrictIdentityProvider.AUDIENCE);
        claims.setSubject("idp|" + UUID.randomUUID());
        claims.setClaim("email", email);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    private String signedByProvider(JwtClaims claims) {
        return TokenForge.rs256(claims, providerKey, providerKid);
    }

    private static ValidatableResponse call(String token) {
        return Api.raw(token).get(CALLER).then();
    }

    private static void assertUnauthenticated(String token) {
        call(token).statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void staffMemberSignsInAsTheirAccountInTheirDistrict() {
        TestDistrict d = district();
        call(signedByProvider(providerClaims(email(d, "teacher.a")))).statusCode(200)
                .body("subject", equalTo(d.teacherAAccount.toString()))
                .body("tenant", equalTo(d.tenantId.toString()))
                .body("roles", contains(Roles.STAFF))
                .body("issuer", equalTo(DistrictIdentityProvider.ISSUER))
                .body("accountEmail", equalTo(email(d, "teacher.a")));
    }

    @Test
    void rolesComeFromTheDirectory() {
        TestDistrict d = district();
        call(signedByProvider(providerClaims(email(d, "principal")))).statusCode(200)
                .body("subject", equalTo(d.schoolAdminAccount.toString()))
                .body("roles", containsInAnyOrder(Roles.STAFF, Roles.SCHOOL_ADMIN));
        call(signedByProvider(providerClaims(email(d, "superintendent")))).statusCode(200)
                .body("roles", contains(Roles.DISTRICT_ADMIN));
        call(signedByProvider(providerClaims(email(d, "parent.a")))).statusCode(200)
                .body("subject", equalTo(d.guardianAAccount.toString()))
                .body("roles", contains(Roles.GUARDIAN));
    }

    @Test
    void emailIsMatchedWhateverItsCase() {
        TestDistrict d = district();
        call(signedByProvider(providerClaims(email(d, "Teacher.A").toUpperCase()))).statusCode(200)
                .body("subject", equalTo(d.teacherAAccount.toString()));
    }

    @Test
    void rolesAndTenantClaimedByTheProviderAreIgnored() {
        TestDistrict d = district();
        TestDistrict other = TestDistrict.create();
        JwtClaims claims = providerClaims(email(d, "parent.b"));
        claims.setStringListClaim("groups", List.of(Roles.DISTRICT_ADMIN, "admin"));
        claims.setClaim("tid", other.tenantId.toString());
        claims.setClaim("sub", other.districtAdminAccount.toString());
        call(signedByProvider(claims)).statusCode(200)
                .body("subject", equalTo(d.guardianBAccount.toString()))
                .body("tenant", equalTo(d.tenantId.toString()))
                .body("roles", contains(Roles.GUARDIAN));
    }

    @Test
    void externallySignedInGuardianSeesExactlyTheirOwnChild() {
        TestDistrict d = district();
        Api.validated(signedByProvider(providerClaims(email(d, "parent.a")))).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains(Roles.GUARDIAN))
                .body("students.id", equalTo(List.of(d.studentA.toString())));
    }

    @Test
    void rolesAreEnforcedForExternallySignedInCallers() {
        TestDistrict d = district();
        Api.raw(signedByProvider(providerClaims(email(d, "teacher.b")))).get("/api/v1/test-probe/admin-only")
                .then().statusCode(403);
    }

    @Test
    void unknownUserIsRefused() {
        assertUnauthenticated(signedByProvider(providerClaims("nobody@" + UUID.randomUUID() + ".test")));
    }

    @Test
    void userOfAnotherDistrictIsRefused() {
        district();
        TestDistrict other = TestDistrict.create();
        assertUnauthenticated(signedByProvider(providerClaims(email(other, "teacher.a"))));
    }

    @Test
    void deactivatedAccountIsRefused() {
        TestDistrict d = district();
        String email = "former." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        d.inTenant(em -> {
            Account former = new Account(email, "Former Teacher", null);
            em.persist(former);
            em.flush();
            em.createNativeQuery("UPDATE account SET active = false WHERE id = ?1")
                    .setParameter(1, former.id()).executeUpdate();
        });
        assertUnauthenticated(signedByProvider(providerClaims(email)));
    }

    @Test
    void emailTheProviderHasNotVerifiedIsRefused() {
        TestDistrict d = district();
        JwtClaims unverified = providerClaims(email(d, "teacher.a"));
        unverified.setClaim("email_verified", false);
        assertUnauthenticated(signedByProvider(unverified));
        JwtClaims verified = providerClaims(email(d, "teacher.a"));
        verified.setClaim("email_verified", true);
        call(signedByProvider(verified)).statusCode(200);
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        TestDistrict d = district();
        for (String audience : new String[] {"some-other-app", "tandem-api"}) {
            JwtClaims claims = providerClaims(email(d, "teacher.a"));
            claims.setAudience(audience);
            assertUnauthenticated(signedByProvider(claims));
        }
        JwtClaims none = providerClaims(email(d, "teacher.a"));
        none.unsetClaim("aud");
        assertUnauthenticated(signedByProvider(none));
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        TestDistrict d = district();
        KeyPair forger = TokenForge.rsaKeyPair();
        JwtClaims claims = providerClaims(email(d, "teacher.a"));
        assertUnauthenticated(TokenForge.rs256(claims, forger.getPrivate(), providerKid));
        assertUnauthenticated(TokenForge.rs256(claims, forger.getPrivate(), "another-kid"));
        assertUnauthenticated(TokenForge.rs256(claims, forger.getPrivate(), null));
    }

    @Test
    void unsignedOrHmacTokenInTheProvidersNameIsRefused() {
        TestDistrict d = district();
        JwtClaims claims = providerClaims(email(d, "teacher.a"));
        assertUnauthenticated(TokenForge.unsigned(claims));
        KeyPair forger = TokenForge.rsaKeyPair();
        assertUnauthenticated(TokenForge.hs256(claims, forger.getPublic().getEncoded(), providerKid));
    }

    @Test
    void tokenInOurNameSignedByTheProvidersKeyIsRefused() {
        TestDistrict d = district();
        JwtClaims ours = TokenForge.ourClaims(d.tenantId.toString(), d.districtAdminAccount.toString(),
                Roles.DISTRICT_ADMIN);
        assertUnauthenticated(signedByProvider(ours));
        assertUnauthenticated(TokenForge.rs256(ours, providerKey, null));
    }

    @Test
    void issuerThatIsNotConfiguredIsRefused() {
        TestDistrict d = district();
        JwtClaims claims = providerClaims(email(d, "teacher.a"));
        claims.setIssuer("https://login.other-district.test");
        assertUnauthenticated(signedByProvider(claims));
    }

    @Test
    void tokenExpiredBeyondTheClockSkewIsRefused() {
        TestDistrict d = district();
        assertUnauthenticated(signedByProvider(TokenForge.expiredSecondsAgo(providerClaims(email(d, "teacher.a")), 61)));
        call(signedByProvider(TokenForge.expiredSecondsAgo(providerClaims(email(d, "teacher.a")), 30))).statusCode(200);
    }

    @Test
    void providerMayIdentifyUsersByTheirExternalSubject() {
        TestDistrict d = district();
        String subject = "sis-" + UUID.randomUUID();
        d.inTenant(em -> em.createNativeQuery("UPDATE account SET external_subject = ?1 WHERE id = ?2")
                .setParameter(1, subject).setParameter(2, d.teacherBAccount).executeUpdate());
        JwtClaims claims = providerClaims("ignored@example.test");
        claims.setIssuer(DistrictIdentityProvider.SUBJECT_ISSUER);
        claims.setSubject(subject);
        call(signedByProvider(claims)).statusCode(200)
                .body("subject", equalTo(d.teacherBAccount.toString()))
                .body("roles", contains(Roles.STAFF));
        claims.setSubject("sis-" + UUID.randomUUID());
        assertUnauthenticated(signedByProvider(claims));
        // Matching by subject never falls back to the email address.
        JwtClaims byEmail = providerClaims(email(d, "teacher.a"));
        byEmail.setIssuer(DistrictIdentityProvider.SUBJECT_ISSUER);
        assertUnauthenticated(signedByProvider(byEmail));
    }

    @Test
    void providersKeysAreFetchedOnceAndCached() {
        TestDistrict d = district();
        call(signedByProvider(providerClaims(email(d, "teacher.a")))).statusCode(200);
        int before = jwksHits();
        for (int i = 0; i < 3; i++) {
            call(signedByProvider(providerClaims(email(d, "teacher.a")))).statusCode(200);
        }
        assertEquals(before, jwksHits());
    }

    @Test
    void ourOwnTokensStillWork() {
        TestDistrict d = district();
        call(d.teacherA()).statusCode(200)
                .body("subject", equalTo(d.teacherAAccount.toString()))
                .body("issuer", equalTo(config.getValue("tandem.jwt.issuer", String.class)));
        call(TestTokens.forRoles(TestTokens.randomSubject(), "teacher")).statusCode(200);
    }

    private int jwksHits() {
        try (var in = URI.create(config.getValue(DistrictIdentityProvider.HITS_URL, String.class)).toURL().openStream()) {
            return Integer.parseInt(new String(in.readAllBytes()).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
