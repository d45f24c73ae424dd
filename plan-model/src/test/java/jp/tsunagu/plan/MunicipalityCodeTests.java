package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTests {

    // Codes from 総務省's 全国地方公共団体コード list.
    @ParameterizedTest(name = "{0} ({1}) is valid")
    @CsvSource({
            "072028, 会津若松市",
            "131016, 千代田区",
            "011002, 札幌市",
            "472018, 那覇市",
    })
    void acceptsRealCodes(String code, String name) {
        assertEquals(code, MunicipalityCode.parse(code).value());
        assertThat(name).isNotBlank();
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"72028", "072027", "07202８", "0720280", "abcdef"})
    void refusesBadCodes(String code) {
        assertThatThrownBy(() -> MunicipalityCode.parse(code)).isInstanceOf(PlanModelException.class)
                .hasMessageContaining("municipality code");
    }

    @org.junit.jupiter.api.Test
    void namesTheExpectedCheckDigit() {
        assertThatThrownBy(() -> MunicipalityCode.parse("072027"))
                .hasMessage("Invalid municipality code '072027': check digit should be 8");
        assertEquals("07", MunicipalityCode.parse("072028").prefectureCode());
    }
}
