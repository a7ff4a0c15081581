// The build failed on both broken posts, each named from the project as file:line:col, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log =~ /src\/main\/blog\/_posts\/2024-05-02-broken\.md:\d+:\d+: error: /
assert log =~ /src\/main\/blog\/_posts\/2024-05-03-liquid\.md:\d+:\d+: error: /
assert log.contains('the blog has 2 errors; target/blog was left as it was')
// Java prints a frame as "\tat a.b.C.m(C.java:1)", Maven's log as "    at a.b.C.m (C.java:1)".
assert !(log =~ /(?m)^\s+at \S+ ?\(/) : 'a stack trace in the log'
assert !new File(basedir, 'target/blog').exists()
return true
