package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.bind.AttributePath;
import io.jadis.provider.internal.query.bind.Term;
import jakarta.data.exceptions.MappingException;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders the assignments of an UPDATE for the server, which applies them one after the other: an
 * assignment that reads an attribute another one sets must run first, so that every new value is
 * computed from the entity as it was ({@code SET a = a + 1, b = a} gives {@code b} the old
 * {@code a}). Assignments that read each other's attributes cannot be ordered and are rejected.
 */
final class Assignments {
    private Assignments() {
    }

    /** An attribute set to a value. */
    record Assignment(AttributePath path, Term value) {
    }

    static List<Assignment> ordered(List<Assignment> assignments) {
        rejectDuplicates(assignments);
        List<Assignment> pending = new ArrayList<>(assignments);
        List<Assignment> out = new ArrayList<>(assignments.size());
        while (!pending.isEmpty()) {
            Assignment next = firstUnread(pending);
            if (next == null) {
                throw new MappingException("UPDATE sets attributes that its assignments read from each other ("
                        + names(pending) + "); Jadis applies assignments in turn and cannot swap values");
            }
            pending.remove(next);
            out.add(next);
        }
        return out;
    }

    /** The first assignment whose attribute no other pending assignment reads. */
    private static Assignment firstUnread(List<Assignment> pending) {
        for (Assignment candidate : pending) {
            boolean read = false;
            for (Assignment other : pending) {
                read |= other != candidate && reads(other.value(), candidate.path());
            }
            if (!read) {
                return candidate;
            }
        }
        return null;
    }

    private static void rejectDuplicates(List<Assignment> assignments) {
        for (int i = 0; i < assignments.size(); i++) {
            for (int j = i + 1; j < assignments.size(); j++) {
                if (overlap(assignments.get(i).path(), assignments.get(j).path())) {
                    throw new MappingException("UPDATE sets " + assignments.get(i).path().name() + " and "
                            + assignments.get(j).path().name() + " in one statement");
                }
            }
        }
    }

    private static boolean reads(Term t, AttributePath written) {
        if (t instanceof Term.Attr a) {
            return overlap(a.path(), written);
        }
        if (t instanceof Term.Arithmetic ar) {
            return reads(ar.left(), written) || reads(ar.right(), written);
        }
        if (t instanceof Term.Negate n) {
            return reads(n.operand(), written);
        }
        if (t instanceof Term.Concat c) {
            return reads(c.left(), written) || reads(c.right(), written);
        }
        if (t instanceof Term.Call call) {
            for (Term arg : call.arguments()) {
                if (reads(arg, written)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one path is the other or leads into it ({@code address} and {@code address.city}). */
    private static boolean overlap(AttributePath a, AttributePath b) {
        int n = Math.min(a.chain().size(), b.chain().size());
        return a.chain().subList(0, n).equals(b.chain().subList(0, n));
    }

    private static String names(List<Assignment> assignments) {
        List<String> names = new ArrayList<>();
        for (Assignment a : assignments) {
            names.add(a.path().name());
        }
        return String.join(", ", names);
    }
}
