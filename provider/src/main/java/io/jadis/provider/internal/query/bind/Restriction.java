package io.jadis.provider.internal.query.bind;

import io.jadis.provider.internal.query.ast.Condition;

import java.util.List;

/** A restriction bound to an entity and a method; see {@link Term}. */
public sealed interface Restriction {

    record And(List<Restriction> operands) implements Restriction {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Restriction> operands) implements Restriction {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Restriction operand) implements Restriction {
    }

    record Compare(Term left, Condition.Operator op, Term right) implements Restriction {
    }

    record Between(Term value, Term low, Term high, boolean negated) implements Restriction {
    }

    /** Items that are arguments holding a collection or an array contribute each of their elements. */
    record In(Term value, List<Term> items, boolean negated) implements Restriction {
        public In {
            items = List.copyOf(items);
        }
    }

    record Like(Term value, Term pattern, boolean negated) implements Restriction {
    }

    record Text(Term value, Condition.TextMatch match, Term argument, boolean negated) implements Restriction {
    }

    record IsNull(Term value, boolean negated) implements Restriction {
    }
}
