"""Each escalation reason, in German and English, with sentences from several kinds of business."""
from __future__ import annotations

from handoff.detector import Conversation


# ---------------------------------------------------------------- safety

def test_safety_de_smoking_charger_escalates(check):
    d = check("Das Netzteil qualmt und riecht verschmort, was soll ich tun?", "de")
    assert d.reasons[0] == "safety"


def test_safety_en_electric_shock_escalates(check):
    d = check("I got an electric shock from the hair dryer you sold me", "en")
    assert d.reasons[0] == "safety"


def test_safety_de_allergic_reaction_escalates(check):
    d = check("Ich bin allergisch gegen Sesam und nach dem Brot juckt mein Hals und ist ganz eng", "de")
    assert "safety" in d.reasons


def test_safety_en_child_swallowed_part_escalates(check):
    d = check("my kid swallowed a button battery from the toy", "en")
    assert "safety" in d.reasons


def test_safety_de_self_harm_hint_escalates(check):
    d = check("Ich hab keine Kraft mehr und will einfach nicht mehr leben", "de")
    assert d.reasons[0] == "safety"
    assert "self_harm" in d.signals


def test_safety_en_self_harm_hint_escalates(check):
    assert "safety" in check("some days I think about ending my life", "en").reasons


def test_safety_has_the_highest_priority(check, rules):
    d = check("I'm furious, the heater caught fire and I'm calling my lawyer!!!", "en")
    assert d.reasons[0] == "safety"
    assert d.priority == rules.priority("safety") == max(rules.priority(r) for r in rules.reasons)


# ---------------------------------------------------------------- legal

def test_legal_de_lawyer_escalates(check):
    assert "legal" in check("Ich übergebe die Sache jetzt meiner Anwältin.", "de").reasons


def test_legal_de_consumer_protection_escalates(check):
    assert "legal" in check("Ich melde das der Verbraucherzentrale, das lasse ich mir nicht gefallen.", "de").reasons


def test_legal_en_chargeback_escalates(check):
    assert "legal" in check("I've asked my credit card company for a chargeback.", "en").reasons


def test_legal_en_journalist_asking_about_incident_escalates(check):
    d = check("I'm a journalist at a regional paper reporting on the recall of your space heaters, can you give a statement?", "en")
    assert "legal" in d.reasons


def test_legal_de_routine_press_contact_does_not_escalate(check):
    assert not check("Wer ist bei euch der Ansprechpartner für Presseanfragen?", "de").handover


def exact(detector, text: str, lang: str) -> tuple[str, ...]:
    return detector.detect(text, Conversation(previous_user_messages=[]), lang).exact


def test_legal_being_a_lawyer_is_not_a_legal_step(rules_only):
    assert "legal" not in exact(rules_only, "Meine Tochter ist Juristin und fragt, ob man bei euch auf Rechnung zahlen kann.", "de")
    assert "legal" not in exact(rules_only, "Ich bin Anwalt und suche ein Hotel nahe dem Landgericht.", "de")
    assert "legal" not in exact(rules_only, "I'm an attorney travelling to a court date next week, do you have a shuttle?", "en")
    assert "legal" not in exact(rules_only, "We are lawyers and need a meeting room for twelve, what does it cost?", "en")
    assert "legal" not in exact(rules_only, "Ich bin übrigens selbst Juristin: gilt das Rückgaberecht auch im Laden?", "de")
    assert "legal" not in exact(rules_only, "Mein Vater ist ja auch Anwalt, hat die Kanzlei einen Parkplatz?", "de")


def test_a_single_letter_is_no_legal_step(rules_only):
    assert "legal" not in exact(rules_only, "My daughter has the letter B on her pass, what does that mean?", "en")


def test_clients_and_colleagues_without_a_lawyer_are_no_legal_step(rules_only):
    assert "legal" not in exact(rules_only, "I'm booking on behalf of our clients, can we get a group rate?", "en")
    assert "legal" not in exact(rules_only, "Ich vertrete diese Woche Frau Kaiser, wo finde ich die Rechnungen?", "de")
    assert "legal" not in exact(rules_only, "Als Steuerberater kümmere ich mich für meine Mandantin um die Belege.", "de")


def test_legal_a_lawyer_who_takes_a_step_still_escalates(rules_only):
    assert "legal" in exact(rules_only, "Ich bin Anwalt und vertrete Herrn Sommer in dieser Sache gegen Sie.", "de")
    assert "legal" in exact(rules_only, "I'm a solicitor writing on behalf of my client about your invoice.", "en")
    assert "legal" in exact(rules_only, "Ich bin selbst Anwalt und werde Sie verklagen.", "de")
    assert "legal" in exact(rules_only, "My attorney will contact you tomorrow.", "en")
    assert "legal" in exact(rules_only, "Dann sehen wir uns vor Gericht.", "de")
    assert "legal" in exact(rules_only, "I'm a lawyer, and I'll see you in court.", "en")
    assert "legal" in exact(rules_only, "Mein Mann ist Anwalt, wir sehen uns vor Gericht.", "de")
    assert "legal" in exact(rules_only, "As an attorney for Mr Baker I demand a full refund.", "en")
    assert "legal" in exact(rules_only, "Als Rechtsanwältin der Familie Roth fordere ich Sie zur Erstattung auf.", "de")
    assert "legal" in exact(rules_only, "There is a lawyer looking at this now.", "en")


# ---------------------------------------------------------------- emotional

def test_emotional_de_insult_escalates(check):
    assert "emotional" in check("Ihr seid so ein unfähiger Haufen, unglaublich!", "de").reasons


def test_emotional_en_review_threat_escalates(check):
    assert "emotional" in check("I'm going to leave a one star review on every site I can find", "en").reasons


def test_emotional_en_despair_escalates(check):
    assert "emotional" in check("I'm desperate, the rent is due and you still haven't refunded me", "en").reasons


def test_emotional_de_never_again_escalates(check):
    assert "emotional" in check("Bei euch bestelle ich nie wieder was, reine Abzocke", "de").reasons


# ---------------------------------------------------------------- sarcasm

def test_sarcasm_de_positive_words_on_a_defect_escalate(check):
    d = check("Wunderbar, der neue Staubsauger ist nach einer Woche kaputt. Weiter so 👏", "de")
    assert "sarcasm" in d.reasons


def test_sarcasm_en_positive_words_on_a_delay_escalate(check):
    d = check("Great, my train ticket refund is late again. Amazing work 🙃", "en")
    assert "sarcasm" in d.reasons


def test_sarcasm_en_thanks_for_nothing_escalates(check):
    assert "sarcasm" in check("well, thanks for nothing", "en").reasons


def test_sarcasm_de_na_toll_escalates(check):
    assert "sarcasm" in check("Na toll, wieder keine Antwort von euch.", "de").reasons


def test_sarcasm_explanation_names_the_positive_and_the_complaint_words(check):
    d = check("Toll, das Fahrrad ist schon wieder kaputt", "de")
    assert d.explanation.startswith("sarcasm:")
    assert "'toll'" in d.explanation and "kaputt" in d.explanation
    assert "\n" not in d.explanation


def test_sincere_praise_with_but_is_not_sarcasm(check):
    d = check("The jacket is great, but one button was missing. How do I get a replacement?", "en")
    assert "sarcasm" not in d.reasons


# ---------------------------------------------------------------- human_request

def test_human_request_de_direct_escalates(check):
    assert "human_request" in check("Ich möchte bitte mit einer Mitarbeiterin sprechen.", "de").reasons


def test_human_request_de_indirect_escalates(check):
    assert "human_request" in check("Gibt es bei euch auch richtige Menschen im Support?", "de").reasons


def test_human_request_en_direct_escalates(check):
    assert "human_request" in check("Let me talk to a human, please", "en").reasons


def test_human_request_en_indirect_escalates(check):
    assert "human_request" in check("Is there anybody there who understands insurance claims?", "en").reasons


def test_bot_identity_question_is_not_a_human_request(check):
    assert not check("Am I chatting with a real person right now?", "en").handover


def test_someone_in_a_question_about_a_rule_is_no_request_for_a_person(rules_only):
    assert "human_request" not in exact(rules_only, "Is there a surcharge when someone else drives with me?", "en")
    assert "human_request" in exact(rules_only, "Is there someone who can check my booking?", "en")
    assert "human_request" in exact(rules_only, "Is there actually anyone reading these messages?", "en")
    assert "human_request" in exact(rules_only, "Is there perhaps someone I could speak with?", "en")


# ---------------------------------------------------------------- privacy_request

def test_privacy_de_deletion_request_escalates(check):
    assert "privacy_request" in check("Bitte löscht mein Kundenkonto und alle meine Daten.", "de").reasons


def test_privacy_de_access_request_escalates(check):
    assert "privacy_request" in check("Ich beantrage eine Datenauskunft nach Artikel 15 DSGVO.", "de").reasons


def test_privacy_en_objection_escalates(check):
    assert "privacy_request" in check("Please stop using my data for advertising.", "en").reasons


def test_privacy_en_access_request_escalates(check):
    assert "privacy_request" in check("What personal data do you hold about me? I'd like a copy.", "en").reasons


def test_privacy_policy_location_question_does_not_escalate(check):
    assert not check("Where is your privacy policy?", "en").handover
    assert not check("Wo finde ich eure Datenschutzerklärung?", "de").handover


def test_asking_who_the_data_protection_officer_is_is_no_privacy_request(rules_only):
    assert "privacy_request" not in exact(rules_only, "Gibt es bei euch einen Datenschutzbeauftragten, und wie heißt er?", "de")
    assert "privacy_request" not in exact(rules_only, "Do you have a data protection officer?", "en")


def test_turning_to_the_data_protection_officer_is_a_privacy_request(rules_only):
    assert "privacy_request" in exact(rules_only, "I will complain to your data protection officer about this.", "en")
    assert "privacy_request" in exact(rules_only, "Please forward this to your DPO.", "en")
    assert "privacy_request" in exact(rules_only, "Ich wende mich jetzt an euren Datenschutzbeauftragten.", "de")


# ---------------------------------------------------------------- complex

def test_complex_de_several_account_problems_escalate(check):
    d = check("Die Jacke kam in der falschen Größe, mir wurde zweimal abgebucht und die Gutschrift fehlt auch.", "de")
    assert "complex" in d.reasons


def test_complex_en_policy_exception_escalates(check):
    assert "complex" in check("Could you make an exception and let me return it after 45 days?", "en").reasons


def test_complex_de_negotiation_escalates(check):
    assert "complex" in check("Wir würden 50 Stück für unser Büro bestellen, was könnt ihr uns preislich anbieten?", "de").reasons


def test_complex_en_price_match_escalates(check):
    assert "complex" in check("A competitor sells this bike cheaper, will you price match?", "en").reasons


def test_complex_hypothetical_price_match_question_is_a_policy_question(check):
    assert not check("Would you match a lower price if I see one at another retailer?", "en").handover
    assert not check("Geht ihr mit dem Preis mit, falls ich das Zelt woanders günstiger finde?", "de").handover


def test_complex_a_lower_price_seen_elsewhere_is_still_a_negotiation(check):
    assert "complex" in check("I saw this stove for less elsewhere, can you match that price?", "en").reasons


def test_safety_a_person_who_collapsed_or_barely_breathes(rules_only):
    assert "safety" in exact(rules_only, "My husband collapsed at the checkout, please help!!", "en")
    assert "safety" in exact(rules_only, "Our guest is barely breathing after the dessert", "en")
    assert "safety" in exact(rules_only, "Mein Vater ist im Wartebereich kollabiert, was sollen wir tun?", "de")
    assert "safety" in exact(rules_only, "Meine Tochter atmet kaum noch, bitte schnell", "de")
    assert "safety" in exact(rules_only, "An der Ladesäule hat es eben gefunkt und gezischt", "de")


def test_safety_things_that_collapse_or_stop_responding_are_no_danger(rules_only):
    assert "safety" not in exact(rules_only, "The shelf collapsed after a week, can I get a replacement?", "en")
    assert "safety" not in exact(rules_only, "The app is not responding, what can I do?", "en")
    assert "safety" not in exact(rules_only, "Das Regal ist zusammengebrochen, bekomme ich Ersatz?", "de")
    assert "safety" not in exact(rules_only, "Er reagiert nicht mehr auf meine Mails, wer ist zuständig?", "de")
