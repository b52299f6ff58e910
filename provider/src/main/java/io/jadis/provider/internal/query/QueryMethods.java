package io.jadis.provider.internal.query;

import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.bind.Binder;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.bind.TypeCheck;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.query.parse.MethodNameParser;
import io.jadis.provider.internal.repository.MethodInvoker;
import io.jadis.provider.internal.repository.RepositoryType;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.exceptions.MappingException;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plans repository methods that query: parameter-based {@code @Find} and {@code @Delete},
 * {@code @Query} with JDQL, and queries by method name. Planning parses, binds and compiles once;
 * the returned invoker only runs the plan.
 */
public final class QueryMethods {
    private static final Logger LOG = LoggerFactory.getLogger(QueryMethods.class);
    // Spring Data's limit keyword; to Jakarta Data it is text between find and By, and ignored.
    private static final Pattern SPRING_TOP = Pattern.compile("findTop\\d*(?![a-z]).*");

    private QueryMethods() {
    }

    public static MethodInvoker plan(RepositoryType repo, Method m, JadisRuntime runtime) {
        MethodInvoker invoker = planQuery(repo, m, runtime);
        if (m.getDeclaringClass() == BasicRepository.class
                && (m.getName().equals("findById") || m.getName().equals("deleteById"))) {
            // BasicRepository's contract, unlike a query's parameter, refuses a null id.
            String message = "Repository method " + repo.describe(m) + ": the id must not be null";
            return args -> {
                if (args[0] == null) {
                    throw new NullPointerException(message);
                }
                return invoker.invoke(args);
            };
        }
        return invoker;
    }

    private static MethodInvoker planQuery(RepositoryType repo, Method m, JadisRuntime runtime) {
        MethodSignature signature = new MethodSignature(repo, m);
        if (m.isAnnotationPresent(Find.class)) {
            return find(signature, runtime);
        }
        if (m.isAnnotationPresent(Delete.class)) {
            return deleteByParameters(signature, runtime);
        }
        Query query = m.getAnnotation(Query.class);
        if (query != null) {
            return JdqlMethods.plan(query.value(), signature, runtime);
        }
        Statement.MethodQuery named = MethodNameParser.parse(m.getName());
        if (named == null) {
            throw new UnsupportedOperationException("Jadis cannot tell what this method does: annotate it with"
                    + " @Find, @Query, @Insert, @Update, @Save or @Delete, or name it as a query (findBy...,"
                    + " countBy..., existsBy..., deleteBy...)");
        }
        if (SPRING_TOP.matcher(m.getName()).matches()) {
            LOG.warn("{}.{}: Jakarta Data ignores 'Top' in a method name, so this query returns every match;"
                    + " to limit it, name it {}", repo.type().getSimpleName(), m.getName(),
                    m.getName().replaceFirst("^findTop", "findFirst"));
        }
        return methodName(named, signature, runtime);
    }

    private static MethodInvoker methodName(Statement.MethodQuery q, MethodSignature signature,
                                            JadisRuntime runtime) {
        if (q.limit() > 0 && (signature.limit >= 0 || signature.pageRequest >= 0)) {
            throw new UnsupportedOperationException("First cannot be combined with a Limit or PageRequest"
                    + " parameter");
        }
        if (q.parameterCount() != signature.parameters.size()) {
            throw new MappingException("the method name needs " + q.parameterCount() + " parameter"
                    + (q.parameterCount() == 1 ? "" : "s") + " but the method has " + signature.parameters.size()
                    + " (not counting Limit, Sort, Order and PageRequest)");
        }
        Class<?> entity = q.action() == Statement.Action.FIND ? RepositoryEntities.queried(signature)
                : RepositoryEntities.primary(signature, q.action().name().toLowerCase(java.util.Locale.ROOT));
        EntityStore store = runtime.store(entity);
        Binder binder = binder(store.model(), signature, true);
        Restriction where = q.where() == null ? null : binder.bind(q.where());
        Source source = Source.of(store, where, runtime.json().mapper());
        if (q.action() == Statement.Action.DELETE) {
            ShapeChecks.write(signature);
            return new DeletePlan(store, where, signature.shape, runtime.json().mapper(),
                    runtime.settings().fetchSize())::run;
        }
        List<SortKey> sorts = sortKeys(q.orderBy(), binder);
        sorts.addAll(orderByAnnotations(signature, binder));
        Ordering ordering = new Ordering(sorts, signature, binder, store.model());
        SelectPlan.Mode mode = switch (q.action()) {
            case COUNT -> SelectPlan.Mode.COUNT;
            case EXISTS -> SelectPlan.Mode.EXISTS;
            default -> SelectPlan.Mode.ENTITIES;
        };
        ShapeChecks.select(signature, mode, entity);
        return new SelectPlan(store, source, JavaCompiler.compile(where), where == null, ordering, Selection.ENTITY,
                q.limit(), signature, mode)::run;
    }

    static List<SortKey> sortKeys(List<Statement.SortItem> items, Binder binder) {
        List<SortKey> keys = new ArrayList<>();
        for (Statement.SortItem item : items) {
            keys.add(new SortKey(binder.path(item.path()), item.descending(), item.ignoreCase()));
        }
        return keys;
    }

    private static MethodInvoker find(MethodSignature signature, JadisRuntime runtime) {
        Class<?> entity = RepositoryEntities.queried(signature);
        EntityStore store = runtime.store(entity);
        Binder binder = binder(store.model(), signature, false);
        Restriction where = parameterConditions(signature, binder);
        Ordering ordering = new Ordering(orderByAnnotations(signature, binder), signature, binder, store.model());
        ShapeChecks.select(signature, SelectPlan.Mode.ENTITIES, entity);
        SelectPlan plan = new SelectPlan(store, Source.of(store, where, runtime.json().mapper()),
                JavaCompiler.compile(where), where == null,
                ordering,
                Selection.ENTITY, 0, signature, SelectPlan.Mode.ENTITIES);
        return plan::run;
    }

    private static MethodInvoker deleteByParameters(MethodSignature signature, JadisRuntime runtime) {
        ShapeChecks.write(signature);
        Class<?> entity = RepositoryEntities.primary(signature, "@Delete");
        EntityStore store = runtime.store(entity);
        Restriction where = parameterConditions(signature, binder(store.model(), signature, false));
        return new DeletePlan(store, where, signature.shape, runtime.json().mapper(), runtime.settings().fetchSize())::run;
    }

    /** Equality of each parameter with the attribute it names (@By, or the parameter name). */
    private static Restriction parameterConditions(MethodSignature signature, Binder binder) {
        List<Restriction> conditions = new ArrayList<>();
        for (MethodSignature.QueryParameter p : signature.parameters) {
            if (p.name() == null) {
                throw new MappingException("parameter " + (p.index() + 1) + " has no name: annotate it"
                        + " with @By(\"attribute\") or compile with -parameters");
            }
            Term attribute = new Term.Attr(binder.path(new Expr.Path(List.of(p.name().split("\\.")), 0)));
            Term argument = new Term.Argument(p.index(), p.type(), p.name());
            TypeCheck.comparable(attribute, argument);
            conditions.add(new Restriction.Compare(attribute, Condition.Operator.EQ, argument));
        }
        return conditions.isEmpty() ? null
                : conditions.size() == 1 ? conditions.get(0) : new Restriction.And(conditions);
    }

    static List<SortKey> orderByAnnotations(MethodSignature signature, Binder binder) {
        List<SortKey> keys = new ArrayList<>();
        for (OrderBy o : signature.method.getAnnotationsByType(OrderBy.class)) {
            keys.add(new SortKey(binder.path(new Expr.Path(List.of(o.value().split("\\.")), 0)), o.descending(),
                    o.ignoreCase()));
        }
        return keys;
    }

    static Binder binder(EntityModel model, MethodSignature signature, boolean relaxed) {
        return new Binder(model, p -> argument(signature, p), signature.repository.type().getClassLoader(),
                relaxed);
    }

    private static Term.Argument argument(MethodSignature signature, Expr.Param p) {
        List<MethodSignature.QueryParameter> params = signature.parameters;
        if (p.named()) {
            for (MethodSignature.QueryParameter q : params) {
                if (p.name().equals(q.name())) {
                    signature.used.add(q.index());
                    return new Term.Argument(q.index(), q.type(), ":" + p.name());
                }
            }
            throw new MappingException("the query uses :" + p.name() + " but no parameter is named "
                    + p.name() + " (name parameters with @Param or compile with -parameters)");
        }
        if (p.index() < 1 || p.index() > params.size()) {
            throw new MappingException("the query uses ?" + p.index() + " but the method has "
                    + params.size() + " query parameter" + (params.size() == 1 ? "" : "s"));
        }
        MethodSignature.QueryParameter q = params.get(p.index() - 1);
        signature.used.add(q.index());
        String label = "?" + p.index() + (q.name() == null ? "" : " (" + q.name() + ")");
        return new Term.Argument(q.index(), q.type(), label);
    }
}
