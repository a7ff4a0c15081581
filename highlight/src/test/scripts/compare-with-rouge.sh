#!/bin/bash
# Compares this module's output with Rouge's on any files: compare-with-rouge.sh LANGUAGE FILE...
# Needs Ruby with the rouge gem (Debian: apt-get install ruby-rouge) and the module's compiled classes
# (mvn -pl highlight test-compile). Prints the files whose output differs and a summary; keeps the
# outputs in the work folder it names, as N.src.rouge.html and N.src.java.html. To compare with another
# Rouge than the installed gem, point ROUGE_LIB at its lib folder (e.g. a checkout of a release tag).
set -u
lang=$1; shift
here=$(cd "$(dirname "$0")/../../.." && pwd)
work=${WORK:-$(mktemp -d /tmp/rouge-compare.XXXXXX)}
mkdir -p "$work"
i=0
for f in "$@"; do i=$((i+1)); cp "$f" "$work/$i.src" 2>/dev/null; done
ruby ${ROUGE_LIB:+-I "$ROUGE_LIB"} - "$lang" "$work"/*.src <<'RUBY'
require 'rouge'
lang = ARGV.shift
fmt = Rouge::Formatters::HTML.new
ARGV.each do |f|
  code = File.read(f, encoding: 'utf-8')
  next unless code.valid_encoding?
  begin
    File.write(f + '.rouge.html', fmt.format(Rouge::Lexer.find(lang).new.lex(code)))
  rescue => e
    STDERR.puts "ROUGE FAILED #{f}: #{e.class}: #{e.message[0, 80]}"
  end
end
RUBY
core=$(ls ~/.m2/repository/dev/colophon/colophon-core/0.1.0-SNAPSHOT/colophon-core-0.1.0-SNAPSHOT.jar)
java -cp "$here/target/classes:$here/target/test-classes:$core" dev.colophon.highlight.Cli "$lang" "$work"/*.src
ok=0; bad=0
for f in "$work"/*.src; do
  [ -f "$f.rouge.html" ] || continue
  if cmp -s "$f.rouge.html" "$f.java.html"; then ok=$((ok+1)); else bad=$((bad+1)); echo "DIFF $f"; fi
done
echo "$lang: same=$ok different=$bad (in $work)"
