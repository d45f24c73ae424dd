package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.SiteException;

class StatementTests {

    @Test
    void withoutTheFileOnlyTheTargetHasADefaultAndNothingIsMadeUp(@TempDir Path src) {
        Statement s = Statement.read(src);

        assertThat(s.stated()).isFalse();
        assertThat(s.level()).isEqualTo("AA");
        assertThat(s.target()).isEqualTo("JIS X 8341-3:2016 の適合レベル AA");
        assertThat(s.conformanceStated()).isEmpty();
        assertThat(s.deadline() + s.contact() + s.exceptions() + s.scope() + s.html()).isEmpty();
    }

    @Test
    void theFileStatesEveryPartAndItsOwnWords(@TempDir Path src) throws IOException {
        Files.writeString(src.resolve(Statement.FILE), """
                ---
                scope: 架空市のサイト
                conformance: 一部準拠
                deadline: 2030年3月31日
                contact: 架空市 情報政策課
                ---
                ## 取り組み

                毎年、試験します。
                """, UTF_8);

        Statement s = Statement.read(src);

        assertThat(s.target()).isEqualTo("JIS X 8341-3:2016 の適合レベル AA に一部準拠");
        assertThat(s.scope()).isEqualTo("架空市のサイト");
        assertThat(s.deadline()).isEqualTo("2030年3月31日");
        assertThat(s.contact()).isEqualTo("架空市 情報政策課");
        assertThat(s.html()).contains("<h2 id=\"取り組み\">取り組み</h2>", "<p>毎年、試験します。</p>");
    }

    @Test
    void aWrongValueOrKeyNamesFileLineAndTheFix(@TempDir Path src) throws IOException {
        Files.writeString(src.resolve(Statement.FILE), "---\nscope: サイト\nconformance: 適合\n---\n", UTF_8);
        assertThatThrownBy(() -> Statement.read(src)).isInstanceOf(SiteException.class)
                .hasMessage("assemble: accessibility.md:3: エラー: conformance の「適合」は使えません。準拠、一部準拠、配慮 のどれかを書いてください"
                        + "（みんなの公共サイト運用ガイドラインの対応度）。");

        Files.writeString(src.resolve(Statement.FILE), "---\nscope: サイト\ncontacts: 市役所\n---\n", UTF_8);
        assertThatThrownBy(() -> Statement.read(src)).hasMessageContaining("accessibility.md:3: エラー: 項目「contacts」は使えません。");

        Files.writeString(src.resolve(Statement.FILE), "---\nscope: [a\n---\n", UTF_8);
        assertThatThrownBy(() -> Statement.read(src)).hasMessageStartingWith("assemble: accessibility.md:").hasMessageContaining("YAML として読めません");
    }
}
