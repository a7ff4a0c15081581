package dev.colophon.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * The kramdown habits of Jekyll posts as one flexmark extension: inline attribute lists and their
 * definitions ({@code {: .lead}}, {@code *a*{: .x}}, {@code {:name: .x}}), heading ids ({@code {#id}}), the
 * {@code {:toc}} table of contents, math ({@code $$x$$}), raw span elements, and Rouge's markup for
 * highlighted fenced code. It also bounds flexmark's work: nesting is limited ({@link NestingLimit}), and
 * three block starts are replaced by ones that cost no more than the line ({@link LinearBlockStarts}).
 */
final class KramdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private KramdownExtension() {
    }

    static KramdownExtension create() {
        return new KramdownExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        LinearBlockStarts.replaceFlexmarks(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new NestingLimit.BlockFactory());
        builder.customBlockParserFactory(new LinearBlockStarts.Headings());
        builder.customBlockParserFactory(new LinearBlockStarts.Fences());
        builder.customBlockParserFactory(new LinearBlockStarts.ThematicBreaks());
        builder.customBlockParserFactory(new KramdownBlockParser.Factory());
        builder.customInlineParserExtensionFactory(new KramdownInlineParser.Factory());
        builder.customBlockParserFactory(new KramdownMath.BlockFactory());
        builder.customInlineParserExtensionFactory(new KramdownMath.InlineFactory());
        // Raw spans first: an attribute list inside <code>…</code> is text, as in kramdown.
        builder.postProcessorFactory(new KramdownRawSpans.PostProcessorFactory());
        builder.postProcessorFactory(new KramdownAttributes.PostProcessorFactory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(Renderer::new);
        builder.attributeProviderFactory(KramdownAttributes.providerFactory());
    }

    private static final class Renderer implements NodeRenderer {
        Renderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(KramdownNodes.Toc.class, TableOfContents::render),
                    new NodeRenderingHandler<>(KramdownMath.Inline.class, KramdownMath::render),
                    new NodeRenderingHandler<>(KramdownMath.Display.class, KramdownMath::render),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, HighlightedCode::render),
                    new NodeRenderingHandler<>(IndentedCodeBlock.class, HighlightedCode::render),
                    // Applied and removed after parsing; should one remain, it writes nothing.
                    new NodeRenderingHandler<>(KramdownNodes.BlockAttributes.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(KramdownNodes.AttributeDefinition.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(KramdownNodes.SpanAttributes.class, (node, context, html) -> { }),
                    new NodeRenderingHandler<>(KramdownNodes.HeadingId.class, (node, context, html) -> { }));
        }
    }
}
