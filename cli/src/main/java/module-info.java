/**
 * The {@code colophon} command. It needs no plugin module at compile time: on the module path they join
 * through service binding, on the class path (the shaded jar) through their {@code META-INF/services}.
 *
 * <p>directory-watcher publishes no module name: it is an automatic module named after its file.
 */
module dev.colophon.cli {
    requires dev.colophon.core;
    requires info.picocli;
    requires directory.watcher;
    requires jdk.httpserver;
    // serve collects its old generation while idle (IdleCollector)
    requires java.management;

    // picocli sets the annotated fields of the commands by reflection.
    opens dev.colophon.cli to info.picocli;
    opens dev.colophon.cli.serve to info.picocli;
    opens dev.colophon.cli.scaffold to info.picocli;
}
