#!/bin/bash
# Rewrites the expected outputs of RougeGoldenTest with Rouge itself: for each
# src/test/resources/rouge/LANGUAGE/CASE.in, CASE.html is Rouge's HTML formatter output for LANGUAGE.
# Needs Ruby with the rouge gem; the cases were recorded with Rouge 3.30.0 (Debian's ruby-rouge),
# the version GitHub Pages runs. Check the diff: a changed expectation is a change in Rouge.
set -eu
cases=$(cd "$(dirname "$0")/../resources/rouge" && pwd)
ruby - "$cases" <<'RUBY'
require 'rouge'
fmt = Rouge::Formatters::HTML.new
Dir.glob(File.join(ARGV[0], '*', '*.in')).sort.each do |f|
  lang = File.basename(File.dirname(f))
  html = fmt.format(Rouge::Lexer.find(lang).new.lex(File.read(f, encoding: 'utf-8')))
  File.write(f.sub(/\.in\z/, '.html'), html)
end
puts "Rouge #{Rouge.version}: #{Dir.glob(File.join(ARGV[0], '*', '*.in')).size} cases"
RUBY
