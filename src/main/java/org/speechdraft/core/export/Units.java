package org.speechdraft.core.export;

/** The units of WordprocessingML: twips (1/20 pt, 1/1440 inch) and half-points for type sizes. */
final class Units {

    private static final double MM_PER_INCH = 25.4;
    private static final int TWIPS_PER_INCH = 1440;
    private static final int TWIPS_PER_POINT = 20;

    private Units() {
    }

    static int twipsFromMm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_INCH / MM_PER_INCH);
    }

    static int twipsFromPt(double pt) {
        return (int) Math.round(pt * TWIPS_PER_POINT);
    }

    static double ptFromTwips(int twips) {
        return (double) twips / TWIPS_PER_POINT;
    }

    static long halfPoints(double pt) {
        return Math.round(pt * 2);
    }
}
