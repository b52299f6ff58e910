package io.jadis.provider.internal.atomic;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.ClassModel;
import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.model.EntityModels;
import jakarta.data.exceptions.MappingException;

import java.util.ArrayList;
import java.util.List;

/**
 * A path checked against the entity model: segments with document names, the top-level attribute
 * it starts at and the Java type of the value it reaches.
 *
 * @param text      the path as the application wrote it, for messages
 * @param segments  the segments, names translated to document names
 * @param attribute the index of the top-level attribute in the model
 * @param type      the type of the value at the path
 */
record ResolvedPath(String text, List<PathSegment> segments, int attribute, JavaType type) {

    static ResolvedPath resolve(String text, EntityModel model, EntityModels models, ObjectMapper mapper) {
        List<PathSegment> parsed = PathParser.parse(text);
        List<PathSegment> out = new ArrayList<>(parsed.size());
        String first = ((PathSegment.Name) parsed.get(0)).name();
        Attribute top = model.queryAttribute(first);
        if (top == null) {
            throw new MappingException("Entity " + model.name() + " has no persistent attribute " + first
                    + " (path " + text + ")");
        }
        if (top == model.id() || top == model.version()) {
            throw new MappingException("Entity " + model.name() + ": atomic updates cannot change the "
                    + (top == model.id() ? "id" : "version") + " attribute " + first);
        }
        out.add(new PathSegment.Name(top.name()));
        JavaType owner = mapper.constructType(model.type());
        JavaType type = mapper.getTypeFactory().resolveMemberType(top.genericType(), owner.getBindings());
        for (PathSegment segment : parsed.subList(1, parsed.size())) {
            if (segment instanceof PathSegment.Name name) {
                Step step = member(type, name.name(), models, mapper, text);
                out.add(new PathSegment.Name(step.documentName));
                type = step.type;
            } else if (segment instanceof PathSegment.Index) {
                if (!type.isCollectionLikeType() && !type.isArrayType()) {
                    throw notA(text, "list", type);
                }
                out.add(segment);
                type = type.getContentType();
            } else {
                if (!type.isMapLikeType()) {
                    throw notA(text, "map", type);
                }
                out.add(segment);
                type = type.getContentType();
            }
        }
        return new ResolvedPath(text, List.copyOf(out), model.attributes().indexOf(top), type);
    }

    private record Step(String documentName, JavaType type) {
    }

    private static Step member(JavaType type, String name, EntityModels models, ObjectMapper mapper, String text) {
        ClassModel model = models.classModel(type.getRawClass());
        if (model != null) {
            Attribute a = model.queryAttribute(name);
            if (a == null) {
                throw new MappingException(type.getRawClass().getSimpleName() + " has no persistent attribute "
                        + name + " (path " + text + ")");
            }
            return new Step(a.name(), mapper.getTypeFactory().resolveMemberType(a.genericType(), type.getBindings()));
        }
        if (type.isContainerType() || type.getRawClass().isPrimitive() || type.getRawClass().getName()
                .startsWith("java.")) {
            throw new MappingException("Path " + text + ": " + type.getRawClass().getSimpleName()
                    + " has no attribute " + name);
        }
        BeanDescription bean = mapper.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (p.getInternalName().equals(name) || p.getName().equals(name)) {
                return new Step(p.getName(), p.getPrimaryType());
            }
        }
        throw new MappingException("Path " + text + ": " + type.getRawClass().getSimpleName()
                + " has no attribute " + name);
    }

    private static MappingException notA(String text, String what, JavaType type) {
        return new MappingException("Path " + text + ": " + type.getRawClass().getSimpleName() + " is not a " + what);
    }

    /** The path as the server-side interpreter reads it. */
    String token() {
        io.jadis.provider.internal.program.PathToken token = new io.jadis.provider.internal.program.PathToken();
        for (PathSegment s : segments) {
            if (s instanceof PathSegment.Name n) {
                token.name(n.name());
            } else if (s instanceof PathSegment.Index i) {
                token.index(i.index());
            } else {
                token.key(((PathSegment.Key) s).key());
            }
        }
        return token.toString();
    }
}
