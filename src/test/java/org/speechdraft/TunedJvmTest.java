package org.speechdraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {

    @TempDir
    Path dir;

    @Test
    void theWindowsJvmGetsTheOptionsThenTheUsersOwnThenTheJarAndTheArguments() {
        Path jar = dir.resolve("speechdraft.jar");
        Path archive = dir.resolve("cache/speechdraft-1.jsa");
        List<String> command = TunedJvm.command("/opt/java/bin/java", jar.toString(), archive, true, false,
                List.of("-Dspeechdraft.home=/data", "-Dfile.encoding=GBK"), 1234L, new String[] {"讲话.sdraft"});

        assertEquals("/opt/java/bin/java", command.get(0));
        assertEquals(TunedJvm.OPTIONS, command.subList(1, 1 + TunedJvm.OPTIONS.size()));
        int rest = 1 + TunedJvm.OPTIONS.size();
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Dspeechdraft.home=/data", "-Dfile.encoding=GBK",
                        "-Dspeechdraft.launchStart=1234", "-cp", jar.toString(), "org.speechdraft.Launcher", "讲话.sdraft"),
                command.subList(rest, command.size()));
    }

    @Test
    void theUsersHeapSizeReplacesOurs() {
        List<String> command = TunedJvm.command("java", "a.jar", dir.resolve("a.jsa"), true, false, List.of("-Xmx64m"), 1L,
                new String[0]);
        assertTrue(command.contains("-Xmx64m"), command.toString());
        // -Xms160m would contradict -Xmx64m and the JVM would not start
        assertTrue(command.stream().noneMatch(o -> o.equals("-Xms160m") || o.equals("-Xmx2g") || o.equals("-Xmn64m")),
                command.toString());
        assertTrue(command.contains("-XX:+UseSerialGC"), command.toString());
    }

    @Test
    void withoutAnArchiveTheWindowsJvmWritesOneWhenItEnds() {
        Path archive = dir.resolve("speechdraft-1.jsa");
        List<String> command = TunedJvm.command("java", "a.jar", archive, false, false, List.of(), 1L, new String[0]);
        assertTrue(command.contains("-XX:ArchiveClassesAtExit=" + archive), command.toString());
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), command.toString());
    }

    @Test
    void whereNoGpuWasFoundTheWindowAsksForTheSoftwareRendererUnlessTheUserChoseOne() {
        List<String> command = TunedJvm.command("java", "a.jar", dir.resolve("a.jsa"), true, true,
                List.of("-Dprism.order=es2"), 1L, new String[0]);
        int ours = command.indexOf("-Dprism.order=sw");
        assertTrue(ours > 0 && command.contains("-Dspeechdraft.gpuProbeSkipped=true"), command.toString());
        // the JVM takes the last of two -D options for one property: the user's
        assertTrue(command.indexOf("-Dprism.order=es2") > ours, command.toString());

        assertTrue(TunedJvm.command("java", "a.jar", dir.resolve("a.jsa"), true, false, List.of(), 1L, new String[0])
                .stream().noneMatch(o -> o.startsWith("-Dprism.order")));
    }

    @Test
    void aRebuiltJarOrAnotherJavaGetsAnotherArchive() throws Exception {
        Path jar = Files.write(dir.resolve("speechdraft.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String first = TunedJvm.archiveName(jar, "17.0.15+6");

        assertEquals(first, TunedJvm.archiveName(jar, "17.0.15+6"));
        assertNotEquals(first, TunedJvm.archiveName(jar, "21.0.2+13"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertNotEquals(first, TunedJvm.archiveName(jar, "17.0.15+6"));
        assertTrue(first.matches("speechdraft-[0-9a-f]+\\.jsa"), first);
    }
}
