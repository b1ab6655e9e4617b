package io.numguard.contracts.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "914403001922038216",   // published code of a Shenzhen company (check digit 6)
            "9144030071526726XG",   // published code of a Shenzhen company (check letter G)
            "91350100MA34A1B2CU",   // computed, Fuzhou
            "91350200MA2Y3K4L5Y",   // computed, Xiamen
            "91440300MA5F00001A",   // computed, Shenzhen
            "121000004000000010"    // computed: sum mod 31 = 0, so 31 becomes check '0'
    })
    void acceptsValidCodes(String code) {
        assertThat(Uscc.parse(code).value()).isEqualTo(code);
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(Uscc.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(Uscc.checkCharacter("9144030071526726X")).isEqualTo('G');
        assertThat(Uscc.checkCharacter("91350100MA34A1B2C")).isEqualTo('U');
        assertThat(Uscc.checkCharacter("12100000400000001")).isEqualTo('0');
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaceByNormalising() {
        assertThat(Uscc.parse(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
        assertThat(new Uscc("91350100ma34a1b2cu")).isEqualTo(Uscc.parse("91350100MA34A1B2CU"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100MA34A1B2C", "91350100MA34A1B2CUU", "9135"})
    void wrongLength(String code) {
        InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse(code));
        assertThat(e.problem()).isEqualTo(InvalidUsccException.Problem.WRONG_LENGTH);
        assertThat(e.problem().slug()).isEqualTo("uscc-wrong-length");
        assertThat(e).hasMessageContaining("18 characters, got " + code.length());
        assertThat(e.expectedCheckCharacter()).isEmpty();
    }

    @Test
    void nullIsWrongLength() {
        assertThat(catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse(null)).problem())
                .isEqualTo(InvalidUsccException.Problem.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '*'})
    void illegalCharacter(char c) {
        String code = "91350100MA34A1B2CU".substring(0, 8) + c + "A34A1B2CU";
        InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse(code));
        assertThat(e.problem()).isEqualTo(InvalidUsccException.Problem.ILLEGAL_CHARACTER);
        assertThat(e).hasMessageContaining("'" + c + "' at position 9");
    }

    @Test
    void wrongCheckCharacterSaysWhichWasExpected() {
        InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                () -> Uscc.parse("914403001922038217"));
        assertThat(e.problem()).isEqualTo(InvalidUsccException.Problem.WRONG_CHECK_CHARACTER);
        assertThat(e.expectedCheckCharacter()).contains('6');
        assertThat(e).hasMessageContaining("'7'").hasMessageContaining("call for '6'");
        assertThat(Uscc.problemWith("914403001922038217")).contains("call for '6'");
        assertThat(Uscc.problemWith("914403001922038216")).isNull();
    }

    @Test
    void everySingleCharacterSubstitutionIsCaught() {
        // 31 is prime and no weight is a multiple of it, so any one changed character changes the check
        String valid = "9144030071526726XG";
        for (int pos = 0; pos < 18; pos++) {
            for (char c : Uscc.CHARSET.toCharArray()) {
                if (c == valid.charAt(pos)) {
                    continue;
                }
                String typo = valid.substring(0, pos) + c + valid.substring(pos + 1);
                assertThat(Uscc.problemWith(typo)).as(typo).contains("wrong check character");
            }
        }
    }

    @Test
    void checkCharacterNeedsSeventeenLegalCharacters() {
        assertThatThrownBy(() -> Uscc.checkCharacter("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uscc.checkCharacter("9135010OMA34A1B2C")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'O'");
    }
}
