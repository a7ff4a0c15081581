# Explains the cases where Colophon's engine and Ruby Liquid 5.4 differ: each case is rendered again with
# Ruby Liquid patched to one later behaviour (Golden Liquid's) at a time; the patch that makes Ruby give our
# output is the reason. Prints lines for known-differences.txt; "UNEXPLAINED" lines need a person.
#
#   (cd liquid && mvn -q test -Dtest=RubyDifferentialTest)   # writes target/differential-ours.json
#   ruby classify.rb ../../resources/differential/cases.json ../../../../target/differential-ours.json
ENV['TZ'] = 'UTC'
require 'json'
require 'liquid'

PATCHES = {
  'first and last of a string are its first and last character (Golden Liquid; Ruby 5.4 gives nil)' => lambda {
    Liquid::StandardFilters.module_eval do
      def first(array) = array.is_a?(String) ? array[0].to_s : (array.first if array.respond_to?(:first))
      def last(array) = array.is_a?(String) ? array[-1].to_s : (array.last if array.respond_to?(:last))
    end
  },
  'a range bound that is a float is truncated (Golden Liquid; Ruby 5.4 raises invalid integer)' => lambda {
    Liquid::RangeLookup.class_eval do
      alias_method :old_to_integer, :to_integer
      define_method(:to_integer) { |input| input.is_a?(Float) ? input.to_i : old_to_integer(input) }
    end
  },
  'x == blank is true for nil, false, empty strings, arrays and hashes (Golden Liquid; Ruby 5.4 without ' \
  'ActiveSupport never matches blank)' => lambda {
    Object.define_method(:blank?) { respond_to?(:empty?) ? empty? : !self }
  },
  'tablerow obeys break and continue, and without cols a row is the whole collection (Golden Liquid; ' \
  'Ruby 5.4 leaves the interrupt to the enclosing block and never sets col_last)' => lambda {
    Liquid::TableRow.class_eval do
      def render_to_output_buffer(context, output)
        (collection = context.evaluate(@collection_name)) || (return '')
        from = @attributes.key?('offset') ? context.evaluate(@attributes['offset']).to_i : 0
        to = @attributes.key?('limit') ? from + context.evaluate(@attributes['limit']).to_i : nil
        collection = Liquid::Utils.slice_collection(collection, from, to)
        length = collection.length
        cols = @attributes.key?('cols') ? context.evaluate(@attributes['cols']).to_i : length
        output << "<tr class=\"row1\">\n"
        context.stack do
          loop = Liquid::TablerowloopDrop.new(length, cols)
          context['tablerowloop'] = loop
          collection.each do |item|
            context[@variable_name] = item
            output << "<td class=\"col#{loop.col}\">"
            @body.render_to_output_buffer(context, output)
            output << '</td>'
            break if context.interrupt? && context.pop_interrupt.is_a?(Liquid::BreakInterrupt)
            output << "</tr>\n<tr class=\"row#{loop.row + 1}\">" if loop.col_last && !loop.last
            loop.send(:increment!)
          end
        end
        output << "</tr>\n"
      end
    end
  },
  'raw takes whitespace control on both of its tags, trimming outside it only (Golden Liquid; Ruby 5.4 ' \
  'misses {%- endraw %}, and {% raw -%} trims the text after the block)' => lambda {
    Liquid::Raw.class_eval do
      remove_const(:FullTokenPossiblyInvalid)
      const_set(:FullTokenPossiblyInvalid, /\A(.*)#{Liquid::TagStart}-?\s*(\w+)\s*(.*)?-?#{Liquid::TagEnd}\z/om)
      def parse(tokens)
        @body = +''
        while (token = tokens.shift)
          if token =~ self.class::FullTokenPossiblyInvalid && block_delimiter == Regexp.last_match(2)
            @body << Regexp.last_match(1)
            parse_context.trim_whitespace = token[-3] == '-'
            return
          end
          @body << token
        end
        raise_tag_never_closed(block_name)
      end
    end
  },
  'the forloop object prints as ForloopDrop (Ruby prints its class, Liquid::ForloopDrop)' => lambda {
    Liquid::ForloopDrop.define_method(:to_s) { 'ForloopDrop' }
  },
}.freeze

def render(c)
  data = Marshal.load(Marshal.dump(c['data']))
  Liquid::Template.parse(c['template'], line_numbers: true, error_mode: :lax).render(data)
rescue StandardError => e
  "<raised> #{e.message}"
end

cases = JSON.parse(File.read(ARGV.fetch(0)))['cases'].to_h { |c| [c['id'], c] }
ours = JSON.parse(File.read(ARGV.fetch(1)))
explained = {}
PATCHES.each do |reason, patch|
  reader, writer = IO.pipe
  pid = fork do # each patch in a process of its own, so that the patches do not mix
    reader.close
    patch.call
    writer.write(JSON.generate(ours.select { |id, out| render(cases[id]) == out }.keys))
    writer.close
  end
  writer.close
  JSON.parse(reader.read).each { |id| explained[id] ||= reason }
  Process.wait(pid)
end
reader, writer = IO.pipe
pid = fork do
  reader.close
  PATCHES.each_value(&:call)
  writer.write(JSON.generate(ours.select { |id, out| !explained[id] && render(cases[id]) == out }.keys))
  writer.close
end
writer.close
JSON.parse(reader.read).each { |id| explained[id] = 'more than one of the reasons above' }
Process.wait(pid)
ours.each_key do |id|
  ruby = cases[id]['ruby']
  reason = explained[id]
  reason ||= 'Ruby writes bytes that are not UTF-8; Java strings hold characters' if ruby['invalid_utf8']
  puts "#{id}  # #{reason || 'UNEXPLAINED'}"
end
