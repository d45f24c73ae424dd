package jp.tsunagu.site.audit;

import java.nio.file.Path;

/**
 * Times {@link SiteAuditor#auditAndPublish} on a built site, for the README's audit figures (not a test: run it by
 * hand with the test class path, {@code AuditTiming SITE [WORKERS [CACHE-FOLDER]]}).
 */
public final class AuditTiming {

    private AuditTiming() {
    }

    /**
     * Audits and publishes a site, printing the progress lines and how long it took.
     *
     * @param args the site folder, optionally the number of browsers and the cache folder
     */
    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        AuditRequest request = AuditRequest.of(site).withProgress(System.out::println);
        if (args.length > 1) {
            request = request.withWorkers(Integer.parseInt(args[1]));
        }
        if (args.length > 2) {
            request = request.withCache(Path.of(args[2]));
        }
        long start = System.nanoTime();
        AuditResults results = SiteAuditor.auditAndPublish(request);
        System.out.printf("audit of %s: %d pages × %d modes, %d from the cache, %d problems, %.1f s with %d workers%n", site,
                results.pages().size(), results.modes().size(), results.cachedPageCount(), results.problemCount(),
                (System.nanoTime() - start) / 1e9, request.workers());
    }
}
