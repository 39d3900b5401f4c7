package org.tandem.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Makes the principal of every verified access token, as SmallRye JWT's default factory does, with one
 * difference: reading a claim that is not one of MicroProfile JWT's standard names ({@code tid},
 * {@code epoch}, {@code scope}, {@code idp}: each request reads several) does not throw and catch an
 * exception. SmallRye JWT finds a claim's type with {@code Claims.valueOf(name)}, which throws for any
 * other name; filling in the stack trace of those exceptions was 22% of the bytes a request allocated
 * (bench/performance-notes.md, session 13). Parsing and verification are SmallRye JWT's own.
 * {@link VerifiedTokens} verifies access tokens with it; the external sign-in makes its principal
 * with {@link TokenPrincipal} too.
 */
public class TokenPrincipals extends JWTCallerPrincipalFactory {

    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JwtContext context = parser.parse(token, authContextInfo);
        String type = context.getJoseObjects().get(0).getHeader("typ");
        return new TokenPrincipal(type, context.getJwtClaims());
    }

    /** SmallRye JWT's principal, with the standard claim names looked up in a map. */
    public static final class TokenPrincipal extends DefaultJWTCallerPrincipal {

        private static final Map<String, Claims> STANDARD = Arrays.stream(Claims.values())
                .collect(Collectors.toUnmodifiableMap(Claims::name, Function.identity()));

        TokenPrincipal(String type, JwtClaims claims) {
            super(type, claims);
        }

        public TokenPrincipal(String rawToken, String type, JwtClaims claims) {
            super(rawToken, type, claims);
        }

        @Override
        protected Claims getClaimType(String claimName) {
            return STANDARD.getOrDefault(claimName, Claims.UNKNOWN);
        }
    }
}
