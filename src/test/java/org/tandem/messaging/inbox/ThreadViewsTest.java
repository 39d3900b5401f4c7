package org.tandem.messaging.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.dto.ThreadMember;

/** The members column of an inbox row, read as Jackson's data binding reads it (which it replaced). */
class ThreadViewsTest {

    private static final ObjectMapper BINDING = new ObjectMapper();

    private static List<ThreadMember> bound(String json) throws Exception {
        return BINDING.readValue(json, new TypeReference<>() { });
    }

    @Test
    void readsWhatPostgresWritesAsDataBindingDoes() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        // As json_agg(json_build_object(...)) writes it, with names that need escaping.
        String json = "[{\"accountId\" : \"" + a + "\", \"name\" : \"Zoë \\\"Z\\\" O'Neil \\u00e9\\n\", \"role\" : \"staff\"}, \n"
                + " {\"accountId\" : \"" + b + "\", \"name\" : \"\\\\back\\\\slash 😀\", \"role\" : \"guardian\"}]";
        List<ThreadMember> members = ThreadViews.members(json);
        assertEquals(bound(json), members);
        assertEquals("Zoë \"Z\" O'Neil é\n", members.get(0).name());
        assertEquals(new ThreadMember(b, "\\back\\slash 😀", "guardian"), members.get(1));
    }

    @Test
    void anyKeyOrderNullsUnknownKeysAndEmpty() throws Exception {
        UUID a = UUID.randomUUID();
        String json = "[{\"role\":\"staff\",\"extra\":{\"x\":[1,2,{\"y\":null}]},\"name\":null,\"accountId\":\"" + a + "\",\"n\":7}]";
        assertEquals(List.of(new ThreadMember(a, null, "staff")), ThreadViews.members(json));
        assertEquals(List.of(), ThreadViews.members("[]"));
        assertEquals(List.of(), ThreadViews.members(null));
    }

    @Test
    void refusesWhatIsNotAMemberList() {
        for (String bad : List.of("{}", "[1]", "[{\"accountId\":\"not-a-uuid\"}]", "[{\"name\":\"x\"", "")) {
            assertThrows(SQLException.class, () -> ThreadViews.members(bad), bad);
        }
    }
}
