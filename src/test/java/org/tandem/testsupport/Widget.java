package org.tandem.testsupport;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A test-only entity used to exercise the platform conventions against real PostgreSQL. */
@Entity
@Table(name = "test_widget")
public class Widget {

    @Id
    private UUID id;
    private String name;
    private String description;
    private int quantity;
    private String owner;
    @Version
    private long version;

    protected Widget() {
    }

    Widget(String owner, String name, String description, int quantity) {
        this.id = UUID.randomUUID();
        this.owner = owner;
        update(name, description, quantity);
    }

    void update(String name, String description, int quantity) {
        this.name = name;
        this.description = description;
        this.quantity = quantity;
    }

    UUID id() { return id; }
    String name() { return name; }
    String description() { return description; }
    int quantity() { return quantity; }
    String owner() { return owner; }
    long version() { return version; }
}
