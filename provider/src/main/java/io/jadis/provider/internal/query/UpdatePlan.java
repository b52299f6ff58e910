package io.jadis.provider.internal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.program.ConditionCompiler;
import io.jadis.provider.internal.program.Kinds;
import io.jadis.provider.internal.program.Program;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.bind.AttributePath;
import io.jadis.provider.internal.query.bind.Binder;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.bind.TypeCheck;
import io.jadis.provider.internal.query.eval.Values;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.exceptions.MappingException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a JDQL UPDATE: the server evaluates the WHERE clause and the new values of each entity in the
 * step that changes it, so {@code SET stock = stock - 1 WHERE id = :id AND stock > 0} can never take
 * the stock below zero, whatever runs concurrently.
 */
final class UpdatePlan {
    private final EntityStore store;
    private final Source source;
    /** What the server checks on each candidate. */
    private final Restriction condition;
    private final List<Assignments.Assignment> assignments;
    private final List<JavaType> types;
    private final ResultShape shape;
    private final ObjectMapper mapper;
    private final int pageSize;

    private UpdatePlan(EntityStore store, Restriction where, List<Assignments.Assignment> assignments,
                       ResultShape shape, ObjectMapper mapper, int pageSize) {
        this.store = store;
        this.source = Source.of(store, where, mapper);
        this.condition = source.residual(where);
        this.assignments = Assignments.ordered(assignments);
        List<JavaType> javaTypes = new ArrayList<>();
        for (Assignments.Assignment a : this.assignments) {
            javaTypes.add(mapper.getTypeFactory().constructType(a.path().leaf().genericType()));
        }
        this.types = javaTypes;
        this.shape = shape;
        this.mapper = mapper;
        this.pageSize = pageSize;
    }

    static UpdatePlan of(Statement.Update update, EntityStore store, MethodSignature signature,
                         JadisRuntime runtime) {
        ShapeChecks.write(signature);
        Binder binder = QueryMethods.binder(store.model(), signature, false);
        Restriction where = update.where() == null ? null : binder.bind(update.where());
        ObjectMapper mapper = runtime.json().mapper();
        List<Assignments.Assignment> assignments = new ArrayList<>();
        for (Statement.Assignment a : update.assignments()) {
            AttributePath path = binder.path(a.path());
            Attribute top = path.chain().get(0);
            if (top == store.model().id() || top == store.model().version()) {
                throw new MappingException("UPDATE cannot set the " + (top == store.model().id() ? "id" : "version")
                        + " attribute " + path.name() + " of entity " + store.model().name());
            }
            Term value = a.value() == null ? new Term.Constant(null) : binder.bind(a.value());
            if (value instanceof Term.Constant c && c.value() == null && path.type().isPrimitive()) {
                throw new MappingException("UPDATE cannot set " + path.name() + " (" + path.type() + ") to NULL");
            }
            checkAssignable(new Term.Attr(path), value);
            assignments.add(new Assignments.Assignment(path, value));
        }
        return new UpdatePlan(store, where, assignments, signature.shape, mapper, runtime.settings().fetchSize());
    }

    Object run(Object[] args) {
        return ServerWrites.result(ServerWrites.run(store, source, args, this::program, pageSize), shape);
    }

    private Program program(Object[] args) {
        Program p = new Program();
        if (condition != null) {
            p.when(ConditionCompiler.condition(condition, args, mapper));
        }
        for (int i = 0; i < assignments.size(); i++) {
            Assignments.Assignment a = assignments.get(i);
            String path = ConditionCompiler.path(new Term.Attr(a.path()));
            if (a.value() instanceof Term.Constant || a.value() instanceof Term.Argument) {
                p.op("set", path, json(a, types.get(i), args));
            } else {
                List<String> tokens = new ArrayList<>();
                tokens.add(Kinds.jsonForm(a.path().type()));
                tokens.addAll(ConditionCompiler.expression(a.value(), args, mapper));
                p.op("expr", path, tokens);
            }
        }
        return p;
    }

    /** The value's type must suit the attribute; a decimal never goes into an integer attribute. */
    private static void checkAssignable(Term.Attr attribute, Term value) {
        TypeCheck.comparable(attribute, value);
        Class<?> target = attribute.type();
        Class<?> source = value.type();
        boolean integral = target == Integer.class || target == Long.class || target == Short.class
                || target == Byte.class || target == BigInteger.class;
        boolean fractional = source == Double.class || source == Float.class || source == BigDecimal.class;
        if (integral && fractional) {
            throw new MappingException("UPDATE cannot set the " + target.getSimpleName() + " attribute "
                    + attribute.path().name() + " to a " + source.getSimpleName() + " value");
        }
    }

    private String json(Assignments.Assignment a, JavaType type, Object[] args) {
        Object v = a.value() instanceof Term.Constant c ? c.value() : args[((Term.Argument) a.value()).index()];
        if (v == null && a.path().type().isPrimitive()) {
            throw new IllegalArgumentException("UPDATE cannot set " + a.path().name() + " ("
                    + a.path().type() + ") to null");
        }
        Object converted = v instanceof Number n ? convert(n, Kinds.box(a.path().type()), a.path().name()) : v;
        if (a.path().leaf().type() == Optional.class) {
            converted = Optional.ofNullable(converted);
        }
        try {
            return mapper.writerFor(type).writeValueAsString(converted);
        } catch (JsonProcessingException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("UPDATE cannot set " + a.path().name() + " to " + v, e);
        }
    }

    /** The number as the attribute's type; integers out of the attribute's range are rejected, not wrapped. */
    private static Object convert(Number n, Class<?> target, String attribute) {
        try {
            if (target == Long.class) {
                return Values.decimal(n).longValueExact();
            }
            if (target == Integer.class) {
                return Values.decimal(n).intValueExact();
            }
            if (target == Short.class) {
                return Values.decimal(n).shortValueExact();
            }
            if (target == Byte.class) {
                return Values.decimal(n).byteValueExact();
            }
            if (target == BigInteger.class) {
                return Values.decimal(n).toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("UPDATE cannot set " + attribute + " (" + target.getSimpleName()
                    + ") to " + n + ": out of range", e);
        }
        if (target == Double.class) {
            return n.doubleValue();
        }
        if (target == Float.class) {
            return n.floatValue();
        }
        return target == BigDecimal.class ? Values.decimal(n) : n;
    }
}
