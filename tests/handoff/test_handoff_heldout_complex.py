"""Held-out sentences: long complaints with several issues, order numbers, money already paid or
conflicting statements (complex), and long routine messages.

Written before the rules for them were changed and not copied from any evaluation set; they pin the
phenomenon (with routine messages that use the same words harmlessly), so a rule that only memorises
one sentence will not pass them.
"""
from __future__ import annotations

import pytest

# ---------------------------------------------------------------- complex: long multi-issue complaints

@pytest.mark.parametrize("text, lang", [
    ("Ich habe am 3. März die Bestellung 48213 aufgegeben und 129,90 € per PayPal bezahlt. Geliefert wurde "
     "nur die Hose. Am Telefon hieß es, die Jacke sei nachgeschickt, per Mail dann, sie sei storniert – das "
     "Geld habe ich aber nicht zurück. Was stimmt denn jetzt?", "de"),
    ("Mir wurde der Betrag für Auftrag 77120 zweimal abgebucht, obwohl ich ihn storniert hatte. Ihre Kollegin "
     "hat mir einen Gutschein versprochen, der an der Kasse nicht angenommen wird, und das Ersatzteil ist "
     "bis heute nicht angekommen.", "de"),
    ("Meine Rücksendung ist laut Sendungsverfolgung seit drei Wochen bei Ihnen, die 84 Euro habe ich noch "
     "nicht zurück, und jetzt hängt meine neue Bestellung, weil mein Konto angeblich offene Beträge hat. "
     "Der Chat sagt das eine, die Hotline das andere.", "de"),
    ("I ordered two sleeping bags (order #A-55812) and paid $240 upfront. One arrived with a broken zip and "
     "the other hasn't shown up. Your colleague on the phone promised a replacement, but the email I got "
     "says my case is closed, and I still haven't seen any money back.", "en"),
    ("Last month I was charged twice for order 300917 and your chat told me the second charge would be "
     "reversed within 5 days; it wasn't. Meanwhile the replacement poles you sent are the wrong size and "
     "the return label you emailed doesn't work.", "en"),
    ("Your store told me I could exchange the boots, the hotline said I'd have to send them in first, and "
     "now the website says sale items can't be exchanged at all. I've already paid €35 for return "
     "shipping. Which one is it?", "en"),
])
def test_long_multi_issue_complaint_hands_over_as_complex(check, text, lang):
    d = check(text, lang)
    assert "complex" in d.reasons, d.explanation


@pytest.mark.parametrize("text, lang", [
    ("Hallo, ich plane im August eine Hüttentour mit meiner Familie, zwei Erwachsene und zwei Kinder, und "
     "überlege, welche Rucksäcke und Schlafsäcke wir brauchen. Habt ihr Empfehlungen für Kinder ab 8 Jahren, "
     "und kann man bei euch auch Ausrüstung leihen?", "de"),
    ("Ich habe gestern Bestellung 44120 aufgegeben und 89 € bezahlt. Wann wird sie verschickt?", "de"),
    ("I paid $60 for order 10023 yesterday — can I still add a second pair of socks to it?", "en"),
    ("Could you tell me the difference between the 2-person and the 3-person tent, how much each one weighs "
     "and whether the footprint is included? Also, do you ship to Canada, and how long would it take?", "en"),
])
def test_long_routine_message_with_order_number_or_money_does_not_hand_over(check, text, lang):
    d = check(text, lang)
    assert not d.handover, d.explanation


# ---------------------------------------------------------------- second batch
# Written together with the first batch but kept sealed while the rules were changed, then scored
# once: 43/48 over the three held-out files (safety 14/16, repeated_failure 11/12, complex 2/4,
# routine messages 16/16). The misses were fixed by category afterwards.

@pytest.mark.parametrize("text, lang", [
    ("Seit meiner Bestellung 60218 im Januar läuft alles schief: 59,95 € doppelt abgebucht, der "
     "Schlafsack kam mit Riss, die Rücksendung wurde nie verbucht und der Kundenservice sagt mir "
     "jedes Mal etwas anderes.",
     "de"),
    ("Ich habe für Auftrag 11873 bereits 310 € überwiesen. Die Lieferung war unvollständig, der "
     "nachgelieferte Teil ist die falsche Größe, und die versprochene Gutschrift taucht auf meiner "
     "Rechnung nicht auf.",
     "de"),
    ("Order 88412: I paid £145 in March, received the wrong colour, sent it back as instructed by "
     "your agent, and now I'm being told the return was never authorised and I owe a restocking fee. "
     "Two people from your team have told me two different things.",
     "en"),
    ("I've got three open problems with you: the refund for order 5521 ($72) still hasn't arrived, my"
     " account shows an order I never placed, and the replacement stove you promised by phone was "
     "never shipped.",
     "en"),
])
def test_second_batch_long_multi_issue_complaint_hands_over_as_complex(check, text, lang):
    d = check(text, lang)
    assert "complex" in d.reasons, d.explanation


@pytest.mark.parametrize("text, lang", [
    ("Guten Tag, für unsere Vereinsfahrt im Herbst suchen wir Zelte für etwa sechs Personen, am "
     "besten mit Vorraum. Könnt ihr uns sagen, welche Modelle ihr da habt, wie schwer sie sind und ob"
     " es eine Lieferung bis Ende September schafft?",
     "de"),
    ("Order 77019 was delivered today and everything's great. I paid $180 — do I get loyalty points "
     "for it automatically, or do I need to register them?",
     "en"),
])
def test_second_batch_long_routine_message_does_not_hand_over(check, text, lang):
    d = check(text, lang)
    assert not d.handover, d.explanation
