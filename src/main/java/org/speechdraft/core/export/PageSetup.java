package org.speechdraft.core.export;

/** The paper and the margins around the text block (版心), in millimetres. */
public record PageSetup(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm,
                        double rightMm) {

    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;

    public PageSetup {
        if (!(widthMm >= 50 && widthMm <= 1000 && heightMm >= 50 && heightMm <= 1000)) {
            throw new IllegalArgumentException("paper size out of range: " + widthMm + "×" + heightMm);
        }
        for (double margin : new double[] {topMm, bottomMm, leftMm, rightMm}) {
            if (!(margin >= 0 && margin <= 100)) {
                throw new IllegalArgumentException("margin must be 0..100 mm: " + margin);
            }
        }
        if (leftMm + rightMm >= widthMm - 20 || topMm + bottomMm >= heightMm - 20) {
            throw new IllegalArgumentException("margins leave no room for text");
        }
    }

    public static PageSetup a4(double topMm, double bottomMm, double leftMm, double rightMm) {
        return new PageSetup(A4_WIDTH_MM, A4_HEIGHT_MM, topMm, bottomMm, leftMm, rightMm);
    }
}
