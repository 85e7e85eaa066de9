package org.saleskpi.core.index;

/**
 * Text with every char case-folded as {@link String#regionMatches(boolean, int, String, int, int)} compares chars
 * ignoring case (two chars match when their upper cases, or the lower cases of those, are equal), so that a search
 * ignoring case becomes a plain search for the folded words in the folded text.
 */
public final class FoldedText {
    /** Each char's fold; {@link #UNFOLDABLE} where a char must be matched as it is. */
    private static final char[] FOLDS = new char[Character.MAX_VALUE + 1];
    /** Marks a surrogate, or a char whose fold is not one char (the fold of no char is a lone surrogate). */
    static final char UNFOLDABLE = Character.MIN_SURROGATE;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int f = Character.toLowerCase(Character.toUpperCase(c));
            boolean single = f <= Character.MAX_VALUE && !Character.isSurrogate((char) f);
            FOLDS[c] = Character.isSurrogate((char) c) || !single ? UNFOLDABLE : (char) f;
        }
    }

    private FoldedText() {
    }

    /**
     * The folded text, the same instance when nothing changes; null when it holds a surrogate (the JDK matches
     * surrogate pairs as code points) or a char whose fold is not one char, which must be matched as they are.
     */
    public static String of(String text) {
        char[] folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = FOLDS[c];
            if (f == UNFOLDABLE) {
                return null;
            }
            if (f != c) {
                if (folded == null) {
                    folded = text.toCharArray();
                }
                folded[i] = f;
            }
        }
        return folded == null ? text : new String(folded);
    }

    /** The fold of one char, or {@link #UNFOLDABLE}. */
    static char fold(char c) {
        return FOLDS[c];
    }
}
