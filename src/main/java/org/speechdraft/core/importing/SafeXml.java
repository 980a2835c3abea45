package org.speechdraft.core.importing;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for the XML inside a Word document that cannot be turned against the user: no DTD
 * is processed, so no external entity is fetched (XXE) and no entity is expanded (billion laughs);
 * a document that declares one is refused, since Word never writes one.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever StAX provider is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** A reader that throws when it meets a DTD or an entity reference. */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLStreamReader reader;
        synchronized (FACTORY) {
            reader = FACTORY.createXMLStreamReader(in);
        }
        return new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new DeclaredEntitiesException();
                }
                return event;
            }
        };
    }

    /** The document declares a DTD or uses entities: never Word's doing. */
    static final class DeclaredEntitiesException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        DeclaredEntitiesException() {
            super("DTD or entity reference in a Word document part");
        }
    }
}
