package org.speechdraft.core.export;

import java.util.List;
import java.util.Optional;

/** The Chinese names of type sizes (字号) that 公文 rules and Word's size box use: 二号 = 22 pt … */
public final class TypeSizes {

    /** One named size. */
    public record TypeSize(String name, double points) {
    }

    private static final List<TypeSize> ALL = List.of(
            new TypeSize("初号", 42), new TypeSize("小初", 36), new TypeSize("一号", 26), new TypeSize("小一", 24),
            new TypeSize("二号", 22), new TypeSize("小二", 18), new TypeSize("三号", 16), new TypeSize("小三", 15),
            new TypeSize("四号", 14), new TypeSize("小四", 12), new TypeSize("五号", 10.5), new TypeSize("小五", 9));

    private TypeSizes() {
    }

    /** From the largest to the smallest, as Word lists them. */
    public static List<TypeSize> all() {
        return ALL;
    }

    public static Optional<TypeSize> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** "三号" for 16 pt; a size without a name as points, "17磅". */
    public static String describe(double points) {
        return ALL.stream().filter(s -> s.points() == points).map(TypeSize::name).findFirst()
                .orElseGet(() -> (points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points)) + "磅");
    }
}
