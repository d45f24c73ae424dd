package jp.tsunagu.site.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.assemble.Views.PageNumber;

/** The splitting of long lists into pages: the addresses ({@link SitePaths#paged}), the slices and the pager. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PagingTests {

    @Test
    void the_first_page_keeps_the_lists_address_and_the_others_go_in_a_page_folder() {
        assertThat(SitePaths.paged(SitePaths.INITIATIVES, 1)).isEqualTo("initiatives/index.html");
        assertThat(SitePaths.paged(SitePaths.INITIATIVES, 2)).isEqualTo("initiatives/page/2.html");
        assertThat(SitePaths.paged("action-plans/2023/index.html", 12)).isEqualTo("action-plans/2023/page/12.html");
        assertThat(SitePaths.paged("viewpoints/A.html", 3)).isEqualTo("viewpoints/A/page/3.html");
        assertThat(SitePaths.paged("action-plans/2023/viewpoint-A.html", 2)).isEqualTo("action-plans/2023/viewpoint-A/page/2.html");
        assertThat(SitePaths.paged(SitePaths.SITEMAP, 2)).isEqualTo("sitemap/page/2.html");
        assertThat(SitePaths.furigana(SitePaths.paged(SitePaths.INITIATIVES, 2))).isEqualTo("initiatives/page/2.furigana.html");
        assertThat(SitePaths.root(SitePaths.paged("viewpoints/A.html", 3))).isEqualTo("../../../");
    }

    @Test
    void no_page_zero_and_no_page_of_a_file_that_is_no_page() {
        assertThatThrownBy(() -> SitePaths.paged(SitePaths.INITIATIVES, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitePaths.paged(SitePaths.FEED, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_list_is_cut_into_full_pages_and_a_last_one_with_the_rest() {
        List<Integer> items = IntStream.rangeClosed(1, 250).boxed().toList();

        List<List<Integer>> pages = Paging.split(items, 100);

        assertThat(pages).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(items);
        assertThat(Paging.split(items, 250)).containsExactly(items);
        assertThat(Paging.split(List.of(), 100)).containsExactly(List.of());
    }

    @Test
    void a_list_on_one_page_has_a_pager_that_offers_nothing() {
        Views.Pager pager = Paging.pager(SitePaths.INITIATIVES, 1, 1, 7);

        assertThat(pager.pages()).isEmpty();
        assertThat(pager.previous()).isEqualTo(new Link("", ""));
        assertThat(pager.next()).isEqualTo(new Link("", ""));
        assertThat(pager.items()).isEqualTo(7);
        assertThat(Paging.title("取組の一覧", 1, 1)).isEqualTo("取組の一覧");
    }

    @Test
    void a_pager_links_the_previous_and_next_pages_the_ends_and_the_pages_near_with_gaps_between() {
        Views.Pager pager = Paging.pager(SitePaths.INITIATIVES, 10, 1000, 99_999);

        assertThat(pager.previous()).isEqualTo(new Link("前のページ", "initiatives/page/9.html"));
        assertThat(pager.next()).isEqualTo(new Link("次のページ", "initiatives/page/11.html"));
        assertThat(pager.pages()).extracting(PageNumber::number).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 1000);
        assertThat(pager.pages()).filteredOn(PageNumber::current).containsExactly(new PageNumber(10, "initiatives/page/10.html", true));
        assertThat(pager.pages().get(0).href()).isEqualTo(SitePaths.INITIATIVES);
        assertThat(Paging.title("取組の一覧", 10, 1000)).isEqualTo("取組の一覧（10 / 1000 ページ）");

        Views.Pager first = Paging.pager(SitePaths.INITIATIVES, 1, 3, 250);
        assertThat(first.previous().href()).isEmpty();
        assertThat(first.pages()).extracting(PageNumber::number).containsExactly(1, 2, 3);
        assertThat(Paging.pager(SitePaths.INITIATIVES, 3, 3, 250).next().href()).isEmpty();
        assertThatThrownBy(() -> Paging.pager(SitePaths.INITIATIVES, 4, 3, 250)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_site_map_group_cut_by_a_page_break_goes_on_under_its_heading() {
        List<Link> many = IntStream.rangeClosed(1, 7).mapToObj(n -> new Link("取組" + n, "initiatives/" + n + ".html")).toList();
        List<Views.LinkGroup> groups = List.of(new Views.LinkGroup("計画", List.of(new Link("ホーム", SitePaths.HOME))),
                new Views.LinkGroup("取組", many), new Views.LinkGroup("その他", List.of(new Link("用語集", SitePaths.GLOSSARY))));

        List<List<Views.LinkGroup>> pages = SiteMapSection.split(groups, 3);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).extracting(Views.LinkGroup::heading).containsExactly("計画", "取組");
        assertThat(pages.get(1)).extracting(Views.LinkGroup::heading).containsExactly("取組（続き）");
        assertThat(pages.get(2)).extracting(Views.LinkGroup::heading).containsExactly("取組（続き）", "その他");
        assertThat(pages.stream().flatMap(List::stream).flatMap(g -> g.links().stream()))
                .containsExactlyElementsOf(groups.stream().flatMap(g -> g.links().stream()).toList());
        assertThat(SiteMapSection.split(groups, 100)).containsExactly(groups);
    }
}
