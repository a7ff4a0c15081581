package dev.colophon.sass;

import com.sass_lang.embedded_protocol.InboundMessage.CompileRequest;
import com.sass_lang.embedded_protocol.InboundMessage.ImportResponse.ImportSuccess;
import com.sass_lang.embedded_protocol.OutputStyle;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.CompileSuccess;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import de.larsgrefer.sass.embedded.connection.ConnectionFactory;
import de.larsgrefer.sass.embedded.importer.CustomImporter;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Dart Sass compiler, a child process speaking the embedded Sass protocol: started on the first
 * stylesheet, reused for every later one, stopped when the JVM exits.
 *
 * <p>Starting it takes hundreds of milliseconds, so one serves the whole JVM ({@link #shared()}), whatever
 * the number of engines and builds. It compiles one stylesheet at a time: the host library keeps its
 * importers in plain maps and waits for each answer on the one connection, so a lock guards it, and the
 * importer and log callbacks, which run on the compiling thread, read the compilation under way.
 */
final class DartSass {

    /** The system property naming a Dart Sass executable to use instead of the bundled one. */
    static final String EXECUTABLE = "colophon.sass.executable";

    private static final System.Logger LOG = System.getLogger(DartSass.class.getName());
    private static final String START_HINT = "Colophon bundles Dart Sass for Linux, macOS and Windows on x64 and"
            + " ARM; elsewhere install Dart Sass and run Java with -D" + EXECUTABLE + "=/path/to/sass";
    private static final String RETRY_HINT = "build again, and report the problem if it stays";

    private final ReentrantLock lock = new ReentrantLock();
    /** Null until the first stylesheet, and after the process failed; written under the lock. */
    private volatile SassCompiler compiler;
    /** The compilation under way; read by the callbacks on the thread that holds the lock. */
    private Compilation current;
    private int starts;
    private boolean stopOnExit;

    /** The compiler of the whole JVM. */
    static DartSass shared() {
        return Shared.INSTANCE;
    }

    /** Holds the shared compiler, created (not started) the first time a stylesheet is compiled. */
    private static final class Shared {
        static final DartSass INSTANCE = new DartSass();
    }

    /**
     * Compiles a stylesheet to CSS.
     *
     * @throws dev.colophon.diagnostic.SourceException when the Sass does not compile, or Dart Sass cannot run
     */
    CompileSuccess compile(Compilation compilation) {
        lock.lock();
        try {
            current = compilation;
            return attempt(compilation);
        } catch (SassCompilationFailedException e) {
            throw compilation.failed(e.getCompileFailure());
        } finally {
            current = null;
            lock.unlock();
        }
    }

    private CompileSuccess attempt(Compilation compilation) throws SassCompilationFailedException {
        boolean fresh = compiler == null;
        try {
            return run(compilation);
        } catch (StartException e) {
            throw compilation.broken(e.getMessage(), START_HINT, e);
        } catch (IOException e) {
            stop();
            if (fresh) {
                throw compilation.broken("Dart Sass stopped: " + e.getMessage(), RETRY_HINT, e);
            }
            // The process may have died since the last stylesheet (killed, or gone with a suspended
            // machine): one new start before giving up.
            LOG.log(Level.DEBUG, () -> "Dart Sass stopped answering (" + e + "); starting it again");
            return attempt(compilation);
        } catch (RuntimeException e) {
            // A protocol error leaves the conversation in an unknown state: start afresh next time.
            stop();
            throw compilation.broken("Dart Sass failed: " + e, RETRY_HINT, e);
        }
    }

    private CompileSuccess run(Compilation compilation) throws IOException, SassCompilationFailedException {
        SassCompiler sass = compiler != null ? compiler : start();
        // Settings of the shared compiler, safe to change here: this thread holds the lock until the answer.
        sass.setGenerateSourceMaps(compilation.sourceMap());
        CompileRequest.StringInput input = CompileRequest.StringInput.newBuilder()
                .setSource(compilation.source())
                .setSyntax(compilation.indented() ? Syntax.INDENTED : Syntax.SCSS)
                .setUrl(compilation.url())
                // The page's own importer resolves its relative imports: next to the page first.
                .setImporter(CompileRequest.Importer.newBuilder().setImporterId(importer.getId()))
                .build();
        return sass.compileString(input, compilation.compressed() ? OutputStyle.COMPRESSED : OutputStyle.EXPANDED);
    }

    private SassCompiler start() throws IOException {
        long begin = System.nanoTime();
        SassCompiler sass = launch();
        // As Dart Sass's own default and Ruby's sass-embedded: non-ASCII CSS gets @charset "UTF-8".
        sass.setEmitCharset(true);
        // As jekyll-sass-converter: a map carries the sources, so it works where they are not published.
        sass.setSourceMapIncludeSources(true);
        sass.setLoggingHandler(event -> {
            if (current != null) {
                current.log(event);
            }
        });
        sass.registerImporter(importer);
        compiler = sass;
        starts++;
        if (!stopOnExit) {
            // Dart Sass exits by itself when its input closes, as it does when the JVM dies; the hook stops
            // it at once on an orderly exit, without waiting on a compilation (it does not take the lock).
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "colophon-sass-stop"));
            stopOnExit = true;
        }
        LOG.log(Level.DEBUG, () -> "started Dart Sass in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        return sass;
    }

    /** Starts Dart Sass: the one named by {@value #EXECUTABLE}, or the one bundled for this platform. */
    private static SassCompiler launch() throws IOException {
        String executable = System.getProperty(EXECUTABLE, "").strip();
        try {
            if (!executable.isEmpty()) {
                return new SassCompiler(ConnectionFactory.ofExecutable(new File(executable)));
            }
            return SassCompilerFactory.bundled();
        } catch (IOException | RuntimeException e) {
            // The host library reports a platform it has no bundled compiler for as "null is not a file".
            String which = executable.isEmpty()
                    ? "the Dart Sass bundled for " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                    : executable;
            throw new StartException("Dart Sass could not be started (" + which + "): " + e.getMessage(), e);
        }
    }

    /** Dart Sass could not be started at all: trying again will not help. */
    private static final class StartException extends IOException {

        private static final long serialVersionUID = 1L;

        StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Stops the process, if it runs; the next stylesheet starts a new one. */
    void stop() {
        SassCompiler sass = compiler;
        compiler = null;
        if (sass != null) {
            try {
                sass.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.DEBUG, () -> "could not stop Dart Sass: " + e);
            }
        }
    }

    /** Whether the process runs. */
    boolean running() {
        return compiler != null;
    }

    /** How many times the process was started. */
    int starts() {
        lock.lock();
        try {
            return starts;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The one importer Dart Sass knows, handing each request to the compilation under way. Registered once:
     * the host library cannot unregister importers, and each compilation has its own site files.
     */
    private final CustomImporter importer = new CustomImporter() {
        @Override
        public String canonicalize(String url, boolean fromImport) {
            return current == null ? null : current.canonicalize(url, fromImport).orElse(null);
        }

        @Override
        public ImportSuccess handleImport(String url) {
            if (current == null) {
                return null;
            }
            return current.load(url).map(bytes -> ImportSuccess.newBuilder()
                    .setContents(text(bytes))
                    .setSyntax(syntax(url))
                    // Without it a source map names the file by a data: URL of its whole text.
                    .setSourceMapUrl(url)
                    .build()).orElse(null);
        }
    };

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Syntax syntax(String url) {
        return switch (ImportResolver.extension(ImportResolver.path(url).orElse(""))) {
            case "sass" -> Syntax.INDENTED;
            case "css" -> Syntax.CSS;
            default -> Syntax.SCSS;
        };
    }
}
