package io.jadis.provider.internal.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition and operations for the server-side interpreter (see update.lua): built on the client
 * from checked paths and encoded values, run by the server in one atomic step.
 */
public final class Program {
    private final List<String> condition = new ArrayList<>();
    private final List<String> operations = new ArrayList<>();
    private int operationCount;

    /** Adds a condition (reverse Polish tokens); several conditions must all hold. */
    public Program when(List<String> tokens) {
        boolean first = condition.isEmpty();
        condition.addAll(tokens);
        if (!first) {
            condition.add("and");
        }
        return this;
    }

    /** Adds an operation: opcode, path token and arguments. */
    public Program op(String code, String path, List<String> args) {
        operations.add(code);
        operations.add(path);
        operations.add(Integer.toString(args.size()));
        operations.addAll(args);
        operationCount++;
        return this;
    }

    public Program op(String code, String path, String... args) {
        return op(code, path, List.of(args));
    }

    /** A program with this one's conditions and operations followed by the other's. */
    public Program then(Program other) {
        Program merged = new Program();
        if (!condition.isEmpty()) {
            merged.when(condition);
        }
        if (!other.condition.isEmpty()) {
            merged.when(other.condition);
        }
        merged.operations.addAll(operations);
        merged.operations.addAll(other.operations);
        merged.operationCount = operationCount + other.operationCount;
        return merged;
    }

    public int operationCount() {
        return operationCount;
    }

    /** The program as script arguments: condition count, condition, operation count, operations. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>(condition.size() + operations.size() + 2);
        out.add(Integer.toString(condition.size()));
        out.addAll(condition);
        out.add(Integer.toString(operationCount));
        out.addAll(operations);
        return out;
    }
}
