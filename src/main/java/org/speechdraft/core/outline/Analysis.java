package org.speechdraft.core.outline;

/** An outline plus what the editor needs to rewrite it: where the speech announces its count of points. */
record Analysis(Outline outline, Announcement announcement) {
}
