package io.jadis.provider.internal.atomic;

import com.fasterxml.jackson.databind.JavaType;
import io.jadis.api.AtomicResult;
import io.jadis.api.AtomicUpdate;
import io.jadis.api.ConditionNotMetException;
import io.jadis.api.JadisException;
import io.jadis.provider.internal.engine.DocumentEngine;
import io.jadis.provider.internal.program.ConditionCompiler;
import io.jadis.provider.internal.program.Kinds;
import io.jadis.provider.internal.program.Program;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.bind.Binder;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.parse.JdqlParser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds one entity's program operation by operation; applying it is one engine call. */
final class AtomicUpdateImpl<T> implements AtomicUpdate<T> {
    private final AtomicSupport support;
    private final Object id;
    private final String encodedId;
    private final Program program = new Program();
    private final List<JavaType> resultTypes = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private boolean used;

    AtomicUpdateImpl(AtomicSupport support, Object id) {
        this.support = support;
        this.id = id;
        this.encodedId = support.store.encodeId(id);
    }

    @Override
    public AtomicUpdate<T> add(String path, Number delta) {
        return arithmetic(path, '+', delta, "add");
    }

    @Override
    public AtomicUpdate<T> multiply(String path, Number factor) {
        return arithmetic(path, '*', factor, "multiply");
    }

    private AtomicUpdate<T> arithmetic(String path, char op, Number operand, String what) {
        ResolvedPath p = support.path(path);
        String kind = Kinds.arithmetic(p.type().getRawClass());
        if (kind == null) {
            throw wrongType(what, p, "a number");
        }
        return op("num", p, null, String.valueOf(op), kind, ValueEncoder.number(p, kind, operand, what),
                Kinds.jsonForm(p.type().getRawClass()));
    }

    @Override
    public AtomicUpdate<T> set(String path, Object value) {
        ResolvedPath p = support.path(path);
        return op("set", p, null, support.encoder.json(p, p.type(), value, "set"));
    }

    @Override
    public AtomicUpdate<T> unset(String path) {
        return set(path, null);
    }

    @Override
    public AtomicUpdate<T> append(String path, Object... values) {
        return appendAll(path, values == null ? null : java.util.Arrays.asList(values));
    }

    @Override
    public AtomicUpdate<T> appendAll(String path, Collection<?> values) {
        ResolvedPath p = list(path, "append");
        if (values == null) {
            throw new IllegalArgumentException("append: the values for " + path + " must not be null");
        }
        List<String> texts = new ArrayList<>(values.size());
        for (Object v : values) {
            texts.add(support.encoder.json(p, p.type().getContentType(), v, "append"));
        }
        return op("append", p, null, texts.toArray(String[]::new));
    }

    @Override
    public AtomicUpdate<T> appendIfAbsent(String path, Object value) {
        ResolvedPath p = list(path, "appendIfAbsent");
        return op("addnew", p, null, support.encoder.json(p, p.type().getContentType(), value, "appendIfAbsent"));
    }

    @Override
    public AtomicUpdate<T> insert(String path, int index, Object value) {
        ResolvedPath p = list(path, "insert");
        return op("insert", p, null, Integer.toString(index),
                support.encoder.json(p, p.type().getContentType(), value, "insert"));
    }

    @Override
    public AtomicUpdate<T> popFirst(String path) {
        return pop(path, 0);
    }

    @Override
    public AtomicUpdate<T> popLast(String path) {
        return pop(path, -1);
    }

    @Override
    public AtomicUpdate<T> pop(String path, int index) {
        ResolvedPath p = list(path, "pop");
        return op("pop", p, p.type().getContentType(), Integer.toString(index));
    }

    @Override
    public AtomicUpdate<T> removeValue(String path, Object value) {
        ResolvedPath p = list(path, "removeValue");
        return op("remove", p, null, support.encoder.json(p, p.type().getContentType(), value, "removeValue"));
    }

    @Override
    public AtomicUpdate<T> keepLast(String path, int count) {
        return keep(path, "last", count);
    }

    @Override
    public AtomicUpdate<T> keepFirst(String path, int count) {
        return keep(path, "first", count);
    }

    private AtomicUpdate<T> keep(String path, String end, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("keep" + (end.equals("last") ? "Last" : "First") + ": count must"
                    + " not be negative, not " + count);
        }
        return op("keep", list(path, "keep"), null, end, Integer.toString(count));
    }

    @Override
    public AtomicUpdate<T> clear(String path) {
        ResolvedPath p = support.path(path);
        JavaType t = p.type();
        if (!t.isCollectionLikeType() && !t.isArrayType() && !t.isMapLikeType()) {
            throw wrongType("clear", p, "a list or a map");
        }
        return op("clear", p, null);
    }

    @Override
    public AtomicUpdate<T> put(String path, Object key, Object value) {
        return putAll(path, java.util.Collections.singletonMap(key, value));
    }

    @Override
    public AtomicUpdate<T> putAll(String path, Map<?, ?> entries) {
        ResolvedPath p = map(path, "put");
        if (entries == null) {
            throw new IllegalArgumentException("put: the entries for " + path + " must not be null");
        }
        List<String> args = new ArrayList<>(entries.size() * 2);
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            args.add(support.encoder.key(p, p.type(), e.getKey()));
            args.add(support.encoder.json(p, p.type().getContentType(), e.getValue(), "put"));
        }
        return op("put", p, null, args.toArray(String[]::new));
    }

    @Override
    public AtomicUpdate<T> removeKey(String path, Object key) {
        ResolvedPath p = map(path, "removeKey");
        return op("unput", p, null, support.encoder.key(p, p.type(), key));
    }

    @Override
    public AtomicUpdate<T> appendText(String path, String suffix) {
        ResolvedPath p = support.path(path);
        if (p.type().getRawClass() != String.class) {
            throw wrongType("appendText", p, "text");
        }
        if (suffix == null) {
            throw new IllegalArgumentException("appendText: the suffix for " + path + " must not be null");
        }
        return op("text", p, null, suffix);
    }

    @Override
    public AtomicUpdate<T> toggle(String path) {
        ResolvedPath p = support.path(path);
        if (Kinds.box(p.type().getRawClass()) != Boolean.class) {
            throw wrongType("toggle", p, "a boolean");
        }
        return op("toggle", p, null);
    }

    @Override
    public AtomicUpdate<T> merge(String path, Map<String, ?> attributes) {
        ResolvedPath p = support.path(path);
        JavaType t = p.type();
        if (t.isContainerType() || t.isPrimitive() || t.getRawClass().getName().startsWith("java.")) {
            throw wrongType("merge", p, "an embedded object");
        }
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, ?> e : attributes.entrySet()) {
            ResolvedPath member = support.path(path + "." + e.getKey());
            PathSegment last = member.segments().get(member.segments().size() - 1);
            args.add(((PathSegment.Name) last).name());
            args.add(support.encoder.json(member, member.type(), e.getValue(), "merge"));
        }
        return op("merge", p, null, args.toArray(String[]::new));
    }

    @Override
    public AtomicUpdate<T> when(String condition, Object... arguments) {
        Statement parsed = JdqlParser.parse("WHERE " + condition);
        Object[] args = arguments == null ? new Object[0] : arguments;
        Binder binder = new Binder(support.store.model(), p -> argument(p, args, condition),
                support.store.model().type().getClassLoader(), false);
        Restriction r = binder.bind(((Statement.Select) parsed).where());
        program.when(ConditionCompiler.condition(r, args, support.mapper));
        conditions.add(condition);
        return this;
    }

    private static Term.Argument argument(Expr.Param p, Object[] args, String condition) {
        if (p.named() || p.index() > args.length) {
            throw new IllegalArgumentException("Condition '" + condition + "' uses "
                    + (p.named() ? ":" + p.name() : "?" + p.index()) + " but " + args.length
                    + " argument" + (args.length == 1 ? " was" : "s were") + " given (use ?1, ?2, ...)");
        }
        Object v = args[p.index() - 1];
        return new Term.Argument(p.index() - 1, v == null ? Object.class : v.getClass(), "?" + p.index());
    }

    @Override
    public AtomicUpdate<T> expireAfter(Duration timeToLive) {
        if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("expireAfter needs a positive duration, not " + timeToLive);
        }
        program.op("expire", "", Long.toString(timeToLive.toMillis()));
        resultTypes.add(null);
        return this;
    }

    private ResolvedPath list(String path, String what) {
        ResolvedPath p = support.path(path);
        if (!p.type().isCollectionLikeType() && !p.type().isArrayType()) {
            throw wrongType(what, p, "a list");
        }
        return p;
    }

    private ResolvedPath map(String path, String what) {
        ResolvedPath p = support.path(path);
        if (!p.type().isMapLikeType()) {
            throw wrongType(what, p, "a map");
        }
        return p;
    }

    private IllegalArgumentException wrongType(String what, ResolvedPath p, String needs) {
        return new IllegalArgumentException(what + " needs " + needs + ", but " + p.text() + " of entity "
                + support.store.model().name() + " is " + p.type().toCanonical());
    }

    private AtomicUpdate<T> op(String code, ResolvedPath p, JavaType resultType, String... args) {
        program.op(code, p.token(), args);
        resultTypes.add(resultType);
        return this;
    }

    /** The engine target of this update; it may be run once. */
    DocumentEngine.Target target() {
        if (used) {
            throw new IllegalStateException("This atomic update of " + support.store.model().name() + " " + id
                    + " was already applied");
        }
        used = true;
        return new DocumentEngine.Target(support.store.docType(), encodedId, program);
    }

    /**
     * Buffers the update in the calling thread's transaction; the entity it returns is the state the
     * commit will leave, and operation values (popped elements) are not known before the commit.
     */
    @SuppressWarnings("unchecked")
    AtomicResult<T> buffer() {
        target();
        T entity = (T) support.store.transaction().apply(support.store, id, program);
        return new AtomicResult<>(entity, java.util.Collections.nCopies(resultTypes.size(), null));
    }

    /** Reads the engine's outcome for this update. */
    AtomicResult<T> result(DocumentEngine.Applied applied) {
        @SuppressWarnings("unchecked")
        T entity = (T) support.store.codec().decode(applied.doc().json(), applied.doc().key());
        List<Object> values = new ArrayList<>(resultTypes.size());
        for (int i = 0; i < resultTypes.size(); i++) {
            Object raw = i < applied.values().size() ? applied.values().get(i) : null;
            values.add(raw == null || resultTypes.get(i) == null ? null : read((String) raw, resultTypes.get(i)));
        }
        return new AtomicResult<>(entity, values);
    }

    private Object read(String json, JavaType type) {
        try {
            return support.mapper.readerFor(type).readValue(json);
        } catch (java.io.IOException e) {
            throw new JadisException("Cannot read a popped value of " + support.store.model().name() + ": " + json, e);
        }
    }

    String describe() {
        return support.store.model().name() + " with id " + id;
    }

    List<String> conditions() {
        return conditions;
    }

    @Override
    public T apply() {
        return applyForResult().entity();
    }

    @Override
    public Optional<T> tryApply() {
        try {
            return Optional.of(apply());
        } catch (ConditionNotMetException e) {
            return Optional.empty();
        }
    }

    @Override
    public AtomicResult<T> applyForResult() {
        return AtomicRunner.run(support.runtime, List.of(this)).get(0);
    }
}
