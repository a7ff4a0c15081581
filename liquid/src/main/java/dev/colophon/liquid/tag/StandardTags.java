package dev.colophon.liquid.tag;

import dev.colophon.liquid.Tag;
import java.util.HashMap;
import java.util.Map;

/** Ruby Liquid 5's tags, by name. */
public final class StandardTags {

    private StandardTags() {
    }

    public static Map<String, Tag> all() {
        Map<String, Tag> tags = new HashMap<>();
        tags.put("assign", Assign::parse);
        tags.put("capture", Capture::parse);
        tags.put("echo", Echo::parse);
        tags.put("if", If::parse);
        tags.put("unless", If::parseUnless);
        tags.put("case", Case::parse);
        tags.put("for", For::parse);
        tags.put("break", input -> Interrupt.parse(input, dev.colophon.liquid.Context.Interrupt.BREAK));
        tags.put("continue", input -> Interrupt.parse(input, dev.colophon.liquid.Context.Interrupt.CONTINUE));
        tags.put("cycle", Cycle::parse);
        tags.put("increment", input -> Counter.parse(input, 1));
        tags.put("decrement", input -> Counter.parse(input, -1));
        tags.put("comment", Comment::parse);
        tags.put("#", Comment::parseInline);
        tags.put("doc", Comment::parseDoc);
        tags.put("raw", Raw::parse);
        tags.put("tablerow", TableRow::parse);
        tags.put("ifchanged", IfChanged::parse);
        tags.put("include", Include::parse);
        tags.put("render", Render::parse);
        return tags;
    }
}
