package org.tandem.demo;

import io.smallrye.config.ConfigMapping;

/** The demo district: whether it is created, and its accounts' password. */
@ConfigMapping(prefix = "tandem.demo")
interface DemoSettings {

    boolean enabled();

    String password();
}
