package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;

/** XSD {@code voImageResource} (ws-contract §3, VOImageResource). */
@XmlType(
        name = "voImageResource",
        propOrder = {"buffer", "contentType", "imageType"})
public class VOImageResource implements Serializable {

    private static final long serialVersionUID = 1L;

    private byte[] buffer;
    private String contentType;
    private ImageType imageType;

    public byte[] getBuffer() {
        return buffer;
    }

    public void setBuffer(byte[] buffer) {
        this.buffer = buffer;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public ImageType getImageType() {
        return imageType;
    }

    public void setImageType(ImageType imageType) {
        this.imageType = imageType;
    }
}
