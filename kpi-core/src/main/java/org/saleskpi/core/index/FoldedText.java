package org.saleskpi.core.index;

/**
 * Text with every char case-folded as {@link String#regionMatches(boolean, int, String, int, int)} compares chars
 * ignoring case (two chars match when their upper cases, or the lower cases of those, are equal), so that a search
 * ignoring case becomes a plain {@link String#indexOf(String)} on folded texts.
 */
public final class FoldedText {
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
            if (Character.isSurrogate(c)) {
                return null;
            }
            int f = Character.toLowerCase(Character.toUpperCase((int) c));
            if (f > Character.MAX_VALUE || Character.isSurrogate((char) f)) {
                return null;
            }
            if (f != c) {
                if (folded == null) {
                    folded = text.toCharArray();
                }
                folded[i] = (char) f;
            }
        }
        return folded == null ? text : new String(folded);
    }
}
