package org.speechdraft.core.export;

/** WordprocessingML's on/off properties: {@code <w:b/>} is on, {@code <w:b w:val="false"/>} off. */
final class OnOff {

    private OnOff() {
    }

    static void write(XmlPart xml, String name, boolean on) {
        xml.empty(name);
        if (!on) {
            xml.attribute("w:val", "false");
        }
    }
}
