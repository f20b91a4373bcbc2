package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.Collection;
import org.bss.common.ValidationException;

/**
 * XSD {@code baseVO}: the surrogate {@code key} (0 = not persisted) and the optimistic-lock {@code version}. Both are
 * kept as the text the caller sent and read as numbers when used: JAXB would read {@code <key>abc</key>} as 0 without a
 * word, so a value that is no number is refused here ({@code ws.field.notANumber}, a ValidationException fault).
 */
@XmlType(
        name = "baseVO",
        propOrder = {"keyText", "versionText"})
public abstract class BaseVO implements Serializable {

    private static final long serialVersionUID = 1L;

    @XmlElement(name = "key", required = true)
    @XmlSchemaType(name = "long")
    private String keyText = "0";

    @XmlElement(name = "version", required = true)
    @XmlSchemaType(name = "int")
    private String versionText = "0";

    @XmlTransient
    public long getKey() {
        return Long.parseLong(number("key", keyText, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    public void setKey(long key) {
        this.keyText = Long.toString(key);
    }

    @XmlTransient
    public int getVersion() {
        return Integer.parseInt(number("version", versionText, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    public void setVersion(int version) {
        this.versionText = Integer.toString(version);
    }

    /**
     * Refuses the first value object among the parameters (or in a collection parameter) whose key or version is no
     * number, whether or not the operation reads them.
     *
     * @throws ValidationException {@code ws.field.notANumber}
     */
    public static void checkNumbers(Object... parameters) {
        if (parameters == null) {
            return;
        }
        for (Object parameter : parameters) {
            if (parameter instanceof BaseVO vo) {
                vo.getKey();
                vo.getVersion();
            } else if (parameter instanceof Collection<?> many) {
                checkNumbers(many.toArray());
            }
        }
    }

    /** The text as a whole number in range (XSD whitespace collapsed, a leading + allowed), or refused. */
    private static String number(String field, String text, long min, long max) {
        if (text == null) {
            return "0";
        }
        String value = text.strip();
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return Long.toString(n);
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new ValidationException("ws.field.notANumber", field, text);
    }
}
