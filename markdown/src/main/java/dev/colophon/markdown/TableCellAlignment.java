package dev.colophon.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

/**
 * Turns the {@code align} attribute flexmark puts on table cells into {@code style="text-align: …"}.
 *
 * <p>{@code align} on {@code th} and {@code td} is obsolete in HTML5 and fails validation; kramdown
 * writes the same style attribute, so themes written for Jekyll look the same.
 */
final class TableCellAlignment implements AttributeProvider {

    private static final String ALIGN = "align";
    private static final String STYLE = "style";

    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part,
            @NotNull MutableAttributes attributes) {
        if (!(node instanceof TableCell) || !attributes.contains(ALIGN)) {
            return;
        }
        String alignment = attributes.getValue(ALIGN);
        attributes.remove(ALIGN);
        attributes.replaceValue(STYLE, "text-align: " + alignment);
    }

    /** The factory flexmark asks for a provider on every render. */
    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return new TableCellAlignment();
            }
        };
    }
}
