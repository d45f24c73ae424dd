package jp.tsunagu.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.tsunagu.site.index.SearchPage;

/**
 * Generates N pages of Japanese municipal prose — the notices, plans and service pages of a fictional city —
 * as HTML files with a {@code <main>}, the same for every run (fixed seed). Each page has a title, a breadcrumb,
 * and three to six sections of two to five sentences (about 1,000–2,000 characters), mixing kanji, kana,
 * katakana loanwords, Latin acronyms, numbers and era years as real pages do.
 */
final class MunicipalCorpus {
    static final String[] TOPICS = {"防災", "子育て支援", "高齢者福祉", "ごみの収集", "除雪", "図書館", "健康診断",
        "道路の補修", "上下水道", "マイナンバーカード", "オンライン申請", "観光", "農業振興", "学校教育", "公共交通", "地域医療",
        "空き家対策", "情報セキュリティ", "オープンデータ", "スポーツ振興", "文化財の保護", "消費生活相談", "障がい者福祉",
        "国民健康保険", "住民税", "移住・定住", "商店街の活性化", "公園の管理", "雪下ろしの支援", "避難所の運営", "ICTの活用",
        "デジタル人材の育成", "キャッシュレス決済", "子ども食堂", "地域包括ケア", "再生可能エネルギー"};
    static final String[] DEPARTMENTS = {"総務課", "企画政策課", "情報政策課", "市民課", "子ども家庭課", "高齢福祉課",
        "健康増進課", "環境対策課", "建設課", "上下水道課", "農林課", "観光課", "教育総務課", "危機管理課", "税務課"};
    static final String[] PLACES = {"北町", "南町", "東山地区", "西原地区", "中央地区", "川沿い地区", "旧山里村",
        "駅前", "湖畔地区", "新田地区"};
    private static final String[] KINDS = {"のお知らせ", "について", "の取組", "の手続き", "の計画", "に関するよくある質問",
        "の実施状況", "の見直し"};
    private static final String[] SECTIONS = {"概要", "対象となる方", "申し込み方法", "必要なもの", "費用", "スケジュール",
        "これまでの経過", "今後の予定", "お問い合わせ", "よくある質問"};
    private static final String[] SENTENCES = {
        "市では、%sを進めるため、%sが中心となって関係機関と連携しています。",
        "%sについては、令和%d年度から%sで先行して実施し、%d件の申請がありました。",
        "詳しくは、%sの窓口または電話でお問い合わせください。受付時間は平日の午前8時30分から午後5時15分までです。",
        "%sの対象は、市内に住所がある方で、%sを希望する方です。",
        "申請は、窓口のほか、スマートフォンやパソコンからオンラインでも行えます。",
        "%sに関するアンケートでは、回答者の%d％が「満足」または「やや満足」と答えました。",
        "今後は、%sと%sを組み合わせ、市民サービスの向上に努めます。",
        "%sの利用者数は、前年度と比べて%d人増えました。",
        "災害時には、%sの情報をホームページやSNS、防災メールで発信します。",
        "高齢の方や障がいのある方にも分かりやすいよう、やさしい日本語での案内も用意しています。",
        "この取組は、第%d次総合計画の基本目標「安心して暮らせるまち」に位置付けられています。",
        "費用は無料です。ただし、%sについては実費をご負担いただく場合があります。",
        "%sでは、ボランティアの皆さんの協力を得て、%sを行っています。",
        "ＩＣＴを活用し、%sの手続きにかかる時間を短縮しました。",
        "お問い合わせの多い内容は、ＦＡＱとしてまとめ、%sのページで公開しています。"};

    private MunicipalCorpus() {
    }

    /**
     * Writes the corpus.
     *
     * @param site  the folder to write the HTML into, not null
     * @param pages  how many pages
     * @return the pages, in page order, for the indexer
     */
    static List<SearchPage> write(Path site, int pages) throws IOException {
        Random random = new Random(1_000L + pages);
        List<SearchPage> out = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
            String topic = pick(random, TOPICS);
            String title = topic + pick(random, KINDS) + (random.nextInt(3) == 0 ? "（" + pick(random, PLACES) + "）" : "");
            String department = pick(random, DEPARTMENTS);
            String path = "pages/" + (n / 500) + "/" + n + ".html";
            StringBuilder main = new StringBuilder("<h1>").append(title).append("</h1>\n");
            main.append("<p class=\"lead\">").append(sentence(random, topic, department)).append("</p>\n");
            int sections = 3 + random.nextInt(4);
            for (int s = 0; s < sections; s++) {
                main.append("<h2>").append(SECTIONS[(s + n) % SECTIONS.length]).append("</h2>\n<p>");
                int count = 2 + random.nextInt(4);
                for (int k = 0; k < count; k++) {
                    main.append(sentence(random, random.nextInt(3) == 0 ? pick(random, TOPICS) : topic, department));
                }
                main.append("</p>\n");
            }
            String html = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                    + " | つなぎ野市</title>\n</head>\n<body>\n<nav>ホーム › " + department + "</nav>\n"
                    + "<main data-pagefind-body>\n" + main + "</main>\n</body>\n</html>\n";
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
            out.add(new SearchPage(path, title, List.of("ホーム", department)));
        }
        return out;
    }

    static String sentence(Random random, String topic, String department) {
        String template = pick(random, SENTENCES);
        List<Object> args = new ArrayList<>();
        for (int i = template.indexOf('%'); i >= 0; i = template.indexOf('%', i + 1)) {
            char c = template.charAt(i + 1);
            if (c == 's') {
                args.add(args.isEmpty() ? topic : random.nextBoolean() ? department : pick(random, PLACES));
            } else if (c == 'd') {
                args.add(1 + random.nextInt(98));
            }
        }
        return String.format(template, args.toArray());
    }

    static String pick(Random random, String[] list) {
        return list[random.nextInt(list.length)];
    }
}
