package org.speechdraft.ui.placeholder;

import org.speechdraft.core.placeholder.FilledValue;

/**
 * One line of the panel's 已填 list: a value filled earlier (in this session or before the draft
 * was saved) and where it stands in the text now.
 *
 * @param section the heading it stands under ("" above the first heading)
 */
public record FilledRow(FilledValue value, FilledValue.Location location, String section) {
}
