package org.tandem.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.TestTokens;

/** A JSON body is read whole before the resource runs, however it arrives; other bodies are left alone. */
@QuarkusTest
class JsonBodiesTest {

    @TestHTTPResource("/")
    URL base;

    private final String owner = TestTokens.forRoles(TestTokens.randomSubject(), "teacher");

    @Test
    void onlyJsonMediaTypesAreReadAhead() {
        assertTrue(JsonBodies.isJson("application/json"));
        assertTrue(JsonBodies.isJson("Application/JSON; charset=utf-8"));
        assertTrue(JsonBodies.isJson("application/merge-patch+json"));
        assertFalse(JsonBodies.isJson(null));
        assertFalse(JsonBodies.isJson("application/x-www-form-urlencoded"));
        assertFalse(JsonBodies.isJson("application/zip"));
        assertFalse(JsonBodies.isJson("text/json-ish"));
    }

    @Test
    void aBodyThatArrivesInPiecesIsStillReadWhole() throws Exception {
        String body = "{\"name\":\"sent in two pieces\",\"quantity\":3}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/test-probe/widgets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + owner
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, 10);
            out.flush();
            Thread.sleep(300);
            out.write(bytes, 10, bytes.length - 10);
            out.flush();
            String answer = readAll(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
            assertTrue(answer.contains("\"name\":\"sent in two pieces\""), answer);
        }
    }

    @Test
    void malformedJsonIsStillAProblemNotAFailure() throws Exception {
        String body = "{\"name\": ";
        String head = "POST /api/v1/test-probe/widgets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + owner
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.US_ASCII));
            String answer = readAll(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
