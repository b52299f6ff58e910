package io.jadis.provider.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.jadis.provider.internal.model.ClassModel;
import io.jadis.provider.internal.model.EntityModels;

/**
 * Makes Jackson map entity and embeddable classes by their Jadis model (attribute names,
 * persistence rules), wherever they appear: at the top of a document or nested in any type.
 */
final class ModelModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private final transient EntityModels models;

    ModelModule(EntityModels models) {
        super("jadis-model");
        this.models = models;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                    BeanDescription beanDesc) {
                ClassModel model = models.classModel(type.getRawClass());
                return model == null ? null : new ModelSerializer(model);
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription beanDesc) {
                ClassModel model = models.classModel(type.getRawClass());
                return model == null ? null : new ModelDeserializer(model, config.getTypeFactory());
            }
        });
    }
}
