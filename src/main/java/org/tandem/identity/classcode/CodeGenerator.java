package org.tandem.identity.classcode;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Class codes that people read off a board and type on a phone: 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), about 39 bits. Typing is forgiving: case, spaces and
 * hyphens are ignored.
 */
final class CodeGenerator {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CodeGenerator() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what someone typed. */
    static String normalize(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
