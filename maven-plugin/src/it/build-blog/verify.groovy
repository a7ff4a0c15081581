// mvn package built the blog into target/classes/static/blog before the jar was packed: the post's page and
// the feed with the post in it, in the folder and in the jar, and nothing else of Colophon's beside them.
import java.util.jar.JarFile

def blog = new File(basedir, 'target/classes/static/blog')
def post = new File(blog, '2024/05/01/hello-maven.html')
assert post.isFile() : "no post page in ${blog}: ${blog.list()}"
assert post.text.contains('<em>mvn package</em>')
def feed = new File(blog, 'feed.xml')
assert feed.isFile() : "no feed in ${blog}: ${blog.list()}"
assert feed.text.contains('https://blog.example.org/2024/05/01/hello-maven.html')
assert new File(basedir, 'target/classes/static').list() as List == ['blog']

def jar = new JarFile(new File(basedir, 'target/build-blog-1.0.jar'))
def entries = jar.entries().collect { it.name }
jar.close()
assert entries.contains('static/blog/2024/05/01/hello-maven.html')
assert entries.contains('static/blog/feed.xml')

def log = new File(basedir, 'build.log').text
assert log =~ /Built 1 post, \d+ pages? and \d+ files into target\/classes\/static\/blog in \d+ ms/
return true
