"""Lines in scripts written without spaces between words (Japanese, Chinese) on the text path.

Such a line has no words to count function words in (its "words" are the phrases between
punctuation marks), so a page's frequent words, often a menu's or an address's parts, say nothing
of it: what density does not call prose is judged by shape (length, full stops), as on a page
without thresholds. The inputs are composed for the tests.
"""

from __future__ import annotations

from newsclean import text_classify, text_fields, text_title
from newsclean.text_extract import article_lines, extract_text, split_lines
from newsclean.text_lines import Line
from newsclean.text_wrap import _break_cols

_PROSE = [
    "先月、市の図書館で新しい貸し出しの仕組みが始まり、利用者は窓口に並ばずに本を借りられるようになった。"
    "職員によると、導入から二週間で利用者の数は前の月の倍近くに増えたという。",
    "仕組みは単純で、利用者は棚から取った本を入口の台に置くだけでよい。台が本に貼られた札を読み取り、"
    "貸し出しの記録を自動で作る。返却も同じ台で済む。",
    "一方で、高齢の利用者からは操作が分かりにくいとの声も出ている。市は当面、窓口にも職員を残し、"
    "使い方を説明する時間を設けると話している。",
    "市の担当者は「本を借りるまでの手間を減らし、より多くの人に図書館を使ってほしい」と述べ、"
    "来年度には他の分館にも同じ台を置く考えを示した。",
]
_MENU = "ニュース 政治 経済 国際 社会 スポーツ 文化 科学 健康 暮らし 地域 天気 教育 選挙 読書 映画 音楽 旅行 料理 写真 動画 特集 連載 社説"
_ADDRESS_WORDS = frozenset(["https", "www", "example", "jp", "top", "news", "blog", "list", "tag", "feed", "help", "faq", "mail", "shop", "map", "app", "id", "ref"])


def _line(text: str, stop: frozenset[str] | None) -> Line:
    ln = Line(raw=text, text=text)
    ln.words, ln.chars, ln.sw, ln.sentence, ln.headline, ln.reason = text_classify._text_features(text, stop)
    return ln


def test_a_cjk_paragraph_is_prose_whatever_the_pages_frequent_words():
    """A Japanese page whose frequent short words are an address's parts ("https", "jp", "id") has
    thresholds from them, but its paragraphs hold none of those words: they are still prose, judged
    by length and full stops. A line of Latin script without them stays furniture, and a run of
    Japanese menu words (no full stop) is not prose."""
    th = (0.28, 0.22, 0.15)
    for text in _PROSE:
        assert text_classify._classify(_line(text, _ADDRESS_WORDS), th) == "good"
    latin = "Subscribe to our weekly digest and receive the best stories in your inbox every Monday morning for free"
    assert text_classify._classify(_line(latin, _ADDRESS_WORDS), th) == "bad"
    assert text_classify._classify(_line(_MENU, _ADDRESS_WORDS), th) not in ("good", "near")


def test_a_cjk_line_with_a_full_stop_inside_is_near_prose():
    """Chinese and Japanese put no space after a full stop: a long line with one inside but none at
    its end (a paragraph a converter cut at a link, or a headline of two clauses) is near prose, not
    good; a line ending with one is good; a menu with an exclamation inside ("日刊！ポケモン") is not
    prose."""
    cut = "インターネット上の全アドレス空間を高速に調べる道具として、二つの名前がよく知られている。これらは研究者にも攻撃者にも幅広く使われており、その"
    assert text_classify._classify(_line(cut, None), None) == "near"
    assert text_classify._classify(_line(cut + "違いを調べた。", None), None) == "good"
    menu = "子育て 記事検索 連載小説 日刊！ポケモン コラム 数独 クロスワード 写真 動画 特集 天気 地域 政治 経済 国際 社会 スポーツ"
    assert text_classify._classify(_line(menu, None), None) not in ("good", "near")
    chinese = "市图书馆上个月推出了新的借书方式，读者不必排队就能借书。工作人员说，两周内读者人数几乎翻了一倍。不过也有年长的读者认为操作不够清楚，但"
    assert text_classify._classify(_line(chinese, None), None) == "near"


def test_frequent_words_absent_from_the_long_lines_give_no_thresholds():
    """When the page's frequent short words come from its addresses and the typical long line holds
    none of them, they are not its function words: no thresholds (zero ones would call every long
    line prose, a menu too), the page is judged by shape and the article starts with its first
    paragraph, not with the menu above it."""
    links = [f"* https://www.example.jp/{k}/top/news/blog/list?tag=feed&help=faq&mail=shop&map=app&id={k}&ref=nav"
             for k in range(8)]
    text = "\n\n".join([*links, _MENU, "# 図書館に新しい貸し出しの仕組み", *_PROSE, *links[:2]])
    assert text_classify._featurise(split_lines(text), None) is None
    lines, start, _ = article_lines(text)
    assert next(ln for ln in lines if ln.text == _MENU).cls == "bad"
    assert extract_text(text).text.startswith(_PROSE[0][:30])


def test_a_japanese_page_guessed_english_from_its_code_keeps_its_paragraphs():
    """A programming article in Japanese whose longest lines hold code with English comments is
    guessed English: its Japanese paragraphs have no English function words, but they are prose by
    shape, and the article runs from the first paragraph to the last, the code between them."""
    paras = [
        "個人的にこの新しい言語には強く期待しており、その中でも画面の部品を直接操作できる点が有力だと感じています。"
        "それは他の言語では外部の部品に頼る必要があったためです。",
        "しかしこの仕組みが新しい可能性を見せてくれます。部品の操作をそのまま書けるようにしてくれるのです。使い方を見てみましょう。",
        'コードはこのようになります。 extern "C" { fn log_value(start: i32); } // write the name to the log '
        'fn cstr(s: &str) -> i32 { let c = CString::new(s).unwrap(); c.into_raw() as i32 } // and return it to '
        'the caller fn main() { log_value(cstr("hello")); }',
        'さらに画面への描画も行えます。 let ctx = canvas.get_context("2d"); // draw the chart of the values on the '
        "canvas for i in 0..values.len() { ctx.fill_rect(i * 10, 0, 8, values[i]); } // and update it when one of "
        "the values changes in the form",
        "コードは少し取っつきが悪そうな気はしますが、今後は包み込む部品も登場するのではないでしょうか。"
        "そうすれば状況は大きく変わって、多くの開発者が使うようになるはずです。",
    ]
    menu = ["ホーム", "記事一覧", "お問い合わせ", "開発,", "言語,", "Web,"]
    text = "\n\n".join([*menu, "# 新しい言語で画面の部品を操作する", *paras, "人気記事", "タグ一覧", "Copyright 2019 Example"])
    assert text_classify._page_language(split_lines(text)) == "en"
    body = extract_text(text).text
    assert body.startswith(paras[0][:30]) and body.endswith(paras[-1][-30:])


# Headlines of a Japanese news site's lists, 20 to 27 characters long (40 to 54 columns): sites cut their
# headlines at a length, and most come close to it.
_HEADLINES = [
    "港湾の再開発計画、市が住民説明会を延期 反対意見を受け",
    "県内の観光客数、三年ぶりに前年を上回る",
    "新型の路面電車が試運転 来春の開業に向けて最終調整",
    "地方銀行二行が経営統合を発表 店舗網も見直し",
    "中学校の部活動、地域移行を前倒し 指導者確保が課題",
    "大雪の影響で鉄道の運休相次ぐ 週末まで警戒",
    "市立病院の建て替え、費用が当初の見込みを超過",
    "農産物の輸出額が過去最高 果物と牛肉が伸びを支える",
    "空き家の活用へ補助金を拡充 改修費の半額まで",
    "高速道路の一部区間で夜間通行止め 橋の補修工事",
    "子ども食堂の運営団体に寄付 物価高で利用増",
    "文化財の修復に新技術 三次元計測で傷みを細かく把握",
]


def test_a_list_of_cjk_headlines_under_one_length_is_not_taken_for_wrapped_text() -> None:
    # An unwrapped dump (bs4) of a Japanese page whose headlines crowd under one length, each with its
    # topic label under it: no converter wrapped it, so the article's headline keeps its line and the
    # label under it stays apart ("…持ち株社長も引責" / "金融機関" on a dev page). Read as wrapped at the
    # headlines' length (a CJK run taken for one word that did not fit), every headline took its label.
    topics = ["地域", "観光", "交通", "経済", "教育", "気象", "医療", "農業", "住宅", "道路", "福祉", "文化"]
    head = "市営バスの運賃改定、来年四月から 利用者の負担増"
    teasers = [x for h, t in zip(_HEADLINES, topics, strict=True) for x in (h, t)]
    dump = "\n".join(["ニュース", "地域", *teasers[:12], head, "交通", "2025年1月14日 20:00", *_PROSE,
                      "関連記事", *teasers[12:], "アクセスランキング", *_HEADLINES[:6]]) + "\n"
    lines = [ln.text for ln in split_lines(dump)]
    assert head in lines and "交通" in lines and _HEADLINES[0] in lines
    assert extract_text(dump).title == head


def test_a_terminal_converter_could_have_moved_one_cjk_character_up_not_the_run() -> None:
    # By terminal columns (a wide character two) a converter that wraps CJK text breaks it between any two
    # characters: a line that ends three columns short of the width would have taken the next line's
    # first character; a run of Latin letters or digits before it moves with it, "12月". By characters
    # (lynx, html2text: they break CJK text at spaces) the run is one word.
    assert _break_cols("金融機関", by_columns=True) == 1 + 2
    assert _break_cols("12月24日 20:00", by_columns=True) == 1 + 4
    assert _break_cols("」と述べた。", by_columns=True) == 1 + 2
    assert _break_cols("NIKKEI Prime", by_columns=True) == 1 + 6
    assert _break_cols("금융 기관", by_columns=True) == 1 + 4  # (Korean spaces its words)
    assert _break_cols("金融機関") == 1 + 8


def test_cjk_text_wrapped_at_a_terminals_columns_is_still_joined() -> None:
    # w3m gives a wide character two of its 80 columns and breaks Chinese and Japanese text between any
    # two characters: each paragraph, cut every 39 characters, comes out whole again.
    wrapped = []
    for para in _PROSE + _PROSE[::-1]:
        wrapped += [para[k:k + 39] for k in range(0, len(para), 39)] + [""]
    lines = [ln.text for ln in split_lines("\n".join(wrapped))]
    assert lines == _PROSE + _PROSE[::-1]


def test_a_books_credits_are_its_byline_and_no_title() -> None:
    """A Japanese book page prints each name with its role after it ("著" wrote, "監訳" supervised the
    translation, "訳" translated): the credits line is the byline, its names the authors, and no title
    candidate; the title is the line above."""
    dump = "\n".join([_MENU, "はじめてのプログラミング入門", "Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳", *_PROSE])
    art = extract_text(dump)
    assert art.title == "はじめてのプログラミング入門"
    assert art.byline == "Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳"
    assert art.authors == ["Eric Freeman", "嶋田 健志", "木下 哲也"]
    # (A word that ends in the role's character is no credit: "新著", a new book.)
    assert extract_text("\n".join([_MENU, "村上春樹の新著", *_PROSE])).byline is None


def test_a_note_opened_by_a_reference_mark_is_no_title() -> None:
    """A Japanese note opens with the reference mark ("※当社従来品との比較", compared with our earlier
    model): no title candidate, even right above the article (80 such lines on 5 dev sites, none a headline)."""
    note = "※当社従来品との比較で約18%軽量"
    dump = "\n".join([_MENU, "薄型キーボード6モデルを発売", note, *_PROSE])
    lines, start, end = article_lines(dump)
    texts = [c[1] for c in text_title.title_candidates(text_fields.page_context(lines, start, end))]
    assert "薄型キーボード6モデルを発売" in texts
    assert not any(t.startswith("※") for t in texts)
