// theme: minima came from the plugin's dependency: the post in minima's post layout, its home page listing
// the post, and its Sass compiled from the jar's _sass/.
def blog = new File(basedir, 'target/blog')
def post = new File(blog, '2024/05/01/dressed.html')
assert post.isFile() : "no post page in ${blog}: ${blog.list()}"
assert post.text.contains('<h1 class="post-title p-name" itemprop="name headline">Dressed by minima</h1>')
assert post.text.contains('<a class="site-title" rel="author" href="/">Minima on Maven</a>')
def home = new File(blog, 'index.html').text
assert home.contains('<h2 class="post-list-heading">Posts</h2>')
def css = new File(blog, 'assets/main.css')
assert css.isFile() && css.text.contains('.site-header') : "no minima CSS in ${blog}"
return true
