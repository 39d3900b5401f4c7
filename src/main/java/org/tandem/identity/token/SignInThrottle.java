package org.tandem.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.tandem.platform.ratelimit.RateLimiter;

/**
 * Slows down password guessing: failed sign-ins are counted per account (the email, whether or
 * not it exists, so the limit reveals nothing) and per client address; past either limit the
 * token endpoint answers 429 with Retry-After until the window ends.
 */
@ApplicationScoped
class SignInThrottle {

    private final RateLimiter limiter;
    private final RateLimiter.Limit perAccount;
    private final RateLimiter.Limit perAddress;

    SignInThrottle(RateLimiter limiter, SignInSettings settings) {
        SignInSettings.SignIn signIn = settings.signIn();
        this.limiter = limiter;
        this.perAccount = new RateLimiter.Limit(signIn.maxFailuresPerAccount(), signIn.failureWindow());
        this.perAddress = new RateLimiter.Limit(signIn.maxFailuresPerAddress(), signIn.failureWindow());
    }

    void check(String principal, String address) {
        limiter.requireUnder(accountBucket(principal), perAccount, "Too many failed sign-ins for this account; try later");
        limiter.requireUnder(addressBucket(address), perAddress, "Too many failed sign-ins from this address; try later");
    }

    void failed(String principal, String address) {
        limiter.hit(accountBucket(principal), perAccount);
        limiter.hit(addressBucket(address), perAddress);
    }

    void succeeded(String principal) {
        limiter.reset(accountBucket(principal));
    }

    private static String accountBucket(String principal) {
        return "sign-in:principal:" + principal.toLowerCase(Locale.ROOT);
    }

    private static String addressBucket(String address) {
        return "sign-in:address:" + address;
    }
}
