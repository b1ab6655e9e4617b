package io.numguard.contracts;

import io.numguard.contracts.number.InvalidPhoneNumberException;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "95123456         | 95123456",
            "+86 95123456     | 95123456",
            "+8695123456      | 95123456",
            "0086 95123456    | 95123456",
            "0086-951-234-56  | 95123456",
            "951 234 56       | 95123456",
            "(95123) 456      | 95123456",
            "９５１２３４５６   | 95123456",
            "＋８６ ９５１２３   | 95123",
            "95123            | 95123",
            "951234           | 951234",
    })
    void acceptsTheFormsPeopleType(String raw, String canonical) {
        assertThat(PhoneNumber.parse(raw).digits()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "''               | empty",
            "13800138000      | not a 95 number",
            "9512             | 5 to 8 digits",
            "951234567        | 5 to 8 digits",
            "+1 95123456      | +86",
            "95a12345         | unexpected character",
            "951+23456        | only at the start",
            "86 95123456      | not a 95 number",
    })
    void rejectsWithAReason(String raw, String reason) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining(reason);
        assertThat(PhoneNumber.problemWith(raw)).contains(reason);
    }
}
