package jp.tsunagu.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.history.PageSources;

/**
 * Checks everything that can be known without publishing, in one run, and reports every finding at once:
 * <ol>
 *   <li>model validation (the loader's codes, as the build reports them);</li>
 *   <li>each Markdown file: images without alternative text, links without text or with text such as
 *       「こちら」「ここ」, tables with an empty header row, long sentences in {@code *.easy.md} pages;</li>
 *   <li>the site built into a scratch folder (never the published one): broken internal links and anchors,
 *       written in the content or by the templates; one {@code h1} and no skipped heading levels on every
 *       page; and the template checks of {@link HtmlChecks}.</li>
 * </ol>
 * When the content has errors the site cannot be built; the report then holds the errors and the file checks,
 * and says in a note that the pages were not checked.
 * <pre>{@code
 * CheckReport report = SiteChecker.check(CheckRequest.of(Path.of("src"), Path.of("target/tsunagu-check/site")));
 * report.atLeast(Severity.WARNING).forEach(f -> System.err.println(report.format(f)));
 * }</pre>
 * This class is thread-safe; the build it runs is serialised like any other.
 */
public final class SiteChecker {
    private SiteChecker() {
    }

    /**
     * Runs every check.
     *
     * @param request  what to check, not null
     * @return the report, not null
     * @throws SiteException if a file cannot be read or the scratch folder cannot be written
     */
    public static CheckReport check(CheckRequest request) {
        Path source = request.build().sourceDirectory().toAbsolutePath().normalize();
        Path contentRoot = source.resolve("plan");
        Path project = source.getParent() != null ? source.getParent() : source;
        List<Finding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        LoadResult loaded = PlanLoader.load(contentRoot);
        loaded.report().issues().forEach(i -> findings.add(finding(contentRoot, i)));

        List<MarkdownChecks.RelativeLink> links = new ArrayList<>();
        for (Path file : markdownFiles(contentRoot)) {
            readUtf8(file).ifPresent(text -> {
                MarkdownChecks.Result r = MarkdownChecks.check(file, text, request.easySentenceLength());
                findings.addAll(r.findings());
                links.addAll(r.links());
            });
        }

        boolean pagesChecked = false;
        if (loaded.report().hasErrors()) {
            notes.add("コンテンツにエラーがあるためサイトを作れず、ページのリンク・見出し・表は検査していません。"
                    + "エラーを直してから、もう一度実行してください。");
        } else {
            try {
                BuildResult built = SiteGenerator.build(request.build());
                notes.addAll(built.notes());
                pagesChecked = true;
                findings.addAll(checkPages(built.outputDirectory(), contentRoot, PageSources.of(loaded.sources()), links));
            } catch (ContentErrorException e) {
                e.report().issues().forEach(i -> findings.add(finding(contentRoot, i)));
            } catch (SiteException e) {
                findings.add(Finding.of(CheckRule.E_BUILD, source, 0, e.getMessage()));
            }
        }
        return new CheckReport(findings, contentRoot, project, pagesChecked, notes);
    }

    private static List<Finding> checkPages(Path site, Path contentRoot, PageSources sources,
            List<MarkdownChecks.RelativeLink> links) {
        HtmlChecks html = new HtmlChecks(site, page -> sources.of(page).stream().map(contentRoot::resolve).toList());
        List<Finding> out = new ArrayList<>(html.checkAll());
        List<String> pages = html.pages().stream().map(html::pathOf).toList();
        Path siteRoot = site.toAbsolutePath().normalize();
        for (MarkdownChecks.RelativeLink link : links) {
            String file = contentRoot.relativize(link.file()).toString().replace(java.io.File.separatorChar, '/');
            sources.pageOf(file, pages).ifPresent(page -> html.linkProblem(siteRoot.resolve(page), link.url())
                    .ifPresent(p -> out.add(Finding.of(p.rule(), link.file(), link.line(), "リンク「" + link.url() + "」の" + p.what()
                            + "（この文章はページ " + page + " に載るので、リンクはそこから数えます）"))));
        }
        return out;
    }

    private static Finding finding(Path contentRoot, ValidationIssue i) {
        return new Finding(i.code().code(), "Content validation " + i.code().code(), i.severity(),
                contentRoot.resolve(i.file()), i.line(), i.message());
    }

    private static List<Path> markdownFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> root.relativize(p).toString().chars().noneMatch(c -> c == 0))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    }).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(jp.tsunagu.site.Stage.LOAD, "コンテンツのフォルダを読めませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
    }

    /** Reads a file as UTF-8; a file that is not (reported by validation already) is skipped. */
    private static java.util.Optional<String> readUtf8(Path file) {
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
