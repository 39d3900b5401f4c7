package org.tandem.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.TestTokens;

@QuarkusTest
class TokenPrincipalsTest {

    @Inject
    JWTParser parser;

    @Test
    void verifiedTokensBecomeOurPrincipalWithEveryClaim() throws Exception {
        String subject = TestTokens.randomSubject();
        JsonWebToken token = parser.parse(TestTokens.forRoles(subject, "teacher"));
        assertInstanceOf(VerifiedTokens.class, parser);
        assertInstanceOf(TokenPrincipals.TokenPrincipal.class, token);
        assertEquals(subject, token.getSubject());
        assertEquals(subject, token.getName());
        assertEquals(Set.of("teacher"), token.getGroups());
        assertEquals(TestTokens.TENANT, token.getClaim("tid"));
        assertNull(token.getClaim("idp"));
    }

    @Test
    void answersEveryClaimAsSmallRyesOwnPrincipalDoes() throws Exception {
        JwtClaims claims = JwtClaims.parse("""
                {"iss":"https://tandem.example","sub":"s-1","upn":"u-1","aud":["tandem"],"exp":1900000000,
                 "iat":1800000000,"groups":["guardian","staff"],"tid":"t-1","epoch":3,"scope":"roster:read",
                 "email":"a@example.org","email_verified":true,"custom":{"nested":[1,2]}}""");
        DefaultJWTCallerPrincipal expected = new DefaultJWTCallerPrincipal("JWT", claims);
        DefaultJWTCallerPrincipal actual = new TokenPrincipals.TokenPrincipal("JWT", claims);
        List<String> names = List.of("iss", "sub", "upn", "aud", "exp", "iat", "groups", "tid", "epoch", "scope",
                "email", "email_verified", "custom", "raw_token", "absent", Claims.nbf.name());
        for (String name : names) {
            assertEquals(String.valueOf((Object) expected.getClaim(name)), String.valueOf((Object) actual.getClaim(name)), name);
        }
        assertEquals(expected.getClaimNames(), actual.getClaimNames());
        assertEquals(expected.getExpirationTime(), actual.getExpirationTime());
    }
}
