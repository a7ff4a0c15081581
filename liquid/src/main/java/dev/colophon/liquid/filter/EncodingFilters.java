package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.StringFilters.s;

import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The filters of URL and Base64 encoding, over the text's UTF-8 bytes. */
final class EncodingFilters {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private EncodingFilters() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("url_encode", Signature.of(0, 0, (in, a, c) -> in == null ? null : urlEncode(s(in))));
        filters.put("url_decode", Signature.of(0, 0, (in, a, c) -> in == null ? null : urlDecode(s(in))));
        filters.put("base64_encode", Signature.of(0, 0,
                (in, a, c) -> Base64.getEncoder().encodeToString(s(in).getBytes(StandardCharsets.UTF_8))));
        filters.put("base64_url_safe_encode", Signature.of(0, 0,
                (in, a, c) -> Base64.getUrlEncoder().encodeToString(s(in).getBytes(StandardCharsets.UTF_8))));
        filters.put("base64_decode", Signature.of(0, 0, (in, a, c) -> base64Decode(s(in), "base64_decode")));
        filters.put("base64_url_safe_decode", Signature.of(0, 0, (in, a, c) -> base64UrlSafeDecode(s(in))));
    }

    /** Ruby's {@code CGI.escape}: letters, digits and {@code _.-~} as they are, space as {@code +}. */
    static String urlEncode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.-~".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /** Ruby's {@code CGI.unescape}; bytes that are not UTF-8 are an error, as Liquid checks. */
    static String urlDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return utf8(bytes.toByteArray(), "invalid byte sequence in UTF-8");
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** Ruby's {@code Base64.strict_decode64}: padding required, nothing outside the alphabet. */
    private static String base64Decode(String s, String filter) {
        try {
            if (s.length() % 4 != 0) {
                throw new IllegalArgumentException();
            }
            byte[] bytes = Base64.getDecoder().decode(s);
            // Strict decoding also refuses bits left over in the last character.
            if (!Base64.getEncoder().encodeToString(bytes).equals(s)) {
                throw new IllegalArgumentException();
            }
            return text(bytes);
        } catch (IllegalArgumentException e) {
            throw LiquidException.argument("invalid base64 provided to " + filter);
        }
    }

    /** Ruby's {@code Base64.urlsafe_decode64}: padding added when missing, either alphabet accepted. */
    private static String base64UrlSafeDecode(String s) {
        String padded = s;
        if (!s.endsWith("=") && s.length() % 4 != 0) {
            padded = s + "=".repeat(4 - s.length() % 4);
        }
        return base64Decode(padded.replace('-', '+').replace('_', '/'), "base64_url_safe_decode");
    }

    /** Decoded bytes as text: UTF-8 when they are, else one character a byte, as Ruby's binary string. */
    private static String text(byte[] bytes) {
        try {
            return utf8(bytes, null);
        } catch (LiquidException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String utf8(byte[] bytes, String error) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw LiquidException.argument(error);
        }
    }
}
