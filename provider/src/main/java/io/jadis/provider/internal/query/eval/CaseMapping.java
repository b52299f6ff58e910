package io.jadis.provider.internal.query.eval;

/**
 * The case mapping of queries ({@code IgnoreCase}, {@code UPPER}, {@code LOWER}), the same in Java
 * and in the server's scripts (text.lua), so that a query gives the same answer wherever it runs:
 * ASCII, Latin-1 (except {@code ß}), Greek and Cyrillic letters; other characters keep their case.
 */
public final class CaseMapping {
    private CaseMapping() {
    }

    public static String upper(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char u = upper(c);
            if (u != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(u);
            }
        }
        return sb == null ? s : sb.toString();
    }

    public static String lower(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = lower(c);
            if (l != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(l);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static char upper(char c) {
        if (c >= 'a' && c <= 'z') {
            return (char) (c - 32);
        }
        if (c < 0xE0) {
            return c;
        }
        switch (c) {
            case 0xFF: return 0x178;
            case 0x3C2: return 0x3A3;
            case 0x3AC: return 0x386;
            case 0x3AD: return 0x388;
            case 0x3AE: return 0x389;
            case 0x3AF: return 0x38A;
            case 0x3CC: return 0x38C;
            case 0x3CD: return 0x38E;
            case 0x3CE: return 0x38F;
            default: break;
        }
        if (c <= 0xFE && c != 0xF7 || c >= 0x3B1 && c <= 0x3CB || c >= 0x430 && c <= 0x44F) {
            return (char) (c - 32);
        }
        return c >= 0x450 && c <= 0x45F ? (char) (c - 80) : c;
    }

    static char lower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c < 0xC0) {
            return c;
        }
        switch (c) {
            case 0x178: return 0xFF;
            case 0x386: return 0x3AC;
            case 0x388: return 0x3AD;
            case 0x389: return 0x3AE;
            case 0x38A: return 0x3AF;
            case 0x38C: return 0x3CC;
            case 0x38E: return 0x3CD;
            case 0x38F: return 0x3CE;
            default: break;
        }
        if (c <= 0xDE && c != 0xD7 || c >= 0x391 && c <= 0x3AB && c != 0x3A2 || c >= 0x410 && c <= 0x42F) {
            return (char) (c + 32);
        }
        return c >= 0x400 && c <= 0x40F ? (char) (c + 80) : c;
    }
}
