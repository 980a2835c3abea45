package org.speechdraft.core.export;

/**
 * Apache POI logs through the Log4j API, which, finding no logging backend on our class path,
 * prints "Log4j API could not find a logging provider" on stderr — in the middle of the CLI's
 * Chinese output. Its own simple logger, switched off, says nothing; POI's failures reach us as
 * exceptions anyway. Settings made by the user (-D…) are left alone.
 */
final class PoiLogging {

    private PoiLogging() {
    }

    /** Must run before the first POI class is loaded. */
    static void quiet() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
