package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.bind.Binder;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.query.parse.JdqlParser;
import io.jadis.provider.internal.repository.MethodInvoker;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.util.List;
import java.util.Set;

/** Plans {@code @Query} methods: parses the JDQL once and compiles it for its entity and method. */
final class JdqlMethods {
    private JdqlMethods() {
    }

    static MethodInvoker plan(String jdql, MethodSignature signature, JadisRuntime runtime) {
        Statement statement = JdqlParser.parse(jdql);
        MethodInvoker invoker = statement instanceof Statement.Select select ? select(select, signature, runtime)
                : statement instanceof Statement.Delete delete ? delete(delete, signature, runtime)
                : update((Statement.Update) statement, signature, runtime);
        signature.checkAllUsed();
        return invoker;
    }

    private static MethodInvoker delete(Statement.Delete delete, MethodSignature signature, JadisRuntime runtime) {
        ShapeChecks.write(signature);
        EntityStore store = runtime.store(entity(delete.entity(), signature));
        Binder binder = QueryMethods.binder(store.model(), signature, false);
        Restriction where = delete.where() == null ? null : binder.bind(delete.where());
        return new DeletePlan(store, where, signature.shape, runtime.json().mapper(),
                runtime.settings().fetchSize())::run;
    }

    private static MethodInvoker update(Statement.Update update, MethodSignature signature, JadisRuntime runtime) {
        EntityStore store = runtime.store(entity(update.entity(), signature));
        return UpdatePlan.of(update, store, signature, runtime)::run;
    }

    private static MethodInvoker select(Statement.Select select, MethodSignature signature, JadisRuntime runtime) {
        Class<?> entity = select.entity() != null ? entity(select.entity(), signature)
                : select.selection() instanceof Statement.Entities ? RepositoryEntities.queried(signature)
                : RepositoryEntities.primary(signature, "SELECT without FROM");
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
        ShapeChecks.select(signature, mode, resultType);
        return new SelectPlan(store, Source.of(store, where, runtime.json().mapper()), JavaCompiler.compile(where),
                where == null, ordering,
                selection, 0, signature, mode)::run;
    }

    /** The entity class a FROM clause names, among the entities the repository deals with. */
    static Class<?> entity(String name, MethodSignature signature) {
        if (name == null) {
            return RepositoryEntities.primary(signature, "query without FROM");
        }
        Set<Class<?>> known = RepositoryEntities.all(signature.repository);
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
}
