"""Generates the PDF and DOCX documents of the telecom KB.
Run with the scratch venv: /tmp/telecom-venv/bin/python tools/build_binary_docs.py"""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from docx import Document

KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "kb")
ss = getSampleStyleSheet()


def pdf(path, title, blocks):
    doc = SimpleDocTemplate(path, pagesize=A4, title=title, author="Funkelnetz GmbH")
    story = []
    for kind, content in blocks:
        if kind == "h1":
            story.append(Paragraph(content, ss["Title"]))
        elif kind == "h2":
            story.append(Paragraph(content, ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, ss["BodyText"]))
        elif kind == "table":
            t = Table(content, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc.build(story)


def docx(path, blocks):
    d = Document()
    for kind, content in blocks:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(path)


# ---------------------------------------------------------------- PDF 1
pdf(os.path.join(KB, "hardware", "preisliste-2026.pdf"), "Geräte-Preisliste 2026", [
    ("h1", "Funkelnetz Geräte-Preisliste 2026"),
    ("p", "Gültig ab 01.01.2026 für Privatkunden. Alle Preise inklusive 19 % MwSt. "
          "Änderungen und Irrtümer vorbehalten. Die Preisliste 2025 verliert mit Erscheinen dieser Liste ihre Gültigkeit."),
    ("h2", "Router, WLAN und Zubehör"),
    ("table", [
        ["Gerät", "Kaufpreis", "Miete pro Monat"],
        ["FunkelBox 5", "149,00 €", "4,99 €"],
        ["FunkelBox 5 Pro", "229,00 €", "7,99 €"],
        ["Funkel Mesh Repeater", "69,00 €", "2,49 €"],
        ["Funkel Home Bridge (LTE-Stick)", "59,00 €", "nicht mietbar"],
    ]),
    ("h2", "Smartphones"),
    ("p", "Smartphones gibt es zum Einmalpreis oder im Ratenkauf über 24 Monate mit 0 % Zinsen. "
          "Die Monatsrate gilt bei einer Anzahlung von 1 €. Voraussetzung für den Ratenkauf ist ein "
          "aktiver Funkel-Mobilfunkvertrag."),
    ("table", [
        ["Gerät", "Speicher", "Einmalpreis", "Monatsrate (24 Monate)"],
        ["Tellvik K9", "128 GB", "499,00 €", "20,75 €"],
        ["Tellvik K9 Pro", "256 GB", "799,00 €", "33,25 €"],
        ["Morla 7 Lite", "64 GB", "229,00 €", "9,50 €"],
        ["Morla 7", "128 GB", "349,00 €", "14,50 €"],
    ]),
    ("h2", "Versand"),
    ("p", "Der Versand einzelner Geräte kostet 4,95 €. Bei Abschluss oder Verlängerung eines Tarifs ist der "
          "Versand kostenlos. Die Lieferung erfolgt in der Regel innerhalb von 2 Werktagen."),
    ("h2", "Rückgabe"),
    ("p", "Online gekaufte Geräte kannst du innerhalb von 14 Tagen ohne Angabe von Gründen zurückgeben. "
          "Gemietete Router bleiben Eigentum der Funkelnetz GmbH und sind nach Vertragsende zurückzusenden."),
])

# ---------------------------------------------------------------- PDF 2
pdf(os.path.join(KB, "vertrag", "agb-privatkunden.pdf"), "AGB Privatkunden", [
    ("h1", "Allgemeine Geschäftsbedingungen für Privatkunden"),
    ("p", "Funkelnetz GmbH, Kranichgasse 10, 04109 Leipzig. Stand: Januar 2026. Diese AGB gelten für "
          "Mobilfunk- und Internetverträge mit Verbrauchern. Für Geschäftskunden gelten die Funkelnetz Business Terms."),
    ("h2", "1. Vertragsschluss und Widerruf"),
    ("p", "Der Vertrag kommt mit unserer Auftragsbestätigung zustande. Verbraucher können einen online oder "
          "telefonisch geschlossenen Vertrag innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen. "
          "Die Frist beginnt mit Erhalt der Vertragszusammenfassung."),
    ("h2", "2. Laufzeit und Kündigung"),
    ("p", "Die Mindestvertragslaufzeit beträgt 24 Monate, sofern nicht ein Tarif ohne Mindestlaufzeit "
          "(Flex-Variante) gewählt wurde. Während der Mindestlaufzeit kann der Vertrag mit einer Frist von "
          "einem Monat zum Ende der Mindestlaufzeit gekündigt werden. Nach Ablauf der Mindestvertragslaufzeit "
          "ist der Vertrag jederzeit mit einer Frist von einem Monat kündbar. Die Kündigung ist in Textform, "
          "über den Kündigungsbutton auf unserer Website oder in einem Shop möglich."),
    ("h2", "3. Zahlung und Verzug"),
    ("p", "Die Entgelte werden monatlich im Voraus per SEPA-Lastschrift eingezogen. Gerät der Kunde mit "
          "mindestens 100 € in Verzug, darf Funkelnetz den Anschluss nach vorheriger Ankündigung mit einer "
          "Frist von zwei Wochen sperren. Notrufe bleiben auch während einer Sperre möglich."),
    ("h2", "4. Störungen"),
    ("p", "Funkelnetz beseitigt Störungen unverzüglich. Für vollständige Ausfälle gelten die Entschädigungsregeln "
          "des Telekommunikationsgesetzes; die Beträge stehen auf unserer Hilfeseite zu Störungen."),
    ("h2", "5. Gebührenübersicht"),
    ("table", [
        ["Leistung", "Preis"],
        ["SIM-Tausch (Ersatzkarte)", "14,99 €"],
        ["Rufnummernmitnahme zu einem anderen Anbieter", "6,82 €"],
        ["Änderung der Rufnummer", "29,99 €"],
        ["Papierrechnung", "1,50 € pro Monat"],
        ["Rücklastschrift", "7,50 €"],
        ["Mahnung", "2,50 €"],
        ["Sperre und Entsperrung auf Kundenwunsch", "0,00 €"],
    ]),
    ("h2", "6. Preisänderungen"),
    ("p", "Preisänderungen teilen wir mindestens 6 Wochen vor Inkrafttreten mit. Bei einer Preiserhöhung "
          "steht dem Kunden ein Sonderkündigungsrecht zu."),
    ("h2", "7. Datenschutz"),
    ("p", "Informationen zur Verarbeitung personenbezogener Daten enthält unsere Datenschutzerklärung."),
])

# ---------------------------------------------------------------- DOCX 1
docx(os.path.join(KB, "vertrag", "business-terms.docx"), [
    ("h1", "Funkelnetz Business Terms"),
    ("p", "These terms apply to all contracts between Funkelnetz GmbH and business customers (companies, "
          "freelancers and public bodies). They apply in addition to the product descriptions of the Funkel "
          "Business plans. Version: January 2026."),
    ("h2", "1. Contract term and renewal"),
    ("p", "Business contracts have a minimum term of 24 months. Unless terminated, a business contract renews "
          "automatically for a further 12 months at the end of each term."),
    ("h2", "2. Notice period"),
    ("p", "Either party may terminate a business contract with a notice period of 3 months to the end of the "
          "current term. Notice must be given in writing or via the business portal by an authorised person of "
          "the company. The statutory right of withdrawal for consumers does not apply to business customers."),
    ("h2", "3. Invoicing and payment"),
    ("p", "Invoices are issued monthly and are payable within 14 days net. Companies with 5 or more lines can "
          "receive invoices split by cost centre at no extra charge."),
    ("h2", "4. Service levels"),
    ("p", "The following service levels apply to fixed-line business connections:"),
    ("table", [
        ["Service level", "Fault response time", "Availability per year", "Price"],
        ["Standard", "within 24 hours", "98.5 %", "included"],
        ["Business Plus", "within 8 business hours", "99.5 %", "€9.90 per month per line"],
    ]),
    ("p", "Business hours are Monday to Friday, 7:00 to 19:00, except public holidays in Saxony."),
    ("h2", "5. Replacement devices"),
    ("p", "With Business Plus, a replacement router is delivered on the next business day if a device fault "
          "cannot be fixed remotely."),
    ("h2", "6. Liability"),
    ("p", "Funkelnetz is liable without limitation for intent and gross negligence. For slight negligence, "
          "liability is limited to the typical, foreseeable damage, at most €12,500 per event."),
    ("h2", "7. Contact"),
    ("p", "Business hotline 0341 4471 300, business@funkelnetz.de."),
])

# ---------------------------------------------------------------- DOCX 2
docx(os.path.join(KB, "angebote", "kombi-vorteil.docx"), [
    ("h1", "Der Funkel Kombi-Vorteil"),
    ("p", "Internet zu Hause und Mobilfunk unterwegs aus einer Hand – und dabei jeden Monat sparen. "
          "Der Kombi-Vorteil gilt für alle Privatkunden, die einen Funkel-Home-Tarif (DSL oder Glasfaser) "
          "und mindestens einen Funkel-Mobilfunkvertrag haben."),
    ("h2", "So viel sparst du"),
    ("table", [
        ["Kombination", "Rabatt"],
        ["Internet + 1 Mobilfunkvertrag", "10,00 € pro Monat auf den Internettarif"],
        ["jede weitere Mobilfunkkarte im Haushalt (max. 4)", "5,00 € pro Monat pro Karte"],
        ["Funkel Young + Internet", "zusätzlich 50 GB Datenbonus pro Monat"],
    ]),
    ("h2", "Voraussetzungen"),
    ("li", "Alle Verträge laufen auf dieselbe Rechnungsadresse."),
    ("li", "Es handelt sich um Postpaid-Verträge; Prepaid-Karten sind ausgeschlossen."),
    ("li", "Der Kombi-Vorteil wird nicht mit Business-Tarifen kombiniert."),
    ("h2", "So aktivierst du den Kombi-Vorteil"),
    ("p", "Öffne die MeinFunkel-App, gehe auf „Angebote“ und wähle „Kombi-Vorteil aktivieren“. Alternativ "
          "hilft dir jeder Funkel Shop. Der Rabatt erscheint ab der nächsten Rechnung."),
    ("h2", "Wie lange gilt der Rabatt?"),
    ("p", "Der Kombi-Vorteil gilt, solange beide Verträge aktiv sind. Wird einer der Verträge gekündigt, "
          "entfällt der Rabatt ab dem Monat nach Vertragsende. Eine Mindestlaufzeit wird durch den "
          "Kombi-Vorteil nicht verlängert."),
    ("h2", "Beispielrechnung"),
    ("p", "Familie Brandner hat Glasfaser 600 für 52,99 € und drei Mobilfunkverträge. Mit dem Kombi-Vorteil "
          "sinkt der Internettarif auf 42,99 €. Für die zweite und dritte Mobilfunkkarte gibt es je 5,00 € "
          "Rabatt. Zusammen spart die Familie 20,00 € pro Monat, also 240,00 € im Jahr."),
    ("h2", "Häufige Fragen"),
    ("p", "Gilt der Kombi-Vorteil auch für MultiSIM-Karten? Nein, MultiSIM-Karten sind Zusatzkarten zu einem "
          "Vertrag und zählen nicht als eigener Mobilfunkvertrag."),
    ("p", "Kann ich den Kombi-Vorteil auch für bestehende Verträge nutzen? Ja, der Rabatt kann jederzeit "
          "nachträglich aktiviert werden, rückwirkend wird er aber nicht gewährt."),
])
print("done")
