// colophon:new wrote a blog titled from the project, and package built it: home, about, the first post, feed.
def config = new File(basedir, 'src/main/blog/_config.yml').text
assert config.contains('title: "Field Notes"')
assert config.contains('url: "https://notes.example.org"')
def posts = new File(basedir, 'src/main/blog/_posts').list()
assert posts.length == 1 && posts[0] ==~ /\d{4}-\d{2}-\d{2}-welcome\.md/
def blog = new File(basedir, 'target/blog')
assert new File(blog, 'index.html').text.contains('Field Notes')
assert new File(blog, 'about/index.html').isFile()
def date = posts[0].substring(0, 10).replace('-', '/')
assert new File(blog, "${date}/welcome/index.html").isFile() : "no first post in ${blog}"
assert new File(blog, 'feed.xml').text.contains("https://notes.example.org/${date}/welcome/")
return true
