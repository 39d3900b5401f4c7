package org.tandem.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the tests of the email channel, on a free port, with the
 * application's mailer pointed at it instead of the mock mailer the other tests use.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    static volatile GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of("quarkus.mailer.mock", "false", "tandem.mail.mock", "false",
                "tandem.mail.smtp-host", "127.0.0.1", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
