"""The quarter of the year a figure is of: "in the third quarter", "im zweiten Quartal", "au
troisième trimestre", "w trzecim kwartale", "ve třetím čtvrtletí", "Q3", "kuartal III".

A quarter's figure is not another quarter's: "Im zweiten Quartal ... 7,6 Prozent" and "rose 8.4% year
on year in the third quarter" are both right. A quarter is kept as the month a figure is of, past the
twelve months (``QUARTER_BASE + n``), so that figures of different quarters are set apart as figures of
different months are (``core.consistency``). So are the first half and the first nine months of the
year (``SPANS``): results "for the first nine months" are not the third quarter's; and any other run of
months ("entre enero y octubre", "1～10月": ``RANGE_BASE``), or the first months of a year that may be a
fiscal one ("in the first ten months", ``core.first_months``: ``FIRST_BASE``).
"""

from __future__ import annotations

import re

from factcheck.core.dates import month_names, month_of, month_starts
from factcheck.core.figure_ranges import AND, BETWEEN, TO
from factcheck.core.first_months import STEMS as FIRST_MONTHS_STEMS, first_months

QUARTER_BASE = 12  # Figure.month 13-16: the first to the fourth quarter
FIRST_HALF, NINE_MONTHS = 17, 18  # Figure.month of the year so far: "im ersten Halbjahr", "in the first nine months"
SPANS = {FIRST_HALF: "H1", NINE_MONTHS: "9M"}
RANGE_BASE = 100  # Figure.month of any other run of months, first to last: 100 * first + last ("Jan-Oct": 110)
FIRST_BASE = 50  # Figure.month of the first n months of a year that may be a fiscal or a season's: 50 + n

# Ordinals one to four, as they stand before a word for quarter (declined forms by their beginnings)
_ORDINALS = (
    r"first|1st|erste[nmrs]?|premier|primer|primero|primo|primeiro|eerste|første|första|pierwsz\w*|prvn\w*|"
    r"prv\w*|első|ensimmäi\w*|πρώτ\w*|primul",
    r"second|2nd|zweite[nmrs]?|deuxième|segundo|secondo|tweede|andet|andra|andre|drug\w*|druh\w*|második|"
    r"toi\w*|δεύτερ\w*|al doilea",
    r"third|3rd|dritte[nmrs]?|troisième|tercer|tercero|terzo|terceiro|derde|tredje|trzec\w*|třetí\w*|"
    r"treť\w*|harmadik|kolma\w*|τρίτ\w*|al treilea",
    r"fourth|4th|vierte[nmrs]?|quatrième|cuarto|quarto|vierde|fjerde|fjärde|czwart\w*|čtvrt\w*|štvrt\w*|"
    r"negyedik|neljä\w*|τέταρτ\w*|al patrulea",
)
_QUARTER = (r"quarter|quartal|quartals|trimestre|trimestral|kwarta\w*|kvartal\w*|čtvrtletí|štvrťro\w*|"
            r"negyedév\w*|neljännes\w*|τρίμην\w*|τριμήν\w*|trimestrul")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_PATTERN = re.compile(
    rf"(?<![^\W\d_])(?:(?P<word>{'|'.join(f'(?P<o{n}>{o})' for n, o in enumerate(_ORDINALS, 1))})[\s-]+(?:{_QUARTER})"
    rf"|(?P<digit>[1-4])\.\s*(?:{_QUARTER})"  # "im 3. Quartal", "3. kvartal"
    rf"|(?:kuartal|triwulan)\s+(?:ke-?)?(?P<roman>iv|iii|ii|i|[1-4])"  # "kuartal III", "kuartal ke-3"
    rf"|q(?P<q>[1-4])|(?P<q2>[1-4])q)(?![^\W\d_])", re.IGNORECASE)


# a quarter a change is measured against is its base, not the figure's quarter: "ökade med 0,6 procent
# jämfört med andra kvartalet"
_AGAINST = re.compile(
    r"(?:compared (?:with|to)|from|than|over|against|gegenüber|verglichen mit|im vergleich zum|par rapport au|"
    r"sur le|respecto al|frente al|rispetto al|em relação ao|face ao|ten opzichte van|vergeleken met|"
    r"i forhold til|sammenlignet med|jämfört med|mot|w porównaniu z|wobec|oproti|v porovnaní s|"
    r"dibandingkan|dibanding)\s+(?:the\s+|dem\s+|den\s+|det\s+|het\s+|de\s+|el\s+|o\s+)?$", re.IGNORECASE)


# The year so far, as results are given: the first half, the first nine months
_SO_FAR = {
    FIRST_HALF: re.compile(
        r"(?<![^\W\d_])(?:first half|h1|første halvår\w*|första halvåret|første halvår|ersten halbjahr\w*|"
        r"premier semestre|primer semestre|primo semestre|primeiro semestre|eerste helft|eerste halfjaar|"
        r"pierwsz\w* półrocz\w*|prvním pololetí|první pololetí|prvom polroku|első félév\w*|"
        r"ensimmäisellä vuosipuoliskolla|primul semestru|prvom polugodištu|πρώτο εξάμηνο|ilk yarı\w*)(?![^\W\d_])",
        re.IGNORECASE),
    NINE_MONTHS: re.compile(
        r"(?<![^\W\d_])(?:(?:first )?nine months|(?:første |de første )?ni (?:første )?måneder|(?:första )?nio "
        r"(?:första )?månader\w*|(?:ersten )?neun monate\w*|neuf (?:premiers )?mois|(?:primeros )?nueve meses|"
        r"(?:primi )?nove mesi|(?:primeiros )?nove meses|(?:eerste )?negen maanden|(?:pierwszych )?dziewięciu miesięcy|"
        r"(?:prvních )?devíti měsíců|(?:prvých )?deviatich mesiacov|(?:első )?kilenc hónap\w*|"
        r"yhdeksän (?:ensimmäisen )?kuukauden|primele nouă luni|(?:prvih )?devet mjeseci|"
        r"(?:πρώτο )?εννεάμηνο|ilk dokuz ay\w*|sembilan bulan(?: pertama)?|q1-q3|1\.[-–]3\. quartal)(?![^\W\d_])"
        r"|(?<![\w.,])9m(?!\w)",  # not "$38.9m"
        re.IGNORECASE),
}


# a piece of every phrase above, lower-cased
_SO_FAR_STEMS = ("half", "halb", "halv", "semest", "helft", "półrocz", "polet", "polrok", "félév", "puolisk",
                 "εξάμην", "yarı", "h1", "nine", "ni ", "nio", "neun", "neuf", "nueve", "nove", "negen", "dziewię",
                 "devít", "deviat", "kilenc", "yhdeksä", "nouă", "devet", "εννεάμ", "dokuz", "sembilan", "9m",
                 "q1-q3", "quartal")


# Where a language has articles, "nine months" with neither "first" nor an article before it is a
# duration ("Det vil tage ni måneder at reparere", "the repair will take nine months"), not the year so
# far ("de ni måneder", "in the nine months to September")
_ARTICLES = {"en": "the", "da": "de", "nb": "de", "no": "de", "nn": "dei", "sv": "de", "de": "den|die|der",
             "nl": "de|die", "fr": "les|des|ces", "es": "los|estos", "it": "i|nei|dei|negli", "pt": "os|nos|dos"}
_ARTICLE_BEFORE = {lang: re.compile(rf"(?<![^\W\d_])(?:{words})\s+$", re.IGNORECASE)
                   for lang, words in _ARTICLES.items()}


def _a_duration(text: str, m: re.Match[str], lang: str) -> bool:
    article = _ARTICLE_BEFORE.get(lang[:2])
    return (article is not None and len(m.group().split()) == 2 and not m.group()[:1].isdigit()
            and article.search(text, max(0, m.start() - 12), m.start()) is None)


# A range of months that is a part of the year: "de enero a septiembre" is the first nine months,
# "July-September" the third quarter (first month, last month -> Figure.month)
_MONTH_RANGES = {(1, 3): QUARTER_BASE + 1, (4, 6): QUARTER_BASE + 2, (7, 9): QUARTER_BASE + 3,
                 (10, 12): QUARTER_BASE + 4, (1, 6): FIRST_HALF, (1, 9): NINE_MONTHS}
_RUN_OF = {month: run for run, month in _MONTH_RANGES.items()}


def run_of_months(first: int, last: int) -> int | None:
    """``Figure.month`` of the months ``first`` to ``last`` of one year: a quarter, the first half or
    nine months as above, another run as ``RANGE_BASE``; None for one month, the whole year or a run
    into the next year ("October to March" is a season, not a part of one year)."""
    if not 1 <= first < last <= 12 or (first, last) == (1, 12):
        return None
    return _MONTH_RANGES.get((first, last), RANGE_BASE * first + last)


def first_of_a_year(n: int) -> int:
    """``Figure.month`` of "the first n months" (2 to 11) of a year that may begin in another month than
    January ("den ersten acht Monaten des indischen Geschäftsjahres"): a run as long as April to November."""
    return _MONTH_RANGES.get((1, n), FIRST_BASE + n)


def months_of(month: int) -> tuple[int, int]:
    """The first and last month ``Figure.month`` covers (for the first months of any year, as if
    it began in January)."""
    if month <= 12:
        return month, month
    if month in _RUN_OF:  # a quarter, the first half, nine months
        return _RUN_OF[month]
    if FIRST_BASE < month < FIRST_BASE + 12:
        return 1, month - FIRST_BASE
    return divmod(month, RANGE_BASE)


def several_months(month: int | None) -> bool:
    """Whether ``Figure.month`` is a run of months (a quarter, the year so far), not one month."""
    if not month:
        return False
    first, last = months_of(month)
    return first != last


def one_span(x: int, y: int) -> bool:
    """Whether ``Figure.month`` ``x`` and ``y`` may be one time: one of them the first months of a year
    that may not be the calendar's, the other as many months ("4月至11月" / "in den ersten acht
    Monaten") or a month of them but the calendar's last ("des indischen Geschäftsjahres, das im April
    beginnt"); or a run from a month other than January and that month ("seit Beginn des Fiskaljahres
    im April" / "4月至11月")."""
    (a, b), (c, d) = months_of(x), months_of(y)
    if 1 < min(x, y) <= 12 and max(x, y) > RANGE_BASE and months_of(max(x, y))[0] == min(x, y):
        return True
    # one month against the first months: one time unless it is their last month as the calendar's
    # ("en octubre" / "in den ersten zehn Monaten" is a slip)
    return any(FIRST_BASE < m < FIRST_BASE + 12 for m in (x, y)) \
        and (b - a == d - c or min(x, y) <= 12 and min(x, y) != max(b, d))


def so_far(month: int | None) -> bool:
    """Whether ``Figure.month`` is the year so far: January to a month before December."""
    return several_months(month) and months_of(month)[0] == 1


_WORD = re.compile(r"[^\W\d_]+")
# between the two months: a dash or a word for "to" ("bis Ende"), not "and" ("in January and September":
# two months) unless "between" opens the range ("entre enero y octubre"); no other word: "Viña del Mar
# last November" is no run from March
# (and ``TO``'s): "с января по октябрь", "januari t/m oktober", "من يناير حتى أكتوبر"
_TO_MONTH = r"through|thru|until|po|по|t/m|tot en met|až|hadi|đến|إلى|الى|حتى|تا"
_RANGE_GAP = re.compile(rf"\.?\s*(?:[-–—/]|\s(?:{TO}|{_TO_MONTH}|{AND})(?:\s+(?:end|ende|fin|fine|finales|fines)"
                        rf"(?:\s+(?:of|de|di))?)?\s)\s*", re.IGNORECASE)
_AND = re.compile(rf"(?<![^\W\d_])(?:{AND})(?![^\W\d_])", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{BETWEEN})\s+(?:(?:the|den|dem|el|le|os|de)\s+)?$", re.IGNORECASE)
# "1～10月", "1-10月期", "1至10月", "1~10월", "tháng 1 đến tháng 10": a run of months in digits, the Chinese,
# Japanese, Korean and Vietnamese way
_CJK_RUN = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])\s*[月월]?\s*(?:[～~〜∼\-–—－]|至|到)\s*(1[0-2]|0?[1-9])\s*[月월]"
                      r"|tháng (1[0-2]|[1-9]) (?:đến|-|–) tháng (1[0-2]|[1-9])(?!\d)", re.IGNORECASE)


def _month_ranges(text: str, lang: str, lo: int, hi: int, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, part) of each range of months ``text[lo:hi]`` (``lowered``: that piece lower-cased)
    names that is a part of the year."""
    if len(month_starts(lang).findall(lowered)) < 2:  # the cheap test first
        return []
    names = month_names(lang)
    months = [(m.start(), m.end(), month) for m in _WORD.finditer(text, lo, hi)
              if len(m.group()) >= 3 and (month := month_of(m.group(), names, lang))]
    return [(start, end2, part) for (start, end, first), (start2, end2, last) in zip(months, months[1:])
            if (part := run_of_months(first, last)) and _RANGE_GAP.fullmatch(text, end, start2)
            and (not _AND.search(text, end, start2) or last == first + 1
                 or _BETWEEN_BEFORE.search(text, max(lo, start - 20), start))]


def _cjk_runs(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), part) for m in _CJK_RUN.finditer(text, lo, hi)
            if (part := run_of_months(int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))))]


_CJK_DIGITS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
               "１": 1, "２": 2, "３": 3, "４": 4}
# "第三季度", "三季度", "第3四半期", "3분기", "1~3분기" (the first three quarters), "前三季度"; the halves
# "上半年", "상반기", "下半年", "하반기". Not a count of quarters ("3四半期ぶり", "3분기 연속", "连续三个季度"),
# nor one a change is measured against ("比第二季度增长", "2분기보다 12.5% 늘었다"), nor a quarter of a
# fiscal year that may not begin in January ("2026/27财年第二季度"); nor Japanese "上半期", a fiscal year's
# half as often as not
_CJK_PART = re.compile(
    r"(?<![财財]年|年度|회계|连续|連続)(?<![财財]政年度)(?<![第前~～〜∼\-–—－至到\d比较較与與])"
    r"(?:(?P<first>[1１一])\s*[~～〜∼\-–—－至到]\s*)?(?P<before>前)?第?\s*(?P<n>[1-4１-４一二两三四])\s*(?:季度|四半期|분기)"
    r"(?!\s*(?:ぶり|連続|连续|연속|째|만에|以来|보다|대비|比|に比べ|と比べ|相比))"
    r"|(?<![财財]年|年度|회계)(?P<half>上半年|下半年|상반기|하반기)")


def _cjk_parts(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, part) of each quarter or half of the year Chinese, Japanese or Korean names."""
    out = []
    for m in _CJK_PART.finditer(text, lo, hi):
        if m.group("half"):
            out.append((m.start(), m.end(), FIRST_HALF if m.group("half") in ("上半年", "상반기")
                        else run_of_months(7, 12)))
            continue
        n = _CJK_DIGITS[m.group("n")]
        if m.group("first") or m.group("before"):  # the first n quarters: the year so far
            part = run_of_months(1, 3 * n) if n > 1 else None
        else:
            part = QUARTER_BASE + n
        if part:
            out.append((m.start(), m.end(), part))
    return out


_ENGLISH_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                   "eleven": 11}
# "in the three months to September", "the ten months through October", "the six months ending in June":
# the months up to one, the English way
_MONTHS_TO = re.compile(r"(?<![^\W\d_])(?P<n>\d{1,2}|(?i:" + "|".join(_ENGLISH_COUNTS) + r"))[\s-]+months?\s+"
                        r"(?:to|through|thru|until|ending(?:\s+in)?|ended)\s+(?:end[\s-]+|the\s+end\s+of\s+)?"
                        r"(?P<month>[A-Z][a-z]{2,8})(?![^\W\d_])")


def _months_to(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    out = []
    names = month_names("en")
    for m in _MONTHS_TO.finditer(text, lo, hi):
        n = _ENGLISH_COUNTS.get(m.group("n").lower()) or int(m.group("n"))
        last = month_of(m.group("month"), names, "en")
        if last and (part := run_of_months(last - n + 1, last)):
            out.append((m.start(), m.end(), part))
    return out


def quarters_in(text: str, lo: int = 0, hi: int | None = None, lang: str = "") -> list[tuple[int, int, int]]:
    """(start, end, QUARTER_BASE + n) of each quarter ``text[lo:hi]`` names as the one its figures
    are of, and the parts of the year so far; in ``lang``, the ranges of months that are such a part."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _PATTERN.finditer(text, lo, hi):
        if _AGAINST.search(text, max(lo, m.start() - 30), m.start()):
            continue
        if m.group("word"):
            n = next(k for k in range(1, 5) if m.group(f"o{k}"))
        else:
            n = int(_ROMAN.get((m.group("roman") or "").lower()) or m.group("digit") or m.group("roman")
                    or m.group("q") or m.group("q2"))
        out.append((m.start(), m.end(), QUARTER_BASE + n))
    lowered = text[lo:hi].lower()  # the sentence's, not the whole article's
    if any(stem in lowered for stem in _SO_FAR_STEMS):  # the cheap test first
        for span, pattern in _SO_FAR.items():
            out += [(m.start(), m.end(), span) for m in pattern.finditer(text, lo, hi)
                    if not _a_duration(text, m, lang)]
    if lang:
        out += _month_ranges(text, lang, lo, hi, lowered)
    if lang[:2] == "en" and "month" in lowered:
        out += _months_to(text, lo, hi)
    if "月" in lowered or "월" in lowered or "tháng" in lowered:
        out += _cjk_runs(text, lo, hi)
    if "季度" in lowered or "四半期" in lowered or "분기" in lowered or "半年" in lowered or "반기" in lowered:
        out += _cjk_parts(text, lo, hi)
    if any(stem in lowered for stem in FIRST_MONTHS_STEMS):
        out += [(start, end, first_of_a_year(n)) for start, end, n in first_months(text, lo, hi)]
    return sorted(set(out))
