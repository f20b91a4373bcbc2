package org.bss.web.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bss.web.problem.ApiProblemException;
import org.bss.web.problem.ProblemType;

/**
 * Checks parsed JSON against the Java type it is bound to, before JSON-B binds it: every object key must be a
 * property of the request class (nested classes, lists and maps included) and every value of the JSON kind the
 * property needs. The first difference is a 400 problem that names the field by its path
 * ({@code administrator.email}, {@code roles[1]}), so a client that misspells a field or sends {@code "7"} for a
 * number learns which one. Types this check does not know (e.g. {@code java.time}) are left to JSON-B.
 */
final class JsonShape {

    /** The JSON kind a Java type needs; the detail key is {@code detail.field-type.<kind>}. */
    enum Kind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        ARRAY,
        OBJECT
    }

    private static final Set<Class<?>> INTEGERS =
            Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS =
            Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class);

    private JsonShape() {}

    /**
     * @param value the parsed body
     * @param type the parameter's generic type
     * @throws ApiProblemException 400 naming the first unknown or mistyped field
     */
    static void check(JsonValue value, Type type) {
        check(value, type, "");
    }

    private static void check(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw wrongKind(path, kindOf(raw));
            }
            return;
        }
        if (raw == String.class || raw.isEnum() || raw == Character.class) {
            expect(value, path, Kind.STRING, JsonValue.ValueType.STRING);
            checkText(((JsonString) value).getString(), path);
        } else if (INTEGERS.contains(raw)) {
            expect(value, path, Kind.INTEGER, JsonValue.ValueType.NUMBER);
            if (!((JsonNumber) value).isIntegral() || !fits(raw, (JsonNumber) value)) {
                throw wrongKind(path, Kind.INTEGER);
            }
        } else if (NUMBERS.contains(raw)) {
            expect(value, path, Kind.NUMBER, JsonValue.ValueType.NUMBER);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw wrongKind(path, Kind.BOOLEAN);
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(value, path, Kind.ARRAY, JsonValue.ValueType.ARRAY);
            Type element = element(type);
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                // null is "absent" for a field, but an array has no absent entries
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    throw wrongKind(path + "[" + i + "]", kindOf(raw(element)));
                }
                check(array.get(i), element, path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(value, path, Kind.OBJECT, JsonValue.ValueType.OBJECT);
            Type valueType = argument(type, 1);
            value.asJsonObject().forEach((key, v) -> {
                checkText(key, child(path, key));
                check(v, valueType, child(path, key));
            });
        } else if (isRequestClass(raw)) {
            expect(value, path, Kind.OBJECT, JsonValue.ValueType.OBJECT);
            checkObject(value.asJsonObject(), raw, path);
        }
    }

    private static void checkObject(JsonObject object, Class<?> type, String path) {
        Map<String, Field> properties = properties(type);
        for (String key : new java.util.TreeSet<>(object.keySet())) {
            Field field = properties.get(key);
            if (field == null) {
                throw new ApiProblemException(
                        ProblemType.MALFORMED_REQUEST,
                        "detail.field-unknown",
                        child(path, key),
                        String.join(", ", properties.keySet()));
            }
            check(object.get(key), field.getGenericType(), child(path, key));
        }
    }

    /**
     * The JSON names of a request class: its public instance fields (a record: its components), renamed by
     * {@code @JsonbProperty}, sorted.
     */
    static Map<String, Field> properties(Class<?> type) {
        Map<String, Field> properties = new TreeMap<>();
        for (Field f : type.isRecord() ? components(type) : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    || Modifier.isTransient(f.getModifiers())
                    || f.isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = f.getAnnotation(JsonbProperty.class);
            properties.put(renamed == null || renamed.value().isEmpty() ? f.getName() : renamed.value(), f);
        }
        return properties;
    }

    private static Field[] components(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        Field[] fields = new Field[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                fields[i] = record.getDeclaredField(components[i].getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("a record component without its field: " + components[i], e);
            }
        }
        return fields;
    }

    /** Classes of this application are request classes; library types are left to JSON-B. */
    private static boolean isRequestClass(Class<?> raw) {
        return raw.getName().startsWith("org.bss.");
    }

    /**
     * Text that can be stored as it was sent: an escaped lone surrogate ({@code "\ud800"}) would be stored as "?", and
     * U+0000 is refused by the database.
     */
    private static void checkText(String text, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == 0) {
                throw new ApiProblemException(
                        ProblemType.MALFORMED_REQUEST,
                        "detail.field-character",
                        path,
                        String.format(java.util.Locale.ROOT, "U+%04X", (int) c));
            }
        }
    }

    private static void expect(JsonValue value, String path, Kind kind, JsonValue.ValueType json) {
        if (value.getValueType() != json) {
            throw wrongKind(path, kind);
        }
    }

    private static boolean fits(Class<?> raw, JsonNumber number) {
        if (raw == BigInteger.class) {
            return true;
        }
        BigInteger n = number.bigIntegerValue();
        long min = raw == Long.class || raw == long.class
                ? Long.MIN_VALUE
                : raw == Integer.class || raw == int.class ? Integer.MIN_VALUE : Short.MIN_VALUE;
        long max = raw == Long.class || raw == long.class
                ? Long.MAX_VALUE
                : raw == Integer.class || raw == int.class ? Integer.MAX_VALUE : Short.MAX_VALUE;
        return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    private static Kind kindOf(Class<?> raw) {
        if (raw == boolean.class || raw == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (INTEGERS.contains(raw)) {
            return Kind.INTEGER;
        }
        if (NUMBERS.contains(raw)) {
            return Kind.NUMBER;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return Kind.ARRAY;
        }
        return raw == String.class || raw.isEnum() ? Kind.STRING : Kind.OBJECT;
    }

    private static ApiProblemException wrongKind(String path, Kind kind) {
        if (path.isEmpty()) {
            return new ApiProblemException(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
        }
        return new ApiProblemException(
                ProblemType.MALFORMED_REQUEST,
                "detail.field-type." + kind.name().toLowerCase(java.util.Locale.ROOT),
                path);
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0)
                    .getClass();
        }
        return Object.class;
    }

    private static Type element(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
