package org.speechdraft.cli;

/** The exit codes scripts can rely on. */
final class ExitCode {

    static final int SUCCESS = 0;
    /** The command was understood but failed, e.g. an unreadable file. */
    static final int FAILURE = 1;
    /** The command line itself was wrong: unknown command, missing argument. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
