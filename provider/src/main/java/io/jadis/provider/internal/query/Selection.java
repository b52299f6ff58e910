package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.bind.AttributePath;

/** What each match contributes to a SELECT's results: the entity, or one attribute of it. */
record Selection(AttributePath attribute) {
    static final Selection ENTITY = new Selection(null);

    Object apply(Object entity) {
        return attribute == null ? entity : attribute.get(entity);
    }
}
