import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Makes every packaged icon from the one master image, icons/podforge-app.png (1024 px, drawn by
 * MakeIcon.java): the Linux PNG (256 px), the Windows .ico (16-256 px) and the macOS .icns (16-1024 px),
 * each size scaled down from the master in halving steps. Both container formats hold PNG images (ICO
 * since Windows Vista, ICNS types icp4..ic10 since OS X 10.7).
 *
 *   java packaging/tools/MakeIcons.java icons/podforge-app.png packaging
 */
public class MakeIcons {
    public static void main(String[] a) throws IOException {
        BufferedImage master = ImageIO.read(new File(a[0]));
        if (master == null || master.getWidth() != master.getHeight() || master.getWidth() < 1024) {
            throw new IllegalArgumentException(a[0] + ": expected a square PNG of at least 1024 px");
        }
        Path out = Path.of(a[1]);
        Files.createDirectories(out.resolve("linux"));
        Files.createDirectories(out.resolve("windows"));
        Files.createDirectories(out.resolve("macos"));
        Files.write(out.resolve("linux/podforge.png"), png(scale(master, 256)));
        Files.write(out.resolve("windows/podforge.ico"), ico(master, new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(out.resolve("macos/podforge.icns"), icns(master));
        System.out.println("wrote " + out.resolve("linux/podforge.png") + ", " + out.resolve("windows/podforge.ico") + ", "
                + out.resolve("macos/podforge.icns"));
    }

    /** Scales down in halving steps (bilinear each), which keeps thin lines at small sizes. */
    static BufferedImage scale(BufferedImage src, int size) {
        BufferedImage img = src;
        int w = src.getWidth();
        while (w > size) {
            w = Math.max(size, w / 2);
            BufferedImage next = new BufferedImage(w, w, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(img, 0, 0, w, w, null);
            g.dispose();
            img = next;
        }
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size (little-endian), then the PNG images. */
    static byte[] ico(BufferedImage master, int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(scale(master, sizes[i]));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        le16(b, 0);
        le16(b, 1);
        le16(b, sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            b.write(sizes[i] >= 256 ? 0 : sizes[i]);
            b.write(sizes[i] >= 256 ? 0 : sizes[i]);
            b.write(0);
            b.write(0);
            le16(b, 1);
            le16(b, 32);
            le32(b, images[i].length);
            le32(b, offset);
            offset += images[i].length;
        }
        for (byte[] img : images) {
            b.write(img);
        }
        return b.toByteArray();
    }

    /** 'icns', total length, then (type, length, PNG) per size (big-endian). */
    static byte[] icns(BufferedImage master) throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {16, 32, 64, 128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] img = png(scale(master, sizes[i]));
            d.writeBytes(types[i]);
            d.writeInt(8 + img.length);
            d.write(img);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(b);
        h.writeBytes("icns");
        h.writeInt(8 + body.size());
        h.write(body.toByteArray());
        return b.toByteArray();
    }

    private static void le16(ByteArrayOutputStream b, int v) {
        b.write(v & 0xff);
        b.write((v >>> 8) & 0xff);
    }

    private static void le32(ByteArrayOutputStream b, int v) {
        le16(b, v & 0xffff);
        le16(b, (v >>> 16) & 0xffff);
    }
}
