package dev.colophon.html.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Image sizes from file headers, checked against files written by javax.imageio and by hand. */
class ImageSizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif", "jpg", "bmp"})
    void readsTheSizeOfImagesImageIoWrites(String format) throws IOException {
        BufferedImage image = new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        Optional<ImageSize> expected = format.equals("bmp") ? Optional.empty() : Optional.of(new ImageSize(321, 123));
        assertEquals(expected, ImageSize.of(out.toByteArray()), "BMP is not a web format: no size");
    }

    @Test
    void readsTheThreeKindsOfWebP() {
        byte[] lossy = riff("VP8 ", 30);
        // Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height, little-endian.
        lossy[23] = (byte) 0x9d;
        lossy[24] = 0x01;
        lossy[25] = 0x2a;
        lossy[26] = (byte) 0x40;
        lossy[27] = 0x01;
        lossy[28] = (byte) 0xf0;
        lossy[29] = 0x00;
        assertEquals(Optional.of(new ImageSize(320, 240)), ImageSize.of(lossy));

        byte[] lossless = riff("VP8L", 25);
        int bits = (640 - 1) | (480 - 1) << 14;
        lossless[20] = 0x2f;
        lossless[21] = (byte) bits;
        lossless[22] = (byte) (bits >> 8);
        lossless[23] = (byte) (bits >> 16);
        lossless[24] = (byte) (bits >> 24);
        assertEquals(Optional.of(new ImageSize(640, 480)), ImageSize.of(lossless));

        byte[] extended = riff("VP8X", 30);
        extended[24] = (byte) 0xff; // 1 + 0x0003ff = 1024
        extended[25] = 0x03;
        extended[27] = (byte) 0xff; // 1 + 0x0002ff = 768
        extended[28] = 0x02;
        assertEquals(Optional.of(new ImageSize(1024, 768)), ImageSize.of(extended));
    }

    @Test
    void readsAnSvgsWidthAndHeightOrElseItsViewBox() {
        assertEquals(Optional.of(new ImageSize(240, 120)),
                svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"120\" viewBox=\"0 0 24 12\">"));
        assertEquals(Optional.of(new ImageSize(300, 150)), svg("<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
                + "<svg viewBox='0 0 300 150' xmlns='http://www.w3.org/2000/svg'>"));
        assertEquals(Optional.of(new ImageSize(300, 150)), svg("<svg width=\"100%\" height=\"100%\" viewBox=\"0,0,300,150\">"),
                "a percentage is no size: the viewBox is");
        assertEquals(Optional.of(new ImageSize(13, 8)), svg("<svg width=\"12.6px\" height=\"8\">"));
        assertEquals(Optional.empty(), svg("<svg width=\"10em\" height=\"5em\">"));
        assertEquals(Optional.empty(), svg("<html><p>not a picture</p></html>"));
    }

    @Test
    void aTruncatedOrForeignFileHasNoSize() {
        assertEquals(Optional.empty(), ImageSize.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals(Optional.empty(), ImageSize.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}));
        assertEquals(Optional.empty(), ImageSize.of(new byte[0]));
        assertEquals(Optional.empty(), ImageSize.of("GIF89a".getBytes(StandardCharsets.US_ASCII)));
    }

    private static Optional<ImageSize> svg(String text) {
        return ImageSize.of((text + "<rect/></svg>").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] riff(String chunk, int length) {
        byte[] bytes = Arrays.copyOf("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII), length);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        return bytes;
    }
}
