# Renders each generated case with Ruby Liquid (lax, `render`: errors written inline, line numbers on)
# and writes the cases with Ruby's output.
#
#   ruby oracle.rb cases-in.json cases.json
ENV['TZ'] = 'UTC' # the date filter reads times in the local zone
require 'json'
require 'liquid'

cases = JSON.parse(File.read(ARGV.fetch(0)))
cases.each do |c|
  begin
    template = Liquid::Template.parse(c['template'], line_numbers: true, error_mode: :lax)
    # A copy: increment and decrement write their counters into the hash render is given.
    data = Marshal.load(Marshal.dump(c['data']))
    output = template.render(data).dup.force_encoding(Encoding::UTF_8)
    # base64_decode can make bytes that are not UTF-8, which JSON cannot carry: mark them.
    c['ruby'] = output.valid_encoding? ? { 'output' => output } : { 'invalid_utf8' => output.scrub("\uFFFD") }
  rescue Liquid::SyntaxError => e
    c['ruby'] = { 'syntax_error' => e.message.dup.force_encoding(Encoding::UTF_8).scrub("\uFFFD") }
  rescue StandardError, SystemStackError => e
    # Anything else escaping `render` is Ruby's, not Liquid's: keep its class for the record.
    c['ruby'] = { 'raised' => "#{e.class}: #{e.message}" }
  end
end
meta = { 'generator' => 'liquid/src/test/scripts/differential/generate.py', 'liquid' => Liquid::VERSION,
         'ruby' => RUBY_VERSION }
File.write(ARGV.fetch(1), JSON.generate({ 'meta' => meta, 'cases' => cases }) + "\n")
