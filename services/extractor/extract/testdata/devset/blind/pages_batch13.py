# The thirteenth batch, written after extractor 1.17.0 and before it was run
# on these pages: news pages of the L3S-GN1 era and kind (2007-2010),
# English-heavy with some German, French and Spanish, on layouts of that
# time, with the chrome that leaks into the text of such pages inside or
# right beside the story: tool rows (print / e-mail / save / share),
# "related stories" and "more from this section" lists in the story's
# table, inline ad slots with an "Advertisement" label, photo captions,
# comment counts and forms, social bookmark bars, "Most e-mailed" boxes,
# breadcrumbs, pagination, wire credits and copyright lines, datelines
# and updated stamps. Four kinds, three distinct tune layouts each: (A)
# table layouts with <font> and <td> columns, story text in a <td> with
# <br><br>; (B) div-based newspaper CMS pages with story tools and boxes
# inside the story's column; (C) blog-era posts with bookmark bars,
# comments and sidebars; (D) wire stories on portals with credits,
# copyright lines and syndicated teasers.
#
# Judgment calls, following the README's contract: the text is the
# story's paragraphs (a dateline opening the first paragraph is part of
# it); no headline, byline, date or updated stamp, caption, tool row,
# related list, ad label, comment, copyright or credit line.
#
# Parts were assigned by a fixed rule before the extractor was run: in the
# order written, every third page (3rd, 6th, 9th, 12th, 15th, 18th) is
# held out.
from kit import E, page, render


def part(n):
    return "heldout" if n % 3 == 0 else "tune"


def brbr(blocks):
    """Paragraphs as text runs closed by <br><br> (a <td> story)."""
    return render(blocks, p=lambda t: E(t) + "<br><br>")


# --- 1 en-table-font-story (A): a regional paper's table layout; left nav
# column, story in a <td> of <font> with <br><br> paragraphs, a tool row
# under the headline, a "Related Stories" table inside the story's cell
# and an "Advertisement" slot between paragraphs.
B = [
    ("p", "SPRINGFIELD -- The county board voted 7-2 Tuesday night to close the Elm Street branch library at the end of March, ending nearly a year of debate over how to cover a $1.4 million shortfall in the library budget."),
    ("p", "Board members who backed the plan said the branch, which opened in 1962, needs a new roof and heating system that would cost more than the building is worth. Its 41,000 books will be moved to the main library downtown and to the new east side branch."),
    ("p", "Residents who packed the meeting room urged the board to wait another year. Several said the branch is the only place within walking distance where children can do homework after school."),
    ("p", "\"We are not closing a building, we are closing the one quiet place these kids have,\" said Maria Delgado, who has lived two blocks from the branch for 30 years."),
    ("p", "Board chairman Tom Reilly said the county will run a bookmobile on the neighborhood's streets twice a week starting in April, and will look at leasing space in the shopping center on Route 9."),
    ("p", "The two members who voted against the closing, Ann Brooks and Carl Meyer, said they would ask the board to put a library tax question on the November ballot."),
]
AD = '<table width="300" align="right"><tr><td><font size="1" color="#999999">ADVERTISEMENT</font><br><a href="http://ads.example.test/click?id=4411"><img src="/ads/300x250.gif" width="300" height="250" alt=""></a></td></tr></table>'
REL = ('<table width="100%" cellpadding="2" bgcolor="#eeeeee"><tr><td><font face="Arial" size="2"><b>Related Stories</b><br>'
       '<a href="/news/local/2008/01/15/library.html">Library budget gap grows to $1.4 million</a> (Jan. 15)<br>'
       '<a href="/news/local/2007/11/02/branch.html">Residents rally to save Elm Street branch</a> (Nov. 2)<br>'
       '<a href="/news/local/2007/09/20/board.html">Board weighs cuts to library hours</a> (Sept. 20)</font></td></tr></table>')
H = """<html>
<head><title>Springfield Gazette - County board votes to close Elm Street library branch</title></head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><a href="/"><img src="/images/masthead.gif" alt="Springfield Gazette" border="0"></a></td></tr>
<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" face="Arial" size="1"><a href="/news/"><font color="#ffffff">News</font></a> | <a href="/sports/"><font color="#ffffff">Sports</font></a> | <a href="/business/"><font color="#ffffff">Business</font></a> | <a href="/classifieds/"><font color="#ffffff">Classifieds</font></a> | <a href="/obits/"><font color="#ffffff">Obituaries</font></a></font></td></tr>
<tr>
<td width="140" valign="top" bgcolor="#f0f0f0"><font face="Arial" size="1"><b>LOCAL NEWS</b><br><a href="/news/local/">Local</a><br><a href="/news/state/">State</a><br><a href="/news/nation/">Nation</a><br><a href="/news/world/">World</a><br><br><b>SERVICES</b><br><a href="/subscribe/">Subscribe</a><br><a href="/archives/">Archives</a><br><a href="/contact/">Contact us</a></font></td>
<td width="620" valign="top">
<table width="100%" cellpadding="8"><tr><td>
<font face="Arial" size="1"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/local/">Local</a></font><br>
<font face="Georgia" size="5"><b>County board votes to close Elm Street library branch</b></font><br>
<font face="Arial" size="2">By JENNIFER WALSH<br>Gazette Staff Writer<br>Published: Wednesday, January 23, 2008 3:12 AM CST</font><br>
<font face="Arial" size="1"><a href="/cgi-bin/print.pl?id=88213">Printer-friendly version</a> | <a href="/cgi-bin/email.pl?id=88213">E-mail this story</a> | <a href="/cgi-bin/save.pl?id=88213">Save</a></font>
<br><br>
<font face="Georgia" size="3">
{P1}
{AD}
{P2}
</font>
{REL}
<br><font face="Arial" size="1">Contact Jennifer Walsh at (217) 555-0148 or jwalsh@sgazette.test.</font>
<br><font face="Arial" size="1">Copyright &copy; 2008 The Springfield Gazette. All rights reserved.</font>
</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center"><font size="1"><a href="/about/">About us</a> | <a href="/privacy/">Privacy policy</a> | <a href="/advertise/">Advertise</a></font></td></tr>
</table>
</body></html>
"""
page(part(1), "en-table-font-story", "http://www.sgazette.test/news/local/2008/01/23/library.html", B,
     H.replace("{P1}", brbr(B[:3])).replace("{AD}", AD).replace("{P2}", brbr(B[3:])).replace("{REL}", REL),
     ["Printer-friendly version", "E-mail this story", "Related Stories", "Residents rally to save Elm Street branch", "ADVERTISEMENT", "Copyright © 2008 The Springfield Gazette", "jwalsh@sgazette.test", "LOCAL NEWS"],
     must=("The two members who voted against the closing, Ann Brooks and Carl Meyer, said they would ask the board to put a library tax question on the November ballot.",))

# --- 2 en-cms-story-tools (B): a 2008 newspaper CMS; div columns, a story
# tools box (Print / E-mail / Save / Digg / del.icio.us), a photo with a
# caption, an inline "Advertisement" box, "More from Business" after the
# story and a "Most E-mailed" box in the same column.
B = [
    ("p", "DETROIT -- Auto parts maker Harlan Industries said Monday it will cut 1,200 jobs and close two of its Michigan plants by the end of the year, blaming falling orders from the Big Three automakers."),
    ("p", "The plants in Flint and Saginaw make brake assemblies and steering columns. Harlan will move part of the work to its factory in Ohio and buy the rest from suppliers in Mexico, chief executive Robert Hale said in a conference call with analysts."),
    ("p", "Hale said orders had fallen 18 percent from a year earlier as the automakers cut production of trucks and sport utility vehicles, which use the company's heavier parts."),
    ("p", "The company's shares fell 62 cents, or 7 percent, to $8.21 in afternoon trading on the New York Stock Exchange."),
    ("p", "The United Auto Workers local that represents about 900 of the workers said it had not been told of the closings before the announcement and would seek talks with the company this week."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Harlan Industries to cut 1,200 jobs, close two plants | Business | Lakeshore Press</title></head>
<body>
<div id="wrapper">
<div id="header"><a href="/" id="logo">Lakeshore Press</a><form id="search" action="/search"><input name="q" /><input type="submit" value="Search" /></form></div>
<ul id="topnav"><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/jobs">Jobs</a></li></ul>
<div id="content">
<div id="maincol">
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/business">Business</a> &raquo; Auto industry</div>
<div class="story">
<h1 class="headline">Harlan Industries to cut 1,200 jobs, close two plants</h1>
<div class="byline">By Mark Sorensen, Staff Writer</div>
<div class="dateline">Posted: 01/28/2008 11:47:03 PM CST<br />Updated: 01/29/2008 06:15:22 AM CST</div>
<div class="storytools"><ul><li class="print"><a href="/print/88210">Print</a></li><li class="email"><a href="/email/88210">E-mail</a></li><li class="save"><a href="/save/88210">Save</a></li><li><a href="http://digg.com/submit?url=x">Digg</a></li><li><a href="http://del.icio.us/post?url=x">del.icio.us</a></li></ul></div>
<div class="photo"><img src="/photos/harlan.jpg" alt="" /><p class="caption">Workers leave Harlan's Flint plant after a shift change on Monday. (Lakeshore Press photo/Dan Ortiz)</p></div>
<div class="storybody">
{P1}
<div class="inline-ad"><span class="adlabel">Advertisement</span><script type="text/javascript">document.write('<scr'+'ipt src="http://ads.test/js?s=biz"></scr'+'ipt>');</script></div>
{P2}
</div>
<div class="morefrom"><h3>More from Business</h3><ul><li><a href="/business/ci_8101">Home sales slide for sixth straight month</a></li><li><a href="/business/ci_8102">Gas prices dip below $3 a gallon</a></li><li><a href="/business/ci_8103">Credit union opens branch in Holland</a></li></ul></div>
</div>
<div class="mostpopular"><h3>Most E-mailed</h3><ol><li><a href="/news/ci_7001">Snowstorm closes schools across region</a></li><li><a href="/news/ci_7002">Police: Man robbed bank with a banana</a></li><li><a href="/sports/ci_7003">Wings win in overtime</a></li></ol></div>
</div>
<div id="rightcol"><div class="ad300"><a href="http://ads.test/c/9"><img src="/ads/dealer.gif" alt="" /></a></div><div class="box"><h3>Weather</h3><p>Snow showers, 28&deg;</p></div></div>
</div>
<div id="footer">Copyright &copy; 2008 Lakeshore Press. <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a></div>
</div>
</body></html>
"""
page(part(2), "en-cms-story-tools", "http://www.lakeshorepress.test/business/ci_8099", B,
     H.replace("{P1}", render(B[:2])).replace("{P2}", render(B[2:])),
     ["Updated: 01/29/2008", "del.icio.us", "Workers leave Harlan's Flint plant", "Advertisement", "More from Business", "Home sales slide for sixth straight month", "Most E-mailed", "Police: Man robbed bank with a banana"],
     must=("The company's shares fell 62 cents, or 7 percent, to $8.21 in afternoon trading on the New York Stock Exchange.",))

# --- 3 en-table-sports-brief (A; held out): a sports section on a table
# layout; the story in a <td class="article"> with <br><br>, a "Related
# links" list with dates after the story inside the same cell, an
# "E-mail | Print | Comment (4)" row and a "Page 1 2 Next" pager.
B = [
    ("p", "EASTON -- Senior guard Mike Tran scored 24 points and made six of his eight three-point attempts as Easton beat Northfield 71-58 on Friday night to stay unbeaten in the Valley Conference."),
    ("p", "Northfield led 30-29 at halftime, but Easton opened the third quarter with an 11-0 run, with Tran hitting three straight shots from the corner."),
    ("p", "\"Once Mike gets going like that you just get him the ball and get out of the way,\" Easton coach Larry Fisk said."),
    ("p", "Forward Chris Akers added 15 points and 11 rebounds for Easton (12-0, 6-0). Jordan Price led Northfield (8-5, 3-3) with 19 points."),
    ("p", "Easton plays at Clifton on Tuesday. Northfield is at home against West Hill on Saturday."),
]
H = """<html><head><title>Easton stays unbeaten behind Tran's 24 - Valley Courier Sports</title></head>
<body>
<table width="780" cellspacing="0" cellpadding="0" border="0"><tr><td><img src="/img/vc_logo.gif" alt="Valley Courier"></td><td align="right"><font size="1">Saturday, February 2, 2008</font></td></tr></table>
<table width="780" cellspacing="0" cellpadding="4" border="0">
<tr><td class="nav" bgcolor="#cc0000" colspan="3"><a href="/">Home</a> : <a href="/sports/">Sports</a> : <a href="/sports/hs/">High Schools</a></td></tr>
<tr valign="top">
<td width="150" class="leftnav"><a href="/sports/hs/football/">Football</a><br><a href="/sports/hs/basketball/">Basketball</a><br><a href="/sports/hs/wrestling/">Wrestling</a><br><a href="/sports/scores/">Scoreboard</a></td>
<td width="470" class="article">
<span class="head">Easton stays unbeaten behind Tran's 24</span><br>
<span class="byline">By Rick Hanley / Courier Sports</span><br>
<span class="tools"><a href="/email?s=5521">E-mail</a> | <a href="/print?s=5521">Print</a> | <a href="#comments">Comment (4)</a></span><br><br>
{BODY}
<div class="pager">Page 1 <a href="?page=2">2</a> <a href="?page=2">Next &gt;</a></div>
<br><b>Related links</b><br>
&#149; <a href="/sports/hs/0125.html">Easton holds off Clifton in overtime</a> - 01/25/08<br>
&#149; <a href="/sports/hs/0118.html">Northfield's Price named player of the week</a> - 01/18/08<br>
</td>
<td width="160" class="rightcol"><b>Most Viewed</b><br><a href="/news/0201a.html">School board OKs new calendar</a><br><a href="/news/0201b.html">Fire damages downtown diner</a></td>
</tr></table>
<p align="center"><font size="1">&copy; 2008 Valley Courier. All rights reserved. Reproduction without permission is prohibited.</font></p>
</body></html>
"""
page(part(3), "en-table-sports-brief", "http://www.valleycourier.test/sports/hs/0202.html", B,
     H.replace("{BODY}", brbr(B)),
     ["Comment (4)", "Next >", "Related links", "Easton holds off Clifton in overtime", "Most Viewed", "Reproduction without permission is prohibited"],
     must=("Easton plays at Clifton on Tuesday. Northfield is at home against West Hill on Saturday.",))

# --- 4 en-blog-bookmarks (C): a 2008 Movable Type-like tech blog; the
# entry body, a "Digg it | del.icio.us | reddit | StumbleUpon" bar, a
# "Posted by ... | Permalink | Comments (12) | TrackBack (0)" footer, two
# comments and a comment form; a sidebar of archives and a blogroll.
B = [
    ("p", "I finally got my hands on one of the new ultra-portable laptops that everyone has been talking about since CES, and after a week of carrying it around I have mixed feelings."),
    ("p", "The good: it weighs just under two pounds, the keyboard is better than I expected at 92 percent of full size, and the battery lasted a bit more than three hours of writing and browsing over Wi-Fi."),
    ("p", "The bad: the 7-inch screen at 800 by 480 pixels is simply too small for most web pages, and the solid-state drive fills up quickly. After installing an office suite and a few tools I had less than a gigabyte left."),
    ("p", "For $399 it is a fine second computer for the road. I would not want it as the only machine I own, and I would wait for the rumored model with a bigger screen before buying."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><title>Gadget Notebook: A week with a two-pound laptop</title></head>
<body class="layout-two-column-right">
<div id="container"><div id="container-inner" class="pkg">
<div id="banner"><div id="banner-inner"><h1 id="banner-header"><a href="http://gadgetnotebook.test/">Gadget Notebook</a></h1><h2 id="banner-description">Small computers, big opinions</h2></div></div>
<div id="pagebody"><div id="pagebody-inner">
<div id="alpha"><div id="alpha-inner">
<h2 class="date-header">February 04, 2008</h2>
<div class="entry" id="entry-4471">
<h3 class="entry-header">A week with a two-pound laptop</h3>
<div class="entry-content"><div class="entry-body">
{BODY}
</div></div>
<div class="bookmarks">Bookmark this: <a href="http://digg.com/submit?url=x">Digg it</a> | <a href="http://del.icio.us/post?url=x">del.icio.us</a> | <a href="http://reddit.com/submit?url=x">reddit</a> | <a href="http://www.stumbleupon.com/submit?url=x">StumbleUpon</a></div>
<p class="entry-footer"><span class="post-footers">Posted by Dana Whitlock on February 04, 2008 at 09:12 AM in <a href="/laptops/">Laptops</a></span> <span class="separator">|</span> <a class="permalink" href="/2008/02/week-with.html">Permalink</a> | <a href="#comments">Comments (12)</a> | <a href="#trackback">TrackBack (0)</a></p>
</div>
<div class="comments" id="comments"><h3 class="comments-header">Comments</h3>
<div class="comment"><div class="comment-content"><p>Same experience here. The screen is the deal breaker for me, I kept scrolling sideways on every site.</p></div><p class="comment-footer">Posted by: Kevin | February 04, 2008 at 10:03 AM</p></div>
<div class="comment"><div class="comment-content"><p>Did you try putting Linux on it? Mine boots in 20 seconds.</p></div><p class="comment-footer">Posted by: mara_t | February 04, 2008 at 11:40 AM</p></div>
</div>
<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2><form method="post" action="/cgi-bin/mt-comments.cgi"><label>Name:</label><input name="author" /><label>Email Address:</label><input name="email" /><label>Comments:</label><textarea name="text"></textarea><input type="submit" value="Post" /></form></div>
</div></div>
<div id="beta"><div id="beta-inner">
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list"><li><a href="/2008/02/">February 2008</a></li><li><a href="/2008/01/">January 2008</a></li><li><a href="/2007/12/">December 2007</a></li></ul></div></div>
<div class="module-typelist module"><h2 class="module-header">Blogroll</h2><div class="module-content"><ul><li><a href="http://a.test/">Tiny Machines Daily</a></li><li><a href="http://b.test/">The Pocket PC Guy</a></li></ul></div></div>
<div class="module-syndicate module"><div class="module-content"><a href="/atom.xml">Subscribe to this blog's feed</a></div></div>
</div></div>
</div></div>
</div></div>
</body></html>
"""
page(part(4), "en-blog-bookmarks", "http://gadgetnotebook.test/2008/02/week-with.html", B,
     H.replace("{BODY}", render(B)),
     ["Digg it", "StumbleUpon", "Permalink", "Comments (12)", "TrackBack (0)", "Same experience here", "Post a comment", "Blogroll", "Subscribe to this blog's feed"],
     must=("For $399 it is a fine second computer for the road. I would not want it as the only machine I own, and I would wait for the rumored model with a bigger screen before buying.",))

# --- 5 en-wire-portal (D): a portal's news page carrying a Reuters story;
# a "(Reuters) -" dateline, an "(Additional reporting by ...)" line kept
# out of the page, a copyright line, "More Top News" with dates and a
# "Related News" teaser widget in the story's column.
B = [
    ("p", "LONDON (Reuters) - British retail sales fell unexpectedly in January as shoppers cut back after the Christmas season and worried about rising energy bills, official data showed on Thursday."),
    ("p", "The Office for National Statistics said sales volumes fell 0.6 percent on the month, against forecasts of a 0.2 percent rise in a Reuters poll of economists. Compared with a year earlier, volumes were up 3.8 percent."),
    ("p", "Sterling fell half a cent against the dollar after the figures, as traders raised their bets that the Bank of England would cut interest rates again next month."),
    ("p", "Clothing and footwear stores reported the biggest drop, while sales at food stores were little changed. Online sales continued to grow, the statistics office said."),
    ("p", "The Bank of England cut its main rate to 5.25 percent earlier this month and said the economy was likely to slow this year as households felt the effect of tighter credit."),
]
H = """<html>
<head><title>UK retail sales fall unexpectedly in January | News | Portal Online</title></head>
<body>
<div id="hd"><a href="/" class="logo">Portal Online</a><ul class="tabs"><li><a href="/mail">Mail</a></li><li class="on"><a href="/news">News</a></li><li><a href="/finance">Finance</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div id="bd">
<div id="news-main">
<div class="hd"><h1>UK retail sales fall unexpectedly in January</h1><p class="byline">By Jane Wallis</p><p class="timestamp">Thu Feb 21, 2008 5:34am EST</p></div>
<div class="article-body">
{BODY}
<p class="copyright">&copy; Reuters 2008. All rights reserved. Republication or redistribution of Reuters content is expressly prohibited without the prior written consent of Reuters.</p>
</div>
<div class="related-news"><h3>Related News</h3><ul>
<li><a href="/news/0220/boe">Bank of England split over rate cut, minutes show</a> <span class="date">Wed, Feb 20 2008</span></li>
<li><a href="/news/0219/cpi">UK inflation rises to 2.2 percent in January</a> <span class="date">Tue, Feb 19 2008</span></li>
</ul></div>
<div class="more-news"><h3>More Top News</h3><ul>
<li><a href="/news/0221/a">Oil hits record above $101 a barrel</a></li>
<li><a href="/news/0221/b">Kosovo protesters set fire to U.S. embassy in Belgrade</a></li>
<li><a href="/news/0221/c">Castro's brother seen as likely successor</a></li>
</ul></div>
</div>
<div id="news-side"><div class="mod"><h3>Top Stories</h3><ul><li><a href="/a">Markets slide on recession fears</a></li></ul></div><div class="ad"><a href="http://ads.test/p/1"><img src="/ad/sky.gif" alt="" /></a></div></div>
</div>
<div id="ft">Copyright &copy; 2008 Portal Online. All rights reserved. <a href="/privacy">Privacy</a> - <a href="/terms">Terms of Service</a></div>
</body></html>
"""
page(part(5), "en-wire-portal", "http://news.portalonline.test/news/0221/uk-retail", B,
     H.replace("{BODY}", render(B)),
     ["Thu Feb 21, 2008", "Republication or redistribution of Reuters content", "Related News", "Bank of England split over rate cut", "More Top News", "Oil hits record above $101 a barrel", "Top Stories"],
     must=("The Bank of England cut its main rate to 5.25 percent earlier this month and said the economy was likely to slow this year as households felt the effect of tighter credit.",))

# --- 6 en-cms-paged-story (B; held out): a magazine-like news site; the
# story split over pages with "Page 1 of 3 | Next page", a "Reader
# comments (8)" link, an inline "Story continues below" ad label and a
# "Most Viewed / Most E-mailed" tab box right after the story.
B = [
    ("p", "PORTLAND, Ore. -- When the last of the city's old wooden grain elevators came down in October, few people noticed. For the families who had worked the riverfront for four generations, it marked the end of an era."),
    ("p", "The elevator was built in 1911 and handled wheat from eastern Oregon and Washington until 1989, when the railroad stopped serving the spur line that ran to it."),
    ("p", "\"My grandfather shoveled grain in there with a scoop the size of a bathtub,\" said Ed Larsen, 67, who worked on the docks for 38 years. \"Now there's going to be condos.\""),
    ("p", "The site was sold last year to a developer who plans 240 apartments and a public path along the water. The city required the company to save some of the elevator's beams for a small museum in the lobby."),
]
H = """<!DOCTYPE html>
<html><head><title>The end of the riverfront's last grain elevator - Northwest Weekly</title></head>
<body>
<div id="page">
<div id="masthead"><a href="/"><img src="/i/nww.png" alt="Northwest Weekly"></a></div>
<div id="sectionnav"><a href="/news/">News</a> <a href="/arts/">Arts</a> <a href="/food/">Food</a> <a href="/music/">Music</a> <a href="/classifieds/">Classifieds</a></div>
<div id="main">
<div class="article">
<div class="kicker">Local history</div>
<h1>The end of the riverfront's last grain elevator</h1>
<div class="credit">By Sarah Pike | Published February 6, 2008</div>
<div class="tools"><a href="/print/2201">Print this article</a> <a href="/email/2201">E-mail to a friend</a> <a href="#comments">Reader comments (8)</a></div>
<div class="text">
{P1}
<div class="adwrap"><div class="adlabel">Story continues below</div><iframe src="http://ads.test/300x250" width="300" height="250"></iframe></div>
{P2}
</div>
<div class="pagination">Page 1 of 3 | <a href="?page=2">Next page &raquo;</a></div>
</div>
<div class="tabbox"><ul class="tabs"><li class="on">Most Viewed</li><li>Most E-mailed</li></ul><ol><li><a href="/news/2190">Bridge repair to close lanes for a month</a></li><li><a href="/food/2188">Ten cheap eats under $10</a></li><li><a href="/music/2180">Local band signs with major label</a></li></ol></div>
</div>
<div id="sidebar"><h3>Events this week</h3><ul><li><a href="/events/1">Film festival opens Friday</a></li></ul></div>
<div id="footer">&copy; 2008 Northwest Weekly Media. All rights reserved.</div>
</div></body></html>
"""
page(part(6), "en-cms-paged-story", "http://www.nwweekly.test/news/2201", B,
     H.replace("{P1}", render(B[:2])).replace("{P2}", render(B[2:])),
     ["Print this article", "Reader comments (8)", "Story continues below", "Next page", "Most Viewed", "Bridge repair to close lanes for a month", "Events this week"],
     must=("The site was sold last year to a developer who plans 240 apartments and a public path along the water. The city required the company to save some of the elevator's beams for a small museum in the lobby.",))

# --- 7 de-tabellen-lokal (A): a German regional paper's table layout;
# story in a <td> of <font> with <br><br>, a "Drucken | Versenden |
# Leserbrief schreiben" row, an "Anzeige" slot, "Mehr zum Thema" with
# dates inside the story's cell and a "Zurück zur Übersicht" line.
B = [
    ("p", "Kreis Unterberg. Die Kreisverwaltung will die Buslinie 412 zwischen Unterberg und Kaltenbach vom Sommer an nur noch im Stundentakt fahren lassen. Das hat der Verkehrsausschuss am Dienstagabend mit knapper Mehrheit empfohlen."),
    ("p", "Bisher fahren die Busse zu den Hauptzeiten alle 30 Minuten. Nach Zählungen des Verkehrsverbunds sind die Fahrzeuge außerhalb des Schülerverkehrs aber selten mehr als zu einem Viertel besetzt."),
    ("p", "Die Gemeinde Kaltenbach hat bereits Widerstand angekündigt. Bürgermeisterin Renate Vogt sagte, gerade ältere Menschen seien auf den Bus angewiesen, um Ärzte und Geschäfte in Unterberg zu erreichen."),
    ("p", "Der Kreistag entscheidet am 14. März endgültig. Bis dahin will die Verwaltung prüfen, ob ein Rufbus die Lücken am Abend schließen kann."),
]
H = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Unterberger Anzeiger - Buslinie 412 soll seltener fahren</title></head>
<body bgcolor="#ffffff">
<table width="780" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="3"><img src="/layout/kopf.gif" alt="Unterberger Anzeiger" width="780" height="90"></td></tr>
<tr><td colspan="3" bgcolor="#1a3c6e"><font face="Verdana" size="1" color="#ffffff">&nbsp;<a href="/lokales/"><font color="#ffffff">Lokales</font></a> | <a href="/region/"><font color="#ffffff">Region</font></a> | <a href="/sport/"><font color="#ffffff">Sport</font></a> | <a href="/kultur/"><font color="#ffffff">Kultur</font></a> | <a href="/anzeigen/"><font color="#ffffff">Anzeigen</font></a></font></td></tr>
<tr valign="top">
<td width="130" bgcolor="#e8eef5"><font face="Verdana" size="1"><b>Lokales</b><br><a href="/lokales/unterberg/">Unterberg</a><br><a href="/lokales/kaltenbach/">Kaltenbach</a><br><a href="/lokales/hofstetten/">Hofstetten</a><br><br><b>Service</b><br><a href="/abo/">Abo</a><br><a href="/archiv/">Archiv</a><br><a href="/impressum/">Impressum</a></font></td>
<td width="490"><table width="100%" border="0" cellpadding="6"><tr><td>
<font face="Verdana" size="1" color="#666666">Lokales &gt; Unterberg &nbsp; 23.01.2008</font><br>
<font face="Georgia" size="4"><b>Buslinie 412 soll seltener fahren</b></font><br>
<font face="Verdana" size="1"><a href="/drucken.php?id=5512">Drucken</a> | <a href="/versenden.php?id=5512">Versenden</a> | <a href="/leserbrief.php?id=5512">Leserbrief schreiben</a></font><br><br>
<font face="Georgia" size="2">
{P1}
<table align="right" width="160"><tr><td><font size="1" color="#999999">Anzeige</font><br><a href="http://werbung.test/k?id=3"><img src="/werbung/160x120.gif" width="160" height="120" alt=""></a></td></tr></table>
{P2}
</font><font face="Verdana" size="1">Von Thomas Bauer</font><br><br>
<font face="Verdana" size="2"><b>Mehr zum Thema</b></font><br>
<font face="Verdana" size="1"><a href="/lokales/unterberg/5420.html">Verkehrsverbund erhöht die Preise</a> (10.01.2008)<br>
<a href="/lokales/kaltenbach/5388.html">Kaltenbach fordert bessere Anbindung</a> (19.12.2007)</font><br><br>
<font face="Verdana" size="1"><a href="/lokales/">&laquo; Zurück zur Übersicht</a></font>
</td></tr></table></td>
<td width="160" bgcolor="#f5f5f5"><font face="Verdana" size="1"><b>Meistgelesen</b><br><a href="/lokales/5509.html">Feuer in Scheune in Hofstetten</a><br><a href="/sport/5507.html">TSV gewinnt Derby</a></font></td>
</tr>
<tr><td colspan="3" align="center"><font size="1">&copy; 2008 Unterberger Anzeiger GmbH &amp; Co. KG</font></td></tr>
</table></body></html>
"""
page(part(7), "de-tabellen-lokal", "http://www.unterberger-anzeiger.test/lokales/unterberg/5512.html", B,
     H.replace("{P1}", brbr(B[:2])).replace("{P2}", brbr(B[2:])),
     ["Leserbrief schreiben", "Anzeige", "Von Thomas Bauer", "Mehr zum Thema", "Verkehrsverbund erhöht die Preise", "Zurück zur Übersicht", "Meistgelesen", "© 2008 Unterberger Anzeiger"],
     must=("Der Kreistag entscheidet am 14. März endgültig. Bis dahin will die Verwaltung prüfen, ob ein Rufbus die Lücken am Abend schließen kann.",))

# --- 8 fr-cms-outils (B): a French regional daily's 2008 CMS; "Imprimer |
# Envoyer | Réagir (5)" tools, a photo legend, a "Publicité" slot in the
# story, "A lire aussi" in the story's column and a "Les plus lus" box.
B = [
    ("p", "RENNES. — La ville va planter 3 000 arbres d'ici à 2010 le long des grands axes et dans les cours d'école, a annoncé lundi le maire lors de la présentation du budget."),
    ("p", "Le programme coûtera 1,2 million d'euros. Les premières plantations auront lieu dès le mois de mars boulevard de la Liberté et dans le quartier du Blosne, où les habitants se plaignent du manque d'ombre en été."),
    ("p", "Les services municipaux ont choisi des essences capables de supporter la sécheresse, comme le micocoulier et le chêne vert, plutôt que les platanes plantés dans les années soixante."),
    ("p", "L'opposition juge l'annonce électorale, à deux mois des municipales. « Cela fait six ans que nous demandons ce plan », a réagi une conseillère."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="fr"><head><meta charset="utf-8"><title>Rennes va planter 3 000 arbres - Le Courrier de l'Ouest-Bretagne</title></head>
<body>
<div id="global">
<div id="entete"><a href="/"><img src="/img/logo.gif" alt="Le Courrier"></a><div id="date">mardi 22 janvier 2008</div></div>
<div id="menu"><a href="/actu/">Actualité</a> <a href="/region/">Région</a> <a href="/sports/">Sports</a> <a href="/loisirs/">Loisirs</a> <a href="/annonces/">Petites annonces</a></div>
<div id="colonne-centrale">
<div id="fil-ariane">Vous êtes ici : <a href="/">Accueil</a> &gt; <a href="/region/">Région</a> &gt; <a href="/region/rennes/">Rennes</a></div>
<div class="article">
<h1 class="titre">Rennes va planter 3 000 arbres</h1>
<p class="auteur">Par Yann Le Goff — publié le 22/01/2008 à 07h00 | mis à jour à 09h41</p>
<ul class="outils"><li><a href="/imprimer/4410">Imprimer</a></li><li><a href="/envoyer/4410">Envoyer</a></li><li><a href="#reactions">Réagir (5)</a></li><li><a href="/partager/4410">Partager</a></li></ul>
<div class="visuel"><img src="/photos/arbres.jpg" alt=""><p class="legende">Boulevard de la Liberté, où les premiers arbres seront plantés en mars. Photo Le Courrier</p></div>
<div class="texte">
{P1}
<div class="pub"><span>Publicité</span><script src="http://pub.test/js?zone=art"></script></div>
{P2}
</div>
<div class="alireaussi"><h4>A lire aussi</h4><ul><li><a href="/region/rennes/4380">Le budget 2008 en hausse de 3 %</a></li><li><a href="/region/rennes/4312">Un nouveau parc au Blosne</a></li></ul></div>
</div>
<div class="plus-lus"><h4>Les plus lus</h4><ol><li><a href="/actu/4401">Tempête : 20 000 foyers privés d'électricité</a></li><li><a href="/sports/4399">Le Stade rennais s'impose à Lyon</a></li></ol></div>
</div>
<div id="colonne-droite"><div class="meteo">Météo : averses, 9°</div></div>
<div id="pied">© Le Courrier de l'Ouest-Bretagne 2008 - <a href="/mentions">Mentions légales</a></div>
</div></body></html>
"""
page(part(8), "fr-cms-outils", "http://www.lecourrier-ob.test/region/rennes/4410", B,
     H.replace("{P1}", render(B[:2])).replace("{P2}", render(B[2:])),
     ["mis à jour à 09h41", "Réagir (5)", "Boulevard de la Liberté, où les premiers", "Publicité", "A lire aussi", "Le budget 2008 en hausse", "Les plus lus"],
     must=("L'opposition juge l'annonce électorale, à deux mois des municipales. « Cela fait six ans que nous demandons ce plan », a réagi une conseillère.",))

# --- 9 en-blogger-comments (C; held out): a 2008 Blogger post; a
# "Share this:" row of Digg/Facebook/del.icio.us icons with their names, a
# "posted by ... at 8:14 PM | 3 comments | links to this post" footer,
# the comments and a blog archive sidebar.
B = [
    ("p", "Our town council finally published the draft plan for the old mill site this week, and I spent Sunday afternoon reading all 86 pages of it so you don't have to."),
    ("p", "The short version: 120 homes, a small grocery store, and a riverside park that would be open to everyone. The mill's brick chimney stays, which I think most of us wanted."),
    ("p", "What is missing is any real plan for traffic on Mill Road, which is already backed up every morning. The plan says a study will be done later, which is not the same thing as an answer."),
    ("p", "Comments on the draft are open until March 14. You can send them by e-mail to the planning office or drop them off at the library."),
]
H = """<!DOCTYPE html>
<html><head><title>Millbrook Notes: Reading the mill plan so you don't have to</title></head>
<body>
<div id="outer-wrapper">
<div id="header-wrapper"><div id="header"><h1><a href="http://millbrooknotes.test/">Millbrook Notes</a></h1><p class="description">One resident's view of a small town</p></div></div>
<div id="main-wrapper">
<h2 class="date-header">Sunday, February 10, 2008</h2>
<div class="post hentry">
<a name="8812"></a><h3 class="post-title entry-title">Reading the mill plan so you don't have to</h3>
<div class="post-header-line-1"></div>
<div class="post-body entry-content">
{BODY}
<div style="clear: both;"></div>
</div>
<div class="sharebar">Share this: <a href="http://digg.com/submit?u=x" title="Digg">Digg</a> <a href="http://www.facebook.com/share.php?u=x" title="Facebook">Facebook</a> <a href="http://del.icio.us/post?u=x" title="del.icio.us">del.icio.us</a></div>
<div class="post-footer"><div class="post-footer-line-1"><span class="post-author">posted by Walt Emery</span> <span class="post-timestamp">at <a class="timestamp-link" href="/2008/02/reading-mill-plan.html">8:14 PM</a></span> <span class="post-comment-link"><a href="#comments">3 comments</a></span> <span class="post-backlinks"><a href="#links">Links to this post</a></span></div></div>
</div>
<div class="comments" id="comments"><h4>3 comments:</h4><dl id="comments-block">
<dt class="comment-author"><a href="/profile/1">Jan H.</a> said...</dt><dd class="comment-body"><p>Thanks for doing this. The traffic part worries me too.</p></dd><dd class="comment-footer"><span class="comment-timestamp">February 10, 2008 9:02 PM</span></dd>
<dt class="comment-author">Anonymous said...</dt><dd class="comment-body"><p>120 homes is way too many for that site.</p></dd><dd class="comment-footer"><span class="comment-timestamp">February 11, 2008 7:15 AM</span></dd>
</dl><p class="comment-footer"><a href="/comment.g?postID=8812">Post a Comment</a></p></div>
</div>
<div id="sidebar-wrapper"><h2>Blog Archive</h2><ul><li><a href="/2008/02/">February (4)</a></li><li><a href="/2008/01/">January (9)</a></li></ul><h2>About Me</h2><p>Walt Emery, retired teacher, lives in Millbrook.</p></div>
</div></body></html>
"""
page(part(9), "en-blogger-comments", "http://millbrooknotes.test/2008/02/reading-mill-plan.html", B,
     H.replace("{BODY}", render(B, p=lambda t: E(t) + "<br /><br />")),
     ["Share this:", "posted by Walt Emery", "3 comments", "Links to this post", "The traffic part worries me too", "Post a Comment", "Blog Archive", "retired teacher"],
     must=("Comments on the draft are open until March 14. You can send them by e-mail to the planning office or drop them off at the library.",))

# --- 10 en-wordpress-2008 (C): a WordPress 2.3-era politics blog (the
# Kubrick-like theme); "Filed under ... | 7 Comments »" postmetadata, a
# "Share: digg | del.icio.us | reddit | Technorati" line inside the entry
# div, "Related posts" list inside the entry div, comments and a respond
# form.
B = [
    ("p", "The state senate passed the transportation bill late Thursday by a vote of 24 to 15, and it now goes to the house, where the leadership has said it will take it up after the budget."),
    ("p", "The bill raises the gas tax by five cents a gallon over two years and puts the money into a fund for bridge repair. Supporters point to the 212 bridges the state itself rates as structurally deficient."),
    ("p", "Opponents argue that the tax hits rural drivers hardest, since they drive the longest distances and have no transit to fall back on. An amendment to phase in the increase over four years failed by two votes."),
    ("p", "The governor has not said whether he would sign the bill in its current form. His spokesman said only that the governor wants a bill that fixes bridges without hurting families."),
    ("p", "I will have more on the house vote count next week."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Capitol Watch &raquo; Blog Archive &raquo; Gas tax bill clears the senate</title></head>
<body>
<div id="page">
<div id="header"><div id="headerimg"><h1><a href="http://capitolwatch.test/">Capitol Watch</a></h1><div class="description">Notes from the statehouse</div></div></div>
<hr />
<div id="content" class="widecolumn">
<div class="navigation"><div class="alignleft">&laquo; <a href="/2008/02/budget-hearings/">Budget hearings begin</a></div><div class="alignright"><a href="/2008/02/house-calendar/">House calendar set</a> &raquo;</div></div>
<div class="post" id="post-1288">
<h2><a href="/2008/02/gas-tax-bill/" rel="bookmark">Gas tax bill clears the senate</a></h2>
<small>February 15th, 2008</small>
<div class="entry">
{BODY}
<p class="share">Share: <a href="http://digg.com/submit?url=x">digg</a> | <a href="http://del.icio.us/post?url=x">del.icio.us</a> | <a href="http://reddit.com/submit?url=x">reddit</a> | <a href="http://technorati.com/faves?add=x">Technorati</a></p>
<div class="related"><h3>Related posts</h3><ul><li><a href="/2008/01/bridge-report/">State bridge report: 212 deficient</a></li><li><a href="/2007/11/gas-tax-hearing/">Gas tax hearing draws a crowd</a></li><li><a href="/2007/10/transit-fund/">Transit fund runs dry</a></li></ul></div>
<p class="postmetadata alt"><small>This entry was posted on Friday, February 15th, 2008 at 7:30 am and is filed under <a href="/category/senate/">Senate</a>. You can follow any responses to this entry through the <a href="/2008/02/gas-tax-bill/feed/">RSS 2.0</a> feed.</small></p>
</div>
</div>
<h3 id="comments">7 Responses to &#8220;Gas tax bill clears the senate&#8221;</h3>
<ol class="commentlist"><li class="alt" id="comment-901"><cite>Rural Reader</cite> Says:<br /><small class="commentmetadata"><a href="#comment-901">February 15th, 2008 at 9:12 am</a></small><p>Five cents is a lot when you drive 60 miles to work.</p></li></ol>
<h3 id="respond">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p><input name="author" /> <label>Name (required)</label></p><p><textarea name="comment"></textarea></p><p><input type="submit" value="Submit Comment" /></p></form>
</div>
<div id="footer"><p>Capitol Watch is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div>
</div></body></html>
"""
page(part(10), "en-wordpress-2008", "http://capitolwatch.test/2008/02/gas-tax-bill/", B,
     H.replace("{BODY}", render(B)),
     ["Budget hearings begin", "Share:", "Technorati", "Related posts", "State bridge report: 212 deficient", "This entry was posted on Friday", "7 Responses to", "Five cents is a lot", "Leave a Reply"],
     must=("I will have more on the house vote count next week.",))

# --- 11 es-agencia-portal (D): a Spanish portal carrying an EFE-like
# agency story; "(EFE).-" dateline, "© EFE 2008" line, an "Enviar |
# Imprimir | Votar" row, "Noticias relacionadas" with dates and an
# "Otras noticias de Economía" widget in the story's column.
B = [
    ("p", "Madrid, 12 feb (EFE).- El precio de la vivienda libre subió un 4,8 por ciento en 2007, la menor subida desde 1998, según los datos publicados hoy por el Ministerio de Vivienda."),
    ("p", "El metro cuadrado se situó de media en 2.085 euros al cierre del año. En el cuarto trimestre los precios apenas crecieron un 0,3 por ciento respecto al trimestre anterior."),
    ("p", "Las mayores subidas se registraron en Extremadura y Castilla-La Mancha, mientras que en Baleares y la Comunidad Valenciana los precios se mantuvieron prácticamente estables."),
    ("p", "La ministra de Vivienda aseguró que los datos confirman un \"aterrizaje suave\" del sector y descartó una caída brusca de los precios en los próximos meses."),
]
H = """<html><head><meta charset="utf-8"><title>El precio de la vivienda sube un 4,8% en 2007, la menor subida desde 1998 - Noticias - Portal Sol</title></head>
<body>
<div id="cabecera"><a href="/" id="logo">Portal Sol</a><ul id="menu"><li><a href="/correo">Correo</a></li><li><a href="/noticias">Noticias</a></li><li><a href="/deportes">Deportes</a></li><li><a href="/motor">Motor</a></li></ul></div>
<div id="cuerpo">
<div id="migas"><a href="/">Portada</a> / <a href="/noticias">Noticias</a> / <a href="/noticias/economia">Economía</a></div>
<div id="noticia">
<h1>El precio de la vivienda sube un 4,8% en 2007, la menor subida desde 1998</h1>
<div class="fecha">12/02/2008 - 13:25 h. | Actualizado: 14:02 h.</div>
<div class="herramientas"><a href="/enviar/55120">Enviar</a> | <a href="/imprimir/55120">Imprimir</a> | <a href="/votar/55120">Votar</a> | <a href="#comentarios">Comentarios (14)</a></div>
<div class="texto">
{BODY}
<p class="firma">© EFE 2008. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.</p>
</div>
<div class="relacionadas"><h3>Noticias relacionadas</h3><ul><li><a href="/noticias/economia/55001">Las hipotecas caen un 27% en diciembre</a> (08/02/2008)</li><li><a href="/noticias/economia/54880">El Euríbor cierra enero en el 4,5%</a> (01/02/2008)</li></ul></div>
<div class="widget-otras"><h3>Otras noticias de Economía</h3><ul><li><a href="/noticias/economia/55118">La Bolsa abre con subidas</a></li><li><a href="/noticias/economia/55117">El paro sube en 133.000 personas en enero</a></li><li><a href="/noticias/economia/55110">Telefónica gana un 20% más</a></li></ul></div>
</div>
</div>
<div id="pie">© Portal Sol 2008 - <a href="/aviso-legal">Aviso legal</a> - <a href="/privacidad">Privacidad</a></div>
</body></html>
"""
page(part(11), "es-agencia-portal", "http://noticias.portalsol.test/noticias/economia/55120", B,
     H.replace("{BODY}", render(B)),
     ["Actualizado: 14:02 h.", "Comentarios (14)", "Está expresamente prohibida la redistribución", "Noticias relacionadas", "Las hipotecas caen un 27% en diciembre", "Otras noticias de Economía", "El paro sube en 133.000 personas en enero"],
     must=("La ministra de Vivienda aseguró que los datos confirman un \"aterrizaje suave\" del sector y descartó una caída brusca de los precios en los próximos meses.",))

# --- 12 en-ap-newspaper-site (D; held out): a small daily carrying an AP
# story; "(AP) --" dateline, "Associated Press Writer" byline, a
# "Copyright 2008 The Associated Press. All rights reserved. This material
# may not be published..." line, an "AP Video" teaser and "More Nation &
# World" headlines with times in the story's column.
B = [
    ("p", "WASHINGTON (AP) -- The Senate on Thursday approved a $168 billion economic stimulus package that would send rebate checks to more than 130 million people, including disabled veterans and low-income seniors."),
    ("p", "The 81-16 vote came after Democrats dropped their effort to add an extension of unemployment benefits and heating aid for the poor, clearing the way for quick passage."),
    ("p", "The House was expected to approve the Senate version later in the evening and send it to President Bush, who has said he would sign it quickly."),
    ("p", "Most individual taxpayers would receive checks of $600, and couples $1,200, with an extra $300 for each child. The checks are expected to go out beginning in May."),
]
H = """<html><head><title>Senate passes stimulus package - The Daily Sentinel</title></head>
<body>
<div id="top"><a href="/"><img src="/logo.gif" alt="The Daily Sentinel"></a><div class="topnav"><a href="/local">Local</a> <a href="/nation">Nation &amp; World</a> <a href="/sports">Sports</a> <a href="/obits">Obituaries</a></div></div>
<table width="100%"><tr valign="top"><td id="leftcol">
<div class="storyheader"><h2>Senate passes stimulus package</h2><div class="by">By ANDREW TAYLOR<br>Associated Press Writer</div><div class="stamp">Feb 7, 2008 9:41 PM EST</div></div>
<div class="storybody">
{BODY}
<p class="apcopy">Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<div class="apvideo"><b>AP Video</b>: <a href="/video/ap/2201">Watch: Senate debates rebate checks</a></div>
<div class="moreheads"><b>More Nation &amp; World</b><br><a href="/nation/0207a">Tornadoes kill 55 in South</a> 8:02 PM<br><a href="/nation/0207b">Romney suspends campaign</a> 6:45 PM<br><a href="/nation/0207c">Stocks fall on retail worries</a> 4:30 PM</div>
</div>
</td><td id="rightcol" width="180"><div class="box"><b>Weather</b><br>Clear, 31&deg;</div><div class="box"><b>Classifieds</b><br><a href="/cl/">Find a car</a></div></td></tr></table>
<div id="foot">&copy; 2008 The Daily Sentinel</div>
</body></html>
"""
page(part(12), "en-ap-newspaper-site", "http://www.dailysentinel.test/nation/0207", B,
     H.replace("{BODY}", render(B)),
     ["Associated Press Writer", "This material may not be published", "AP Video", "Watch: Senate debates rebate checks", "More Nation & World", "Tornadoes kill 55 in South"],
     must=("Most individual taxpayers would receive checks of $600, and couples $1,200, with an extra $300 for each child. The checks are expected to go out beginning in May.",))

# --- 13 en-table-twocol-td (A): a trade-news site of nested tables; the
# story's paragraphs as <td> text with <p> in a <td class="bodytext">, a
# "Print | E-mail | Bookmark" row, a "Sponsored by" box, a "-----" rule
# and a house promo ("Click here") after the story, and "Back to News"
# and "News archive" links inside the cell.
B = [
    ("p", "Regional carrier Midland Air said Wednesday it will add daily flights from Kansas City to Denver and Dallas starting in May, using two 70-seat jets it is leasing from a partner airline."),
    ("p", "The Denver flights will leave Kansas City at 7:10 a.m. and 5:45 p.m., timed to connect with evening departures to the West Coast. The Dallas route will have three round trips a day."),
    ("p", "Midland's president, Karen Olsen, said bookings on its existing routes were up 11 percent in the fourth quarter, even as larger carriers cut capacity because of high fuel prices."),
    ("p", "Introductory one-way fares start at $79 if bought by March 1. The airline said it was also talking with the airport about a second gate."),
]
H = """<html><head><title>TravelTrade Today: Midland Air adds Denver, Dallas flights</title></head>
<body leftmargin="0" topmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#000066" height="60"><font color="#ffffff" size="5" face="Verdana"><b>TravelTrade Today</b></font></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr valign="top">
<td width="160" bgcolor="#dddddd"><table width="100%" cellpadding="3"><tr><td><a href="/news/">News</a></td></tr><tr><td><a href="/airlines/">Airlines</a></td></tr><tr><td><a href="/hotels/">Hotels</a></td></tr><tr><td><a href="/cruise/">Cruise</a></td></tr><tr><td><a href="/events/">Events</a></td></tr></table></td>
<td>
<table width="100%" cellpadding="10"><tr><td class="headline"><font face="Verdana" size="4"><b>Midland Air adds Denver, Dallas flights</b></font></td></tr>
<tr><td class="date"><font size="1" face="Verdana">Posted 2/13/2008 | <a href="/print.asp?id=7781">Print</a> | <a href="/email.asp?id=7781">E-mail</a> | <a href="/bookmark.asp?id=7781">Bookmark</a></font></td></tr>
<tr><td class="bodytext"><font face="Verdana" size="2">
{BODY}
<p>-----</p>
<p><b>Sponsored by</b> <a href="http://ads.test/tt/1">Sunset Resorts</a>: Book your spring group trips now and save 20%. <a href="http://ads.test/tt/1">Click here</a>.</p>
<p>Get TravelTrade Today in your inbox every morning. <a href="/subscribe.asp">Click here to subscribe</a>.</p>
<p><a href="/news/">&lt;&lt; Back to News</a> | <a href="/news/archive.asp">News archive</a></p>
</font></td></tr></table>
</td>
<td width="160"><table cellpadding="4"><tr><td><font size="1">ADVERTISEMENT</font><br><img src="/ads/160x600.gif" width="160" height="600" alt=""></td></tr></table></td>
</tr></table>
<table width="100%"><tr><td align="center"><font size="1">Copyright 2008 TravelTrade Media Inc.</font></td></tr></table>
</body></html>
"""
page(part(13), "en-table-twocol-td", "http://www.traveltradetoday.test/news/story.asp?id=7781", B,
     H.replace("{BODY}", render(B)),
     ["Posted 2/13/2008", "Bookmark", "Sponsored by", "Book your spring group trips now", "Click here to subscribe", "Back to News", "News archive", "ADVERTISEMENT"],
     must=("Introductory one-way fares start at $79 if bought by March 1. The airline said it was also talking with the airport about a second gate.",))

# --- 14 en-cms-gallery-caption (B): a TV station's news site; a photo
# gallery strip ("Photo 1 of 6 | Next") with a caption, "Story tools:"
# icons with words, the story in <div class="KonaBody">, a "Watch the
# video" teaser, a "Previous Stories" list with dates and a "Comments
# (3) | Add yours" line in the story's column.
B = [
    ("p", "FAIRVIEW -- Firefighters from four towns spent most of Tuesday night battling a fire that destroyed a furniture warehouse on the north side of Fairview. No one was hurt."),
    ("p", "The fire was reported just after 9 p.m. by a driver passing on Route 30. By the time the first crews arrived, flames were coming through the roof, fire chief Dale Murphy said."),
    ("p", "Crews kept the fire from spreading to a tire shop next door, but the warehouse was a total loss. The owner told our reporter he had about $2 million worth of furniture inside."),
    ("p", "The state fire marshal's office is investigating the cause. Route 30 reopened shortly after 6 a.m. Wednesday."),
]
H = """<!DOCTYPE html>
<html><head><title>Fire destroys Fairview furniture warehouse - WKTV News 7</title></head>
<body>
<div id="Header"><a href="/"><img src="/logo7.png" alt="News 7"></a><ul class="Nav"><li><a href="/news">News</a></li><li><a href="/weather">Weather</a></li><li><a href="/sports">Sports</a></li><li><a href="/video">Video</a></li><li><a href="/contests">Contests</a></li></ul></div>
<div id="Body">
<div id="StoryColumn">
<div class="gallery"><img src="/gallery/fire1.jpg" alt=""><div class="galnav">Photo 1 of 6 | <a href="?photo=2">Next</a></div><div class="galcaption">Smoke rises over the warehouse on Industrial Drive late Tuesday. (Photo courtesy of viewer Jim Hale)</div></div>
<h1 class="StoryHeadline">Fire destroys Fairview furniture warehouse</h1>
<div class="StoryDate">Posted: Feb 19, 2008 11:02 PM<br>Updated: Feb 20, 2008 06:30 AM</div>
<div class="StoryTools">Story tools: <a href="/email">E-mail</a> <a href="/print">Print</a> <a href="/rss">RSS</a> <a href="/share">Share</a></div>
<div class="KonaBody">
{BODY}
</div>
<div class="video-teaser"><b>Watch the video</b>: <a href="/video/4471">Raw: warehouse roof collapses</a></div>
<div class="comment-line"><a href="#c">Comments (3)</a> | <a href="#add">Add yours</a></div>
<div class="PreviousStories"><h4>Previous Stories</h4><ul><li>Feb 18: <a href="/s/4460">Two hurt in Route 30 crash</a></li><li>Feb 15: <a href="/s/4431">Fairview approves new fire station</a></li></ul></div>
</div>
<div id="Sidebar"><div class="weather">Now: 24&deg; Cloudy</div><div class="poll"><b>Poll</b> Should Fairview build a new fire station? <a href="/poll">Vote</a></div></div>
</div>
<div id="Footer">All content &copy; Copyright 2000 - 2008 WKTV. All Rights Reserved. <a href="/eeo">EEO Report</a></div>
</body></html>
"""
page(part(14), "en-cms-gallery-caption", "http://www.wktv7.test/s/4472", B,
     H.replace("{BODY}", render(B)),
     ["Photo 1 of 6", "Smoke rises over the warehouse", "Updated: Feb 20, 2008", "Story tools:", "Watch the video", "Raw: warehouse roof collapses", "Add yours", "Previous Stories", "Two hurt in Route 30 crash"],
     must=("The state fire marshal's office is investigating the cause. Route 30 reopened shortly after 6 a.m. Wednesday.",))

# --- 15 fr-tableaux-depeche (A; held out): a French site of tables
# carrying an AFP-like dispatch; "(AFP) -" dateline, "Imprimer | Envoyer
# à un ami" row, the dispatch in a <td> with <br><br>, "Dépêches
# précédentes" with times inside the same cell and an "© AFP" line.
B = [
    ("p", "LYON (AFP) - Les vendanges 2007 dans le Beaujolais ont été les plus tardives depuis vingt ans, mais la qualité est au rendez-vous, a estimé mercredi l'interprofession lors de sa conférence de presse annuelle."),
    ("p", "La récolte s'élève à 620 000 hectolitres, en baisse de 8 % par rapport à 2006, en raison d'un été pluvieux qui a favorisé les maladies de la vigne."),
    ("p", "Les ventes de beaujolais nouveau ont reculé de 5 % en volume, surtout au Japon et aux Etats-Unis, deux marchés pénalisés par la faiblesse du dollar et du yen face à l'euro."),
    ("p", "L'interprofession compte sur les crus, dont les ventes progressent, pour compenser ce recul."),
]
H = """<html><head><meta charset="utf-8"><title>Beaujolais : des vendanges tardives mais de qualité - Dépêches - Info Rhône</title></head>
<body>
<table width="770" cellpadding="0" cellspacing="0" border="0"><tr><td><img src="/img/bandeau.gif" alt="Info Rhône"></td></tr>
<tr><td bgcolor="#990000"><font color="#ffffff" size="1" face="Arial"><a href="/"><font color="#ffffff">Accueil</font></a> - <a href="/depeches/"><font color="#ffffff">Dépêches</font></a> - <a href="/economie/"><font color="#ffffff">Economie</font></a> - <a href="/sports/"><font color="#ffffff">Sports</font></a></font></td></tr></table>
<table width="770" cellpadding="5" cellspacing="0" border="0"><tr valign="top">
<td width="590">
<font face="Arial" size="1">mercredi 16 janvier 2008, 16h42</font><br>
<font face="Arial" size="4"><b>Beaujolais : des vendanges tardives mais de qualité</b></font><br>
<font face="Arial" size="1"><a href="/imprimer.php?d=9921">Imprimer</a> | <a href="/envoyer.php?d=9921">Envoyer à un ami</a></font><br><br>
<font face="Arial" size="2">
{BODY}
</font>
<font face="Arial" size="1">© AFP</font><br><br>
<font face="Arial" size="2"><b>Dépêches précédentes</b></font><br>
<font face="Arial" size="1">16h30 <a href="/depeches/9920.html">Grève à la SNCF : trafic perturbé jeudi</a><br>
16h12 <a href="/depeches/9918.html">Le CAC 40 termine en baisse de 1,2 %</a><br>
15h55 <a href="/depeches/9915.html">Neige attendue sur les monts du Lyonnais</a></font>
</td>
<td width="180" bgcolor="#eeeeee"><font size="1" face="Arial"><b>Publicité</b><br><img src="/pub/180x150.gif" alt=""></font></td>
</tr></table>
<p align="center"><font size="1">Info Rhône © 2008 - Tous droits réservés</font></p>
</body></html>
"""
page(part(15), "fr-tableaux-depeche", "http://www.inforhone.test/depeches/9921.html", B,
     H.replace("{BODY}", brbr(B)),
     ["mercredi 16 janvier 2008, 16h42", "Envoyer à un ami", "© AFP", "Dépêches précédentes", "Grève à la SNCF : trafic perturbé jeudi", "Publicité"],
     must=("L'interprofession compte sur les crus, dont les ventes progressent, pour compenser ce recul.",))

# --- 16 de-blog-trackback (C): a German Serendipity/WordPress-era blog;
# a "Social Bookmarks: Mister Wong | Yigg | del.icio.us | Webnews" line,
# a "Verwandte Artikel" list and "Kommentare (6) | Trackbacks (2)" in the
# entry, a comment and a form; a tag cloud sidebar.
B = [
    ("p", "Seit drei Wochen fahre ich jetzt jeden Tag mit dem Rad ins Büro, auch bei Regen. Elf Kilometer hin, elf zurück, und ich habe es bisher keinen Tag bereut."),
    ("p", "Der Weg führt zum größten Teil am Kanal entlang, nur die letzten zwei Kilometer muss ich durch die Innenstadt. Dort fehlt ein Radweg, und morgens wird es zwischen Bussen und Lieferwagen eng."),
    ("p", "Mit der Bahn brauchte ich 35 Minuten, mit dem Rad sind es 40. Dafür spare ich mir das Fitnessstudio und 62 Euro im Monat für die Monatskarte."),
    ("p", "Nächste Woche schreibe ich über die Ausrüstung, vor allem über Regenkleidung, die wirklich dicht hält."),
]
H = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Drei Wochen mit dem Rad zur Arbeit - Pedalritter</title></head>
<body>
<div id="serendipity_banner"><h1><a class="homelink1" href="/">Pedalritter</a></h1><h2><a class="homelink2" href="/">Alltag auf zwei Rädern</a></h2></div>
<table id="mainpane"><tr>
<td id="content" valign="top">
<div class="serendipity_Entry_Date"><h3 class="serendipity_date">Montag, 18. Februar 2008</h3>
<h4 class="serendipity_title"><a href="/archives/212-Drei-Wochen.html">Drei Wochen mit dem Rad zur Arbeit</a></h4>
<div class="serendipity_entry serendipity_entry_author_Jens">
<div class="serendipity_entry_body">
{BODY}
</div>
<div class="serendipity_entry_extended"><div class="bookmarks">Social Bookmarks: <a href="http://www.mister-wong.de/add?u=x">Mister Wong</a> | <a href="http://yigg.de/neu?u=x">Yigg</a> | <a href="http://del.icio.us/post?u=x">del.icio.us</a> | <a href="http://www.webnews.de/einstellen?u=x">Webnews</a></div>
<div class="related"><b>Verwandte Artikel:</b><ul><li><a href="/archives/198-Winterreifen.html">Winterreifen fürs Fahrrad?</a></li><li><a href="/archives/190-Kanalweg.html">Der Kanalweg wird saniert</a></li></ul></div></div>
<div class="serendipity_entryFooter">Geschrieben von Jens in <a href="/categories/3-Pendeln">Pendeln</a> um 07:58 | <a href="#comments">Kommentare (6)</a> | <a href="#trackbacks">Trackbacks (2)</a></div>
</div>
<a id="comments"></a><div class="serendipity_comments"><div class="serendipity_commentsTitle">Kommentare</div>
<div class="serendipity_comment"><div class="serendipity_commentBody">Respekt, bei dem Wetter! Ich fahre nur von April bis Oktober.</div><div class="serendipity_comment_source">Anke am 18.02.2008 09:14</div></div></div>
<div class="serendipity_commentsTitle">Kommentar schreiben</div><form action="/comment.php" method="post"><input name="serendipity[name]" /><textarea name="serendipity[comment]"></textarea><input type="submit" value="Abschicken" /></form>
</div>
</td>
<td id="serendipityRightSideBar" valign="top"><div class="serendipitySideBarItem"><h3 class="serendipitySideBarTitle">Tags</h3><div class="serendipitySideBarContent"><a href="/tag/Pendeln">Pendeln</a> <a href="/tag/Regen">Regen</a> <a href="/tag/Kanal">Kanal</a></div></div>
<div class="serendipitySideBarItem"><h3 class="serendipitySideBarTitle">Archive</h3><div class="serendipitySideBarContent"><a href="/archives/2008/02.html">Februar 2008</a><br /><a href="/archives/2008/01.html">Januar 2008</a></div></div></td>
</tr></table>
</body></html>
"""
page(part(16), "de-blog-trackback", "http://www.pedalritter.test/archives/212-Drei-Wochen.html", B,
     H.replace("{BODY}", render(B)),
     ["Social Bookmarks:", "Mister Wong", "Verwandte Artikel:", "Winterreifen fürs Fahrrad?", "Geschrieben von Jens", "Kommentare (6)", "Trackbacks (2)", "Respekt, bei dem Wetter!", "Kommentar schreiben"],
     must=("Nächste Woche schreibe ich über die Ausrüstung, vor allem über Regenkleidung, die wirklich dicht hält.",))

# --- 17 de-agentur-portal (D): a German portal carrying a dpa-like
# report; "(dpa)" dateline, "dpa/xy" credit, "© dpa - Meldung vom
# 25.02.2008 14:31" line, "Weitere Meldungen" with times and a
# syndicated "Top-Themen bei Partnern" widget in the story's column.
B = [
    ("p", "Hamburg (dpa) - Die Hamburger Hafenbetriebe haben 2007 erstmals mehr als zehn Millionen Standardcontainer umgeschlagen. Das waren 11,6 Prozent mehr als im Vorjahr, teilte die Hafen Hamburg Marketing am Montag mit."),
    ("p", "Wachstumstreiber blieb der Handel mit China, auf den inzwischen fast ein Drittel des Containerverkehrs entfällt. Auch die Verkehre mit Russland und den Ostseeländern legten deutlich zu."),
    ("p", "Der Hafen rechnet für 2008 mit einem weiteren Wachstum, mahnt aber die Vertiefung der Elbe an. Große Containerschiffe könnten den Hafen derzeit nur mit Rücksicht auf die Gezeiten anlaufen."),
    ("p", "Umweltverbände lehnen die Vertiefung ab. Sie befürchten Schäden für die Fischbestände und die Deiche an der Unterelbe."),
]
H = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hamburger Hafen knackt Zehn-Millionen-Marke - Nachrichten - Weltportal.de</title></head>
<body>
<div id="kopf"><a href="/" class="logo">Weltportal.de</a><ul class="reiter"><li><a href="/mail">E-Mail</a></li><li class="aktiv"><a href="/nachrichten">Nachrichten</a></li><li><a href="/finanzen">Finanzen</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div id="inhalt">
<div class="brotkrumen"><a href="/">Startseite</a> » <a href="/nachrichten">Nachrichten</a> » <a href="/nachrichten/wirtschaft">Wirtschaft</a></div>
<div class="meldung">
<h1>Hamburger Hafen knackt Zehn-Millionen-Marke</h1>
<div class="bild"><img src="/bilder/hafen.jpg" alt=""><span class="bildtext">Containerterminal in Hamburg-Waltershof. Foto: dpa/xy</span></div>
<div class="meldungstext">
{BODY}
<p class="quelle">© dpa - Meldung vom 25.02.2008 14:31 Uhr</p>
</div>
<div class="weitere"><h3>Weitere Meldungen</h3><ul><li>14:20 <a href="/n/88120">Dax schließt mit leichtem Plus</a></li><li>13:55 <a href="/n/88118">Bahn-Streik vorerst abgewendet</a></li><li>13:40 <a href="/n/88115">Ölpreis steigt auf Rekordhoch</a></li></ul></div>
<div class="partner-widget"><h3>Top-Themen bei Partnern</h3><ul><li><a href="http://partner1.test/x">So sparen Sie bei der Kfz-Versicherung</a></li><li><a href="http://partner2.test/y">Die besten Tagesgeldkonten im Vergleich</a></li></ul></div>
</div>
</div>
<div id="fuss">© 2008 Weltportal.de - <a href="/impressum">Impressum</a> - <a href="/datenschutz">Datenschutz</a></div>
</body></html>
"""
page(part(17), "de-agentur-portal", "http://www.weltportal.test/nachrichten/wirtschaft/88121", B,
     H.replace("{BODY}", render(B)),
     ["Foto: dpa/xy", "Meldung vom 25.02.2008", "Weitere Meldungen", "Dax schließt mit leichtem Plus", "Top-Themen bei Partnern", "Die besten Tagesgeldkonten im Vergleich"],
     must=("Umweltverbände lehnen die Vertiefung ab. Sie befürchten Schäden für die Fischbestände und die Deiche an der Unterelbe.",))

# --- 18 es-diario-comentarios (B; held out): a Spanish daily's 2008 CMS;
# "Imprimir | Enviar | Comentar (23)" tools, a "Publicidad" slot, "Más
# noticias de Sociedad", the readers' comments and a "Lo más visto" box.
B = [
    ("p", "Sevilla. La Junta abrirá el próximo curso quince nuevas escuelas infantiles en la provincia, con capacidad para 1.200 niños de cero a tres años, según anunció ayer la consejera de Educación."),
    ("p", "Las escuelas estarán en municipios de menos de 20.000 habitantes, donde la oferta pública es más escasa. El plazo de matrícula se abrirá en abril."),
    ("p", "Las familias con rentas más bajas no pagarán cuota, y el resto abonará un máximo de 278 euros al mes, comedor incluido."),
    ("p", "Los sindicatos celebraron la noticia, aunque reclamaron más personal para las escuelas ya abiertas, que según ellos trabajan por encima de su capacidad."),
]
H = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>La Junta abrirá quince escuelas infantiles en la provincia | Sociedad | Diario del Sur</title></head>
<body>
<div id="cabecera"><a href="/"><img src="/img/logo.gif" alt="Diario del Sur"></a><div class="fecha">Miércoles, 27 de febrero de 2008</div></div>
<div id="menu"><a href="/sevilla/">Sevilla</a> <a href="/andalucia/">Andalucía</a> <a href="/sociedad/">Sociedad</a> <a href="/deportes/">Deportes</a> <a href="/cultura/">Cultura</a></div>
<div id="principal">
<div class="noticia">
<p class="antetitulo">EDUCACIÓN</p>
<h1>La Junta abrirá quince escuelas infantiles en la provincia</h1>
<p class="autor">M. J. ROMERO | SEVILLA</p>
<div class="utiles"><a href="/imprimir/31120">Imprimir</a> | <a href="/enviar/31120">Enviar</a> | <a href="#comentarios">Comentar (23)</a></div>
<div class="cuerpo">
{P1}
<div class="publi"><small>Publicidad</small><iframe src="http://publi.test/300x250" width="300" height="250"></iframe></div>
{P2}
</div>
<div class="mas"><h3>Más noticias de Sociedad</h3><ul><li><a href="/sociedad/31100">El AVE a Málaga, en diciembre</a></li><li><a href="/sociedad/31098">Alerta amarilla por viento en la costa</a></li></ul></div>
<div id="comentarios" class="comentarios"><h3>Comentarios de los lectores (23)</h3>
<div class="comentario"><p>Ya era hora, en mi pueblo no hay ninguna.</p><span class="firma">Lucía, 27/02/2008 10:12</span></div>
<div class="comentario"><p>278 euros sigue siendo mucho para muchas familias.</p><span class="firma">pepe_s, 27/02/2008 11:40</span></div>
</div>
</div>
<div class="masvisto"><h3>Lo más visto</h3><ol><li><a href="/sevilla/31090">Cortes de tráfico por las obras del metro</a></li><li><a href="/deportes/31085">El Betis ficha a un delantero</a></li></ol></div>
</div>
<div id="pie">© Diario del Sur 2008. Todos los derechos reservados.</div>
</body></html>
"""
page(part(18), "es-diario-comentarios", "http://www.diariodelsur.test/sociedad/31120", B,
     H.replace("{P1}", render(B[:2])).replace("{P2}", render(B[2:])),
     ["M. J. ROMERO | SEVILLA", "Comentar (23)", "Publicidad", "Más noticias de Sociedad", "El AVE a Málaga, en diciembre", "Comentarios de los lectores", "Ya era hora", "Lo más visto"],
     must=("Los sindicatos celebraron la noticia, aunque reclamaron más personal para las escuelas ya abiertas, que según ellos trabajan por encima de su capacidad.",))
