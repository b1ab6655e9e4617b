package io.numguard.console.i18n;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages are complete: every English message has its Chinese one, with the same parameters and codes. */
class MessageBundlesTest {
    static final Pattern EXPRESSION = Pattern.compile("\\{([a-z]+)}|\\{#is '([A-Z_]+)'}");

    @Test
    void everyMessageHasItsChineseTranslationAndNothingElseIsThere() throws Exception {
        Properties zh = zh();
        Set<String> keys = Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(keys);
        for (Method m : Msg.class.getDeclaredMethods()) {
            String en = m.getAnnotation(Message.class).value();
            String cn = zh.getProperty(m.getName());
            assertThat(cn).as(m.getName()).isNotBlank();
            assertThat(expressions(cn)).as("parameters and codes of " + m.getName()).isEqualTo(expressions(en));
            if (!en.isBlank() && en.chars().anyMatch(Character::isLetter) && !m.getName().equals("appName")) {
                assertThat(cn).as("translated: " + m.getName()).isNotEqualTo(en);
            }
        }
    }

    private static Set<String> expressions(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = EXPRESSION.matcher(message);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }

    private static Properties zh() throws Exception {
        Properties p = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/messages/msg_zh.properties")) {
            assertThat(in).as("messages/msg_zh.properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
