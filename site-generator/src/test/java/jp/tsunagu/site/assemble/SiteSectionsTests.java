package jp.tsunagu.site.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.ProgressStatus;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.bench.PlanCorpus;
import jp.tsunagu.site.files.Folders;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * Each section of the site on the sample city's plan and the real city's: which pages it makes, and that making them
 * again gives the same pages (value equality of every view).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteSectionsTests {
    private static final String BASE = "https://example.jp/plan/";
    private static final LoadResult SAMPLE = PlanLoader.load(BuiltSites.source(BuiltSites.SAMPLE).resolve("plan"));
    private static final LoadResult CITY = PlanLoader.load(BuiltSites.source(BuiltSites.CITY).resolve("plan"));

    private static Assembly assembly(LoadResult loaded) {
        PlanModel model = loaded.orElseThrow();
        return new Assembly(model, loaded.sources(), BASE, OpenData.of(model, BASE, Optional.empty(), true));
    }

    private static final Assembly SAMPLE_SITE = assembly(SAMPLE);
    private static final PlanModel MODEL = SAMPLE.orElseThrow();

    private static List<String> paths(List<Page> pages) {
        return pages.stream().map(p -> p.outputPath().value()).toList();
    }

    private static Views.PageContext context(Page page) {
        return (Views.PageContext) page.model().get("page");
    }

    static Stream<Arguments> sections() {
        Map<String, Function<Assembly, SiteSection>> all = Map.ofEntries(
                Map.entry("home", HomeSection::new), Map.entry("viewpoints", ViewpointsSection::new),
                Map.entry("initiatives", InitiativesSection::new), Map.entry("action plans", ActionPlansSection::new),
                Map.entry("progress", ProgressSection::new),
                Map.entry("reviews", ReviewsSection::new), Map.entry("ooda", OodaSection::new),
                Map.entry("governance", GovernanceSection::new), Map.entry("glossary", GlossarySection::new),
                Map.entry("references", ReferencesSection::new), Map.entry("free pages", FreePagesSection::new),
                Map.entry("open data", OpenDataSection::new), Map.entry("site map", SiteMapSection::new));
        List<Arguments> out = new ArrayList<>();
        for (var site : List.of(Named.of("sample city", SAMPLE), Named.of("city", CITY))) {
            Assembly assembly = assembly(site.getPayload());
            all.forEach((name, section) -> out.add(Arguments.of(site.getName(), Named.of(name, section.apply(assembly)))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sections")
    void a_section_asked_twice_gives_the_same_pages_each_once(String site, SiteSection section) {
        List<Page> first = section.pages();
        List<Page> second = section.pages();

        assertThat(second).isEqualTo(first);
        assertThat(paths(first)).doesNotHaveDuplicates();
    }

    @Test
    void a_build_keeps_of_each_page_an_outline_with_the_whole_pages_address_title_and_the_values_later_stages_read() {
        PageAssembler assembler = new PageAssembler(MODEL, SAMPLE.sources(), BASE, OpenData.of(MODEL, BASE, Optional.empty(), true));

        List<LazyPage> lazy = assembler.assembleLazily();

        assertThat(LazyPage.whole(lazy)).isEqualTo(assembler.assemble());
        assertThat(lazy).filteredOn(p -> !p.isKept()).extracting(p -> p.outputPath().value())
                .contains(SitePaths.INITIATIVES, SitePaths.initiative(MODEL.initiatives().get(0).id()),
                        SitePaths.viewpoint(MODEL.viewpoints().get(0).code()))
                .hasSize(MODEL.initiatives().size() + 1 + MODEL.viewpoints().size() + MODEL.pages().size());
        assertThat(lazy).allSatisfy(p -> {
            Page whole = p.page();
            assertThat(p.outline()).extracting(Page::outputPath, Page::template, Page::title)
                    .containsExactly(whole.outputPath(), whole.template(), whole.title());
            assertThat(whole.model()).containsAllEntriesOf(p.outline().model()).containsKeys("page", "site");
        });
    }

    @Test
    void the_assembler_asked_twice_gives_every_page_once_in_the_order_of_the_sections() {
        PageAssembler assembler = new PageAssembler(MODEL, SAMPLE.sources(), BASE, OpenData.of(MODEL, BASE, Optional.empty(), true));

        List<Page> pages = assembler.assemble();

        assertThat(assembler.assemble()).isEqualTo(pages);
        assertThat(paths(pages)).doesNotHaveDuplicates()
                .startsWith(SitePaths.HOME, SitePaths.POLICY, SitePaths.VIEWPOINTS)
                .endsWith(SitePaths.OPENDATA, SitePaths.SITEMAP, SitePaths.NOT_FOUND)
                .hasSize(1 + 1 + (1 + MODEL.viewpoints().size()) + (1 + MODEL.initiatives().size())
                        + new ActionPlansSection(SAMPLE_SITE).pages().size() + new ProgressSection(SAMPLE_SITE).pages().size()
                        + (1 + MODEL.reviews().size()) + 1 + 1 + 1 + 1
                        + MODEL.pages().size() + 1 + 2);
    }

    @Nested
    class Pages_of_plan_items {
        @Test
        void viewpoints_are_listed_and_each_links_the_previous_and_the_next() {
            List<Page> pages = new ViewpointsSection(SAMPLE_SITE).pages();

            assertThat(paths(pages)).first().isEqualTo(SitePaths.VIEWPOINTS);
            assertThat(paths(pages.subList(1, pages.size())))
                    .containsExactlyElementsOf(MODEL.viewpoints().stream().map(v -> SitePaths.viewpoint(v.code())).toList());
            Views.ViewpointView first = (Views.ViewpointView) pages.get(1).model().get("viewpoint");
            Views.ViewpointView second = (Views.ViewpointView) pages.get(2).model().get("viewpoint");
            assertThat(first.previous()).isEqualTo(new Link("", ""));
            assertThat(first.next().href()).isEqualTo(pages.get(2).outputPath().value());
            assertThat(second.previous().href()).isEqualTo(pages.get(1).outputPath().value());
        }

        @Test
        void initiatives_are_listed_with_one_page_each_under_the_list_in_the_breadcrumbs() {
            List<Page> pages = new InitiativesSection(SAMPLE_SITE).pages();

            assertThat(paths(pages)).hasSize(1 + MODEL.initiatives().size()).first().isEqualTo(SitePaths.INITIATIVES);
            assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(context(p).breadcrumbs())
                    .containsExactly(new Link("ホーム", SitePaths.HOME), new Link("取組", SitePaths.INITIATIVES)));
        }

        @Test
        void an_action_plan_has_a_page_per_viewpoint_it_serves_and_per_department() {
            ActionPlan plan = MODEL.actionPlans().get(0);
            List<String> paths = paths(new ActionPlansSection(SAMPLE_SITE).pages());

            assertThat(paths).first().isEqualTo(SitePaths.ACTION_PLANS);
            assertThat(paths).contains(SitePaths.actionPlan(plan.fiscalYear()));
            assertThat(paths.stream().filter(p -> p.startsWith("action-plans/" + plan.fiscalYear().year() + "/viewpoint-")))
                    .isNotEmpty().allSatisfy(p -> assertThat(MODEL.viewpoints().stream()
                            .filter(v -> p.equals(SitePaths.actionPlanByViewpoint(plan.fiscalYear(), v.code())))
                            .anyMatch(v -> plan.entries().stream().anyMatch(e -> MODEL.initiative(e.initiative())
                                    .map(i -> i.serves(v.code())).orElse(false)))).isTrue());
            assertThat(paths.stream().filter(p -> p.startsWith("action-plans/" + plan.fiscalYear().year() + "/department-")))
                    .isNotEmpty();
        }

        @Test
        void progress_has_an_overview_and_per_year_a_summary_and_a_page_per_status_viewpoint_and_department_it_has() {
            FiscalYear y = FiscalYear.of(2023);
            var progress = MODEL.progress();
            List<String> paths = paths(new ProgressSection(SAMPLE_SITE).pages());

            assertThat(paths).first().isEqualTo(SitePaths.PROGRESS);
            assertThat(paths).contains(SitePaths.progress(y, 1), SitePaths.progressFiltered(y, "status-deterioration", 1),
                    SitePaths.progressFiltered(y, "viewpoint-H", 1), SitePaths.progressFiltered(y, "department-kenko-fukushi", 1));
            assertThat(paths).as("no page for a status no initiative has that year")
                    .doesNotContain(SitePaths.progressFiltered(y, "status-limited-progress", 1));
            long statuses = java.util.Arrays.stream(ProgressStatus.values()).filter(s -> progress.year(y).count(s) > 0).count();
            assertThat(paths.stream().filter(p -> p.startsWith("progress/2023/"))).hasSize((int) (1 + statuses
                    + progress.byViewpoint(y).size() + progress.byDepartment(y).size()));
            assertThat(paths).hasSize(1 + progress.years().stream().mapToInt(year -> 1
                    + (int) java.util.Arrays.stream(ProgressStatus.values()).filter(s -> progress.year(year).count(s) > 0).count()
                    + progress.byViewpoint(year).size() + progress.byDepartment(year).size()).sum());
        }

        @Test
        void a_year_page_lists_each_initiative_with_its_status_and_change() {
            Page page = new ProgressSection(SAMPLE_SITE).pages().stream()
                    .filter(p -> p.outputPath().value().equals(SitePaths.progress(FiscalYear.of(2023), 1))).findFirst().orElseThrow();
            Views.ProgressView view = (Views.ProgressView) page.model().get("progress");

            assertThat(view.rows()).hasSize(MODEL.actionPlan(FiscalYear.of(2023)).orElseThrow().entries().size());
            assertThat(view.rows()).filteredOn(r -> r.initiative().href().equals(SitePaths.initiative("kenshin-data")))
                    .singleElement().satisfies(r -> {
                        assertThat(r.status().label()).isEqualTo("後退");
                        assertThat(r.status().glyph()).isEqualTo("×");
                        assertThat(r.change()).isEqualTo("下がった");
                    });
            assertThat(view.chartSvg()).contains("role=\"img\"").contains("× 後退").contains("1件");
            assertThat(view.total().counts()).containsExactly(3, 1, 0, 0, 1, 2);
        }

        @Test
        void the_city_without_results_has_the_overview_alone() {
            Assembly city = assembly(CITY);

            assertThat(paths(new ProgressSection(city).pages())).containsExactly(SitePaths.PROGRESS);
        }

        @Test
        void reviews_are_listed_with_one_page_each() {
            assertThat(paths(new ReviewsSection(SAMPLE_SITE).pages())).containsExactlyElementsOf(Stream.concat(
                    Stream.of(SitePaths.REVIEWS), MODEL.reviews().stream().map(r -> SitePaths.review(r.fiscalYear()))).toList());
        }

        @Test
        void free_pages_are_named_after_their_content_file() {
            assertThat(paths(new FreePagesSection(SAMPLE_SITE).pages())).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).startsWith("pages/").endsWith(".html"));
        }
    }

    @Nested
    class Pages_of_the_whole_plan {
        @Test
        void home_and_policy_come_first_the_home_without_breadcrumbs() {
            List<Page> pages = new HomeSection(SAMPLE_SITE).pages();

            assertThat(paths(pages)).containsExactly(SitePaths.HOME, SitePaths.POLICY);
            assertThat(context(pages.get(0)).breadcrumbs()).isEmpty();
            assertThat(context(pages.get(1)).breadcrumbs()).containsExactly(new Link("ホーム", SitePaths.HOME));
        }

        @Test
        void the_glossary_groups_terms_by_the_row_of_their_reading() {
            Page glossary = new GlossarySection(SAMPLE_SITE).pages().get(0);
            @SuppressWarnings("unchecked")
            List<Views.TermGroup> groups = (List<Views.TermGroup>) glossary.model().get("groups");

            assertThat(groups).extracting(Views.TermGroup::heading).doesNotHaveDuplicates().isNotEmpty();
            assertThat(groups).allSatisfy(g -> assertThat(g.terms()).allSatisfy(t -> assertThat(jp.tsunagu.site.ja.Kana
                    .row(t.reading())).isEqualTo(g.heading())));
            assertThat(groups.stream().mapToInt(g -> g.terms().size()).sum()).isEqualTo(MODEL.glossary().size());
        }

        @Test
        void one_page_sections_make_one_page() {
            assertThat(paths(new OodaSection(SAMPLE_SITE).pages())).containsExactly(SitePaths.OODA);
            assertThat(paths(new GovernanceSection(SAMPLE_SITE).pages())).containsExactly(SitePaths.GOVERNANCE);
            assertThat(paths(new ReferencesSection(SAMPLE_SITE).pages())).containsExactly(SitePaths.REFERENCES);
            assertThat(paths(new OpenDataSection(SAMPLE_SITE).pages())).containsExactly(SitePaths.OPENDATA);
        }

        @Test
        void the_404_page_links_from_the_sites_own_path_at_any_depth() {
            List<Page> pages = new SiteMapSection(SAMPLE_SITE).pages();

            assertThat(paths(pages)).containsExactly(SitePaths.SITEMAP, SitePaths.NOT_FOUND);
            assertThat(context(pages.get(0)).root()).isEmpty();
            assertThat(context(pages.get(1)).root()).isEqualTo("/plan/");
        }
    }

    /**
     * Lists longer than a page ({@link Paging}) on a generated plan: the sample city with 500 more initiatives, each in
     * the 2023 action plan, and 30 free pages.
     */
    @Nested
    class Long_lists {
        private static final LoadResult LONG = longPlan();
        private static final Assembly LONG_SITE = assembly(LONG);
        private static final PlanModel LONG_MODEL = LONG.orElseThrow();

        private static LoadResult longPlan() {
            try {
                Path folder = Files.createTempDirectory("tsunagu-long-lists");
                PlanCorpus.write(BuiltSites.source(BuiltSites.SAMPLE), folder, 500, 30, true);
                LoadResult loaded = PlanLoader.load(folder.resolve("plan"));
                Folders.deleteQuietly(folder);
                return loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Views.Pager pager(Page page) {
            return (Views.Pager) page.model().get("pager");
        }

        @SuppressWarnings("unchecked")
        private static <T> List<T> list(Page page, String key) {
            return (List<T>) page.model().get(key);
        }

        @Test
        void the_initiatives_list_is_split_into_pages_with_stable_addresses_and_the_previous_and_next() {
            List<Page> lists = new InitiativesSection(LONG_SITE).pages().stream()
                    .filter(p -> p.template().equals("initiatives.ftlh")).toList();
            int all = LONG_MODEL.initiatives().size();
            int total = (all + Paging.CARDS - 1) / Paging.CARDS;

            assertThat(all).isGreaterThan(2 * Paging.CARDS);
            assertThat(paths(lists)).containsExactly(Stream.iterate(1, n -> n <= total, n -> n + 1)
                    .map(n -> n == 1 ? SitePaths.INITIATIVES : "initiatives/page/" + n + ".html").toArray(String[]::new));
            assertThat(lists.stream().flatMap(p -> Long_lists.<Views.InitiativeCard>list(p, "initiatives").stream()).map(c -> c.id()))
                    .containsExactlyElementsOf(LONG_MODEL.initiatives().stream().map(i -> i.id()).toList());
            for (int n = 1; n <= total; n++) {
                Views.Pager pager = pager(lists.get(n - 1));
                assertThat(pager.current()).isEqualTo(n);
                assertThat(pager.total()).isEqualTo(total);
                assertThat(pager.items()).isEqualTo(all);
                assertThat(pager.previous().href()).isEqualTo(n == 1 ? "" : SitePaths.paged(SitePaths.INITIATIVES, n - 1));
                assertThat(pager.next().href()).isEqualTo(n == total ? "" : SitePaths.paged(SitePaths.INITIATIVES, n + 1));
                assertThat(pager.pages()).filteredOn(Views.PageNumber::current).extracting(Views.PageNumber::href)
                        .containsExactly(lists.get(n - 1).outputPath().value());
            }
            assertThat(lists).extracting(Page::title).doesNotHaveDuplicates();
            assertThat(context(lists.get(1)).breadcrumbs()).endsWith(new Link("取組の一覧", SitePaths.INITIATIVES));
        }

        @Test
        void a_viewpoint_with_many_initiatives_goes_on_on_pages_in_a_folder_named_after_it() {
            List<Page> pages = new ViewpointsSection(LONG_SITE).pages();
            var v = LONG_MODEL.viewpoints().stream().max(java.util.Comparator.comparingInt(x -> LONG_MODEL.initiativesFor(x.code()).size()))
                    .orElseThrow();
            String first = SitePaths.viewpoint(v.code());
            List<Page> own = pages.stream().filter(p -> p.outputPath().value().equals(first)
                    || p.outputPath().value().startsWith("viewpoints/" + v.code().letter() + "/page/")).toList();

            assertThat(LONG_MODEL.initiativesFor(v.code())).hasSizeGreaterThan(Paging.CARDS);
            assertThat(paths(own)).startsWith(first, "viewpoints/" + v.code().letter() + "/page/2.html");
            assertThat(own.stream().flatMap(p -> ((Views.ViewpointView) p.model().get("viewpoint")).initiatives().stream())
                    .map(c -> c.id())).containsExactlyElementsOf(LONG_MODEL.initiativesFor(v.code()).stream().map(i -> i.id()).toList());
            assertThat(own).allSatisfy(p -> assertThat(((Views.ViewpointView) p.model().get("viewpoint")).initiatives())
                    .hasSizeLessThanOrEqualTo(Paging.CARDS));
        }

        @Test
        void a_years_progress_list_is_split_by_the_same_rule_as_every_other_list() {
            FiscalYear y = FiscalYear.of(2023);
            List<Page> pages = new ProgressSection(LONG_SITE).pages();
            List<Page> year = pages.stream().filter(p -> p.outputPath().value().matches("progress/2023/(index|page/\\d+)\\.html"))
                    .toList();
            int rows = LONG_MODEL.progress().year(y).total();
            int total = (rows + Paging.PROGRESS_ROWS - 1) / Paging.PROGRESS_ROWS;

            assertThat(rows).isGreaterThan(2 * Paging.PROGRESS_ROWS);
            assertThat(paths(year)).containsExactly(Stream.iterate(1, n -> n <= total, n -> n + 1)
                    .map(n -> SitePaths.paged("progress/2023/index.html", n)).toArray(String[]::new));
            assertThat(paths(year)).element(1).isEqualTo("progress/2023/page/2.html");
            for (int n = 1; n <= total; n++) {
                Views.ProgressView view = (Views.ProgressView) year.get(n - 1).model().get("progress");
                assertThat(view.pager().current()).isEqualTo(n);
                assertThat(view.pager().total()).isEqualTo(total);
                assertThat(view.pager().items()).isEqualTo(rows);
                assertThat(view.rows()).hasSize(n < total ? Paging.PROGRESS_ROWS : rows - (total - 1) * Paging.PROGRESS_ROWS);
                assertThat(view.summary()).isEqualTo(n == 1);
            }
            assertThat(year).extracting(Page::title).doesNotHaveDuplicates();
            assertThat(pages).filteredOn(p -> SitePaths.isLaterPage(p.outputPath().value()))
                    .allSatisfy(p -> assertThat(p.outputPath().value()).matches("progress/2023/([a-z]+-[^/]+/)?page/\\d+\\.html"));
        }

        @Test
        void each_table_of_an_action_plan_is_split_filter_pages_too() {
            List<Page> pages = new ActionPlansSection(LONG_SITE).pages();
            List<Page> year = pages.stream().filter(p -> p.outputPath().value().matches("action-plans/2023/(index|page/\\d+)\\.html"))
                    .toList();
            int entries = LONG_MODEL.actionPlan(jp.tsunagu.plan.FiscalYear.of(2023)).orElseThrow().entries().size();

            assertThat(paths(year)).startsWith("action-plans/2023/index.html", "action-plans/2023/page/2.html", "action-plans/2023/page/3.html");
            assertThat(year.stream().mapToInt(p -> ((Views.ActionPlanView) p.model().get("actionPlan")).rows().size()).sum())
                    .isEqualTo(entries).isGreaterThan(2 * Paging.ROWS);
            assertThat(pages).filteredOn(p -> p.template().equals("action-plan.ftlh")).allSatisfy(p -> assertThat(
                    ((Views.ActionPlanView) p.model().get("actionPlan")).rows()).hasSizeLessThanOrEqualTo(Paging.ROWS));
            assertThat(paths(pages)).doesNotHaveDuplicates();
        }

        @Test
        void the_site_map_keeps_every_link_in_order_across_its_pages() {
            List<Page> maps = new SiteMapSection(LONG_SITE).pages().stream().filter(p -> p.template().equals("sitemap.ftlh")).toList();
            List<Views.LinkGroup> groups = maps.stream().flatMap(p -> Long_lists.<Views.LinkGroup>list(p, "groups").stream()).toList();

            assertThat(maps).allSatisfy(p -> assertThat(Long_lists.<Views.LinkGroup>list(p, "groups").stream()
                    .mapToInt(g -> g.links().size()).sum()).isLessThanOrEqualTo(Paging.LINKS));
            assertThat(groups.stream().flatMap(g -> g.links().stream()).map(Link::href))
                    .contains(SitePaths.PAGES).doesNotHaveDuplicates()
                    .hasSize(pager(maps.get(0)).items())
                    .containsAll(LONG_MODEL.initiatives().stream().map(i -> SitePaths.initiative(i.id())).toList());
        }

        @Test
        void the_home_page_shows_the_first_free_pages_and_links_to_their_list() {
            Page home = new HomeSection(LONG_SITE).pages().get(0);
            Views.Home view = (Views.Home) home.model().get("home");
            List<Page> free = new FreePagesSection(LONG_SITE).pages();

            assertThat(view.pages()).hasSize(Paging.HOME_ITEMS);
            assertThat(home.model().get("morePages")).isEqualTo(new Link("すべてのページ（" + LONG_MODEL.pages().size() + "件）",
                    SitePaths.PAGES));
            assertThat(paths(free)).contains(SitePaths.PAGES);
            assertThat(list(free.stream().filter(p -> p.outputPath().value().equals(SitePaths.PAGES)).findFirst().orElseThrow(), "links"))
                    .hasSize(LONG_MODEL.pages().size());
        }

        @Test
        void a_plan_with_short_lists_gets_no_second_pages_and_no_list_of_free_pages() {
            PageAssembler assembler = new PageAssembler(MODEL, SAMPLE.sources(), BASE, OpenData.of(MODEL, BASE, Optional.empty(), true));

            assertThat(paths(assembler.assemble())).noneMatch(p -> p.contains("/page/")).doesNotContain(SitePaths.PAGES);
            assertThat(new HomeSection(SAMPLE_SITE).pages().get(0).model()).doesNotContainKeys("morePages", "moreActionPlans");
        }
    }
}
