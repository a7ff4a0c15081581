package dev.colophon.testkit.plugins;

import dev.colophon.Colophon;

/** An engine with only core's test plugins, nothing discovered: core's pipeline on its own. */
public final class CorePlugins {

    private CorePlugins() {
    }

    /** Flat YAML, {@code ---} front matter, {@code .txt} paragraphs and template-free layouts. */
    public static Colophon engine() {
        return Colophon.builder().discoverPlugins(false)
                .plugin(new FlatDataReader())
                .plugin(new DashFrontMatter())
                .plugin(new ParagraphParser())
                .plugin(new BareLayouts())
                .build();
    }
}
