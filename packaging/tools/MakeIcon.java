import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.io.File;
public class MakeIcon {
  public static void main(String[] a) throws Exception {
    int s = Integer.parseInt(a[1]);
    BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    float r = s * 0.18f;
    g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e8c), s, s, new Color(0x0b2545)));
    g.fill(new RoundRectangle2D.Float(s*0.04f, s*0.04f, s*0.92f, s*0.92f, r, r));
    // a 2x2 pod of chips joined by links
    g.setStroke(new BasicStroke(s * 0.035f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(0x7fd1ff));
    float c1 = s*0.33f, c2 = s*0.67f;
    g.draw(new Line2D.Float(c1, c1, c2, c1)); g.draw(new Line2D.Float(c1, c2, c2, c2));
    g.draw(new Line2D.Float(c1, c1, c1, c2)); g.draw(new Line2D.Float(c2, c1, c2, c2));
    g.draw(new Line2D.Float(c1, c1, c2, c2)); g.draw(new Line2D.Float(c2, c1, c1, c2));
    float w = s*0.2f;
    for (float x : new float[]{c1, c2}) for (float y : new float[]{c1, c2}) {
      g.setColor(new Color(0xf2f5fa));
      g.fill(new RoundRectangle2D.Float(x - w/2, y - w/2, w, w, w*0.25f, w*0.25f));
      g.setColor(new Color(0x1f4e8c));
      g.fill(new RoundRectangle2D.Float(x - w/4, y - w/4, w/2, w/2, w*0.1f, w*0.1f));
    }
    g.dispose();
    ImageIO.write(img, "png", new File(a[0]));
  }
}
