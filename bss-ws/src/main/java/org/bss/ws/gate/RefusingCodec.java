package org.bss.ws.gate;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Messages;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.ContentType;
import com.sun.xml.ws.server.UnsupportedMediaException;
import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;

/**
 * The endpoint's codec, wrapped. Metro decodes a request before any tube runs and answers what it cannot decode
 * itself: another content type than SOAP 1.1's with an empty 415, an empty or truncated envelope with its parser's
 * text. Here such a request becomes an empty message that carries its {@link Refusal}, which the {@link Gate} answers
 * as a Client fault in words.
 */
final class RefusingCodec implements Codec {

    private static final String REFUSAL = RefusingCodec.class.getName() + ".refusal";
    private static final int LONGEST_NAMED_TYPE = 80;

    private final Codec codec;

    RefusingCodec(Codec codec) {
        this.codec = codec;
    }

    /** Why the request could not be decoded, if it could not. */
    static Optional<Refusal> refusal(Packet request) {
        return Optional.ofNullable((Refusal) request.invocationProperties.get(REFUSAL));
    }

    @Override
    public void decode(InputStream in, String contentType, Packet packet) throws IOException {
        try {
            codec.decode(in, contentType, packet);
        } catch (UnsupportedMediaException e) {
            refuse(packet, unsupported(contentType));
        } catch (WebServiceException e) {
            refuse(packet, unreadable());
        }
    }

    @Override
    public void decode(ReadableByteChannel in, String contentType, Packet packet) {
        try {
            codec.decode(in, contentType, packet);
        } catch (UnsupportedMediaException e) {
            refuse(packet, unsupported(contentType));
        } catch (WebServiceException e) {
            refuse(packet, unreadable());
        }
    }

    private static Refusal unsupported(String contentType) {
        String named = contentType == null || contentType.isBlank() ? "(none)" : contentType.strip();
        if (named.length() > LONGEST_NAMED_TYPE) {
            named = named.substring(0, LONGEST_NAMED_TYPE) + "…";
        }
        return new Refusal(
                Refusal.UNSUPPORTED_MEDIA_TYPE,
                "The content type " + named
                        + " is not accepted: send a SOAP 1.1 envelope as text/xml (charset UTF-8).");
    }

    private static Refusal unreadable() {
        return new Refusal(Refusal.FAULT, "The request is not a SOAP 1.1 envelope (empty, cut off or not XML).");
    }

    private static void refuse(Packet packet, Refusal refusal) {
        packet.setMessage(Messages.createEmpty(SOAPVersion.SOAP_11));
        packet.invocationProperties.put(REFUSAL, refusal);
    }

    @Override
    public String getMimeType() {
        return codec.getMimeType();
    }

    @Override
    public ContentType getStaticContentType(Packet packet) {
        return codec.getStaticContentType(packet);
    }

    @Override
    public ContentType encode(Packet packet, OutputStream out) throws IOException {
        return codec.encode(packet, out);
    }

    @Override
    public ContentType encode(Packet packet, WritableByteChannel out) {
        return codec.encode(packet, out);
    }

    @Override
    public Codec copy() {
        return new RefusingCodec(codec.copy());
    }
}
