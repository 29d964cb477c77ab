#!/usr/bin/env python3
"""Regenerate the binary knowledge-base documents (2 PDF, 2 DOCX) of the
Pulsfeld Fitness evaluation set.

Usage (from anywhere):
    /tmp/gym-venv/bin/python tools/build_binary_docs.py

Requires: reportlab, python-docx (pypdf for the self-check at the end).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

KB = Path(__file__).resolve().parent.parent / "kb"

# ---------------------------------------------------------------------------
# PDF 1: AGB (terms and conditions), German
# ---------------------------------------------------------------------------
AGB_TITLE = "Allgemeine Geschäftsbedingungen für Mitgliedschaften der Pulsfeld Fitness GmbH"
AGB_SECTIONS = [
    ("§ 1 Geltungsbereich und Vertragsschluss", [
        "Diese Bedingungen gelten für alle Mitgliedschaften in den Clubs der Pulsfeld Fitness GmbH, "
        "Glasbläsergasse 18, 50825 Köln (nachfolgend „Pulsfeld“). Der Vertrag kommt online, in der "
        "Pulsfeld App oder am Empfang eines Clubs zustande.",
        "Mitglied kann werden, wer das 16. Lebensjahr vollendet hat. Minderjährige (16 und 17 Jahre) "
        "benötigen die schriftliche Einverständniserklärung eines Erziehungsberechtigten.",
    ]),
    ("§ 2 Laufzeit", [
        "Die Mindestlaufzeit beträgt bei den Tarifen Start, Plus und Premium 12 Monate, beim Tarif "
        "Plus 24 genau 24 Monate und beim Tarif Flex einen Monat.",
        "Wird der Vertrag nicht fristgerecht zum Ende der Mindestlaufzeit gekündigt, verlängert er "
        "sich auf unbestimmte Zeit. Er kann dann jederzeit mit einer Frist von einem Monat gekündigt werden.",
    ]),
    ("§ 3 Ordentliche Kündigung", [
        "Die Kündigung bedarf der Textform (z. B. E-Mail, Brief, Kündigungsbutton auf der Website). "
        "Die Kündigungsfrist beträgt einen Monat zum Ende der Mindestlaufzeit. Beim Tarif Flex beträgt "
        "die Kündigungsfrist 14 Tage zum Monatsende.",
    ]),
    ("§ 4 Beiträge und Zahlung", [
        "Die Monatsbeiträge sind monatlich im Voraus fällig und werden per SEPA-Lastschrift zum ersten "
        "Werktag des Monats eingezogen. Die Servicepauschale von 12,00 € wird halbjährlich erhoben.",
        "Für jede Rücklastschrift, die das Mitglied zu vertreten hat, berechnet Pulsfeld eine "
        "Bearbeitungsgebühr von 7,50 € zuzüglich der Fremdgebühren der Bank. Gerät das Mitglied mit "
        "zwei Monatsbeiträgen in Verzug, kann Pulsfeld den Vertrag außerordentlich kündigen.",
    ]),
    ("§ 5 Preisanpassung", [
        "Pulsfeld kann die Beiträge bei gestiegenen Kosten angemessen anpassen. Eine Preisanpassung wird "
        "mindestens 6 Wochen vor ihrem Inkrafttreten in Textform mitgeteilt. Das Mitglied hat in diesem "
        "Fall ein Sonderkündigungsrecht zum Zeitpunkt des Inkrafttretens der Preisanpassung.",
    ]),
    ("§ 6 Ruhezeit", [
        "Eine Ruhezeit der Mitgliedschaft ist nach Maßgabe der jeweils gültigen Ruhezeit-Regelung möglich. "
        "Die Mindestlaufzeit verlängert sich um die Dauer der Ruhezeit.",
    ]),
    ("§ 7 Außerordentliche Kündigung", [
        "Verlegt das Mitglied seinen Hauptwohnsitz an einen Ort, der mehr als 30 km vom nächstgelegenen "
        "Pulsfeld-Club entfernt ist, kann es den Vertrag mit einer Frist von einem Monat zum Monatsende "
        "kündigen. Als Nachweis ist eine Meldebescheinigung des neuen Wohnorts vorzulegen.",
        "Kann das Mitglied aufgrund einer Erkrankung dauerhaft, mindestens jedoch für 6 Monate, nicht "
        "trainieren, kann es den Vertrag mit einer Frist von einem Monat zum Monatsende kündigen. "
        "Erforderlich ist ein ärztliches Attest.",
        "Das Recht zur Kündigung aus wichtigem Grund bleibt im Übrigen unberührt.",
    ]),
    ("§ 8 Haftung", [
        "Pulsfeld haftet nicht für den Verlust von mitgebrachten Wertsachen und Kleidung, es sei denn, "
        "der Verlust beruht auf Vorsatz oder grober Fahrlässigkeit von Pulsfeld. Für Wertsachen stehen "
        "am Empfang abschließbare Wertfächer zur Verfügung.",
    ]),
    ("§ 9 Mitgliedskarte", [
        "Die Mitgliedskarte und die digitale Mitgliedskarte in der App sind nicht übertragbar. Für eine "
        "Ersatzkarte bei Verlust oder Beschädigung berechnet Pulsfeld 10,00 €.",
    ]),
    ("§ 10 Vertragsübernahme", [
        "Eine Übernahme des Vertrags durch eine dritte Person ist mit Zustimmung von Pulsfeld möglich. "
        "Die Übernahmegebühr beträgt 29,00 €. Die übernehmende Person tritt in alle Rechte und Pflichten "
        "ein. Offene Beiträge müssen vor der Übernahme beglichen sein.",
    ]),
    ("§ 11 Widerrufsrecht", [
        "Bei Verträgen, die online oder in der App geschlossen werden, steht Verbraucherinnen und "
        "Verbrauchern ein Widerrufsrecht von 14 Tagen zu. Einzelheiten enthält die Widerrufsbelehrung.",
    ]),
    ("§ 12 Schlussbestimmungen", [
        "Es gilt das Recht der Bundesrepublik Deutschland. Sollten einzelne Bestimmungen unwirksam sein, "
        "bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.",
        "Stand: 01.01.2026",
    ]),
]

# ---------------------------------------------------------------------------
# PDF 2: Hausordnung (house rules), German
# ---------------------------------------------------------------------------
HAUS_TITLE = "Hausordnung der Pulsfeld-Clubs"
HAUS_SECTIONS = [
    ("1. Zutritt", [
        "Der Zutritt ist nur mit gültiger Mitgliedskarte, digitaler Mitgliedskarte (QR-Code in der App), "
        "Tagespass oder 10er-Karte erlaubt. Bitte checke bei jedem Besuch am Drehkreuz ein.",
    ]),
    ("2. Mindestalter", [
        "Das Training ist ab 16 Jahren erlaubt. 16- und 17-Jährige benötigen eine unterschriebene "
        "Einverständniserklärung der Eltern. Kinder unter 16 Jahren dürfen die Trainingsflächen nicht "
        "betreten (Ausnahme: Kids Room in Leipzig-Plagwitz).",
    ]),
    ("3. Kleidung und Hygiene", [
        "Trainiere in sauberen Hallenschuhen und sportlicher Kleidung. Es gilt Handtuchpflicht auf allen "
        "Geräten, Bänken und Matten. Bitte desinfiziere Geräte nach der Benutzung – Sprühflaschen stehen "
        "in jedem Bereich bereit.",
    ]),
    ("4. Trainingsfläche", [
        "Lege Hanteln und Gewichte nach dem Training zurück. Gewichte dürfen nur auf den Plattformen "
        "fallen gelassen werden. Bitte gib Geräte in Pausen für andere frei.",
    ]),
    ("5. Essen und Trinken", [
        "Getränke sind nur in verschließbaren Flaschen aus Kunststoff oder Metall erlaubt, Glas ist "
        "verboten. Essen ist nur im Lounge-Bereich gestattet.",
    ]),
    ("6. Spinde", [
        "Tagesspinde werden bei Clubschluss geöffnet und geleert. Gefundene Gegenstände bewahren wir "
        "4 Wochen als Fundsache auf. Dauerspinde können in Köln-Ehrenfeld und Leipzig-Plagwitz für "
        "12,00 € im Monat gemietet werden.",
    ]),
    ("7. Fotos und Videos", [
        "Fotos und Videos sind nur für private Zwecke erlaubt und nur, wenn keine anderen Personen "
        "erkennbar sind. In Umkleiden, Duschen und in der Sauna ist Fotografieren und Filmen streng verboten.",
    ]),
    ("8. Tiere", [
        "Hunde und andere Tiere sind nicht erlaubt. Ausgenommen sind Assistenzhunde.",
    ]),
    ("9. Sauna", [
        "Bitte dusche vor dem Saunagang und benutze ein ausreichend großes Saunatuch als Unterlage. "
        "Die Sauna ist textilfrei. Aufgüsse werden nur vom Personal durchgeführt. Wir empfehlen höchstens "
        "15 Minuten pro Saunagang.",
    ]),
    ("10. Sicherheit und Notfälle", [
        "Im Notfall informiere sofort das Personal oder wähle den Notruf 112. Ein Defibrillator (AED) "
        "hängt in jedem Club gut sichtbar am Empfang, in Leipzig-Plagwitz zusätzlich an der Indoor-Laufbahn. "
        "Erste-Hilfe-Kästen befinden sich in jedem Trainingsbereich. Während der Servicezeiten ist immer "
        "mindestens eine ausgebildete Ersthelferin oder ein ausgebildeter Ersthelfer im Club.",
        "Melde defekte Geräte bitte sofort am Empfang und benutze sie nicht weiter.",
    ]),
    ("11. Verstöße", [
        "Bei groben oder wiederholten Verstößen gegen die Hausordnung kann die Clubleitung ein Hausverbot "
        "aussprechen und den Mitgliedsvertrag aus wichtigem Grund kündigen.",
        "Stand: 01.03.2026 – Pulsfeld Fitness GmbH, Glasbläsergasse 18, 50825 Köln",
    ]),
]


def build_pdf(path: Path, title: str, intro: str, sections):
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Pulsfeld Fitness GmbH",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, styles["Title"]), Paragraph(intro, styles["Italic"]), Spacer(1, 12)]
    for heading, paras in sections:
        story.append(Paragraph(heading, styles["Heading3"]))
        for p in paras:
            story.append(Paragraph(p, styles["BodyText"]))
            story.append(Spacer(1, 4))
    doc.build(story)


# ---------------------------------------------------------------------------
# DOCX 1: Personal training price list, German
# ---------------------------------------------------------------------------
PT_ROWS = [
    ("Angebot", "Mitglieder", "Nichtmitglieder", "Gültigkeit"),
    ("Einzelstunde (60 Min.)", "79,00 €", "95,00 €", "–"),
    ("Express-Einheit (30 Min.)", "45,00 €", "55,00 €", "–"),
    ("5er-Paket (5 × 60 Min.)", "360,00 €", "435,00 €", "4 Monate ab Kauf"),
    ("10er-Paket (10 × 60 Min.)", "680,00 €", "820,00 €", "8 Monate ab Kauf"),
    ("Partner-Training (60 Min., 2 Personen, Preis gesamt)", "99,00 €", "119,00 €", "–"),
    ("Ernährungsberatung Erstgespräch (45 Min.)", "59,00 €", "59,00 €", "–"),
]


def build_pt_docx(path: Path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Personal Training – Preisliste 2026", level=1)
    d.add_paragraph("Gültig ab 01.01.2026 für alle Pulsfeld-Clubs. Alle Preise inkl. MwSt.")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in PT_ROWS:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            cells[i].text = val
    d.add_heading("Bedingungen", level=2)
    for line in [
        "Pakete gelten in allen Pulsfeld-Clubs und sind persönlich (nicht übertragbar).",
        "Premium-Mitglieder erhalten einmalig zwei Starter-Coachings à 30 Minuten inklusive.",
        "Termine können bis 24 Stunden vorher kostenfrei abgesagt oder verschoben werden. Bei späterer "
        "Absage oder Nichterscheinen gilt die Einheit als genutzt.",
        "Zahlung: Mitglieder per Lastschrift mit dem nächsten Monatsbeitrag oder am Empfang per Karte; "
        "Nichtmitglieder im Voraus per Karte.",
        "Buchung in der Pulsfeld App (Reiter „Coaching“), am Empfang oder per E-Mail an coaching@pulsfeld-fitness.de.",
    ]:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Pulsfeld Fitness GmbH · Glasbläsergasse 18 · 50825 Köln")
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


# ---------------------------------------------------------------------------
# DOCX 2: Corporate fitness conditions, German
# ---------------------------------------------------------------------------
BIZ_ROWS = [
    ("Teilnehmende Mitarbeitende", "Business Plus", "Business Premium"),
    ("5–19", "32,00 €", "49,00 €"),
    ("20–49", "29,50 €", "45,00 €"),
    ("ab 50", "27,00 €", "42,00 €"),
]


def build_biz_docx(path: Path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Konditionen Firmenfitness 2026 (Pulsfeld Business)", level=1)
    d.add_paragraph("Gültig für Rahmenverträge ab 01.01.2026. Alle Preise pro teilnehmender Person "
                    "und Monat, netto zzgl. 19 % MwSt.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in BIZ_ROWS:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            cells[i].text = val
    d.add_heading("Weitere Konditionen", level=2)
    for line in [
        "Mindestteilnahme: 5 Mitarbeitende.",
        "Maßgeblich für die Preisstufe ist die Zahl der aktiven Teilnehmenden am 1. des jeweiligen Monats.",
        "Einmalige Einrichtungsgebühr: 149,00 € netto pro Unternehmen (entfällt ab 50 Teilnehmenden).",
        "Für Mitarbeitende fällt kein Startpaket an.",
        "Optional: Gesundheitstag vor Ort in Ihrem Unternehmen (Rückencheck, Kurzworkshops): 490,00 € netto.",
        "Abrechnung: monatliche Sammelrechnung, zahlbar innerhalb von 14 Tagen netto.",
        "Laufzeit des Rahmenvertrags: 12 Monate, Verlängerung um jeweils 12 Monate, Kündigungsfrist "
        "3 Monate zum Laufzeitende.",
    ]:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Ansprechpartnerin: Katrin Albers, Teamleitung Firmenkunden, "
                    "business@pulsfeld-fitness.de, 0221 580339-25")
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


def main():
    build_pdf(KB / "vertrag" / "agb-mitgliedschaft.pdf", AGB_TITLE,
              "Fassung für Mitgliedsverträge ab 01.01.2026", AGB_SECTIONS)
    build_pdf(KB / "service" / "hausordnung.pdf", HAUS_TITLE,
              "Damit sich alle in unseren Clubs wohlfühlen – bitte beachte diese Regeln.", HAUS_SECTIONS)
    build_pt_docx(KB / "personal-training" / "personal-training-preise.docx")
    build_biz_docx(KB / "firmenfitness" / "konditionen-firmenfitness-2026.docx")

    # self-check: text must be extractable
    from pypdf import PdfReader
    import docx as _docx
    for p in sorted(KB.rglob("*.pdf")):
        text = "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
        print(p.relative_to(KB), len(text), "chars")
    for p in sorted(KB.rglob("*.docx")):
        dd = _docx.Document(str(p))
        text = "\n".join(x.text for x in dd.paragraphs)
        text += "\n".join(c.text for t in dd.tables for r in t.rows for c in r.cells)
        print(p.relative_to(KB), len(text), "chars")


if __name__ == "__main__":
    main()
