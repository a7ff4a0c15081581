package dev.colophon.liquid.tag;

import dev.colophon.liquid.Drop;

/** {@code forloop}: where a {@code for} loop is, and the loop around it as {@code parentloop}. */
final class ForLoop implements Drop {

    private final String name;
    private final long length;
    private final ForLoop parent;
    long index;

    ForLoop(String name, long length, ForLoop parent) {
        this.name = name;
        this.length = length;
        this.parent = parent;
    }

    @Override
    public Object get(String key) {
        return switch (key) {
            case "index" -> index + 1;
            case "index0" -> index;
            case "rindex" -> length - index;
            case "rindex0" -> length - index - 1;
            case "first" -> index == 0;
            case "last" -> index == length - 1;
            case "length" -> length;
            case "name" -> name;
            case "parentloop" -> parent;
            default -> null;
        };
    }

    @Override
    public boolean has(String key) {
        return get(key) != null || key.equals("parentloop");
    }

    @Override
    public String toString() {
        return "ForloopDrop";
    }
}
