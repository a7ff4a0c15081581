package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding source files: strict UTF-8, byte order mark dropped, line ends made {@code \n}. */
final class Texts {

    private Texts() {
    }

    /**
     * Decodes a file as UTF-8.
     *
     * @throws SourceException at the line and column of the first byte that is not UTF-8, naming its offset
     */
    static String decode(String path, byte[] bytes) {
        // The JDK's own decoding is much faster than a CharsetDecoder, but replaces bad bytes with U+FFFD
        // silently: only a text holding U+FFFD is decoded again, strictly, to find the first bad byte
        // (a file may also hold U+FFFD itself, which is fine).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            checkStrictly(path, bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    private static void checkStrictly(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new SourceException(position(path, bytes, offset),
                    "file is not valid UTF-8: byte 0x" + String.format("%02X", bytes[offset] & 0xff)
                            + " at byte offset " + offset,
                    "save the file as UTF-8");
        }
    }

    private static SourcePosition position(String path, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new SourcePosition(path, line, before.codePointCount(0, before.length()) + 1);
    }
}
