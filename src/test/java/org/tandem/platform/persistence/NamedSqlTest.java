package org.tandem.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesBecomePlaceholdersInOrderAndARepeatedNameIsBoundEachTime() {
        NamedSql sql = NamedSql.of("SELECT CAST(:a AS int), :b FROM t WHERE x = :a AND z = CAST(:c_2 AS text)");
        assertEquals("SELECT CAST(? AS int), ? FROM t WHERE x = ? AND z = CAST(? AS text)", sql.sql());
        assertArrayEquals(new Object[] {1, null, 1, "c"},
                sql.bind(new NamedSql.Params().set("a", 1).set("b", null).set("c_2", "c")));
    }

    @Test
    void anUnboundNameIsAnError() {
        NamedSql sql = NamedSql.of("SELECT :a, :b");
        assertThrows(IllegalArgumentException.class, () -> sql.bind(new NamedSql.Params().set("a", 1)));
    }
}
