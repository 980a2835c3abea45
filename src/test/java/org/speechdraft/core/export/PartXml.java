package org.speechdraft.core.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The parts of a DOCX as the tests read them: raw from the zip, parsed namespace-aware. */
final class PartXml {

    static final String W = OoxmlNamespace.W.uri();

    private PartXml() {
    }

    /** Each entry of the zip by name, in zip order; fails when the file is no zip. */
    static Map<String, byte[]> parts(Path docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError("not a zip", e);
        }
        return parts;
    }

    /** One part parsed; a part that is not well-formed XML fails here. */
    static Document part(Path docx, String name) throws Exception {
        byte[] xml = parts(docx).get(name);
        if (xml == null) {
            throw new AssertionError("no part " + name);
        }
        return parse(xml);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The elements of that local name in {@code namespace} ("*" for any) under {@code parent}, in document order. */
    static List<Element> elements(Document parent, String namespace, String localName) {
        return list(parent.getElementsByTagNameNS(namespace, localName));
    }

    static List<Element> elements(Element parent, String namespace, String localName) {
        return list(parent.getElementsByTagNameNS(namespace, localName));
    }

    private static List<Element> list(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}
