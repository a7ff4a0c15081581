package dev.colophon.html.postrender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fellbaum.jemoji.EmojiManager;
import org.junit.jupiter.api.Test;

/**
 * The emoji table shipped in the jar ({@code emoji.tsv}) is net.fellbaum:jemoji's GitHub aliases, which are
 * gemoji 4.1's names (all 1,913 agreed, image file names included, when the table was made). Kept as a small
 * file rather than the library at run time: the library takes 0.2 to 0.9 s to load its 5,000 emoji. With
 * {@code -Dcolophon.writeEmojiTable=PATH} this test writes the table again, e.g. after a newer library.
 */
class EmojiTableTest {

    @Test
    void theShippedTableIsTheLibrarysGithubAliases() throws IOException {
        Map<String, String> library = new TreeMap<>();
        EmojiManager.getAllEmojis().forEach(emoji -> emoji.getGithubAliases().forEach(alias -> library.put(
                alias.substring(1, alias.length() - 1), fileName(emoji.getEmoji()))));
        String path = System.getProperty("colophon.writeEmojiTable");
        if (path != null) {
            String header = Files.readAllLines(Path.of(path)).stream().filter(l -> l.startsWith("#"))
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(Path.of(path), header + library.entrySet().stream()
                    .map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
        }
        assertEquals(library, new TreeMap<>(Emoji.table()));
        assertEquals("1f604", library.get("smile"));
        assertEquals(1913, library.size(), "gemoji 4.1 has 1913 names");
    }

    /** gemoji's image file name: the code points in hex, joined by '-', without U+FE0F and U+200D. */
    private static String fileName(String emoji) {
        return emoji.codePoints().mapToObj(c -> String.format("%04x", c)).collect(Collectors.joining("-"))
                .replaceAll("-(fe0f|200d)\\b", "");
    }

    @Test
    void aColonThatOpensNoNameMayCloseTheNext() {
        Emoji emoji = new Emoji("/e/");
        assertEquals("time 10:30 <img class=\"emoji\" title=\":smile:\" alt=\":smile:\" "
                + "src=\"/e/emoji/unicode/1f604.png\" height=\"20\" width=\"20\">", emoji.text("time 10:30 :smile:"));
        assertEquals(":nope:", emoji.text(":nope:"));
    }
}
