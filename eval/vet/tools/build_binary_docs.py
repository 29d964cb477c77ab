#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the Pfotenhaus knowledge base.

Run with a Python that has reportlab and python-docx installed, e.g.
    python3 -m venv /tmp/vet-venv && /tmp/vet-venv/bin/pip install reportlab python-docx pypdf
    /tmp/vet-venv/bin/python tools/build_binary_docs.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

KB = Path(__file__).resolve().parent.parent / "kb"

# ---------------------------------------------------------------------------
# Content. Each document is a list of blocks: ("h1"|"h2"|"p"|"li", text) or ("table", rows)
# ---------------------------------------------------------------------------

IMPFKALENDER_HUND = {
    "path": "leistungen/impfkalender-hund.pdf",
    "title": "Impfkalender für Hunde",
    "blocks": [
        ("h1", "Impfkalender für Hunde"),
        ("p", "Pfotenhaus Kleintierpraxen – Merkblatt für Hundehalterinnen und Hundehalter. Stand: Januar 2026. "
              "Die Empfehlungen richten sich nach den Leitlinien der Ständigen Impfkommission Veterinärmedizin (StIKo Vet). "
              "Ihr Tierarzt bzw. Ihre Tierärztin passt den Impfplan individuell an Alter, Gesundheitszustand und Lebensumstände Ihres Hundes an."),
        ("h2", "Grundimmunisierung von Welpen"),
        ("p", "Welpen erhalten in den ersten Lebensmonaten mehrere Impfungen, damit ein sicherer Schutz aufgebaut wird. "
              "Vor jeder Impfung wird der Welpe untersucht; er sollte gesund und entwurmt sein."),
        ("table", [
            ["Alter", "Impfung"],
            ["8. Lebenswoche", "Staupe, Hepatitis, Parvovirose, Parainfluenza (SHPPi) + Leptospirose"],
            ["12. Lebenswoche", "SHPPi + Leptospirose + Tollwut (erste Tollwutimpfung)"],
            ["16. Lebenswoche", "SHPPi"],
            ["15. Lebensmonat", "SHPPi + Leptospirose + Tollwut (Abschluss der Grundimmunisierung)"],
        ]),
        ("p", "Die erste Tollwutimpfung erfolgt in der 12. Lebenswoche. Soll Ihr Hund ins Ausland reisen, "
              "gilt nach der ersten Tollwutimpfung eine Wartezeit von 21 Tagen, bevor der Impfschutz im EU-Heimtierausweis als gültig gilt."),
        ("h2", "Auffrischungsimpfungen erwachsener Hunde"),
        ("table", [
            ["Impfung", "Auffrischung"],
            ["Leptospirose", "jährlich"],
            ["Staupe, Hepatitis, Parvovirose (SHP)", "alle 3 Jahre"],
            ["Parainfluenza", "jährlich (meist zusammen mit Leptospirose)"],
            ["Tollwut", "je nach Impfstoff alle 1 bis 3 Jahre"],
        ]),
        ("h2", "Wahlimpfungen"),
        ("p", "Zwingerhusten (Bordetella bronchiseptica und Parainfluenza): empfohlen für Hunde, die in eine Hundepension, "
              "Hundetagesstätte oder Hundeschule gehen oder an Ausstellungen teilnehmen. Die Impfung wird als Nasenspray gegeben "
              "und sollte mindestens 2 Wochen vor dem Aufenthalt erfolgen; Auffrischung jährlich. "
              "Preis: 42,00 € inklusive Untersuchung. Viele Hundepensionen verlangen einen Nachweis über die Zwingerhusten-Impfung."),
        ("p", "Herpesvirus: für tragende Hündinnen in Zuchtbetrieben, nach Absprache."),
        ("p", "Borreliose: nur in Einzelfällen bei hohem Zeckenrisiko; ein guter Zeckenschutz ist wichtiger."),
        ("h2", "Antikörpertest (Titerbestimmung)"),
        ("p", "Statt einer routinemäßigen Auffrischung gegen Staupe, Hepatitis und Parvovirose kann der Impfschutz über eine "
              "Blutuntersuchung (Titerbestimmung) geprüft werden. Kosten: 85,00 € inklusive Blutentnahme. "
              "Für Leptospirose und Tollwut ersetzt der Titertest die Impfung nicht."),
        ("h2", "Nach der Impfung"),
        ("p", "Leichte Müdigkeit, etwas weniger Appetit oder eine kleine Schwellung an der Einstichstelle sind in den ersten "
              "1 bis 2 Tagen normal. Bei Atemnot, Erbrechen, Schwellungen im Gesicht oder Kreislaufproblemen wenden Sie sich "
              "bitte sofort an Ihre Praxis oder den Notdienst (Hamburg: 040 5550 3299)."),
        ("h2", "Impferinnerung"),
        ("p", "Wir erinnern Sie 4 Wochen vor der nächsten fälligen Impfung per SMS oder E-Mail – wenn Sie der Impferinnerung "
              "zugestimmt haben. Die Preise der Standardimpfungen finden Sie in der aktuellen Preisliste 2026."),
    ],
}

INSURANCE_GUIDE = {
    "path": "abrechnung/insurance-claims-guide.pdf",
    "title": "Insurance claims guide",
    "blocks": [
        ("h1", "Insurance claims guide"),
        ("p", "Pfotenhaus Small Animal Practices – information for clients whose pet insurer is not part of our direct billing. "
              "Valid from 1 January 2026."),
        ("p", "We bill four German insurers directly (see the German page on direct billing, \"Direktabrechnung\"). "
              "If your insurer is not one of them, or if your policy is from another country, you pay the invoice at the "
              "practice and claim the money back from your insurer yourself. We help you with all the paperwork."),
        ("h2", "Step by step"),
        ("li", "1. Pay the invoice at the practice (card, cash, Apple Pay or Google Pay)."),
        ("li", "2. Tell reception which documents your insurer needs, or upload the insurer's claim form in MyPfotenhaus."),
        ("li", "3. We prepare the documents. They are ready within 3 working days and are sent to you by email, or directly to the insurer if you ask us to."),
        ("li", "4. Submit the claim to your insurer. Most insurers accept claims online or via their app."),
        ("h2", "Documents and fees"),
        ("table", [
            ["Document", "Fee"],
            ["Itemised invoice (GOT numbers, diagnosis)", "free"],
            ["Completing the insurer's claim form", "EUR 10 per form"],
            ["Detailed treatment report", "EUR 15"],
            ["Treatment report in English", "EUR 15"],
            ["Copy of X-ray or CT images (download link)", "free"],
            ["Complete patient history sent to the insurer", "free (with your consent)"],
        ]),
        ("p", "All invoices since 2024 can also be downloaded as PDF in your MyPfotenhaus account at any time."),
        ("h2", "Tips for a smooth claim"),
        ("li", "Check your policy before planned operations: many insurers want a cost estimate in advance. We provide cost estimates free of charge."),
        ("li", "Insurers often ask whether a condition existed before the policy started. We can only confirm what is recorded in your pet's history with us."),
        ("li", "Keep the original invoice; some insurers ask for it by post."),
        ("li", "Preventive care such as vaccinations is usually not covered by pet health insurance."),
        ("h2", "What we cannot do"),
        ("p", "We cannot advise you on which insurance policy to choose, and we cannot negotiate with your insurer "
              "on your behalf if a claim is rejected. Questions about your cover must be directed to your insurer."),
        ("p", "Questions about invoices: buchhaltung@pfotenhaus-tieraerzte.de"),
    ],
}

GESCHAEFTSKUNDEN = {
    "path": "abrechnung/konditionen-geschaeftskunden.docx",
    "title": "Konditionen für Geschäftskunden",
    "blocks": [
        ("h1", "Konditionen für Geschäftskunden"),
        ("p", "Pfotenhaus Kleintierpraxen GmbH – Stand: 1. Januar 2026"),
        ("p", "Diese Konditionen gelten für Züchterinnen und Züchter, Tierheime, gemeinnützige Tierschutzvereine, Hundeschulen, "
              "Hundepensionen und andere gewerbliche Kunden, die ein Pfotenhaus-Partnerkonto haben. "
              "Für Privatkunden gelten die allgemeinen Zahlungsbedingungen für Privatkunden."),
        ("h2", "1. Das Partnerkonto"),
        ("p", "Mit einem Partnerkonto werden alle Behandlungen Ihrer Tiere an allen vier Standorten unter einer Kundennummer "
              "zusammengefasst. Für die Eröffnung benötigen wir:"),
        ("li", "Gewerbetreibende und Züchter: Gewerbeanmeldung oder Nachweis der Mitgliedschaft in einem anerkannten Zuchtverband"),
        ("li", "Tierheime und Tierschutzvereine: Vereinsregisterauszug und aktueller Freistellungsbescheid des Finanzamts (Gemeinnützigkeit)"),
        ("li", "eine Ansprechperson und eine Rechnungsadresse"),
        ("p", "Die Prüfung dauert in der Regel fünf Werktage."),
        ("h2", "2. Abrechnung und Zahlungsziel"),
        ("p", "Geschäftskunden bezahlen nicht nach jeder Behandlung, sondern erhalten eine monatliche Sammelrechnung zum "
              "Monatsende. Das Zahlungsziel beträgt 30 Tage ab Rechnungsdatum. Bei Zahlung per SEPA-Lastschrift innerhalb "
              "von 10 Tagen gewähren wir 2 % Skonto. Alle Rechnungen weisen die Mehrwertsteuer gesondert aus."),
        ("h2", "3. Rabatte"),
        ("table", [
            ["Kundengruppe", "Konditionen"],
            ["Tierheime und gemeinnützige Tierschutzvereine", "15 % Rabatt auf Kastrationen, Impfungen und Mikrochips"],
            ["Registrierte Züchter", "Welpenpaket: Untersuchung, Erstimpfung, Mikrochip und EU-Heimtierausweis für 119,00 € pro Welpe (netto)"],
            ["Hundeschulen und Hundepensionen", "10 % Rabatt auf Zwingerhusten-Impfungen für betreute Hunde nach Vorlage der Halter-Einwilligung"],
        ]),
        ("p", "Rabatte gelten nicht für Notdienstleistungen, Medikamente und Futter und sind nicht mit Rabatten aus dem "
              "PfotenPlan kombinierbar."),
        ("h2", "4. Fundtiere"),
        ("p", "Fundtiere behandeln wir im Auftrag der zuständigen Kommune. Die Abrechnung erfolgt direkt mit dem Ordnungsamt "
              "bzw. dem von der Kommune beauftragten Tierheim."),
        ("h2", "5. Laufzeit und Kündigung"),
        ("p", "Das Partnerkonto ist unbefristet und kann von beiden Seiten mit einer Frist von 3 Monaten zum Quartalsende "
              "gekündigt werden. Offene Sammelrechnungen bleiben davon unberührt."),
        ("h2", "6. Ansprechpartnerin"),
        ("p", "Sabine Krüger, Betreuung Geschäftskunden – E-Mail: geschaeftskunden@pfotenhaus-tieraerzte.de, "
              "Telefon: 040 5550 3050 (Montag bis Donnerstag, 9:00 – 15:00 Uhr)."),
    ],
}

DENTAL_CARE = {
    "path": "leistungen/dental-care.docx",
    "title": "Dental care for dogs and cats",
    "blocks": [
        ("h1", "Dental care for dogs and cats"),
        ("p", "Pfotenhaus Small Animal Practices – client information sheet, 2026"),
        ("p", "By the age of three, most dogs and cats have some form of dental disease. Tartar, inflamed gums and painful "
              "teeth often go unnoticed because pets hide pain very well. Regular dental checks and professional cleaning "
              "help your pet keep its teeth longer."),
        ("h2", "Warning signs"),
        ("li", "bad breath"),
        ("li", "yellow-brown deposits on the teeth, red or bleeding gums"),
        ("li", "chewing on one side only, dropping food, pawing at the mouth"),
        ("li", "in cats: drooling or suddenly refusing dry food (possible tooth resorption, FORL)"),
        ("h2", "Professional dental cleaning"),
        ("p", "A thorough dental cleaning is only possible under general anaesthesia. We remove tartar above and below the "
              "gum line with ultrasound, polish the teeth and examine every tooth. Loose or painful teeth are extracted "
              "after we have called you."),
        ("table", [
            ["Service", "Price"],
            ["Dental cleaning incl. anaesthesia (dog or cat)", "from EUR 290"],
            ["Tooth extraction, additional, per tooth", "from EUR 35"],
            ["Dental X-rays (whole mouth, per session)", "EUR 65"],
            ["Pre-anaesthetic blood test", "EUR 69"],
        ]),
        ("p", "Dental X-rays are available in Hamburg-Eimsbüttel, Hamburg-Altona and Cologne-Ehrenfeld. "
              "In cats we recommend X-rays with every dental cleaning, because tooth resorption is often only visible below the gum line."),
        ("p", "For pets older than 7 years, or pets with known heart or kidney problems, we recommend a pre-anaesthetic "
              "blood test to make the anaesthesia as safe as possible. It can be done at the pre-operative consultation or "
              "on the morning of the procedure."),
        ("p", "PfotenPlan members receive 10 % off dental treatments."),
        ("h2", "On the day"),
        ("li", "No food from 10 pm the evening before; water is allowed until you bring your pet in."),
        ("li", "Drop-off between 7:30 and 8:30 am; pick-up usually in the afternoon."),
        ("li", "After extractions: soft food for 3 to 5 days and pain medication as prescribed."),
        ("li", "A check-up after about 10 days is included in the price."),
        ("h2", "Home care"),
        ("p", "Daily tooth brushing is the most effective prevention. Use a pet toothpaste (never human toothpaste) and start "
              "slowly with a finger brush. Dental chews and special dental diets can help but do not replace brushing. "
              "Toothbrushes, toothpaste and chews are available in our practice shops and online shop."),
    ],
}

# ---------------------------------------------------------------------------


def build_pdf(doc):
    out = KB / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    story = []
    for kind, content in doc["blocks"]:
        if kind == "h1":
            story.append(Paragraph(content, styles["Title"]))
        elif kind == "h2":
            story.append(Spacer(1, 0.3 * cm))
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind in ("p", "li"):
            style = styles["BodyText"]
            text = content if (kind == "p" or content[:1].isdigit()) else "&bull; " + content
            story.append(Paragraph(text, style))
        elif kind == "table":
            rows = [[Paragraph(c, styles["BodyText"]) for c in r] for r in content]
            t = Table(rows, colWidths=[6 * cm, 10 * cm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.2 * cm))
    pdf = SimpleDocTemplate(str(out), pagesize=A4, title=doc["title"], author="Pfotenhaus Kleintierpraxen GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm)
    pdf.build(story)
    print("wrote", out)


def build_docx(doc):
    out = KB / doc["path"]
    out.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = "Pfotenhaus Kleintierpraxen GmbH"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for kind, content in doc["blocks"]:
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
    d.save(str(out))
    print("wrote", out)


if __name__ == "__main__":
    build_pdf(IMPFKALENDER_HUND)
    build_pdf(INSURANCE_GUIDE)
    build_docx(GESCHAEFTSKUNDEN)
    build_docx(DENTAL_CARE)
