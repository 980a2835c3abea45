package org.speechdraft.core.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks the parts of a DOCX against the ECMA-376 Transitional schemas that poi-ooxml-full ships:
 * the build unpacks its .xsd files (and only those) into the folder the {@code ooxml.schemas}
 * property names. Each part must be the kind its content type says and valid against the schema
 * of that kind. The two packaging parts without a schema there ([Content_Types].xml,
 * docProps/core.xml) are not looked at here.
 *
 * <p>Three things a plain validation would get wrong are handled as Word handles them: attributes
 * and elements of namespaces a part declares ignorable (mc:Ignorable, such as w14:paraId) are
 * skipped; the run properties are checked for the schema's order, which the shipped wml.xsd leaves
 * open (a choice) but Word insists on; and word12.xsd, which uses the main WordprocessingML types
 * without importing them, is given the imports it lacks.
 */
final class OoxmlSchemas {

    private static final String W = PartXml.W;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.";

    /** The root element each content type asks for: namespace and local name. */
    private static final Map<String, String[]> ROOTS = Map.of(
            TYPES + "wordprocessingml.document.main+xml", new String[] {W, "document"},
            TYPES + "wordprocessingml.styles+xml", new String[] {W, "styles"},
            TYPES + "wordprocessingml.settings+xml", new String[] {W, "settings"},
            TYPES + "wordprocessingml.footer+xml", new String[] {W, "ftr"},
            TYPES + "wordprocessingml.fontTable+xml", new String[] {W, "fonts"},
            TYPES + "wordprocessingml.comments+xml", new String[] {W, "comments"},
            TYPES + "wordprocessingml.commentsExtended+xml",
            new String[] {"http://schemas.microsoft.com/office/word/2012/wordml", "commentsEx"},
            TYPES + "extended-properties+xml",
            new String[] {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "Properties"},
            "application/vnd.openxmlformats-package.relationships+xml",
            new String[] {"http://schemas.openxmlformats.org/package/2006/relationships", "Relationships"});

    /** Parts no schema of the jar describes; see the class comment. */
    static final Set<String> WITHOUT_SCHEMA = Set.of("[Content_Types].xml", "docProps/core.xml");

    /**
     * xml:space, which wml.xsd refers to without saying where its schema is (parsers are expected
     * to know it): the two attributes of the XML namespace that OOXML uses.
     */
    private static final String XML_NAMESPACE_SCHEMA = """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                        targetNamespace="http://www.w3.org/XML/1998/namespace">
              <xsd:attribute name="space">
                <xsd:simpleType>
                  <xsd:restriction base="xsd:NCName">
                    <xsd:enumeration value="default"/>
                    <xsd:enumeration value="preserve"/>
                  </xsd:restriction>
                </xsd:simpleType>
              </xsd:attribute>
              <xsd:attribute name="lang" type="xsd:language"/>
            </xsd:schema>""";

    private static Schema schema;
    private static List<String> runPropertyOrder;

    private OoxmlSchemas() {
    }

    /** What is wrong with the parts of {@code docx}, one line each ("part: problem"); empty when nothing. */
    static List<String> violations(Path docx) throws Exception {
        Map<String, byte[]> parts = PartXml.parts(docx);
        Map<String, String> contentTypes = contentTypes(parts.get("[Content_Types].xml"));
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (WITHOUT_SCHEMA.contains(name)) {
                continue;
            }
            String type = name.endsWith(".rels") ? "application/vnd.openxmlformats-package.relationships+xml"
                    : contentTypes.get(name);
            String[] root = ROOTS.get(type);
            if (root == null) {
                violations.add(name + ": no schema for its content type " + type);
                continue;
            }
            Document doc = PartXml.parse(part.getValue());
            Element element = doc.getDocumentElement();
            if (!root[0].equals(element.getNamespaceURI()) || !root[1].equals(element.getLocalName())) {
                violations.add(name + ": root " + element.getTagName() + " is not what " + type + " asks for");
            }
            withoutIgnorable(element, ignorableNamespaces(element));
            violations.addAll(validate(name, doc));
            violations.addAll(runPropertiesOutOfOrder(name, doc));
        }
        return violations;
    }

    private static List<String> validate(String name, Document doc) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator validator = schema().newValidator();
        validator.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                problems.add(name + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        validator.validate(new DOMSource(doc));
        return problems;
    }

    /** Every w:rPr's properties in the order of the schema's EG_RPrBase group (with its track changes first). */
    private static List<String> runPropertiesOutOfOrder(String name, Document doc) throws Exception {
        List<String> order = runPropertyOrder();
        List<String> problems = new ArrayList<>();
        for (Element runProperties : PartXml.elements(doc, W, "rPr")) {
            int last = -1;
            for (Node child = runProperties.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element property) {
                    int at = order.indexOf(property.getLocalName());
                    if (at <= last) {
                        problems.add(name + ": w:" + property.getLocalName() + " out of order in w:rPr");
                    }
                    last = Math.max(last, at);
                }
            }
        }
        return problems;
    }

    private static synchronized List<String> runPropertyOrder() throws Exception {
        if (runPropertyOrder == null) {
            Document wml = PartXml.parse(Files.readAllBytes(folder().resolve("wml.xsd")));
            List<String> order = new ArrayList<>(groupElements(wml, "EG_ParaRPrTrackChanges"));
            order.addAll(groupElements(wml, "EG_RPrBase"));
            order.add("rPrChange");
            runPropertyOrder = List.copyOf(order);
        }
        return runPropertyOrder;
    }

    private static List<String> groupElements(Document xsd, String group) {
        for (Element element : PartXml.elements(xsd, XSD, "group")) {
            if (group.equals(element.getAttribute("name"))) {
                return PartXml.elements(element, XSD, "element").stream().map(e -> e.getAttribute("name")).toList();
            }
        }
        throw new AssertionError("wml.xsd has no group " + group);
    }

    private static synchronized Schema schema() throws SAXException, IOException {
        if (schema == null) {
            Path folder = folder();
            String word12 = Files.readString(folder.resolve("word12.xsd")).replace(
                    "<xsd:import id=\"w12\" namespace=\"http://schemas.microsoft.com/office/word/2012/wordml\""
                            + " schemaLocation=\"word12.xsd\"/>",
                    "<xsd:import namespace=\"" + W + "\" schemaLocation=\"wml.xsd\"/>"
                            + "<xsd:import namespace=\"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes\""
                            + " schemaLocation=\"shared-commonSimpleTypes.xsd\"/>");
            SchemaFactory factory = SchemaFactory.newInstance(XSD);
            schema = factory.newSchema(new Source[] {
                    new StreamSource(new StringReader(XML_NAMESPACE_SCHEMA), "xml.xsd"),
                    new StreamSource(folder.resolve("wml.xsd").toFile()),
                    new StreamSource(new StringReader(word12), folder.resolve("word12.xsd").toUri().toString()),
                    new StreamSource(folder.resolve("opc-relationships.xsd").toFile()),
                    new StreamSource(folder.resolve("shared-documentPropertiesExtended.xsd").toFile())});
        }
        return schema;
    }

    private static Path folder() {
        Path folder = Path.of(System.getProperty("ooxml.schemas",
                "target/ooxml-schemas/org/apache/poi/schemas/ooxml/src"));
        if (!Files.isRegularFile(folder.resolve("wml.xsd"))) {
            throw new AssertionError("no ECMA-376 schemas in " + folder.toAbsolutePath()
                    + ": run the tests through Maven, which unpacks them from poi-ooxml-full");
        }
        return folder;
    }

    /** The namespaces the root's mc:Ignorable lists, by their prefixes there. */
    private static Set<String> ignorableNamespaces(Element root) {
        String prefixes = root.getAttributeNS(MC, "Ignorable");
        Set<String> namespaces = new HashSet<>();
        for (String prefix : prefixes.split("\\s+")) {
            if (!prefix.isEmpty()) {
                namespaces.add(root.lookupNamespaceURI(prefix));
            }
        }
        return namespaces;
    }

    /** Removes what a consumer that does not know {@code ignorable} skips, and the mc:Ignorable saying so. */
    private static void withoutIgnorable(Element element, Set<String> ignorable) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (ignorable.contains(namespace) || MC.equals(namespace)) {
                element.removeAttributeNode(attribute);
            }
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element inner) {
                if (ignorable.contains(inner.getNamespaceURI())) {
                    element.removeChild(inner);
                } else {
                    withoutIgnorable(inner, ignorable);
                }
            }
            child = next;
        }
    }

    private static Map<String, String> contentTypes(byte[] xml) throws Exception {
        Map<String, String> types = new HashMap<>();
        for (Element override : PartXml.elements(PartXml.parse(xml), "*", "Override")) {
            types.put(override.getAttribute("PartName").substring(1), override.getAttribute("ContentType"));
        }
        return types;
    }
}
