package org.tandem.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.platform.mail.MailSender;
import org.tandem.testsupport.TestDistrict;

/** What the joining tests share: reading tokens out of mails and counting rows of a district. */
public final class JoiningFixtures {

    private static final Pattern CODE = Pattern.compile("enter this code in the Tandem app: (\\S+)");

    private JoiningFixtures() {
    }

    /** A fresh address in the district's domain, so tests never collide. */
    public static String email(TestDistrict district, String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + district.tenantId.toString().substring(0, 8) + ".test";
    }

    /** The email of an account the fixture district created, e.g. "parent.b". */
    public static String fixtureEmail(TestDistrict district, String localPart) {
        return localPart + "@" + district.tenantId.toString().substring(0, 8) + ".test";
    }

    /**
     * Lets the mail the requests so far queued go out: runs the outbox worker until nothing more
     * arrives for a moment (password-reset mail is queued after the request has been answered).
     */
    public static void deliverMail(MockMailbox mailbox) {
        MailSender sender = Arc.container().instance(MailSender.class).get();
        long deadline = System.nanoTime() + 10_000_000_000L;
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int attempted = sender.sendDue();
            int total = mailbox.getTotalMessagesSent();
            if (attempted > 0 || total != seen) {
                seen = total;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 300_000_000L) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The token in the only mail sent to this address, and that its link carries the same token. */
    public static String tokenMailedTo(MockMailbox mailbox, String address) {
        deliverMail(mailbox);
        List<Mail> mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails == null ? 0 : mails.size(), "exactly one mail to " + address);
        return tokenIn(mails.get(0));
    }

    public static String tokenIn(Mail mail) {
        Matcher matcher = CODE.matcher(mail.getText());
        if (!matcher.find()) {
            throw new AssertionError("No token in mail: " + mail.getText());
        }
        String token = matcher.group(1);
        if (!mail.getText().contains("token=" + token)) {
            throw new AssertionError("The mail's link does not carry its token");
        }
        return token;
    }

    public static int mailsTo(MockMailbox mailbox, String address) {
        deliverMail(mailbox);
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null ? 0 : mails.size();
    }

    /**
     * A single number from native SQL, run as the district. Native SQL is not tenant-filtered:
     * write {@code tenant_id = :tenant} where it matters, and it is bound to the district. The
     * parameters are bound to {@code :p1}, {@code :p2}, ...
     */
    public static long count(TestDistrict district, String sql, Object... parameters) {
        AtomicReference<Number> result = new AtomicReference<>();
        district.inTenant(em -> {
            var query = em.createNativeQuery(sql);
            bind(query, sql, district, parameters);
            result.set((Number) query.getSingleResult());
        });
        return result.get().longValue();
    }

    /** A single value from native SQL, run as the district. */
    public static Object value(TestDistrict district, String sql, Object... parameters) {
        AtomicReference<Object> result = new AtomicReference<>();
        district.inTenant(em -> {
            var query = em.createNativeQuery(sql);
            bind(query, sql, district, parameters);
            List<?> rows = query.getResultList();
            result.set(rows.isEmpty() ? null : rows.get(0));
        });
        return result.get();
    }

    public static void execute(TestDistrict district, String sql, Object... parameters) {
        district.inTenant(em -> {
            var query = em.createNativeQuery(sql);
            bind(query, sql, district, parameters);
            query.executeUpdate();
        });
    }

    private static void bind(jakarta.persistence.Query query, String sql, TestDistrict district, Object[] parameters) {
        if (sql.contains(":tenant")) {
            query.setParameter("tenant", district.tenantId.toString());
        }
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter("p" + (i + 1), parameters[i]);
        }
    }
}
