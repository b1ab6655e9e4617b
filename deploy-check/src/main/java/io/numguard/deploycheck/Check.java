package io.numguard.deploycheck;

import java.util.function.Consumer;

/**
 * One concern checked on a rendered overlay. Reports problems as sentences naming the object and never throws, so a
 * test can show all that is wrong at once (and the negative tests can assert which check bites).
 */
interface Check {
    void check(Index idx, Consumer<String> problems);
}
