package dev.colophon.html.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateSetup;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liqp.TemplateParser;
import liqp.parser.Flavor;
import org.junit.jupiter.api.Test;

class LiquidEngineTest {

    private static final String TEMPLATE = "{{ d | json }} {{ l | json }} {{ m | json }}";
    private static final Map<String, Object> VARIABLES = Map.of(
            "d", ZonedDateTime.parse("2021-03-26T10:15:30+01:00[Europe/Berlin]"),
            "l", List.of(1, "two"),
            "m", Map.of("k", "v"));

    /** The engine makes liqp's Jackson mapper itself, once: it must write what liqp's own would. */
    @Test
    void theSharedMapperWritesJsonAsLiqpsOwnMapperDoes() {
        String liqps = new TemplateParser.Builder().withFlavor(Flavor.JEKYLL).build().parse(TEMPLATE)
                .render(VARIABLES);
        LiquidEngine engine = new LiquidEngine();
        TemplateSetup setup = new TemplateSetup(SiteConfig.defaults(), name -> Optional.empty());

        engine.prepare();
        String ours = engine.compile(new SourceText("t.html", TEMPLATE), 1, setup).render(VARIABLES);

        assertEquals(liqps, ours);
    }
}
