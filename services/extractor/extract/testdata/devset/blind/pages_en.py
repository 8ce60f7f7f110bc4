from kit import E, page, render

# --- en-medium-essay: an essay on a Medium-like platform (atomic hashed
# classes, every paragraph a <p class="pw-post-body-paragraph">), a
# one-line opening, a pull quote, headings, a numbered list, a one-line
# ending; claps bar, "more from" cards and responses.
B = [
    ("p", "I quit my smartphone for a year."),
    ("p", "Not in the dramatic way you read about, with a hammer and a lake. I put it in a drawer on the first of January, bought a twenty-dollar phone that could only call and text, and told my manager I would answer e-mail from my laptop."),
    ("p", "The first week was awful. I reached for my pocket maybe a hundred times a day. I missed two trains because I could not check the new timetable, and I got lost in a part of my own city I thought I knew."),
    ("h", "What I expected to miss"),
    ("p", "Maps, obviously. Music on the way to work. Photos of my kids. The group chat with my college friends, which had been running for eleven years."),
    ("pull", "It turned out I did not miss the things I used the phone for. I missed having something to do with my hands."),
    ("h", "What actually changed"),
    ("ol", [
        "I read twenty-three books, up from four the year before.",
        "My screen time on the laptop went up, but only by about forty minutes a day.",
        "I started carrying a paper notebook, which I still do.",
        "The group chat survived. My friends just started calling me instead.",
    ]),
    ("p", "I am back on a smartphone now, because my daughter's school only sends messages through an app. But it lives on the kitchen counter, not in my pocket, and most days I forget where I left it."),
    ("p", "That feels like a win."),
]
H = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A Year in the Drawer | by Daniel Okafor | Slow Tech | Medium</title>
</head>
<body>
<div id="root"><div class="a b c"><div class="l c">
<div class="bh bi bj bk bl bm"><div class="bn bo l"><a href="/" aria-label="Homepage" class="ah ai aj ak"><svg viewBox="0 0 1043.63 592.71" class="bp bq"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></svg></a><div class="ab q"><a href="/new-story" class="br bs">Write</a><a href="/m/signin" class="bt bu">Sign in</a><a href="/m/signup" class="bv bw">Sign up</a></div></div></div>
<div class="l"><div class="cn co"><article><div class="l"><div class="l"><section>
<div class="ew ex ey ez fa"><div class="ab ca"><div class="ch bg fb fc fd fe">
<div class="speechify-ignore ab cp"><h1 id="a7c1" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm" data-testid="storyTitle">A Year in the Drawer</h1></div>
<div class="speechify-ignore ab cp"><div class="hn ho hp"><div class="hq hr"><a href="/@dokafor" rel="noopener follow"><div class="l hs ht"><img alt="Daniel Okafor" class="l ep by dd de cx" src="/img/okafor.jpg"></div></a></div><div class="bm bg l"><div class="ab"><span class="bf b bg z bk"><a class="af ag ah ai aj" data-testid="authorName" href="/@dokafor">Daniel Okafor</a></span><span class="ia ib"> · </span><button class="ic id">Follow</button></div><div class="ab ae"><span class="bf b bg z dx"><span data-testid="storyReadTime">6 min read</span><span class="ie if"> · </span><span data-testid="storyPublishDate">Nov 12, 2026</span></span></div></div></div>
<div class="ig ih ii"><div class="ab ca"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap">clap</button></div><div class="pw-multi-vote-count"><p class="bf b dy z dx"><span>2.4K</span></p></div><button aria-label="responses" class="ij ik"><span class="pw-responses-count">61</span></button><button aria-controls="addToCatalogBookmarkButton" aria-label="Add to list">Save</button><button data-testid="audioPlayButton">Listen</button><button data-testid="headerSocialShareButton">Share</button></div></div></div>
{BODY}
</div></div></div>
</section></div></div></article></div>
<div class="ab ca"><div class="ch bg fb fc"><div class="pw-post-tags"><a href="/tag/digital-minimalism" class="pt pu">Digital Minimalism</a><a href="/tag/smartphones" class="pt pu">Smartphones</a><a href="/tag/productivity" class="pt pu">Productivity</a></div>
<div class="pw-footer-claps"><button data-testid="footerClapButton">clap</button><span>2.4K</span><span>61</span></div>
<div class="pw-author-box"><h2 class="pw-author-name">Written by Daniel Okafor</h2><p class="pw-follower-count">1.8K Followers</p><p class="pw-author-bio">Engineer, father of two, recovering notification addict.</p><button>Follow</button></div>
<div class="pw-more-from"><h2>More from Daniel Okafor and Slow Tech</h2><div class="pw-card"><a href="/@dokafor/the-notebook-habit"><h2>The Notebook Habit</h2><h3>Why I write everything down on paper first</h3></a><span>4 min read</span></div><div class="pw-card"><a href="/slow-tech/email-twice-a-day"><h2>Email Twice a Day</h2><h3>An experiment that became a rule</h3></a><span>5 min read</span></div></div>
<div class="pw-responses"><h2>Responses (61)</h2><div class="pw-response"><a href="/@mara">Mara Lind</a><p>I tried this for a month and lasted nine days. Respect.</p></div><div class="pw-response"><a href="/@jt">J. Torres</a><p>The point about having something to do with your hands is so true.</p></div><button>See all responses</button></div>
</div></div>
<footer class="pw-footer"><a href="/about">About</a><a href="/jobs">Careers</a><a href="/policy/privacy">Privacy</a><a href="/policy/terms">Terms</a><a href="/help">Help</a></footer>
</div></div></div></div>
</body>
</html>
"""
md = dict(
    p=lambda t: '<p id="p%04x" class="pw-post-body-paragraph nm nn gu no b np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og oh oi oj gn bk" data-selectable-paragraph="">%s</p>' % (len(t), E(t)),
    h=lambda t: '<h2 id="h%04x" class="oz pa gu bf pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr bk" data-selectable-paragraph="">%s</h2>' % (len(t), E(t)),
    pull=lambda t: '<blockquote class="qb qc qd"><p id="q%04x" class="qe qf gu bf qg qh qi qj qk ql qm qn qo bk" data-selectable-paragraph="">%s</p></blockquote>' % (len(t), E(t)),
    li=lambda t: '<li id="l%04x" class="no np gu nq b hs nr ns nt hv nu nw nx ny nz ob oc od oe og oh oi oj pw px py bk" data-selectable-paragraph="">%s</li>' % (len(t), E(t)),
    ol=lambda items, li: '<ol class="">%s</ol>' % "".join(li(i) for i in items),
)
fig = '<figure class="pz qa"><div role="button" class="qb"><picture><img alt="" class="bg lm" src="/img/drawer.jpg"></picture></div><figcaption class="qc qd" data-selectable-paragraph="">The drawer where my phone spent the year. Photo by the author.</figcaption></figure>'
page("tune", "en-medium-essay", "https://medium.test/slow-tech/i-quit-my-smartphone-for-a-year-3f9a1c", B, H.replace("{BODY}", fig + render(B, **md)),
     ["A Year in the Drawer", "Sign up", "6 min read", "Nov 12, 2026", "2.4K", "Add to list", "Photo by the author", "Digital Minimalism", "Written by Daniel Okafor", "1.8K Followers", "recovering notification addict", "More from Daniel Okafor", "The Notebook Habit", "Responses (61)", "lasted nine days", "See all responses", "Careers"])

# --- en-forum-post: a support forum thread (phpBB-like); the article is
# the first post (text with <br>, a list, a quote of the manual), the
# replies and the board chrome are not.
B = [
    ("brp", [
        "Hi all, first post here after lurking for a couple of years.",
        "I finally bought a used 2014 hatchback with the 1.4 petrol engine, about 98,000 miles on it, and I want to do the 100k service myself rather than pay the dealer. I have done oil changes before but nothing bigger.",
        "The service schedule in the owner's manual says:",
    ]),
    ("quote", "At 100,000 miles or 10 years, replace the timing belt, tensioner and water pump, spark plugs, air filter and brake fluid.", ""),
    ("brp", ["My plan so far:"]),
    ("ul", [
        "spark plugs, air filter and cabin filter myself on a Saturday",
        "brake fluid with a one-person bleeder kit",
        "timing belt and water pump at an independent garage, because I do not trust myself with the cam locking tools",
    ]),
    ("brp", [
        "Does that sound sensible? Is there anything on this engine that usually fails around this mileage that I should look at while I am in there? I have read about the coolant thermostat housing cracking, but I am not sure if that was the older engine.",
        "Thanks in advance.",
    ]),
]
H = """<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<title>DIY 100k service on the 1.4 petrol - what am I missing? - Hatchback Owners Forum</title>
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap">
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Hatchback Owners Forum</h1><p>The friendly place for owners of small cars since 2006</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><input name="keywords" id="keywords" type="search" placeholder="Search…"><button class="button button-search" type="submit">Search</button></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li class="quick-links"><a href="#">Quick links</a></li><li><a href="/app.php/help/faq" rel="help">FAQ</a></li><li class="rightside"><a href="./ucp.php?mode=login" title="Login">Login</a></li><li class="rightside"><a href="./ucp.php?mode=register">Register</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=4">Maintenance &amp; DIY</a></span><span class="crumb"><a href="./viewforum.php?f=11">Engine &amp; Gearbox</a></span></li></ul></div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=48213">DIY 100k service on the 1.4 petrol - what am I missing?</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=48213" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">4 posts · Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p512001" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile512001"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=9912" class="username">greenhatch14</a></dt><dd class="profile-rank">New member</dd><dd class="profile-posts"><strong>Posts:</strong> 1</dd><dd class="profile-joined"><strong>Joined:</strong> Sun Nov 22, 2026</dd></dl>
<div class="postbody"><div id="post_content512001"><h3 class="first"><a href="#p512001">DIY 100k service on the 1.4 petrol - what am I missing?</a></h3>
<p class="author"><a class="unread" href="#p512001" title="Post">Post</a> <span class="responsive-hide">by <strong><a href="./memberlist.php?u=9912" class="username">greenhatch14</a></strong> » </span>Sun Nov 22, 2026 7:41 pm</p>
<div class="content">{BODY}</div>
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">
<div id="p512007" class="post has-profile bg1"><div class="inner"><dl class="postprofile"><dt><a href="#" class="username">spannerman</a></dt><dd class="profile-rank">Moderator</dd><dd class="profile-posts"><strong>Posts:</strong> 8412</dd></dl>
<div class="postbody"><div id="post_content512007"><h3><a href="#p512007">Re: DIY 100k service on the 1.4 petrol - what am I missing?</a></h3><p class="author">by <strong>spannerman</strong> » Sun Nov 22, 2026 8:05 pm</p>
<div class="content">Welcome aboard! Your plan is sound. The thermostat housing issue was the earlier engine, but check the coolant level for a few weeks after the pump is done anyway.<br><br>Also look at the rear brake shoes, they tend to be forgotten on these.</div>
<div id="sig512007" class="signature">2012 1.2 three-door, 143k and counting</div></div></div></div></div>
<hr class="divider">
<div id="p512015" class="post has-profile bg2"><div class="inner"><dl class="postprofile"><dt><a href="#" class="username">Kat_R</a></dt><dd class="profile-posts"><strong>Posts:</strong> 377</dd></dl>
<div class="postbody"><div><h3><a href="#p512015">Re: DIY 100k service on the 1.4 petrol - what am I missing?</a></h3><p class="author">by <strong>Kat_R</strong> » Mon Nov 23, 2026 9:12 am</p>
<div class="content">Get the garage to do the auxiliary belt at the same time as the timing belt, the labour is mostly shared.<br><br>And keep every receipt, it helps a lot when you sell.</div></div></div></div></div>
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=48213" class="button"><span>Post Reply</span></a><div class="pagination">4 posts · Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar"><ul class="linklist"><li><a href="./index.php">Board index</a></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div><div class="copyright">Powered by <a href="https://www.phpbb.test/">phpBB</a>® Forum Software © phpBB Limited<br><a href="./ucp.php?mode=privacy">Privacy</a> | <a href="./ucp.php?mode=terms">Terms</a></div></div>
</div>
</body>
</html>
"""
bb = dict(
    brp=lambda paras: "%s<br>\n<br>\n" % "<br>\n<br>\n".join(E(p) for p in paras),
    quote=lambda t, c: '<blockquote class="uncited"><div>%s</div></blockquote>' % E(t),
    ul=lambda items, li: '<ul>%s</ul><br>\n' % "".join(li(i) for i in items),
)
page("tune", "en-forum-post", "https://hatchbackowners.test/viewtopic.php?t=48213", B, H.replace("{BODY}", render(B, **bb)),
     ["DIY 100k service on the 1.4 petrol - what am I missing?", "The friendly place for owners", "Quick links", "Maintenance & DIY", "Post Reply", "4 posts", "greenhatch14", "New member", "Sun Nov 22, 2026", "Welcome aboard", "rear brake shoes", "143k and counting", "auxiliary belt", "keep every receipt", "Who is online", "Delete cookies", "Powered by"])

# --- en-recipe-wp (held out): a recipe blog on WordPress with a recipe
# card plugin; a one-line opening, a jump-to-recipe button, ads between
# paragraphs, the card's ingredients and numbered instructions, notes, a
# rating box and comments.
B = [
    ("p", "This is the soup I make every time someone in the house has a cold."),
    ("p", "It takes about forty minutes, uses one pot, and most of what goes in it is probably already in your fridge. The ginger and lemon are not optional, though. They are what make it taste like more than the sum of its parts."),
    ("h", "Tips for the best chicken and rice soup"),
    ("ul", [
        "Use thighs, not breasts. They stay tender even if the soup simmers longer than planned.",
        "Cook the rice in the soup only if you will eat it all the same day. Otherwise cook it separately and add it to each bowl, or it will soak up all the broth overnight.",
        "A spoonful of white miso at the end adds depth without tasting of miso.",
    ]),
    ("p", "It freezes well without the rice for up to three months."),
    ("h", "Ingredients"),
    ("ul", ["1 tablespoon olive oil", "1 onion, diced", "2 carrots, sliced", "2 celery sticks, sliced", "3 cloves garlic, grated", "1 thumb-sized piece of ginger, grated", "600 g boneless chicken thighs", "1.5 litres chicken stock", "100 g long-grain rice", "juice of 1 lemon", "salt and pepper"]),
    ("h", "Instructions"),
    ("ol", [
        "Heat the oil in a large pot and cook the onion, carrot and celery for 8 minutes until soft.",
        "Add the garlic and ginger and cook for one more minute.",
        "Add the chicken and stock, bring to a simmer and cook for 20 minutes.",
        "Lift out the chicken, shred it with two forks and return it to the pot with the rice. Simmer for 12 minutes.",
        "Stir in the lemon juice, season and serve.",
    ]),
    ("h", "Notes"),
    ("p", "For a gluten-free soup, check that your stock is gluten-free."),
]
H = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Lemon Ginger Chicken and Rice Soup - Simmer &amp; Sage</title>
</head>
<body class="post-template-default single single-post postid-7741 wp-custom-logo">
<div class="site-container">
<ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut">Skip to primary navigation</a></li></ul>
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="/">Simmer &amp; Sage</a></p></div><nav class="nav-primary" aria-label="Main"><ul id="menu-main" class="menu genesis-nav-menu"><li class="menu-item"><a href="/recipes/"><span>Recipes</span></a></li><li class="menu-item"><a href="/soups/"><span>Soups</span></a></li><li class="menu-item"><a href="/weeknight/"><span>Weeknight Dinners</span></a></li><li class="menu-item"><a href="/about/"><span>About</span></a></li><li class="menu-item"><a href="/newsletter/"><span>Get the Newsletter</span></a></li></ul></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-7741 post type-post status-publish entry" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Lemon Ginger Chicken and Rice Soup</h1>
<p class="entry-meta">By <span class="entry-author"><span class="entry-author-name">Hannah Price</span></span> · Updated <time class="entry-modified-time">November 28, 2026</time> · <a href="#comments" class="entry-comments-link">38 Comments</a></p>
<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> <a href="#" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p></header>
<div class="entry-content" itemprop="text">
{BODY1}
<div id="recipe"></div><div id="wprm-recipe-container-7745" class="wprm-recipe-container" data-recipe-id="7745"><div class="wprm-recipe wprm-recipe-template-custom">
<h2 class="wprm-recipe-name wprm-block-text-bold">Lemon Ginger Chicken and Rice Soup</h2>
<div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.9 from 212 votes</span></div>
<div class="wprm-recipe-summary"><span style="display: block;">A cosy one-pot soup for cold days.</span></div>
<div class="wprm-recipe-times-container"><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Prep Time</span> <span class="wprm-recipe-details">10 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cook Time</span> <span class="wprm-recipe-details">30 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Servings</span> <span class="wprm-recipe-servings">6</span></div></div>
{BODY2}
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span><span class="wprm-call-to-action-text">Tag @simmerandsage on Instagram</span></div>
</div></div>
<div class="adthrive-ad adthrive-content" data-google-query-id=""><span>Advertisement</span></div>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/soups/" rel="category tag">Soups</a>, <a href="/weeknight/" rel="category tag">Weeknight Dinners</a></span></p></footer>
</article>
<section class="after-entry widget-area"><div class="enews"><h3>Never miss a recipe</h3><p>Get new recipes in your inbox every Friday.</p><form><input type="email" placeholder="Your email"><input type="submit" value="Subscribe"></form></div></section>
<div class="entry-comments" id="comments"><h3>38 Comments</h3><ol class="comment-list"><li class="comment"><article><header class="comment-header"><p class="comment-author"><span class="comment-author-name">Beth</span> <span class="says">says</span></p><p class="comment-meta"><time>November 29, 2026 at 9:02 am</time></p></header><div class="comment-content"><p>Made this twice this week already. The ginger really makes it. ★★★★★</p></div></article></li><li class="comment"><article><header class="comment-header"><p class="comment-author"><span class="comment-author-name">Omar</span> <span class="says">says</span></p></header><div class="comment-content"><p>Can I use brown rice? How long would it need?</p></div></article></li></ol><div id="respond"><h3 id="reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published.</p><p><label>Recipe Rating</label></p></form></div></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary"><section class="widget"><div class="widget-wrap"><h3 class="widgettitle">Hi, I'm Hannah!</h3><div class="textwidget"><p>I cook simple, seasonal food for a busy family of five.</p><a href="/about/">More about me</a></div></div></section><section class="widget"><h3 class="widgettitle">Popular Soups</h3><ul><li><a href="/roasted-tomato-soup/">Roasted Tomato Soup</a></li><li><a href="/minestrone/">Easy Minestrone</a></li></ul></section></aside>
</div></div>
<footer class="site-footer"><div class="wrap"><p>Copyright © 2026 Simmer &amp; Sage · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/accessibility/">Accessibility</a></p></div></footer>
</div>
</body>
</html>
"""
ad = '<div class="adthrive-ad adthrive-content"><span class="adthrive-ad-label">Advertisement</span></div>'
wp = dict(h=lambda t: '<h2 class="wp-block-heading" id="h-%s">%s</h2>' % (t.lower().replace(" ", "-")[:20], E(t)),
          ul=lambda items, li: '<ul class="wp-block-list">%s</ul>' % "".join(li(i) for i in items))
wr = dict(
    h=lambda t: '<h3 class="wprm-recipe-header wprm-recipe-%s-header wprm-block-text-uppercase">%s</h3>' % (t.lower(), E(t)),
    ul=lambda items, li: '<div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">%s</ul></div>' % "".join(
        '<li class="wprm-recipe-ingredient" style="list-style-type: disc;">%s</li>' % E(i) for i in items),
    ol=lambda items, li: '<div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">%s</ul></div>' % "".join(
        '<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;">%s</div></li>' % E(i) for i in items),
    p=lambda t: '<div class="wprm-recipe-notes-container"><div class="wprm-recipe-notes"><span style="display: block;">%s</span></div></div>' % E(t),
)
H = H.replace("{BODY1}", render(B[:2], **wp) + ad + render(B[2:5], **wp)).replace("{BODY2}", render(B[5:], **wr))
page("heldout", "en-recipe-wp", "https://simmerandsage.test/lemon-ginger-chicken-rice-soup/", B, H,
     ["Lemon Ginger Chicken and Rice Soup", "Weeknight Dinners", "Hannah Price", "38 Comments", "Jump to Recipe", "affiliate links", "4.9 from 212 votes", "A cosy one-pot soup", "Prep Time", "Tried this recipe?", "Advertisement", "Filed Under", "Never miss a recipe", "Made this twice", "Can I use brown rice", "Leave a Reply", "More about me", "Roasted Tomato Soup", "Accessibility"])
