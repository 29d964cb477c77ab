#!/usr/bin/env python3
"""Regenerates the PDF and DOCX documents of the Flimmora knowledge base.

Usage:
    python3 -m venv /tmp/streaming-venv
    /tmp/streaming-venv/bin/pip install reportlab python-docx pypdf
    /tmp/streaming-venv/bin/python tools/build_binary_docs.py

Writes:
    kb/vertrag/agb.pdf                           (de)
    kb/geschaeftskunden/preisblatt-business-2026.pdf (de)
    kb/vertrag/datenschutzhinweise.docx          (de)
    kb/geschaeftskunden/business-faq.docx        (en)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

styles = getSampleStyleSheet()
H1, H2, BODY = styles["Heading1"], styles["Heading2"], styles["BodyText"]


def pdf(path, title, author, story):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


def table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e4f4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------- AGB (PDF, de)
AGB = [
    ("§ 1 Geltungsbereich",
     "Diese Allgemeinen Geschäftsbedingungen (AGB) gelten für alle Verträge zwischen der Flimmora Media GmbH, "
     "Lichtspielweg 7, 50829 Köln (nachfolgend „Flimmora“) und Verbraucherinnen und Verbrauchern über die Tarife "
     "Flimmora Start, Flimmora Plus, Flimmora Max, Flimmora Tune, Flimmora Tune Duo und Flimmora Komplett. "
     "Für Geschäftskunden (Flimmora Business) gelten gesonderte Vertragsbedingungen."),
    ("§ 2 Vertragsschluss und Konto",
     "Der Vertrag kommt zustande, wenn du die Registrierung mit dem Button „Zahlungspflichtig abonnieren“ abschließt "
     "und wir dir den Abschluss per E-Mail bestätigen. Kontoinhaberinnen und Kontoinhaber müssen mindestens 18 Jahre alt sein. "
     "Die Zugangsdaten sind geheim zu halten."),
    ("§ 3 Leistungen",
     "Flimmora gewährt dir für die Dauer des Abos Zugang zum jeweils aktuellen Katalog des gebuchten Tarifs. "
     "Der Katalog ändert sich laufend aufgrund von Lizenzvereinbarungen. Ein Anspruch auf die Verfügbarkeit "
     "bestimmter Filme, Serien oder Musiktitel besteht nicht."),
    ("§ 4 Preise und Preisänderungen",
     "Es gelten die Preise der jeweils aktuellen Preisliste. Alle Preise enthalten die gesetzliche Mehrwertsteuer. "
     "Preisänderungen kündigen wir mindestens 6 Wochen vor ihrem Inkrafttreten per E-Mail an. Bei einer Preiserhöhung "
     "hast du ein Sonderkündigungsrecht, das du bis zum Tag des Inkrafttretens ausüben kannst. Preise werden höchstens "
     "einmal innerhalb von 12 Monaten erhöht."),
    ("§ 5 Laufzeit und Kündigung",
     "Monatsabos laufen auf unbestimmte Zeit und sind jederzeit zum Ende des laufenden Abrechnungszeitraums kündbar. "
     "Jahresabos haben eine erste Laufzeit von 12 Monaten. Danach verlängern sie sich auf unbestimmte Zeit und sind "
     "jederzeit mit einer Frist von einem Monat kündbar. Die Kündigung ist in Textform, online über die Kündigungsschaltfläche "
     "oder in der App möglich."),
    ("§ 6 Kostenloser Testzeitraum",
     "Neukundinnen und Neukunden können Flimmora Plus 14 Tage kostenlos testen. Wird nicht vor Ablauf des Testzeitraums "
     "gekündigt, geht der Test in ein kostenpflichtiges Monatsabo über. Ein Testzeitraum wird pro Person und Zahlungsmittel "
     "nur einmal gewährt."),
    ("§ 7 Widerrufsrecht",
     "Verbraucherinnen und Verbraucher haben ein Widerrufsrecht von 14 Tagen ab Vertragsschluss. Der Widerruf kann ohne "
     "Angabe von Gründen per E-Mail an widerruf@flimmora.de oder über das Widerrufsformular in deinem Konto erklärt werden. "
     "Hast du verlangt, dass die Leistung bereits während der Widerrufsfrist beginnt, zahlst du für den Zeitraum bis zum "
     "Widerruf einen anteiligen Betrag. Die ausführliche Widerrufsbelehrung erhältst du mit der Vertragsbestätigung."),
    ("§ 8 Nutzungsbedingungen",
     "Die Nutzung ist nur zu privaten, nicht-kommerziellen Zwecken erlaubt. Eine öffentliche Vorführung, etwa in Gaststätten, "
     "Hotels, Wartezimmern oder Verkaufsräumen, ist mit einem Privatabo nicht gestattet. Das Konto darf nur von Personen "
     "genutzt werden, die im Haushalt der Kontoinhaberin bzw. des Kontoinhabers leben. Die Umgehung von Standortprüfungen, "
     "etwa durch VPN-Dienste, ist untersagt."),
    ("§ 9 Verfügbarkeit",
     "Flimmora strebt eine Verfügbarkeit des Dienstes von 99 % im Jahresmittel an. Ist der Dienst wegen einer Störung in "
     "unserem Verantwortungsbereich länger als 24 Stunden ununterbrochen nicht verfügbar, schreiben wir für jeden angefangenen "
     "Tag der Störung einen Tagesanteil des Monatspreises gut."),
    ("§ 10 Zahlungsverzug und Sperrung",
     "Bleibt eine fällige Zahlung 14 Tage nach Fälligkeit offen, dürfen wir den Zugang vorübergehend pausieren. "
     "Die Pflicht zur Zahlung des Entgelts bleibt bestehen. Nach Ausgleich des offenen Betrags wird der Zugang sofort wieder freigeschaltet."),
    ("§ 11 Haftung",
     "Flimmora haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, Körper oder Gesundheit. "
     "Bei leicht fahrlässiger Verletzung wesentlicher Vertragspflichten ist die Haftung auf den vertragstypischen, vorhersehbaren Schaden begrenzt."),
    ("§ 12 Streitbeilegung",
     "Flimmora ist nicht bereit und nicht verpflichtet, an einem Streitbeilegungsverfahren vor einer "
     "Verbraucherschlichtungsstelle teilzunehmen. Beschwerden kannst du jederzeit an unser Beschwerdemanagement richten."),
    ("§ 13 Schlussbestimmungen",
     "Es gilt das Recht der Bundesrepublik Deutschland. Zwingende Verbraucherschutzvorschriften des Staates, in dem du deinen "
     "gewöhnlichen Aufenthalt hast, bleiben unberührt. Vertragssprache ist Deutsch."),
]


def build_agb():
    story = [Paragraph("Allgemeine Geschäftsbedingungen der Flimmora Media GmbH", H1),
             Paragraph("für Privatkunden – Version 6.1, Stand: 1. März 2026", BODY),
             Spacer(1, 0.4 * cm)]
    for head, text in AGB:
        story += [Paragraph(head, H2), Paragraph(text, BODY)]
    story += [Spacer(1, 0.6 * cm),
              Paragraph("Flimmora Media GmbH · Lichtspielweg 7 · 50829 Köln · Amtsgericht Köln HRB 104772 · "
                        "Geschäftsführung: Dr. Henrike Vollmar, Tobias Achterberg", BODY)]
    pdf(KB / "vertrag" / "agb.pdf", "AGB Flimmora Privatkunden 2026", "Flimmora Media GmbH", story)


# ------------------------------------------------ Preisblatt Business (PDF, de)
def build_business_pricelist():
    rows = [
        ["Leistung", "Preis netto", "Abrechnung"],
        ["Business Screen – Video, erster Bildschirm", "34,00 €", "pro Monat"],
        ["Business Screen – jeder weitere Bildschirm", "19,00 €", "pro Monat"],
        ["Business Tune – Hintergrundmusik, 1 Zone,\ninkl. Rechte zur öffentlichen Wiedergabe", "24,00 €", "pro Monat"],
        ["Business Tune – jede weitere Musikzone", "12,00 €", "pro Monat"],
        ["Hotel-Paket – Video auf Zimmer-TVs\n(ab 10 Zimmern)", "6,50 €", "je Zimmer pro Monat"],
        ["Flimmora Business Player (Hardware)", "89,00 €", "einmalig; kostenlos bei\n24 Monaten Laufzeit"],
    ]
    story = [
        Paragraph("Preisblatt Flimmora Business 2026", H1),
        Paragraph("Für Gastronomie, Hotellerie, Praxen, Einzelhandel und Büros. Gültig ab 1. Januar 2026. "
                  "Alle Preise netto zzgl. 19 % USt.", BODY),
        Spacer(1, 0.4 * cm),
        table(rows, [9 * cm, 3 * cm, 5 * cm]),
        Spacer(1, 0.5 * cm),
        Paragraph("Vertragsbedingungen", H2),
        Paragraph("Mindestlaufzeit 12 Monate. Kündigungsfrist 3 Monate zum Ende der Laufzeit. Ohne Kündigung verlängert "
                  "sich der Vertrag um jeweils weitere 12 Monate.", BODY),
        Paragraph("Zahlung per Rechnung, zahlbar innerhalb von 14 Tagen netto, oder per SEPA-Firmenlastschrift. "
                  "Für den Vertragsabschluss benötigen wir eine USt-IdNr. oder einen Gewerbenachweis.", BODY),
        Paragraph("Wichtig: Privatabos (Start, Plus, Max, Tune) dürfen nicht für die öffentliche Vorführung genutzt werden, "
                  "z. B. in Gaststätten, Wartezimmern oder Verkaufsräumen. Dafür ist Flimmora Business vorgesehen.", BODY),
        Paragraph("Ansprechpartner", H2),
        Paragraph("Flimmora Business-Team · business@flimmora.de · Telefon +49 221 8890 4490 · "
                  "Montag bis Freitag 9:00 – 17:00 Uhr", BODY),
    ]
    pdf(KB / "geschaeftskunden" / "preisblatt-business-2026.pdf", "Preisblatt Flimmora Business 2026",
        "Flimmora Media GmbH", story)


# ------------------------------------------ Datenschutzhinweise (DOCX, de)
def build_privacy():
    d = Document()
    d.core_properties.title = "Datenschutzhinweise Flimmora"
    d.core_properties.author = "Flimmora Media GmbH"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Datenschutzhinweise für Kundinnen und Kunden von Flimmora", 0)
    d.add_paragraph("Stand: Februar 2026")
    sections = [
        ("1. Verantwortlicher",
         ["Verantwortlich für die Verarbeitung deiner personenbezogenen Daten ist die Flimmora Media GmbH, "
          "Lichtspielweg 7, 50829 Köln, E-Mail: service@flimmora.de."]),
        ("2. Datenschutzbeauftragte",
         ["Unsere Datenschutzbeauftragte Svenja Kleinhorst erreichst du unter datenschutz@flimmora.de oder per Post an "
          "die oben genannte Anschrift mit dem Zusatz „z. Hd. Datenschutzbeauftragte“."]),
        ("3. Welche Daten wir verarbeiten",
         ["Kontodaten: Name, E-Mail-Adresse, Geburtsdatum, Kundennummer.",
          "Zahlungsdaten: gewählte Zahlungsart, Rechnungsbeträge, Zahlungsstatus.",
          "Nutzungsdaten: Wiedergabeverlauf, Merkliste, Bewertungen und Suchanfragen je Profil.",
          "Gerätedaten: Gerätetyp, App-Version, IP-Adresse und das daraus abgeleitete Land."]),
        ("4. Zwecke und Rechtsgrundlagen",
         ["Bereitstellung des Dienstes und Abrechnung (Art. 6 Abs. 1 lit. b DSGVO).",
          "Prüfung des Standorts und des Wohnsitzes aufgrund von Lizenzvorgaben (Art. 6 Abs. 1 lit. c und f DSGVO).",
          "Personalisierte Empfehlungen innerhalb von Flimmora (Art. 6 Abs. 1 lit. b DSGVO).",
          "Personalisierte Werbung im Tarif Start nur mit deiner Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). "
          "Du kannst sie jederzeit unter Konto > Datenschutz > Werbeeinstellungen widerrufen.",
          "Betrugsprävention und IT-Sicherheit (Art. 6 Abs. 1 lit. f DSGVO)."]),
        ("5. Speicherdauer",
         ["Wiedergabeverlauf: 24 Monate, danach werden die Einträge automatisch gelöscht. Du kannst einzelne Einträge "
          "jederzeit selbst im Profil löschen.",
          "Suchanfragen: 6 Monate.",
          "Nach einer Kündigung: Profile, Merklisten und Verlauf werden 10 Monate aufbewahrt, damit du dein Konto "
          "wieder aktivieren kannst, und danach gelöscht.",
          "Rechnungs- und Buchungsdaten: 10 Jahre aufgrund gesetzlicher Aufbewahrungspflichten."]),
        ("6. Empfänger",
         ["Zahlungsdienstleister für die Abwicklung von Zahlungen; Rechenzentren in der EU (Frankfurt am Main) für das "
          "Hosting; unser Prüfpartner StudiCheck, aber nur, wenn du den Studierendenrabatt nutzt. "
          "Wir verkaufen deine Daten nicht."]),
        ("7. Deine Rechte",
         ["Du hast das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit "
          "und Widerspruch sowie das Recht, erteilte Einwilligungen zu widerrufen.",
          "Anträge stellst du über das Formular unter flimmora.de/datenschutz/anfrage oder per E-Mail an "
          "datenschutz@flimmora.de. Zur Sicherheit prüfen wir vorher deine Identität. Wir beantworten Anträge "
          "innerhalb eines Monats.",
          "Außerdem kannst du dich bei einer Datenschutz-Aufsichtsbehörde beschweren."]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p, style="List Bullet" if len(paras) > 1 else None)
    out = KB / "vertrag" / "datenschutzhinweise.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))


# ---------------------------------------------- Business FAQ (DOCX, en)
def build_business_faq():
    d = Document()
    d.core_properties.title = "Flimmora Business – FAQ"
    d.core_properties.author = "Flimmora Media GmbH"
    d.add_heading("Flimmora Business – frequently asked questions", 0)
    d.add_paragraph("For cafés, bars, restaurants, hotels, medical practices, shops and offices in Germany.")
    qa = [
        ("Can I use my private Flimmora subscription in my café, shop or waiting room?",
         "No. Private plans (Start, Plus, Max, Tune) are for personal use at home only. Showing films or playing music "
         "to customers or guests is a public performance and needs Flimmora Business, which includes the necessary "
         "public performance rights."),
        ("What is the difference between Business Screen and Business Tune?",
         "Business Screen lets you show films and series from the Flimmora Business catalogue on one or more screens. "
         "Business Tune is background music for your premises, organised in music zones (for example bar area and terrace). "
         "You can book one or both."),
        ("Do I need special hardware?",
         "Yes. Flimmora Business runs on the Flimmora Business Player, which connects to any screen or sound system with HDMI. "
         "It costs 89 euros once, or is free if you choose a 24-month contract. Private Flimmora Sticks cannot be used for Business."),
        ("We run a hotel. How does it work for guest rooms?",
         "With the hotel package, guests can watch Flimmora on the TVs in their rooms without logging in. The hotel package "
         "is available for hotels with at least 10 rooms and is charged per room."),
        ("How do I order?",
         "Send us your company name, address, VAT ID and the number of screens or music zones to business@flimmora.de. "
         "You will receive a quote within 2 working days. Setup usually takes about 5 working days after signing."),
        ("How do I pay?",
         "Business customers pay by invoice or by SEPA business direct debit. All prices are net prices plus VAT. "
         "For prices and contract terms, see the current business price sheet (German: Preisblatt Flimmora Business 2026)."),
        ("Can I turn my private account into a business account?",
         "No. A business contract is always a separate account. You can keep your private account for use at home."),
        ("Who do I contact?",
         "Our Business team answers in German and English: business@flimmora.de, phone +49 221 8890 4490, "
         "Monday to Friday 9:00–17:00."),
    ]
    for q, a in qa:
        d.add_heading(q, level=2)
        d.add_paragraph(a)
    out = KB / "geschaeftskunden" / "business-faq.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))


if __name__ == "__main__":
    build_agb()
    build_business_pricelist()
    build_privacy()
    build_business_faq()
    print("built 2 PDF + 2 DOCX in", KB)
