package io.jadis.provider.internal.query;

import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.bind.Binder;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.query.parse.JdqlParser;
import io.jadis.provider.internal.repository.MethodInvoker;
import io.jadis.provider.internal.repository.RepositoryType;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Plans {@code @Query} methods: parses the JDQL once and compiles it for its entity and method. */
final class JdqlMethods {
    private JdqlMethods() {
    }

    static MethodInvoker plan(String jdql, MethodSignature signature, JadisRuntime runtime) {
        Statement statement = JdqlParser.parse(jdql);
        if (statement instanceof Statement.Select select) {
            return select(select, signature, runtime);
        }
        if (statement instanceof Statement.Delete delete) {
            QueryMethods.checkDeleteShape(signature);
            EntityStore store = runtime.store(entity(delete.entity(), signature));
            Binder binder = QueryMethods.binder(store.model(), signature, false);
            Restriction where = delete.where() == null ? null : binder.bind(delete.where());
            return new DeletePlan(store, Source.of(store, where), JavaCompiler.compile(where), where == null,
                    signature.shape)::run;
        }
        Statement.Update update = (Statement.Update) statement;
        EntityStore store = runtime.store(entity(update.entity(), signature));
        return UpdatePlan.of(update, store, signature, runtime)::run;
    }

    private static MethodInvoker select(Statement.Select select, MethodSignature signature, JadisRuntime runtime) {
        Class<?> entity = select.entity() != null ? entity(select.entity(), signature)
                : select.selection() instanceof Statement.Entities ? QueryMethods.entityOf(signature)
                : QueryMethods.primaryEntity(signature, "SELECT without FROM");
        EntityStore store = runtime.store(entity);
        Binder binder = QueryMethods.binder(store.model(), signature, false);
        Restriction where = select.where() == null ? null : binder.bind(select.where());
        List<SortKey> sorts = QueryMethods.sortKeys(select.orderBy(), binder);
        sorts.addAll(QueryMethods.orderByAnnotations(signature, binder));
        Ordering ordering = new Ordering(sorts, signature, binder, store.model());
        Selection selection = Selection.ENTITY;
        SelectPlan.Mode mode = SelectPlan.Mode.ENTITIES;
        Class<?> resultType = entity;
        if (select.selection() instanceof Statement.Count) {
            mode = SelectPlan.Mode.COUNT;
        } else if (select.selection() instanceof Statement.Attribute attribute) {
            selection = new Selection(binder.path(attribute.path()));
            resultType = selection.attribute().type();
        }
        QueryMethods.checkSelectShape(signature, mode, resultType);
        return new SelectPlan(store, Source.of(store, where), JavaCompiler.compile(where), where == null, ordering,
                selection, 0, signature, mode)::run;
    }

    /** The entity class a FROM clause names, among the entities the repository deals with. */
    static Class<?> entity(String name, MethodSignature signature) {
        if (name == null) {
            return QueryMethods.primaryEntity(signature, "query without FROM");
        }
        Set<Class<?>> known = entities(signature.repository);
        for (Class<?> c : known) {
            if (entityName(c).equals(name)) {
                return c;
            }
        }
        for (Class<?> c : known) {
            if (c.getSimpleName().equals(name)) {
                return c;
            }
        }
        throw new jakarta.data.exceptions.MappingException("FROM " + name + " names no entity this repository"
                + " uses (it uses " + known.stream().map(JdqlMethods::entityName).toList() + ")");
    }

    private static String entityName(Class<?> c) {
        jakarta.persistence.Entity jpa = c.getAnnotation(jakarta.persistence.Entity.class);
        if (jpa != null && !jpa.name().isEmpty()) {
            return jpa.name();
        }
        jakarta.nosql.Entity nosql = c.getAnnotation(jakarta.nosql.Entity.class);
        return nosql != null && !nosql.value().isEmpty() ? nosql.value() : c.getSimpleName();
    }

    private static Set<Class<?>> entities(RepositoryType repo) {
        Set<Class<?>> out = new LinkedHashSet<>();
        if (repo.primaryEntity() != null) {
            out.add(repo.primaryEntity());
        }
        for (Method m : repo.type().getMethods()) {
            collect(repo.returnType(m), out);
            for (int i = 0; i < m.getParameterCount(); i++) {
                collect(repo.parameterType(m, i), out);
            }
        }
        return out;
    }

    private static void collect(Type t, Set<Class<?>> out) {
        Class<?> raw = RepositoryType.raw(t);
        Class<?> candidate = raw.isArray() ? raw.getComponentType() : raw;
        Type arg = RepositoryType.argument(t, 0);
        if (arg != null) {
            candidate = RepositoryType.raw(arg);
        }
        if (EntityModels.isEntity(candidate)) {
            out.add(candidate);
        }
    }
}
