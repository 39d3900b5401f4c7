import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Mints access tokens for many benchmark users at once, exactly as the application's TokenIssuer
 * does (RS256, kid, iss, aud, sub, tid, groups, iat, exp), signed with the benchmark's key.
 * Signing in through POST /api/v1/auth/token would cost a bcrypt hash per user.
 *
 * java MintTokens.java KEY.pem KID ISSUER AUDIENCE LIFETIME_SECONDS USERS.tsv TOKENS.txt
 * USERS.tsv: account id, tenant id, roles (comma separated), one user a line. TOKENS.txt: one token a line.
 */
public class MintTokens {
    public static void main(String[] args) throws Exception {
        String pem = Files.readString(Path.of(args[0]));
        String kid = args[1], issuer = args[2], audience = args[3];
        long lifetime = Long.parseLong(args[4]);
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis() / 1000;
        Signature signer = Signature.getInstance("SHA256withRSA");
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of(args[5]))) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            StringBuilder groups = new StringBuilder();
            for (String role : f[2].split(",")) {
                groups.append(groups.isEmpty() ? "" : ",").append('"').append(role.trim()).append('"');
            }
            String payload = "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + f[0]
                    + "\",\"upn\":\"" + f[0] + "\",\"tid\":\"" + f[1] + "\",\"groups\":[" + groups + "],\"iat\":" + now
                    + ",\"exp\":" + (now + lifetime) + ",\"jti\":\"bench-" + (n++) + "\"}";
            String signingInput = header + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            out.add(signingInput + "." + b64.encodeToString(signer.sign()));
        }
        Files.write(Path.of(args[6]), out);
        System.err.println("minted " + out.size() + " tokens");
    }
}
