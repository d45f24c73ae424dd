package jp.tsunagu.site.publish;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a small XML document with the JDK's StAX writer: the declaration ({@code <?xml version="1.0"
 * encoding="utf-8"?>} and a new line), then whatever the body writes, then a final new line; or a fragment of one.
 */
final class Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private Xml() {
    }

    /** The body of a document. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeCharacters("\n");
            body.write(x);
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            // A StringWriter cannot fail; the writer only throws for misuse, which is a bug here.
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Writes a fragment with no declaration, such as one entry of a long list written piece by piece. Prefixes the
     * body uses are not declared here: the enclosing document declares them.
     */
    static String fragment(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            body.write(x);
            x.close();
        } catch (XMLStreamException e) {
            // As in write: a StringWriter cannot fail.
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
