package dev.colophon.highlight.lexer;

/**
 * Rouge's token types, as the short CSS classes its HTML formatter writes. A token is just its class:
 * Rouge's short names are unique, so comparing them is as good as comparing Rouge's token objects (which
 * is what its merging of neighbouring tokens does). {@link #TEXT} is written without a span.
 *
 * <p>The names follow Rouge's qualified names ({@code Literal::String::Double} is {@link #STR_DOUBLE}).
 */
public final class Tok {

    private Tok() {
    }

    public static final String TEXT = "";
    public static final String WHITESPACE = "w";
    public static final String ESCAPE = "esc";
    public static final String ERROR = "err";
    public static final String OTHER = "x";

    public static final String KEYWORD = "k";
    public static final String KEYWORD_CONSTANT = "kc";
    public static final String KEYWORD_DECLARATION = "kd";
    public static final String KEYWORD_NAMESPACE = "kn";
    public static final String KEYWORD_PSEUDO = "kp";
    public static final String KEYWORD_RESERVED = "kr";
    public static final String KEYWORD_TYPE = "kt";
    public static final String KEYWORD_VARIABLE = "kv";

    public static final String NAME = "n";
    public static final String NAME_ATTRIBUTE = "na";
    public static final String NAME_BUILTIN = "nb";
    public static final String NAME_BUILTIN_PSEUDO = "bp";
    public static final String NAME_CLASS = "nc";
    public static final String NAME_CONSTANT = "no";
    public static final String NAME_DECORATOR = "nd";
    public static final String NAME_ENTITY = "ni";
    public static final String NAME_EXCEPTION = "ne";
    public static final String NAME_FUNCTION = "nf";
    public static final String NAME_FUNCTION_MAGIC = "fm";
    public static final String NAME_PROPERTY = "py";
    public static final String NAME_LABEL = "nl";
    public static final String NAME_NAMESPACE = "nn";
    public static final String NAME_OTHER = "nx";
    public static final String NAME_TAG = "nt";
    public static final String NAME_VARIABLE = "nv";
    public static final String NAME_VARIABLE_CLASS = "vc";
    public static final String NAME_VARIABLE_GLOBAL = "vg";
    public static final String NAME_VARIABLE_INSTANCE = "vi";
    public static final String NAME_VARIABLE_MAGIC = "vm";

    public static final String LITERAL = "l";
    public static final String LITERAL_DATE = "ld";
    public static final String STR = "s";
    public static final String STR_AFFIX = "sa";
    public static final String STR_BACKTICK = "sb";
    public static final String STR_CHAR = "sc";
    public static final String STR_DELIMITER = "dl";
    public static final String STR_DOC = "sd";
    public static final String STR_DOUBLE = "s2";
    public static final String STR_ESCAPE = "se";
    public static final String STR_HEREDOC = "sh";
    public static final String STR_INTERPOL = "si";
    public static final String STR_OTHER = "sx";
    public static final String STR_REGEX = "sr";
    public static final String STR_SINGLE = "s1";
    public static final String STR_SYMBOL = "ss";

    public static final String NUM = "m";
    public static final String NUM_BIN = "mb";
    public static final String NUM_FLOAT = "mf";
    public static final String NUM_HEX = "mh";
    public static final String NUM_INTEGER = "mi";
    public static final String NUM_INTEGER_LONG = "il";
    public static final String NUM_OCT = "mo";
    public static final String NUM_OTHER = "mx";

    public static final String OPERATOR = "o";
    public static final String OPERATOR_WORD = "ow";
    public static final String PUNCTUATION = "p";
    public static final String PUNCTUATION_INDICATOR = "pi";

    public static final String COMMENT = "c";
    public static final String COMMENT_HASHBANG = "ch";
    public static final String COMMENT_DOC = "cd";
    public static final String COMMENT_MULTILINE = "cm";
    public static final String COMMENT_PREPROC = "cp";
    public static final String COMMENT_PREPROC_FILE = "cpf";
    public static final String COMMENT_SINGLE = "c1";
    public static final String COMMENT_SPECIAL = "cs";

    public static final String GENERIC = "g";
    public static final String GENERIC_DELETED = "gd";
    public static final String GENERIC_EMPH = "ge";
    public static final String GENERIC_ERROR = "gr";
    public static final String GENERIC_HEADING = "gh";
    public static final String GENERIC_INSERTED = "gi";
    public static final String GENERIC_OUTPUT = "go";
    public static final String GENERIC_PROMPT = "gp";
    public static final String GENERIC_STRONG = "gs";
    public static final String GENERIC_SUBHEADING = "gu";
    public static final String GENERIC_TRACEBACK = "gt";
    public static final String GENERIC_LINENO = "gl";
}
