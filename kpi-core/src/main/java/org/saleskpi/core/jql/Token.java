package org.saleskpi.core.jql;

/** One lexical unit of a query, with the 0-based character where it starts. */
record Token(Kind kind, String text, int position) {

    enum Kind {
        /** A bare word: field, keyword, value or function name. */
        WORD,
        /** A quoted string, quotes removed. */
        STRING,
        /** A comparison: = != > >= < <= ~ !~ */
        OPERATOR,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        END
    }

    /** A bare word equal to a keyword, ignoring case; quoted text never is one. */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }
}
