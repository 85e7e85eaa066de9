package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into tokens: quoted strings, bare words, operators, parentheses and commas. */
final class JqlLexer {
    /** Characters that end a bare word. */
    private static final String BREAKS = "()=!<>~,\"'";

    private final String text;
    private int at;

    private JqlLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new JqlLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at == text.length()) {
                tokens.add(new Token(Token.Kind.END, "", at));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = at;
        char c = text.charAt(at);
        switch (c) {
            case '(':
                at++;
                return new Token(Token.Kind.LEFT_PAREN, "(", start);
            case ')':
                at++;
                return new Token(Token.Kind.RIGHT_PAREN, ")", start);
            case ',':
                at++;
                return new Token(Token.Kind.COMMA, ",", start);
            case '"':
            case '\'':
                return quoted(c);
            case '=':
            case '~':
                at++;
                return new Token(Token.Kind.OPERATOR, String.valueOf(c), start);
            case '!':
            case '<':
            case '>':
                return comparison(c);
            default:
                return word();
        }
    }

    private Token comparison(char first) {
        int start = at++;
        char second = at < text.length() ? text.charAt(at) : 0;
        if (second == '=' || (first == '!' && second == '~')) {
            at++;
            return new Token(Token.Kind.OPERATOR, text.substring(start, at), start);
        }
        if (first == '!') {
            throw JqlError.of("syntax", "Expecting '!=' or '!~' but got '!' at character " + start + ".");
        }
        return new Token(Token.Kind.OPERATOR, String.valueOf(first), start);
    }

    private Token quoted(char quote) {
        int start = at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return new Token(Token.Kind.STRING, value.toString(), start);
            }
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        throw JqlError.of("syntax", "The quoted string starting at character " + start + " has not been completed.");
    }

    private Token word() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || BREAKS.indexOf(c) >= 0) {
                break;
            }
            at++;
        }
        return new Token(Token.Kind.WORD, text.substring(start, at), start);
    }
}
