package io.jadis.provider.internal.json;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTextTest {
    private static final String DOC = "{ \"a\" : {\"#rev\":1, \"s\":\"}\\\"\"}, \"list\":[{\"#rev\":2}],"
            + "\"\\u0023rev\": -42 ,\"z\":null}";

    @Test
    void aMemberIsFoundAtTopLevelOnlyWhateverTheEscapesInItsName() {
        assertEquals("-42", JsonText.member(DOC, "#rev"));
        assertEquals("{\"#rev\":1, \"s\":\"}\\\"\"}", JsonText.member(DOC, "a"));
        assertEquals("null", JsonText.member(DOC, "z"));
        assertNull(JsonText.member(DOC, "s"));
        assertNull(JsonText.member("{}", "#rev"));
    }

    @Test
    void entriesAreEveryTopLevelMemberInOrder() {
        List<Map.Entry<String, String>> entries = JsonText.entries(DOC);
        assertEquals(List.of("a", "list", "#rev", "z"), entries.stream().map(Map.Entry::getKey).toList());
        assertEquals("[{\"#rev\":2}]", entries.get(1).getValue());
    }

    @Test
    void aValueThatIsNotAnObjectIsRefusedWithItsText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.member("[1,2]", "a"));
        assertTrue(e.getMessage().contains("[1,2]"), e.getMessage());
    }
}
