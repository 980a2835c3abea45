package org.speechdraft.ui.editor;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Makes JavaFX's per-character ideograph check cheaper; what it answers is unchanged.
 *
 * <p>Why: JavaFX's glyph layout (kept compatible with old Javas) calls
 * {@code Character.isIdeographic} through a reflective {@code Method} for every character it lays
 * out. A {@code Method} not marked accessible finds its caller at each call, a walk of the stack
 * that the window's C1-compiled code does not optimise away: for Chinese text it took a quarter to
 * a third of the layout time, and RichTextFX lays out the edited paragraph several times per keystroke.
 * Marked accessible, the call skips that check.
 *
 * <p>Best effort: where JavaFX's internals are closed to us (JavaFX on the module path without
 * {@code --add-opens}) or look different, nothing is changed.
 */
final class IdeographCheck {

    private static final String GLYPH_LAYOUT = "com.sun.javafx.text.GlyphLayout";
    private static final String FIELD = "isIdeographicMethod";
    private static boolean done;

    private IdeographCheck() {
    }

    /** Marks the check's {@code Method} accessible, once per JVM. */
    static synchronized void skipAccessCheck() {
        if (!done) {
            done = true;
            checkMethod().ifPresent(method -> {
                try {
                    method.setAccessible(true);
                } catch (RuntimeException e) {
                    // JavaFX's own check still works, only slower
                }
            });
        }
    }

    /** Whether the check's {@code Method} is marked accessible. */
    static boolean accessible() {
        return checkMethod().filter(IdeographCheck::isMarked).isPresent();
    }

    private static Optional<Method> checkMethod() {
        try {
            Field field = Class.forName(GLYPH_LAYOUT).getDeclaredField(FIELD);
            field.setAccessible(true);
            return field.get(null) instanceof Method method ? Optional.of(method) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("deprecation") // isAccessible() is the flag itself, which canAccess does not show
    private static boolean isMarked(Method method) {
        return method.isAccessible();
    }
}
