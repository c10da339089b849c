package com.vaadin.flow.internal.change;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.internal.ConstantPool;
import com.vaadin.flow.internal.StateNode;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.io.Serializable;
import uk.org.eelga.platform.vaadin.ElementalToJackson;

/**
 * The platform's stand-in for Flow 24.9's class of this name: the same members, but {@link #toJson} converts the
 * change by walking it ({@link ElementalToJackson}) where Flow prints it and parses the text again. Flow's own copy
 * is left out of the production jar (the shade filter in app/pom.xml); on every other class path this module's
 * classes come first. Vaadin 25 builds changes in Jackson directly (vaadin/flow#22155): remove this file when the
 * platform moves to it. NodeChangePatchTest checks that this class is the one loaded and that it gives Flow's nodes.
 */
public abstract class NodeChange implements Serializable {

    private final StateNode node;

    public NodeChange(StateNode node) {
        this.node = node;
    }

    public StateNode getNode() {
        return node;
    }

    public ObjectNode toJson(ConstantPool constantPool) {
        JsonObject json = Json.createObject();
        json.put("node", node.getId());
        populateJson(json, constantPool);
        return ElementalToJackson.object(json);
    }

    protected abstract void populateJson(JsonObject json, ConstantPool constantPool);
}
