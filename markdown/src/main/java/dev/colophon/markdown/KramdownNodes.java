package dev.colophon.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;
import org.jetbrains.annotations.NotNull;

/**
 * The nodes the kramdown syntax adds to flexmark's tree. All but {@link Toc} exist only between parsing and
 * post-processing: {@link KramdownAttributes} applies and removes them, so none reaches the HTML.
 */
final class KramdownNodes {

    private KramdownNodes() {
    }

    /** A line <code>{: .class #id key="value"}</code> that gives attributes to the block before or after it. */
    static final class BlockAttributes extends Block {
        final AttributeList attributes;

        BlockAttributes(BasedSequence chars, AttributeList attributes) {
            super(chars);
            this.attributes = attributes;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** A line <code>{:name: .class}</code>, an attribute list definition that other lists refer to by name. */
    static final class AttributeDefinition extends Block {
        final String name;
        final AttributeList attributes;

        AttributeDefinition(BasedSequence chars, String name, AttributeList attributes) {
            super(chars);
            this.name = name;
            this.attributes = attributes;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** A <code>{: …}</code> right after a span such as {@code *emphasis*}, which gets its attributes. */
    static final class SpanAttributes extends Node implements DoNotDecorate {
        final AttributeList attributes;
        final boolean wellFormed;

        SpanAttributes(BasedSequence chars, AttributeList attributes, boolean wellFormed) {
            super(chars);
            this.attributes = attributes;
            this.wellFormed = wellFormed;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** The <code>{#id}</code> that ends a heading's text and sets its id. */
    static final class HeadingId extends Node implements DoNotDecorate {
        final String id;

        HeadingId(BasedSequence chars, String id) {
            super(chars);
            this.id = id;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /**
     * Where the table of contents goes: the list that {@code {:toc}} marked, replaced. It keeps the list's
     * kind and the attributes its attribute list gave it.
     */
    static final class Toc extends Block {
        final boolean ordered;
        final Map<String, String> attributes;

        Toc(BasedSequence chars, boolean ordered, Map<String, String> attributes) {
            super(chars);
            this.ordered = ordered;
            this.attributes = attributes;
        }

        @Override
        public @NotNull BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
