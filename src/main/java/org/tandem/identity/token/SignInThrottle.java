package org.tandem.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    SignInThrottle(RateLimiter limiter,
                   @ConfigProperty(name = "tandem.sign-in.max-failures-per-account") int perAccount,
                   @ConfigProperty(name = "tandem.sign-in.max-failures-per-address") int perAddress,
                   @ConfigProperty(name = "tandem.sign-in.failure-window") Duration window) {
        this.limiter = limiter;
        this.perAccount = new RateLimiter.Limit(perAccount, window);
        this.perAddress = new RateLimiter.Limit(perAddress, window);
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
