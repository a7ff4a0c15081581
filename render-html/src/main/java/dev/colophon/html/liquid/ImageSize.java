package dev.colophon.html.liquid;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image's size in CSS pixels, read from the first bytes of a PNG, GIF, JPEG, WebP or SVG file. A header
 * reader rather than {@code javax.imageio}: that decodes none of WebP or SVG and would read whole files.
 *
 * @param width the width, positive
 * @param height the height, positive
 */
record ImageSize(int width, int height) {

    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** A length in user units or pixels; percentages and em are not a size the page can reserve. */
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");
    private static final Pattern VIEW_BOX = Pattern.compile("[\\s,]+");

    ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image size is positive: " + width + "×" + height);
        }
    }

    /** The size of the image in {@code bytes}, or empty when they are not an image of a known kind, or broken. */
    static Optional<ImageSize> of(byte[] bytes) {
        try {
            if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return sized(int32(bytes, 16), int32(bytes, 20));
            }
            if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
                return sized(uint16le(bytes, 6), uint16le(bytes, 8));
            }
            if (startsWith(bytes, 0, 0xFF, 0xD8)) {
                return jpeg(bytes);
            }
            if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
                return webp(bytes);
            }
            return svg(bytes);
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
    }

    /** The first start-of-frame segment's size; the markers before it are skipped by their lengths. */
    private static Optional<ImageSize> jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            // SOF0 to SOF15, but not DHT (C4), JPG (C8) or DAC (CC), which share the range.
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return sized(uint16be(b, i + 7), uint16be(b, i + 5));
            }
            i += 2 + uint16be(b, i + 2);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> webp(byte[] b) {
        if (startsWith(b, 12, 'V', 'P', '8', ' ')) {
            return sized(uint16le(b, 26) & 0x3FFF, uint16le(b, 28) & 0x3FFF);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'L')) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return sized((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1);
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'X')) {
            return sized(uint24le(b, 24) + 1, uint24le(b, 27) + 1);
        }
        return Optional.empty();
    }

    /** The root element's width and height in pixels, or else its viewBox's. */
    private static Optional<ImageSize> svg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
        Matcher root = SVG_ROOT.matcher(head);
        if (!root.find()) {
            return Optional.empty();
        }
        String tag = root.group();
        Optional<Double> width = length(attribute(tag, "width"));
        Optional<Double> height = length(attribute(tag, "height"));
        if (width.isPresent() && height.isPresent()) {
            return sized((int) Math.round(width.get()), (int) Math.round(height.get()));
        }
        String viewBox = attribute(tag, "viewBox");
        if (viewBox == null) {
            return Optional.empty();
        }
        String[] box = VIEW_BOX.split(viewBox.strip());
        if (box.length != 4) {
            return Optional.empty();
        }
        try {
            return sized((int) Math.round(Double.parseDouble(box[2])), (int) Math.round(Double.parseDouble(box[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    private static Optional<Double> length(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = LENGTH.matcher(value);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static Optional<ImageSize> sized(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int uint16be(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int uint16le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int uint24le(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }
}
