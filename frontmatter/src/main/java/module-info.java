/** Front matter in YAML, TOML and JSON, and YAML data files: plugins only, nothing exported. */
module dev.colophon.frontmatter {
    requires dev.colophon.core;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.toml;
    requires static com.google.auto.service;

    provides dev.colophon.spi.FrontMatterReader with dev.colophon.frontmatter.YamlFrontMatterReader,
            dev.colophon.frontmatter.TomlFrontMatterReader, dev.colophon.frontmatter.JsonFrontMatterReader;
    provides dev.colophon.spi.DataReader with dev.colophon.frontmatter.YamlDataReader;
}
