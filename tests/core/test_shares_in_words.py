"""Shares written without a percent sign: Chinese, Japanese and Korean fractions and tenths, "百分之",
tenths in words, "every tenth" in Russian and Ukrainian; read in sentences with no digit too."""

from __future__ import annotations

import hashlib

import pytest

from factcheck.core.consistency import compare_quantities, verdict
from factcheck.core.figures import read_figures
from factcheck.core.models import Article
from factcheck.core.pipeline import analyse
from factcheck.core.signature import build_signature


def shares(text: str, lang: str) -> list[float]:
    return [round(f.value, 2) for f in read_figures(text, lang) if f.kind == "percent"]


@pytest.mark.parametrize("text, lang, value", [
    ("阿联酋约占五分之一。", "zh", 20), ("约占粮食总产量的四分之三。", "zh", 75), ("相当于国内生产总值的十分之一。", "zh", 10),
    ("这一比例超过八成五。", "zh", 85), ("出口增长百分之三十。", "zh", 30), ("物价上涨百分之七点五。", "zh", 7.5),
    ("物价上涨百分之7.5。", "zh", 7.5), ("不良率为千分之三。", "zh", 0.3),
    ("輸出の三分の一を占める。", "ja", 33.33), ("전체 공급량의 3분의 2를 차지했다.", "ko", 66.67),
    ("수출의 절반 이상이 중국으로 간다.", "ko", 50),
    ("Roughly nine-tenths of the volume went to China.", "en", 90),
    ("Neun Zehntel der Exporte gingen nach China.", "de", 90),
    ("देश के दो-तिहाई किसान प्रभावित हैं।", "hi", 66.67),
    ("Кожна десята пляшка йде на експорт.", "uk", 10), ("Каждый третий житель уехал.", "ru", 33.33),
    # with the article
    ("Les envois représentent plus du quart du produit intérieur brut.", "fr", 25),
    ("La compagnie a annulé environ le tiers de ses vols.", "fr", 33.33),
    ("Es poco más de una cuarta parte de los fondos solicitados.", "es", 25),
    # a change said with a comparative, and shares in the cases a bound or "about" takes
    ("Die Genossenschaft hat nur eingesammelt, gut ein Drittel weniger als im Vorjahr.", "de", 33.33),
    ("Growers picked a third fewer grapes than last year.", "en", 33.33),
    ("Se recogió un tercio menos que el año pasado.", "es", 33.33),
    ("Die Exportquote ist bereits zu rund vier Fünfteln ausgeschöpft.", "de", 80),
    ("Das Projekt ist zu zwei Dritteln finanziert.", "de", 66.67),
    ("Srbija drži oko četvrtine svjetskog izvoza malina.", "hr", 25),
    ("Na export jde více než třetiny úrody.", "cs", 33.33), ("Экспорт составил около трети урожая.", "ru", 33.33),
    # in more of the world's languages: with "of" after them, or the share before its base
    ("Byna twee derdes van die verbrande oppervlakte was hulle s'n.", "af", 66.67),
    ("Rand Water het sy toevoer met 'n derde verminder.", "af", 33.33),
    ("Theluthi mbili ya wakulima wameathirika.", "sw", 66.67),
    ("Halos kalahati ng mga magsasaka ang apektado.", "tl", 50),
    ("Khoảng một nửa số hộ dân bị ảnh hưởng.", "vi", 50), ("ประมาณหนึ่งในสามของผู้ส่งออก", "th", 33.33),
    ("تقریباً ایک تہائی کسان متاثر ہوئے۔", "ur", 33.33),
    ("மூன்றில் ஒரு பங்கு விவசாயிகள் பாதிக்கப்பட்டனர்.", "ta", 33.33),
    ("Rreth një e treta e fermerëve u prekën.", "sq", 33.33), ("İxracın üçdə ikisi Çinə gedib.", "az", 66.67),
    ("Bu eksportning uchdan ikki qismini tashkil etgan.", "uz", 66.67),
    ("Экспорттың үштен бірі Қытайға кетті.", "kk", 33.33),
    ("اجاره اکنون حدود دو سوم درآمد یک خانوار را می‌بلعد.", "fa", 66.67), ("מזון היווה כמחצית מהמטען.", "he", 50),
])
def test_shares_without_a_percent_sign(text, lang, value):
    assert shares(text, lang) == [value]


@pytest.mark.parametrize("text, lang", [
    ("列车晚点5分の遅れ。", "ja"),  # minutes
    ("十五个成员国的代表出席。", "zh"),  # members
    ("该公司成功上市，成本下降。", "zh"),
    ("Каждую пятницу рынок закрыт.", "ru"),  # every Friday
    ("Le club a perdu le quart de finale.", "fr"),  # a round of a cup
    ("Er kam zu spät und sagte zu ein paar Leuten etwas.", "de"),
    ("Zbiory spadły do połowy roku.", "pl"),
    ("Safari ilichukua saa kumi na nusu.", "sw"),  # half an hour, with no "of" after it
])
def test_words_that_are_no_shares(text, lang):
    assert shares(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    ("中国约占其出口量的九成。", "zh", 90), ("约占三分之二。", "zh", 66.67), ("其中四分之三来自国家开发银行贷款。", "zh", 75),
    ("전체의 절반을 차지했다.", "ko", 50), ("Jedes siebte Werk steht still.", "de", 14.29),
    ("Кожна десята пляшка йде на експорт.", "uk", 10),
])
def test_a_sentence_without_digits_gives_its_share(text, lang, value):
    claims = analyse(Article(text, lang, hashlib.sha256(text.encode()).hexdigest())).claims
    assert [round(q.value, 2) for c in claims for q in c.quantities] == [value]


def _signature(text: str, lang: str):
    claim = analyse(Article(text, lang, hashlib.sha256(text.encode()).hexdigest(), date="2026-11-20")).claims[0]
    quantities = tuple((q, text[q.start:q.end]) for q in claim.quantities)
    return build_signature(text[claim.start:claim.end], lang, quantities, (), "2026-11-20", claim.start)


def test_a_share_in_numerals_meets_the_same_share_in_digits():
    china = _signature("Iran's crude exports: China bought roughly nine-tenths of the volume in October.", "en")
    assert verdict(compare_quantities(china, _signature("10月，中国约占伊朗原油出口量的九成。", "zh"))) == "consistent"
    fifth = _signature("Emirates accounted for 21% of India's gold imports.", "en")
    assert verdict(compare_quantities(fifth, _signature("阿联酋约占印度黄金进口的五分之一。", "zh"))) == "consistent"
    # two shares in words are one share rounded by each outlet: seven tenths is not nine
    assert verdict(compare_quantities(china, _signature("10月，中国约占伊朗原油出口量的七成。", "zh"))) == "conflict"
