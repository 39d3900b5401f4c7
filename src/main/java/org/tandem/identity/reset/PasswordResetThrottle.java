package org.tandem.identity.reset;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.tandem.identity.JoiningSettings;
import org.tandem.platform.ratelimit.RateLimiter;

/**
 * Keeps reset mails from becoming a way to flood someone's inbox or to probe many addresses:
 * requests are counted per email (whether or not it has an account, so the limit reveals nothing)
 * and per client address; past either limit the answer is 429 with Retry-After.
 */
@ApplicationScoped
class PasswordResetThrottle {

    private final RateLimiter limiter;
    private final RateLimiter.Limit perEmail;
    private final RateLimiter.Limit perAddress;

    PasswordResetThrottle(RateLimiter limiter, JoiningSettings settings) {
        this.limiter = limiter;
        this.perEmail = new RateLimiter.Limit(settings.passwordResetsPerEmail(), settings.passwordResetWindow());
        this.perAddress = new RateLimiter.Limit(settings.passwordResetsPerAddress(), settings.passwordResetWindow());
    }

    void count(String email, String address) {
        String emailBucket = "password-reset:email:" + email.strip().toLowerCase(Locale.ROOT);
        String addressBucket = "password-reset:address:" + address;
        limiter.requireUnder(emailBucket, perEmail, "Too many reset requests for this email; try later");
        limiter.requireUnder(addressBucket, perAddress, "Too many reset requests from this address; try later");
        limiter.hit(emailBucket, perEmail);
        limiter.hit(addressBucket, perAddress);
    }
}
