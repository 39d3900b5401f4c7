package org.tandem.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Hibernate receives the current tenant as a String (Quarkus' tenant resolver contract), so the
 * tenant attribute is a String in Java, stored in a {@code uuid} column.
 */
@Converter
public class TenantKeyConverter implements AttributeConverter<String, UUID> {

    @Override
    public UUID convertToDatabaseColumn(String tenant) {
        return tenant == null ? null : UUID.fromString(tenant);
    }

    @Override
    public String convertToEntityAttribute(UUID column) {
        return column == null ? null : column.toString();
    }
}
