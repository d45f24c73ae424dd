package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;

/**
 * Two builds of the same content are byte-identical, whatever the order the file system lists the files in, their
 * modification times, and the machine's time zone, locale and default charset (a Japanese Windows JVM defaults to
 * windows-31j; Turkish locales break naive lower-casing). The child JVM of another time zone builds the sample city
 * in place, as the shared build it is compared with ({@link BuiltSites#site}, with the same licence and the same page
 * histories from the repository) was built in this JVM's (or a sibling test JVM's) time zone, locale and charset.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class ReproducibleBuildTests {

    @Test
    void files_created_in_another_order_with_other_times_build_the_same_site(@TempDir Path dir) throws IOException {
        Path source = BuiltSites.source(BuiltSites.SAMPLE);
        Path plain = TestFiles.copy(source, dir.resolve("plain"));
        Path shuffled = shuffledCopy(source, dir.resolve("shuffled"), new Random(20260301L));

        Path a = SiteGenerator.build(BuildRequest.of(plain, dir.resolve("a"))).outputDirectory();
        Path b = SiteGenerator.build(BuildRequest.of(shuffled, dir.resolve("b"))).outputDirectory();

        assertThat(SiteFiles.differences(SiteFiles.snapshot(a), SiteFiles.snapshot(b))).as("files that differ").isEmpty();
    }

    @Test
    void another_time_zone_locale_and_default_charset_build_the_same_site(@TempDir Path dir) throws Exception {
        Path source = BuiltSites.source(BuiltSites.SAMPLE);
        Path here = BuiltSites.site(BuiltSites.SAMPLE);

        Path there = dir.resolve("there");
        Process child = ChildBuild.start(source, there, List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=windows-31j", ChildBuild.SAMPLE_LICENSE), 0, null);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();

        assertThat(SiteFiles.differences(SiteFiles.snapshot(here), SiteFiles.snapshot(there))).as("files that differ").isEmpty();
    }

    /** Copies a tree creating folders and files in a random order, each with a random modification time. */
    static Path shuffledCopy(Path from, Path to, Random random) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(from)) {
            all = new ArrayList<>(s.filter(p -> !p.equals(from)).toList());
        }
        Collections.shuffle(all, random);
        for (Path p : all) {
            Path t = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(t);
            } else {
                Files.createDirectories(t.getParent());
                Files.copy(p, t);
                Files.setLastModifiedTime(t, FileTime.from(Instant.ofEpochSecond(random.nextInt(2_000_000_000))));
            }
        }
        return to;
    }
}
