package jp.tsunagu.site.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentAddressesTests {

    @ParameterizedTest(name = "{0} → {1} (site at {2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            initiatives/x.html | ../policy.html              | /       | false
            initiatives/x.html | ../../policy.html           | /       | true
            initiatives/x.html | ../initiatives/../../x.html | /       | true
            initiatives/x.html | ./../glossary.html#term-a   | /       | false
            initiatives/x.html | ..%2F..%2Fx                 | /       | false
            initiatives/x.html | %2e%2e/%2E%2E/x             | /       | true
            initiatives/x.html | ..\\..\\x                   | /       | true
            action-plans/2021/index.html | ../../index.html  | /       | false
            action-plans/2021/index.html | ../../../index.html | /     | true
            index.html         | ../x.html                   | /       | true
            index.html         | ?q=../../x                  | /       | false
            index.html         | #../../x                    | /       | false
            index.html         | /plan/policy.html           | /plan/  | false
            index.html         | /plan                       | /plan/  | false
            index.html         | /other/x.html               | /plan/  | true
            index.html         | https://example.org/../../x | /plan/  | false
            index.html         | //example.org/x             | /plan/  | false
            index.html         | mailto:a@example.jp         | /plan/  | false
            """)
    void tellsWhetherALinkLeavesTheSite(String page, String url, String basePath, boolean leaves) {
        assertThat(ContentAddresses.leavesTheSite(page, url, basePath)).isEqualTo(leaves);
    }
}
