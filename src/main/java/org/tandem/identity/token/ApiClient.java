package org.tandem.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tandem.platform.persistence.TenantOwned;

/** An integrator's machine client: signs in with client credentials and acts within its scopes. */
@Entity
@Table(name = "api_client")
public class ApiClient extends TenantOwned {

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;
    @Column(name = "secret_hash", nullable = false)
    private String secretHash;
    private String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> scopes;
    private boolean active = true;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String secretHash, String name, List<String> scopes) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.name = name;
        this.scopes = List.copyOf(scopes);
    }

    public String clientId() { return clientId; }
    public String secretHash() { return secretHash; }
    public String name() { return name; }
    public List<String> scopes() { return scopes; }
    public boolean active() { return active; }

    /** Replaces what this client may do; tokens issued before keep their scopes until they expire. */
    void grant(List<String> granted) {
        this.scopes = List.copyOf(granted);
    }
}
