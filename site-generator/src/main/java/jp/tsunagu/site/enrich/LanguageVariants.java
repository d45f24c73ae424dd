package jp.tsunagu.site.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.Variant;
import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.assemble.Views;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.MarkdownRenderer;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * The language part of the {@code enrich} stage: makes a page of every variant ({@code *.en.md}, {@code *.zh-Hans.md},
 * {@code *.easy.md} …, in the languages plan.md declares) beside its original ({@code viewpoints/E.html} →
 * {@code viewpoints/E.en.html}, {@code viewpoints/E.zh-Hans.html}, {@code viewpoints/E.easy.html}), and gives every
 * page, variant or not, its language switch and the chrome of its language ({@link Messages}). The switch names each
 * language in itself, in the order plan.md declares them, after the original Japanese.
 * <p>
 * A language without chrome of its own ({@code ne}, {@code tl} …) gets the English chrome: its pages are
 * {@code lang="en"}, and the text written in the language is marked with its own {@code lang} (WCAG 3.1.2).
 * <p>
 * The basic policy's variant ({@code plan.en.md}) makes two pages: the home page ({@code index.en.html}: its title
 * and summary, links to the policy and to the viewpoints in that language) and the policy ({@code policy.en.html}:
 * its body). Variants of items with no page of their own (glossary terms, departments, governance bodies, OODA
 * cycles, action plan entries) are in the model for programs but make no page.
 * <p>
 * A page not written in a language is never copied: its switch still offers the language, says in that language that
 * the page is only in Japanese, and links to the original. Variants are not indexed for search
 * ({@link #originals(List)}), and each variant page says so in its language ({@code searchScope}): the search and its
 * さくいん are Japanese (Kuromoji's words and readings, kana folding), a query in another language would be cut as if it
 * were Japanese, and やさしい日本語 pages, written mostly in kana, would answer kana queries ahead of the pages they
 * summarise.
 * <p>
 * Work is linear in the number of pages: every lookup goes through maps built once. This class is not thread-safe;
 * use one instance per build.
 */
public final class LanguageVariants {
    /** The model key of the language switch. */
    public static final String SWITCH = "languages";
    /** The model key of the chrome's words. */
    public static final String MESSAGES = "messages";
    /** The model key, on a variant page only, of the original page's path. */
    public static final String VARIANT_OF = "variantOf";

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.standard();
    /** The chrome key of each page the site navigation and breadcrumbs may name. */
    private static final Map<String, String> NAV_KEYS = Map.of(SitePaths.HOME, "navHome", SitePaths.POLICY, "navPolicy",
            SitePaths.VIEWPOINTS, "navViewpoints", SitePaths.INITIATIVES, "navInitiatives", SitePaths.ACTION_PLANS,
            "navActionPlans", SitePaths.GOVERNANCE, "navGovernance", SitePaths.GLOSSARY, "navGlossary", SitePaths.REVIEWS,
            "navReviews");

    private final PlanModel model;
    /** The order of the switch after the original Japanese: the plan's languages. */
    private final List<Language> order;
    /** Original page path → its variants' paths by language. */
    private final Map<String, Map<Language, String>> variantPaths = new LinkedHashMap<>();
    /** Original page path → the variant shown on it, by language. */
    private final Map<String, Map<Language, Variant>> variantsByPath = new LinkedHashMap<>();

    /**
     * Prepares the variants of a plan.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item, as the loader gives it, not null
     */
    public LanguageVariants(PlanModel model, Map<String, String> sources) {
        this.model = model;
        this.order = model.plan().languages();
        Map<String, List<String>> pathsOfItem = new LinkedHashMap<>();
        pathsOfItem.put("plan", List.of(SitePaths.HOME, SitePaths.POLICY));
        model.viewpoints().forEach(v -> pathsOfItem.put("viewpoint/" + v.code().letter(), List.of(SitePaths.viewpoint(v.code()))));
        model.initiatives().forEach(i -> pathsOfItem.put("initiative/" + i.id(), List.of(SitePaths.initiative(i.id()))));
        model.actionPlans().forEach(a -> pathsOfItem.put("action-plan/" + a.fiscalYear().year(),
                List.of(SitePaths.actionPlan(a.fiscalYear()))));
        model.reviews().forEach(r -> pathsOfItem.put("review/" + r.fiscalYear().year(), List.of(SitePaths.review(r.fiscalYear()))));
        model.pages().forEach(p -> Optional.ofNullable(sources.get("page/" + p.id())).ifPresent(file -> {
            String name = file.substring(file.lastIndexOf('/') + 1);
            pathsOfItem.put("page/" + p.id(), List.of(SitePaths.page(name.substring(0, name.length() - 3))));
        }));
        for (Variant v : model.variants()) {
            for (String path : pathsOfItem.getOrDefault(v.item(), List.of())) {
                variantPaths.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(v.language(), pathIn(path, v.language()));
                variantsByPath.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(v.language(), v);
            }
        }
    }

    /**
     * Gets the address of a page's variant: the language's suffix before {@code .html}.
     *
     * @param path  the original page, such as {@code viewpoints/E.html}, not null
     * @param language  the language, not null
     * @return the variant's page, such as {@code viewpoints/E.en.html}, not null
     */
    public static String pathIn(String path, Language language) {
        return path.substring(0, path.length() - ".html".length()) + "." + language.suffix() + ".html";
    }

    /**
     * Gives every page its language switch and chrome, and adds the variant pages, each right after its original. A
     * page made when rendered ({@link LazyPage}) gets its switch then; a variant page is made from its original's
     * outline (its address, title, breadcrumbs and the site's values) and the variant's own text, and kept.
     *
     * @param pages  the assembled pages, all in Japanese, not null
     * @return the pages with the variants, not null
     */
    public List<LazyPage> addTo(List<LazyPage> pages) {
        List<LazyPage> out = new ArrayList<>(pages.size() + variantPaths.size() * 2);
        for (LazyPage p : pages) {
            out.add(p.mapWhole(this::withSwitch));
            String path = p.outputPath().value();
            Map<Language, Variant> variants = variantsByPath.getOrDefault(path, Map.of());
            for (Language language : order) {
                Variant v = variants.get(language);
                if (v != null) {
                    out.add(LazyPage.of(variantPage(p.outline(), v)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Gives one page in Japanese its language switch and chrome, for pages made after {@link #addTo(List)}.
     *
     * @param page  the page, not null
     * @return the page with the switch, not null
     */
    public Page withSwitch(Page page) {
        String path = page.outputPath().value();
        Map<String, Object> values = new LinkedHashMap<>(page.model());
        values.put(SWITCH, languageSwitch(path, Optional.empty()));
        values.put(MESSAGES, Messages.japanese().asMap());
        return new Page(page.outputPath(), page.template(), page.title(), values);
    }

    /**
     * Leaves out the variant pages, for the search index.
     *
     * @param pages  the pages, not null
     * @return the original pages' outlines, in order, not null
     */
    public static List<Page> originals(List<LazyPage> pages) {
        return pages.stream().map(LazyPage::outline).filter(p -> !p.model().containsKey(VARIANT_OF)).toList();
    }

    /**
     * Lists, for the sitemap, the versions of each page written in more than one language.
     *
     * @return page path → its alternates (itself included), only for pages with variants, not null
     */
    public Map<String, List<LanguageSwitch.Alternate>> alternates() {
        Map<String, List<LanguageSwitch.Alternate>> all = new LinkedHashMap<>();
        variantPaths.forEach((original, byLanguage) -> {
            List<LanguageSwitch.Alternate> a = alternatesOf(original);
            all.put(original, a);
            byLanguage.values().forEach(p -> all.put(p, a));
        });
        return all;
    }

    private List<LanguageSwitch.Alternate> alternatesOf(String original) {
        Map<Language, String> variants = variantPaths.getOrDefault(original, Map.of());
        if (variants.isEmpty()) {
            return List.of();
        }
        List<LanguageSwitch.Alternate> a = new ArrayList<>();
        a.add(new LanguageSwitch.Alternate("ja", original));
        order.stream().filter(variants::containsKey).forEach(l -> a.add(new LanguageSwitch.Alternate(l.hreflang(), variants.get(l))));
        // Search engines show the original to readers of any other language.
        a.add(new LanguageSwitch.Alternate("x-default", original));
        return a;
    }

    private LanguageSwitch languageSwitch(String original, Optional<Language> current) {
        Map<Language, String> variants = variantPaths.getOrDefault(original, Map.of());
        Messages own = current.map(Messages::of).orElse(Messages.japanese());
        List<LanguageSwitch.Choice> choices = new ArrayList<>();
        choices.add(new LanguageSwitch.Choice(Messages.japanese().get("autonym"), "", "", "ja", "ja", original, current.isEmpty(), false));
        for (Language l : order) {
            String name = Messages.autonym(l);
            String variant = variants.get(l);
            if (variant != null) {
                choices.add(new LanguageSwitch.Choice(name, "", "", l.lang(), l.hreflang(), variant, current.equals(Optional.of(l)), false));
            } else {
                // the note is in the language's chrome: English for a language without chrome of its own
                Messages m = Messages.of(l);
                choices.add(new LanguageSwitch.Choice(name, m.get("fallback"), m.lang().equals(l.lang()) ? "" : m.lang(), l.lang(), "ja",
                        original, false, true));
            }
        }
        return new LanguageSwitch(own.get("languageNav"), choices, alternatesOf(original));
    }

    private Page variantPage(Page original, Variant v) {
        String originalPath = original.outputPath().value();
        Language language = v.language();
        Messages m = Messages.of(language);
        String path = pathIn(originalPath, language);
        String root = SitePaths.root(path);
        Views.PageContext originalContext = (Views.PageContext) original.model().get("page");
        Views.SiteContext originalSite = (Views.SiteContext) original.model().get("site");
        Optional<Variant> plan = model.variant("plan", language);
        boolean home = originalPath.equals(SitePaths.HOME);
        boolean policy = originalPath.equals(SitePaths.POLICY);
        // The home page's heading is the plan's title, which the layout's <title> already names after the page's title.
        String title = policy ? m.get("homePolicy") : home ? m.get("navHome") : v.title();
        String description = v.descriptionOrSummary().orElse(title);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("page", new Views.PageContext(title, description, path, root, translated(originalContext.breadcrumbs(), language),
                originalContext.section(), m.lang(), ""));
        values.put("site", site(originalSite, plan, language));
        values.put(SWITCH, languageSwitch(originalPath, Optional.of(language)));
        values.put(MESSAGES, chrome(m, plan, language));
        values.put(VARIANT_OF, originalPath);
        Link back = new Link(original.title(), originalPath);
        if (home) {
            values.put("variant", new VariantHome(v.title(), v.summary().orElse(""),
                    variantPaths.getOrDefault(SitePaths.POLICY, Map.of()).getOrDefault(language, ""), viewpointCards(language), back,
                    language.lang()));
            return Page.of(path, "variant-home.ftlh", title, values);
        }
        values.put("variant", new VariantView(title, v.summary().orElse(""), sections(v.body()), back, language.lang(),
                policy ? m.lang() : language.lang()));
        return Page.of(path, "variant.ftlh", title, values);
    }

    private List<VariantCard> viewpointCards(Language language) {
        return model.viewpoints().stream().map(vp -> {
            String original = SitePaths.viewpoint(vp.code());
            return model.variant("viewpoint/" + vp.code().letter(), language)
                    .map(v -> new VariantCard(v.title(), v.summary().orElse(""), pathIn(original, language), language.lang(),
                            language.hreflang()))
                    .orElse(new VariantCard("観点" + vp.code().letter() + " " + vp.name(), vp.summary(), original, "ja", "ja"));
        }).toList();
    }

    /** The site's values in a language: its title and the navigation, leading to pages in that language where they exist. */
    private Views.SiteContext site(Views.SiteContext original, Optional<Variant> plan, Language language) {
        String municipality = language.equals(Language.EASY_JAPANESE)
                ? original.municipality() : model.plan().municipality().nameEn().orElse(original.municipality());
        return new Views.SiteContext(plan.map(Variant::title).orElse(original.title()), municipality,
                plan.isPresent() ? "" : original.principle(),
                translated(original.nav(), language), original.baseUrl(), original.generator());
    }

    /** The words of the chrome, with the home page and the footer line of this language. */
    private Map<String, String> chrome(Messages m, Optional<Variant> plan, Language language) {
        Map<String, String> chrome = new LinkedHashMap<>(m.asMap());
        if (Messages.own(language).isEmpty()) {
            chrome.put("variantNote", m.get("variantNoteOther")); // the English chrome of a page in another language
        }
        chrome.put("homeHref", variantPaths.getOrDefault(SitePaths.HOME, Map.of()).getOrDefault(language, SitePaths.HOME));
        boolean easy = language.equals(Language.EASY_JAPANESE);
        String municipality = easy
                ? model.plan().municipality().name() : model.plan().municipality().nameEn().orElse(model.plan().municipality().name());
        boolean translatedName = easy || model.plan().municipality().nameEn().isPresent();
        if (plan.isPresent() && translatedName) {
            chrome.put("footerPlan", easy ? municipality + "「" + plan.get().title() + "」" : municipality + ": " + plan.get().title());
        } else if (!easy) {
            chrome.put("siteLang", "ja"); // the plan's name has no English version: mark it as Japanese (WCAG 3.1.2)
        }
        return Map.copyOf(chrome);
    }

    /** Links of the navigation or breadcrumbs in a language; a link the chrome has no words for is left out. */
    private List<Link> translated(List<Link> links, Language language) {
        Messages m = Messages.of(language);
        List<Link> out = new ArrayList<>();
        for (Link l : links) {
            String key = NAV_KEYS.get(l.href());
            if (key != null) {
                String href = variantPaths.getOrDefault(l.href(), Map.of()).getOrDefault(language, l.href());
                out.add(new Link(m.get(key), href));
            }
        }
        return out;
    }

    private static List<Views.Section> sections(MarkdownBody body) {
        List<Views.Section> out = new ArrayList<>();
        if (!body.preamble().isBlank()) {
            out.add(new Views.Section("", "", MARKDOWN.toHtml(body.preamble())));
        }
        for (MarkdownBody.Section s : body.sections()) {
            out.add(new Views.Section(s.heading(), SitePaths.anchor(s.heading()), MARKDOWN.toHtml(s.markdown())));
        }
        return out;
    }

    /**
     * A variant page's own values.
     *
     * @param title  the heading, not null
     * @param summary  the lead, may be empty
     * @param sections  the body, rendered, not null
     * @param original  the original page, whose title is Japanese, not null
     * @param lang  the language of summary and sections, for {@code lang} where the chrome's differs, not null
     * @param titleLang  the language of the title: the chrome's for the basic policy, whose heading is the chrome's
     *                   words, else {@code lang}, not null
     */
    public record VariantView(String title, String summary, List<Views.Section> sections, Link original, String lang,
            String titleLang) {
    }

    /**
     * The home page in a language.
     *
     * @param title  the plan's title in that language, not null
     * @param summary  the lead, may be empty
     * @param policyHref  the basic policy in that language, empty if it has no page
     * @param viewpoints  the nine viewpoints, in that language where written, not null
     * @param original  the Japanese home page, not null
     * @param lang  the language of title, summary and the cards in it, for {@code lang} where the chrome's differs, not null
     */
    public record VariantHome(String title, String summary, String policyHref, List<VariantCard> viewpoints, Link original,
            String lang) {
    }

    /**
     * A viewpoint on a variant home page; in Japanese when it has no variant in the page's language.
     *
     * @param title  the title, not null
     * @param summary  the summary, not null
     * @param href  the page, not null
     * @param lang  the language of title and summary, not null
     * @param hreflang  the language of the page linked, not null
     */
    public record VariantCard(String title, String summary, String href, String lang, String hreflang) {
    }
}
