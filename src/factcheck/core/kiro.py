"""Japanese "キロ" after a number, a kilometre or a kilogram as the words around it say.

The Japanese press shortens both "キロメートル" and "キログラム" to "キロ": "震源の深さは36キロ" (a
depth), "水銀136キロを押収" (a seizure), "1袋60キロ" (a bag). Left unread, such a figure meets
neither "36 km" nor "136 kg" in another language. What was measured says which: a distance, a
length, a depth or a height before the number, or a place after it ("…キロの海域", "30キロ圏内"),
is in kilometres; a weight, a seizure, a bag or box or an amount shipped or sold is in kilograms.
Where nothing says, the number stays plain: a guessed unit would be a false conflict.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.core.models import Figure

KIRO = "キロ"
# The clause before the number (back to a comma or a full stop), and the words just after "キロ"
_CLAUSE_START = re.compile(r"[、。，,：:（(「『\n][^、。，,：:（(「『\n]*$")
_REACH = 24  # characters of the clause before the number looked at
# a distance, a length, a depth, a height, a reach, a stretch between two places, a bearing ("東約26キロ")
_LENGTH_BEFORE = re.compile(
    r"距離|離れ|長さ|全長|総延長|延長|区間|深さ|高度|高さ|標高|沖|半径|射程|航続|走行|上空|幅|周|渋滞|車列|の列"
    r"|[東西南北]{1,3}(?:約|およそ|ほど)?$|[間線]\s*(?:約|およそ)?$")
_LENGTH_AFTER = re.compile(r"^(?:(?:ほど|余り|あまり)?(?:圏|先|四方|沖|離れ|にわたっ|に位置|の(?:海域|海底|地点|場所|沖|"
                           r"(?:延伸)?区間|道のり|渋滞|ケーブル|路線|線路|道路|トンネル|村|町)))")
# a weight, a seizure, a bag, box or sack of so much, an amount imported, exported, sold, caught or emitted
_MASS_BEFORE = re.compile(r"重量|重さ|体重|押収|[袋箱俵個]\s*(?:約|およそ)?$|(?:輸入|輸出|販売|生産|出荷|漁獲|収穫|排出|消費)量")
_MASS_AFTER = re.compile(r"^(?:(?:ほど|余り|あまり)?(?:入り|[をが](?:押収|持ち帰|見つか|発見|販売|輸出|輸入|出荷|密輸)"
                         r"|の(?:コカイン|麻薬|覚醒剤|金|銀)))")
# a conversion in parentheses after a weight or a length ("25ポンド（約11.3キロ）", "1袋（約48キロ）")
_IN_PARENTHESES = re.compile(r"(?P<mass>ポンド|袋|箱|ボンベ|俵)?(?P<length>マイル|フィート)?\s*[（(]\s*(?:約|およそ)?\s*$")


def kilo_in_context(f: Figure, text: str) -> Figure:
    """``f``, a plain number before a bare "キロ" (no longer unit word), in kilometres or kilograms
    where its clause says which; else ``f``."""
    end = f.end + len(KIRO)
    if f.kind != "number" or f.unit is not None or not text.startswith(KIRO, f.end) or _katakana(text[end:end + 1]):
        return f
    before = text[max(0, f.start - _REACH):f.start]
    clause = m.group(0)[1:] if (m := _CLAUSE_START.search(before)) else before
    after = text[end:end + 8]
    if after[:1] in ("と", "や") and (nxt := text.find(KIRO, end, end + 16)) > 0:
        after = text[nxt + len(KIRO):nxt + len(KIRO) + 8]  # "水銀136キロと金38.4キロを押収": the last one's words
    bracket = _IN_PARENTHESES.search(before)
    length = bool(_LENGTH_BEFORE.search(clause) or _LENGTH_AFTER.search(after) or bracket and bracket["length"])
    mass = bool(_MASS_BEFORE.search(clause) or _MASS_AFTER.search(after) or bracket and bracket["mass"])
    if length == mass:  # neither, or both: nothing says which
        return f
    unit, dimension = ("km", "length") if length else ("kg", "mass")
    return replace(f, unit=unit, dimension=dimension, end=end, text=text[f.start:end])


def _katakana(ch: str) -> bool:
    """Whether ``ch`` is a katakana letter or the long-vowel mark ("キロワット", "キロリットル")."""
    return bool(ch) and ("\u30a1" <= ch <= "\u30fa" or ch == "ー")
