package org.speechdraft.core.storage;

import java.nio.file.Path;

/**
 * A second "讲稿" process for the recovery tests, because only another process can show what a
 * crash or a concurrently running instance looks like.
 * <ul>
 *   <li>{@code <home> edit <title>}: starts a session, autosaves, prints READY, waits to be killed;</li>
 *   <li>{@code <home> count}: prints how many autosaves it would offer.</li>
 * </ul>
 */
public final class RecoveryChildProcess {

    public static void main(String[] args) throws Exception {
        RecoveryStore store = new RecoveryStore(AppHome.at(Path.of(args[0])));
        if (args[1].equals("edit")) {
            RecoverySession session = store.startSession();
            session.autosave(SampleDrafts.titled(args[2]), null);
            System.out.println("READY");
            System.out.flush();
            System.in.read(); // until killed
        } else {
            System.out.println(store.findRecoverable().size());
        }
    }
}
