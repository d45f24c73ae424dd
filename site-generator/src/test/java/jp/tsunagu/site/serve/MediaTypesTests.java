package jp.tsunagu.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "index.html      | text/html; charset=utf-8",
            "INDEX.HTML      | text/html; charset=utf-8",
            "site.css        | text/css; charset=utf-8",
            "search.mjs      | text/javascript; charset=utf-8",
            "plan.json       | application/json; charset=utf-8",
            "sitemap.xml     | application/xml; charset=utf-8",
            "feed.xml        | application/atom+xml; charset=utf-8",
            "news.atom       | application/atom+xml; charset=utf-8",
            "kpi.csv         | text/csv; charset=utf-8",
            "logo.svg        | image/svg+xml; charset=utf-8",
            "photo.JPG       | image/jpeg",
            "font.woff2      | font/woff2",
            "favicon.ico     | image/vnd.microsoft.icon",
            "archive.tar.gz  | application/gzip",
            "index.bin       | application/octet-stream",
            "README          | application/octet-stream",
            ".htaccess       | application/octet-stream"})
    void namesTheTypeOfEachKindOfFileWithUtf8ForText(String name, String type) {
        assertThat(MediaTypes.of(name)).isEqualTo(type);
    }
}
