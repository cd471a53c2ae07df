"""The text path's lead: first paragraphs the region search leaves out (text_lead.py, text_extract's
lead functions)."""

from __future__ import annotations

from conftest import MARKET_HALL, MARKET_HALL_HEAD, MARKET_HALL_TAIL
from newsclean import reasons
from newsclean.text_extract import extract_text
from newsclean.text_lead import cut_end, mid_sentence, opening_end, split_lead
from newsclean.text_lines import Line

BODY = MARKET_HALL[1:]
HEAD = MARKET_HALL_HEAD
TAIL = MARKET_HALL_TAIL


def test_a_japanese_first_paragraph_cut_at_its_links_keeps_its_first_fragments():
    # "「Helvetica」は、…使われている" / "フォント" / "だろう。…誕生した" / "この書体を紹介する動画" /
    # "は、…" : the remainder opens with a particle, which no sentence opens with.
    body = [
        "は、「この書体は水のようだ」という語りで始まる。簡素な字形には「どこにでもある」という形容詞がぴったりで、"
        "地下鉄の案内表示や航空会社、衣料品の企業のロゴに採用されている。この書体で名前を並べたシャツもある。",
        "美術館では二〇〇七年、この書体の誕生五十周年を祝う記念展覧会が開かれた。デザイナーは当時、新聞のインタヴューに"
        "対し、完璧につくられたものなら数百年はもつはずだと話している。優れた建築作品と同じだというのである。",
        "ただ、ある書体デザイナーはこの書体が気に入らなかった。彼はフォントの会社でディレクターを務めている。"
        "この書体のライセンスを管理する会社で、新しい版の制作を任されたのが彼だったのである。",
    ]
    fragments = ["「ヘルベチカ」は、おそらく世界で最もよく使われている", "フォント", "だろう。一九五七年に誕生した",
                 "この書体を紹介する動画"]
    head = ["ホーム", "ニュース", "あの有名フォントは、こうしてデジタル時代に生まれ変わった", "2019.04.25",
            "Facebook", "Twitter", "Line"]
    art = extract_text("\n".join(head + fragments + body + ["関連記事", "人気記事"]))
    paras = art.text.split("\n\n")
    assert paras[:5] == fragments + body[:1]
    assert "Line" not in paras  # a share bar's last button, under the others: no fragment


def test_a_menu_in_title_case_above_a_lower_case_line_is_no_fragment():
    # A dump hard-wrapped at a fixed width cuts a menu into lines in title case; the region may start
    # at a wrapped line's lower-case word. Prose fragments above one are taken, menus are not.
    def line(text: str, reason: str | None = None) -> Line:
        return Line(raw=text, text=text, words=len(text.split()), reason=reason)
    rest = line("rising pressure, the government is likely to take a decision on the matter today.")
    menu = [line("Share", reasons.SHARE_WIDGET), line("Home Buying Tips How Much House Can I Afford Buy"), rest]
    assert split_lead(menu, 2, {}, None) == []
    prose = [line("Share", reasons.SHARE_WIDGET), line("The drug is in short supply, and amid"), rest]
    assert split_lead(prose, 2, {}, None) == [1]
    assert split_lead(prose, 2, {1: reasons.BYLINE}, None) == []  # a byline is no fragment


def test_a_greeting_over_the_opening_line_starts_the_text():
    art = extract_text("\n".join(HEAD + ["Follow me on Twitter as @example", "Hi everyone! 👋",
                                         "Welcome to issue 130 of the weekly letter."] + BODY + TAIL))
    assert art.text.startswith("Hi everyone! 👋\n\nWelcome to issue 130 of the weekly letter.\n\n" + BODY[0])
    # Alone above the first paragraph, two words with an exclamation mark are a notice, not a greeting.
    art = extract_text("\n".join(HEAD + ["Link copied!"] + BODY + TAIL))
    assert art.text.startswith(BODY[0])


def test_full_width_question_marks_end_an_opening_sentence():
    assert opening_end("无法忍受乡村音乐？ 讨厌自拍？") and opening_end("本当にそうだろうか？」")
    assert not opening_end("この書体を紹介する動画")
    body = [
        "人们对于讨厌的事物总是能很有共同话题。约会软件也深谙这一点了，最近在美国，有一个约会软件就是通过匹配用户共同讨厌的事情，"
        "来为彼此进行配对。与让你直接看照片的约会软件不太一样，注册以后它会为你提供三千多个让你判断好恶的话题。",
        "这些话题从食物、音乐到政治人物，无所不包。用户只需要在每个话题上选择喜欢、讨厌或者无所谓，软件就会根据这些选择，"
        "为你推荐那些和你讨厌同样事物的人。开发者认为，共同讨厌的东西比共同喜欢的东西更能拉近两个人的距离。",
        "目前这款软件已经在几个大城市上线，用户数量增长得很快。开发者表示，接下来还会加入更多的话题，并根据用户的反馈不断调整"
        "推荐的方法，让配对的结果更加准确。至于效果如何，还需要时间来检验。",
    ]
    opening = "无法忍受乡村音乐？ 对某某明星迷之厌恶？ 讨厌特朗普？不爱自拍？"
    head = ["首页", "智能", "这个约会软件，想用你和对方的相似好恶来帮你找对象", "谢若含 2017-03-01 14:27:02"]
    art = extract_text("\n".join(head + [opening] + body + ["相关文章", "热门文章"]))
    assert art.text.split("\n\n")[:2] == [opening, body[0]]


def test_a_chinese_first_sentence_cut_after_the_opening_line_keeps_its_start():
    # No particle marks the cut in Chinese: one unfinished line right under a finished sentence is
    # taken; under a row of labels (a caption, a share bar) it is not.
    body = [
        "总是能很有共同话题。约会软件也深谙这一点了，最近在美国，有一个约会软件就是通过匹配用户共同讨厌的事情，来为彼此进行配对。"
        "与让你直接看照片的约会软件不太一样，注册以后它会为你提供三千多个让你判断好恶的话题。",
        "这些话题从食物、音乐到政治人物，无所不包。用户只需要在每个话题上选择喜欢、讨厌或者无所谓，软件就会根据这些选择，"
        "为你推荐那些和你讨厌同样事物的人。开发者认为，共同讨厌的东西比共同喜欢的东西更能拉近两个人的距离。",
        "目前这款软件已经在几个大城市上线，用户数量增长得很快。开发者表示，接下来还会加入更多的话题，并根据用户的反馈不断调整"
        "推荐的方法，让配对的结果更加准确。至于效果如何，还需要时间来检验。",
    ]
    opening, cut = "无法忍受乡村音乐？ 对某某明星迷之厌恶？ 讨厌特朗普？不爱自拍？", "人们对于讨厌的事物"
    head = ["首页", "智能", "这个约会软件，想用你和对方的相似好恶来帮你找对象", "谢若含 2017-03-01 14:27:02"]
    art = extract_text("\n".join(head + [opening, cut] + body + ["相关文章", "热门文章"]))
    assert art.text.split("\n\n")[:3] == [opening, cut, body[0]]
    art = extract_text("\n".join(head + ["收藏", "分享", "约会软件的界面截图"] + body + ["相关文章", "热门文章"]))
    assert art.text.startswith(body[0])


def test_a_lead_under_a_header_printed_over_the_headline_stays_when_code_cuts_it_off():
    # A blog's header: the date and reading time over the headline; the first paragraphs under the
    # headline, then a long listing the region search stops at.
    lead = ["I am sure you have seen a line like the following one very often while writing the "
            "attributes of a layout file for your own views and for the ones that come with the system.",
            "Notice the bar between the options. It is not only a separator, it is an operator that "
            "merges the two options into one value, and this post explains how that works."]
    code = [f"<flag name=\"option{i}\" value=\"{2 ** i}\" />" for i in range(40)]
    text = "\n".join(["Home", "Write", "Dana Whitfield", "Follow", "Aug 8, 2016", "7 min read",
                      "Flag Attributes in Android — How to Use Them"] + lead + code + BODY + TAIL)
    art = extract_text(text)
    paras = art.text.split("\n\n")
    assert paras[:2] == lead and paras[-4:] == BODY
    assert ("7 min read", reasons.SITE_FURNITURE) in [(r.text, r.reason) for r in art.explained_removals()]


def test_mid_sentence_starts():
    assert mid_sentence("for a year of repairs") and mid_sentence("は、「この書体は」") and mid_sentence(", said the mayor")
    assert not mid_sentence("iPhone sales fell") and not mid_sentence("The council") and not mid_sentence("この書体")
    # (The line joiner's particles: "の…", "で…" before a kanji go on; "はい、…", "はじめに、…" open.)
    assert mid_sentence("の発表資料によると") and mid_sentence("で開催された")
    assert not mid_sentence("はい、そうです") and not mid_sentence("はじめに、これは")


def test_cut_ends():
    # A line whose sentence goes on past a link set on a line of its own, and lines that end whole.
    assert cut_end("please send its link to") and cut_end("記事を公開された方は") and cut_end("for the council,")
    assert not cut_end("Die wichtigsten News zum Nahost-Konflikt im Überblick") and not cut_end("It closed.")
    assert not cut_end("新機能で便利になった小型プロジェクターを試す") and not cut_end("")
    assert not cut_end("展示会が開かれた（写真）")  # (a closing bracket ends no clause mid-way)


def test_a_long_caption_between_the_headline_and_the_byline_is_dropped_as_a_caption():
    # A converter glued a photo's long caption and its credit into one line, which scores as prose:
    # it stood before the first paragraph, under the headline and above the byline.
    caption = ("Workers carry crates of apples out of the old market hall on Monday, a day before the "
               "council voted to close it for a year. The hall was built in 1894 and last repaired in the "
               "seventies, when its glass roof was replaced. JANE DOE / AFP - Getty Images")
    lead = ("The old market hall will close for a year from next week, the council decided on Tuesday "
            "evening after a long debate about the cost of the repairs.")
    text = "\n".join(["Home", "News", "Market hall to close for repairs", caption,
                      "By Dana Whitfield", lead] + BODY + TAIL)
    art = extract_text(text)
    assert art.text.startswith(lead) and caption not in art.text
    assert (caption, reasons.CAPTION) in [(r.text, r.reason) for r in art.explained_removals()]


def test_a_dateline_the_metadata_did_not_take_still_marks_a_far_header():
    # The title came from the dump's first line (the page's <title>), the date from elsewhere: the
    # dateline under the headline, 40 lines above the region, still marks where the article starts.
    from newsclean.text_extract import _far_header

    def line(text: str, reason: str | None = None, cls: str = "short") -> Line:
        return Line(raw=text, text=text, words=len(text.split()), reason=reason, cls=cls)
    lines = [line("Diary of a reader | Example"), line("Contents"), line("2019-02-11", reasons.DATELINE),
             line("A heading over the entry"), line("The entry's first paragraph. " * 8, cls="good")]
    lines += [line("Tweet", reasons.SHARE_WIDGET)] * 40
    assert _far_header(lines, 0, 44, {}) == [2]
    lines[2] = line("2019-02-11")  # no dateline: no header
    assert _far_header(lines, 0, 44, {}) == []


# A product table between a press release's first paragraph and the rest: short cells, one per line.
_TABLE = ["Model", "Price", "Picture", "MX-2040BK", "9,900 yen", "(9,000 yen before tax)"] * 3
_FIRST = ("Example Supply announced on Friday a wired mouse with a fingerprint reader that signs its user "
          "in to the computer with a touch, for offices and schools that want stronger passwords without "
          "the bother of typing them.")


def test_a_first_paragraph_cut_off_by_a_table_under_a_dated_header_starts_the_text():
    # The region search takes the longer part under the table; the paragraph under the header (a source
    # and a date on one line, the headline) is the article's start.
    head = ["Home", "News", "Example Wire •October 3, 2016", "Mouse signs you in with a fingerprint"]
    art = extract_text("\n".join(head + [_FIRST] + _TABLE + BODY + TAIL))
    assert art.text.split("\n\n")[:2] == [_FIRST, BODY[0]]
    # Without a date (or a byline) over it, a paragraph above a table is no article's start: a site's
    # "about us" box, a cookie notice.
    art = extract_text("\n".join(["Home", "News", "About this site"] + [_FIRST] + _TABLE + BODY + TAIL))
    assert art.text.startswith(BODY[0])


def test_a_comment_printed_above_the_article_is_no_lead():
    # A comment section dumped before the article: a name and a time under the comment count.
    comment = ("I think the council should have kept the hall open while they repaired it, because the "
               "traders will lose half of their customers in the tents and many of them will not come back. "
               "The same thing happened in our town ten years ago and the square has been empty since.")
    above = ["Leave a comment", "1 comment", "Paul Coker", "May 24, 2026 at 4:31 pm", comment]
    art = extract_text("\n".join(above + _TABLE + HEAD + BODY + TAIL))
    assert comment not in art.text and art.text.startswith(BODY[0])


def test_a_first_sentence_cut_around_a_quoted_link_keeps_its_pieces():
    # bs4 prints a link on a line of its own, here inside Japanese quote marks: "…、「" / the link's
    # title (in title case, printed again under the text) / "」において…". The region starts at the
    # closing mark, which no sentence opens with.
    pieces = ["Example Researchは2月20日(米国時間)、「", "Extracting a Nineteen Year Old Bug from Archive Tools"]
    body = ["」において、人気の高い圧縮・解凍ソフトウェアに長年にわたってセキュリティ脆弱性が存在していると伝えた。"
            "影響を受けるのは旧版のすべてで、開発元はすでに修正版を公開している。",
            "この脆弱性の影響により、細工されたファイルを展開する段階でマルウェアに感染させられる可能性があり、"
            "最終的に攻撃者によってシステムの制御権が乗っ取られる危険性があるという。",
            "研究者がどのようにこの脆弱性を発見したか、攻撃者がどのような手口でこの脆弱性を突いてマルウェアの"
            "感染を実施するのかは次のページに詳細がまとまっている。"]
    head = ["ホーム", "セキュリティ", "人気の圧縮ソフトに脆弱性、アップデートを", "2019/02/22 17:23", "著者：山田太郎", "脆弱性"]
    art = extract_text("\n".join(head + pieces + body + [pieces[1], "関連記事", "人気記事"]))
    assert art.text.split("\n\n")[:3] == pieces + body[:1]
    assert mid_sentence("」において、") and not mid_sentence("「WinRAR」の操作画面")


def test_a_short_first_sentence_under_the_header_over_its_cut_paragraph_starts_the_text():
    # Under the dateline, a byline the metadata search left and a share button, a one-line first
    # sentence; the paragraph under it is cut at a link ("…公開された方は" / "@example" / "までご連絡…"),
    # so neither scores as prose and the region starts at the long paragraph below.
    first = "春のミーティングの発表資料を公開します。"
    cut = "また、当日ご参加・中継視聴の方のレポートをお待ちしています。記事を公開された方は"
    rest = "までご連絡いただければ、この記事でご紹介させていただきます。"
    body = ["ミーティングについて紹介頂いた記事をご紹介します。記事は見つけた順に追加しています。他にもありましたら"
            "是非ご連絡ください。会場の様子や発表の感想など、どれも参考になるものばかりです。",
            "会場に参加しました。展示の端末を触ってきましたが、どれも軽くて画面がきれいでした。次回も参加したいと思います。"
            "発表の内容はとても分かりやすく、質疑応答の時間も充実していました。"]
    head = ["ホーム", "過去の記事一覧", "春のミーティング資料公開", "Posted on", "2019年4月13日", "by doumae", "Tweet"]
    tail = ["関連記事", "人気記事"]
    art = extract_text("\n".join(head + [first, cut, "@example", rest] + body + tail))
    assert art.text.startswith(first)
    # Over a line that ends no sentence part-way (a teaser's headline), it is a note or a standfirst.
    teaser = "【レビュー】新機能で便利になった小型プロジェクターを試す"
    art = extract_text("\n".join(head + [first, teaser, "@example", rest] + body + tail))
    assert not art.text.startswith(first)


def test_a_record_s_summary_field_over_a_table_of_its_facts_starts_the_text():
    # A registry's record (a study, a paper, an advisory): no date over it, but its first paragraph is
    # the labelled summary field, which a table of the record's facts cuts off from the longer text.
    for label in ("Brief Summary:", "Abstract", "Zusammenfassung", "概要"):
        head = ["Home", "Find Studies", "Study Description", "Go to", "Top of Page", label]
        art = extract_text("\n".join(head + [_FIRST] + _TABLE + BODY + TAIL))
        assert art.text.split("\n\n")[:2] == [_FIRST, BODY[0]], label
    # Another label is no record's field: a box's text above a table stays out.
    art = extract_text("\n".join(["Home", "Find Studies", "Our mission:"] + [_FIRST] + _TABLE + BODY + TAIL))
    assert art.text.startswith(BODY[0])


# A box of other stories set inside an article, as lynx prints it: its labels, the link numbers of its
# pictures, a picture's caption (printed twice: alt text and caption) and the teasers' headlines.
_CAPTION = "The old covered market of a northern town on a busy Saturday morning, in a picture from the archive."
_BOX = ["Related", "[12]", "Ten towns that saved their market halls", "Related", "[13]",
        f"{_CAPTION} {_CAPTION}", "How the square got its tents back", "[14]", "Why old roofs let the rain in"]


# An author's card under the byline (the writer's latest stories) and a share bar: the first paragraph
# stands far (more than LEAD_GAP_MAX lines) under the headline, and not right under a header.
_CARD = ["Dana Whitfield", "Senior Editor", "Dana Whitfield's Most Recent Stories", "Ten years of the harbour festival",
         "A bakery that never closed", "The last tram to the coast", "View All", "@danawhitfield Follow"]
_SHARE = ["Facebook", "Twitter", "Reddit", "Email", "Tumblr", "Pin It", "LinkedIn", "WhatsApp", "Print",
          "Pocket", "Flipboard"]


def test_a_first_paragraph_over_a_box_of_other_stories_starts_the_text():
    # The region search starts under the box (its labels cost as much as a list of other stories ending
    # an article, and the long caption stops the region growing over it): the paragraph above it is the
    # article's first.
    art = extract_text("\n".join(HEAD + _CARD + _SHARE + [_FIRST] + _BOX + BODY + TAIL))
    paras = art.text.split("\n\n")
    assert paras[:2] == [_FIRST, BODY[0]]
    assert "Ten towns that saved their market halls" not in art.text and _CAPTION not in art.text


def test_a_box_of_other_stories_does_not_reach_over_the_headline():
    # A video's caption with its share buttons over a "share" label, then the headline: the headline
    # is the article's, not a teaser of a box, and the caption above it stays out.
    promo = ("The mayor of the town admitted failures in public on Monday Play Pause to the comments "
             "share on Bluesky share on Facebook share on LinkedIn share by mail share on Xing")
    head = ["Home", "News", "Sport", promo, "Related", "Market hall to close for repairs"]
    art = extract_text("\n".join(head + BODY + TAIL))
    assert promo not in art.text and art.text.startswith(BODY[0])
