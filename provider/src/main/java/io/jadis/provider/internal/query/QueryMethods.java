package io.jadis.provider.internal.query;

import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.bind.Binder;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.repository.MethodInvoker;
import io.jadis.provider.internal.repository.RepositoryType;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans repository methods that query: parameter-based {@code @Find} and {@code @Delete},
 * {@code @Query} with JDQL, and queries by method name. Planning parses, binds and compiles once;
 * the returned invoker only runs the plan.
 */
public final class QueryMethods {
    private QueryMethods() {
    }

    public static MethodInvoker plan(RepositoryType repo, Method m, JadisRuntime runtime) {
        MethodSignature signature = new MethodSignature(repo, m);
        if (m.isAnnotationPresent(Find.class)) {
            return find(signature, runtime);
        }
        if (m.isAnnotationPresent(Delete.class)) {
            return deleteByParameters(signature, runtime);
        }
        throw new UnsupportedOperationException("Jadis cannot tell what this method does: annotate it with @Find,"
                + " @Query, @Insert, @Update, @Save or @Delete, or name it as a query (findBy..., countBy...)");
    }

    private static MethodInvoker find(MethodSignature signature, JadisRuntime runtime) {
        Class<?> entity = entityOf(signature);
        EntityStore store = runtime.store(entity);
        Binder binder = binder(store.model(), signature, false);
        Restriction where = parameterConditions(signature, binder);
        Ordering ordering = new Ordering(orderByAnnotations(signature, binder), signature, binder, store.model());
        SelectPlan plan = new SelectPlan(store, Source.of(store, where), JavaCompiler.compile(where), where == null,
                ordering,
                Selection.ENTITY, 0, signature, SelectPlan.Mode.ENTITIES);
        return plan::run;
    }

    private static MethodInvoker deleteByParameters(MethodSignature signature, JadisRuntime runtime) {
        if (signature.hasSpecials()) {
            throw new UnsupportedOperationException("@Delete methods cannot take Limit, Sort, Order or PageRequest");
        }
        ResultShape shape = signature.shape;
        if (shape != ResultShape.VOID && shape != ResultShape.COUNT_LONG && shape != ResultShape.COUNT_INT) {
            throw new UnsupportedOperationException("@Delete methods return void, int or long");
        }
        Class<?> entity = signature.repository.primaryEntity();
        if (entity == null) {
            throw new UnsupportedOperationException("a @Delete method without an entity parameter needs a"
                    + " repository with a primary entity type (DataRepository<Entity, Id>)");
        }
        EntityStore store = runtime.store(entity);
        Restriction where = parameterConditions(signature, binder(store.model(), signature, false));
        DeletePlan plan = new DeletePlan(store, Source.of(store, where), JavaCompiler.compile(where), where == null,
                shape);
        return plan::run;
    }

    /** Equality of each parameter with the attribute it names (@By, or the parameter name). */
    private static Restriction parameterConditions(MethodSignature signature, Binder binder) {
        List<Restriction> conditions = new ArrayList<>();
        for (MethodSignature.QueryParameter p : signature.parameters) {
            if (p.name() == null) {
                throw new UnsupportedOperationException("parameter " + (p.index() + 1) + " has no name: annotate it"
                        + " with @By(\"attribute\") or compile with -parameters");
            }
            Term attribute = new Term.Attr(binder.path(new Expr.Path(List.of(p.name().split("\\.")), 0)));
            Term argument = new Term.Argument(p.index(), p.type(), p.name());
            conditions.add(new Restriction.Compare(attribute, Condition.Operator.EQ, argument));
        }
        return conditions.isEmpty() ? null
                : conditions.size() == 1 ? conditions.get(0) : new Restriction.And(conditions);
    }

    private static List<SortKey> orderByAnnotations(MethodSignature signature, Binder binder) {
        List<SortKey> keys = new ArrayList<>();
        for (OrderBy o : signature.method.getAnnotationsByType(OrderBy.class)) {
            keys.add(new SortKey(binder.path(new Expr.Path(List.of(o.value().split("\\.")), 0)), o.descending(),
                    o.ignoreCase()));
        }
        return keys;
    }

    private static Binder binder(EntityModel model, MethodSignature signature, boolean relaxed) {
        return new Binder(model, p -> argument(signature, p), signature.repository.type().getClassLoader(),
                relaxed);
    }

    private static Term.Argument argument(MethodSignature signature, Expr.Param p) {
        List<MethodSignature.QueryParameter> params = signature.parameters;
        if (p.named()) {
            for (MethodSignature.QueryParameter q : params) {
                if (p.name().equals(q.name())) {
                    return new Term.Argument(q.index(), q.type(), ":" + p.name());
                }
            }
            throw new UnsupportedOperationException("the query uses :" + p.name() + " but no parameter is named "
                    + p.name() + " (name parameters with @Param or compile with -parameters)");
        }
        if (p.index() < 1 || p.index() > params.size()) {
            throw new UnsupportedOperationException("the query uses ?" + p.index() + " but the method has "
                    + params.size() + " query parameter" + (params.size() == 1 ? "" : "s"));
        }
        MethodSignature.QueryParameter q = params.get(p.index() - 1);
        return new Term.Argument(q.index(), q.type(), "?" + p.index());
    }

    private static Class<?> entityOf(MethodSignature signature) {
        if (EntityModels.isEntity(signature.elementType)) {
            return signature.elementType;
        }
        Class<?> primary = signature.repository.primaryEntity();
        if (primary == null) {
            throw new UnsupportedOperationException("cannot tell which entity the method queries: return entities"
                    + " or declare the repository with a primary entity type");
        }
        return primary;
    }
}
