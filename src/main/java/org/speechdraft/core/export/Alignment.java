package org.speechdraft.core.export;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a paragraph's lines sit between the margins. The JSON names are part of the preset file format. */
public enum Alignment {
    @JsonProperty("left") LEFT,
    @JsonProperty("center") CENTER,
    @JsonProperty("right") RIGHT,
    /** 两端对齐: what 公文 body text uses. */
    @JsonProperty("justify") JUSTIFY
}
