#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the knowledge base.

Run with the venv that has reportlab and python-docx:
    /tmp/baths-venv/bin/python tools/build_binary_docs.py
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
styles = getSampleStyleSheet()
H1, H2, BODY = styles["Title"], styles["Heading2"], styles["BodyText"]


def pdf(path, title, author, story):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


def table(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d8eaf5")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------- Haus- und Badeordnung (PDF, de)
def badeordnung():
    sections = [
        ("§ 1 Geltungsbereich",
         ["Diese Haus- und Badeordnung gilt für das Hallenbad Nord (Nordbad), das Hallenbad Süd (Südbad), "
          "das Freibad Mühlweiher und die Saunawelt Kiefernhain der Bäderbetriebe Falkenried GmbH. "
          "Für die Saunawelt gelten ergänzend die Saunaregeln. Mit dem Betreten des Bades erkennt jeder Gast "
          "diese Ordnung an."]),
        ("§ 2 Öffnungszeiten und Einlass",
         ["Die Öffnungszeiten werden an der Kasse und auf der Website bekannt gegeben. Letzter Einlass ist "
          "60 Minuten vor Betriebsschluss. Die Badezeit endet 20 Minuten vor Betriebsschluss.",
          "Keinen Zutritt haben Personen, die unter dem Einfluss von Alkohol oder Drogen stehen, Personen mit "
          "ansteckenden Krankheiten oder offenen Wunden sowie Personen, gegen die ein Hausverbot besteht."]),
        ("§ 3 Kinder und Nichtschwimmer",
         ["Kinder unter 7 Jahren dürfen das Bad nur in Begleitung einer geeigneten Person ab 16 Jahren besuchen. "
          "Die Begleitperson muss das Kind ständig beaufsichtigen.",
          "Nichtschwimmerinnen und Nichtschwimmer dürfen nur die Nichtschwimmerbereiche benutzen. "
          "Kleinkinder, die noch nicht sauber sind, müssen Schwimmwindeln tragen."]),
        ("§ 4 Badebekleidung",
         ["Das Baden ist nur in üblicher Badebekleidung gestattet: Badeanzug, Bikini, Badehose, Badeshorts, "
          "Burkini, Schwimmshirt oder UV-Shirt. Straßenkleidung und Unterwäsche sind im Wasser nicht erlaubt. "
          "Das Baden mit freiem Oberkörper ist für alle Personen gestattet.",
          "In den Saunen gilt Textilfreiheit (siehe Saunaregeln)."]),
        ("§ 5 Verhalten im Bad",
         ["Vor dem Baden ist gründlich zu duschen. Der Barfußbereich darf nicht mit Straßenschuhen betreten werden.",
          "Nicht gestattet sind: Glasbehälter, Rauchen und E-Zigaretten (im Freibad nur im ausgewiesenen "
          "Raucherbereich), seitliches Einspringen, Stoßen und Untertauchen anderer Gäste, laute Musik ohne "
          "Kopfhörer.",
          "Das Fotografieren und Filmen anderer Personen ist verboten. In Umkleiden, Duschen und Toiletten "
          "dürfen Smartphones nicht benutzt werden.",
          "Die Sprunganlage und die Rutschen dürfen nur benutzt werden, wenn sie vom Aufsichtspersonal "
          "freigegeben sind."]),
        ("§ 6 Tiere",
         ["Tiere dürfen nicht mitgebracht werden. Ausgenommen sind Assistenzhunde; sie dürfen bis zum Beginn "
          "der Barfußzone mitgeführt werden."]),
        ("§ 7 Haftung und Wertsachen",
         ["Die Schließfächer funktionieren mit einer 1-€-Pfandmünze oder einem Pfandchip. Für einen verlorenen "
          "Schlüssel oder Chip werden 25,00 € Ersatz berechnet. Wertsachen können in den Wertfächern im Foyer "
          "eingeschlossen werden.",
          "Die Bäderbetriebe haften nur für Schäden, die auf Vorsatz oder grober Fahrlässigkeit beruhen; "
          "dies gilt nicht für Schäden an Leben, Körper und Gesundheit."]),
        ("§ 8 Fundsachen",
         ["Fundsachen sind an der Kasse abzugeben. Sie werden 4 Wochen im Bad aufbewahrt und danach an das "
          "Fundbüro der Stadt Falkenried übergeben. Lebensmittel, Handtücher und Badebekleidung werden nach "
          "einer Woche entsorgt."]),
        ("§ 9 Unfälle und Erste Hilfe",
         ["Jede Verletzung und jeder Unfall ist sofort dem Aufsichtspersonal zu melden. In jedem Bad gibt es "
          "einen Erste-Hilfe-Raum und einen Defibrillator. Das Personal ist in Erster Hilfe ausgebildet und "
          "dokumentiert den Vorfall."]),
        ("§ 10 Hausrecht",
         ["Das Aufsichts- und Kassenpersonal übt das Hausrecht aus. Gäste, die gegen diese Ordnung verstoßen, "
          "können ohne Erstattung des Eintrittsgeldes des Bades verwiesen werden. Bei schweren oder "
          "wiederholten Verstößen kann ein Hausverbot von bis zu 2 Jahren ausgesprochen werden."]),
        ("§ 11 Wünsche und Beschwerden",
         ["Wünsche, Anregungen und Beschwerden nehmen das Kassenpersonal, das Beschwerdeformular auf der "
          "Website oder der Kundenservice (service@falkenbaeder.de) entgegen. Schriftliche Beschwerden "
          "beantworten wir innerhalb von 10 Werktagen."]),
        ("§ 12 Inkrafttreten",
         ["Diese Haus- und Badeordnung tritt am 01.05.2024 in Kraft. Sie ersetzt alle früheren Fassungen."]),
    ]
    story = [Paragraph("Haus- und Badeordnung", H1),
             Paragraph("Bäderbetriebe Falkenried GmbH – Nordbad, Südbad, Freibad Mühlweiher, Saunawelt Kiefernhain", BODY),
             Spacer(1, 12)]
    for head, paras in sections:
        story.append(Paragraph(head, H2))
        for p in paras:
            story.append(Paragraph(p, BODY))
    story.append(Spacer(1, 12))
    story.append(Paragraph("Falkenried, im April 2024 – Die Geschäftsführung", BODY))
    pdf(KB / "regeln" / "haus-und-badeordnung.pdf", "Haus- und Badeordnung", "Bäderbetriebe Falkenried GmbH", story)


# ---------------------------------------------------------------- Group & Business Rates 2026 (PDF, en)
def group_rates():
    story = [Paragraph("Group &amp; Business Rates 2026", H1),
             Paragraph("Bäderbetriebe Falkenried GmbH – valid from 1 January 2026 for Nordbad, Südbad and the "
                       "Mühlweiher Lido. All prices include statutory VAT.", BODY),
             Spacer(1, 10),
             Paragraph("A. Group admission (price per person)", H2),
             table([["Group", "Condition", "Price"],
                    ["School classes (incl. schools outside Falkenried)", "per pupil", "€1.80"],
                    ["Kindergartens and daycare (children 3–6)", "per child", "€1.20"],
                    ["Youth groups (under 18)", "min. 10 persons", "€2.60"],
                    ["Adult groups (clubs, associations, friends)", "min. 15 persons", "€4.20"]],
                   [8.5 * cm, 4 * cm, 3 * cm]),
             Spacer(1, 6),
             Paragraph("Accompanying persons: 1 accompanying person free per 10 participants.", BODY),
             Paragraph("Groups must register at least 10 working days in advance at gruppen@falkenbaeder.de. "
                       "Group rates do not apply to the Saunawelt Kiefernhain.", BODY),
             Spacer(1, 10),
             Paragraph("B. Business customers", H2),
             table([["Product", "Condition", "Price"],
                    ["Corporate 10-visit cards", "from 20 cards (10 % off)", "€41.40 per card"],
                    ["Corporate 10-visit cards", "from 50 cards (15 % off)", "€39.10 per card"],
                    ["Corporate Annual Pass", "from 5 passes", "€378.00 per pass"],
                    ["Exclusive company swim event at Nordbad", "2 hours, Fri or Sat after 18:00, up to 80 guests",
                     "from €650.00"]],
                   [6.5 * cm, 6 * cm, 3.5 * cm]),
             Spacer(1, 6),
             Paragraph("Corporate 10-visit cards are transferable within the company and valid for 3 years. "
                       "Corporate Annual Passes are personal (name and photo of the employee).", BODY),
             Paragraph("The exclusive event price includes two lifeguards and use of the sport pool and teaching "
                       "pool; catering can be arranged with our partner caterer for an extra charge.", BODY),
             Spacer(1, 10),
             Paragraph("C. Payment", H2),
             Paragraph("Business customers, schools and clubs receive an invoice payable within 14 days. "
                       "Private groups pay at the cash desk on the day of the visit.", BODY),
             Paragraph("Children's birthday parties are not group bookings – please see the Falkenflug party "
                       "packages at Südbad. Lane hire for training: see Lane hire for clubs and organisations.", BODY),
             Spacer(1, 10),
             Paragraph("Contact: gruppen@falkenbaeder.de – phone 05123 4880-30", BODY)]
    pdf(KB / "gruppen" / "group-rates-2026.pdf", "Group & Business Rates 2026", "Bäderbetriebe Falkenried GmbH", story)


# ---------------------------------------------------------------- Kursplan Aquakurse (DOCX, de)
def kursplan():
    d = Document()
    d.core_properties.title = "Kursplan Aquakurse Winter 2026/27"
    d.core_properties.author = "Bäderbetriebe Falkenried GmbH – Kursverwaltung"
    d.add_heading("Kursplan Aquakurse Winter 2026/27", 0)
    d.add_paragraph("Gültig vom 05.01.2027 bis 27.03.2027 – Nordbad und Südbad. "
                    "In den Weihnachtsferien und an Feiertagen finden keine Kurse statt.")
    rows = [
        ("Tag", "Uhrzeit", "Kurs", "Bad", "Preis"),
        ("Montag", "18:00–18:45", "Aqua-Fitness (offen)", "Südbad", "im Eintritt enthalten"),
        ("Dienstag", "09:30–10:15", "Aqua-Fit 60plus (offen)", "Nordbad", "im Eintritt enthalten"),
        ("Dienstag", "19:15–20:00", "Aqua-Cycling", "Nordbad", "14,00 € pro Termin inkl. Eintritt"),
        ("Mittwoch", "10:00–10:45", "Aqua-Fit für Schwangere (Warmbadetag)", "Nordbad", "10er-Kurs 99,00 €"),
        ("Mittwoch", "18:30–19:15", "Aqua-Fit Rücken (Präventionskurs, 10 Termine)", "Nordbad", "110,00 €"),
        ("Donnerstag", "09:00–09:45", "Aqua-Jogging (offen)", "Südbad", "im Eintritt enthalten"),
        ("Freitag", "17:00–17:45", "Aqua-Power", "Südbad", "12,00 € pro Termin inkl. Eintritt"),
        ("Samstag", "09:15–10:00", "Eltern-Baby-Schwimmen (6–18 Monate)", "Nordbad", "8er-Kurs 89,00 €"),
    ]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_heading("Hinweise", level=1)
    for txt in [
        "Offene Kurse: keine Anmeldung nötig, einfach mit gültiger Eintrittskarte kommen. Maximal 30 Teilnehmende, "
        "Einlass in die Kursgruppe nach Reihenfolge.",
        "Aqua-Cycling: 14 Räder pro Termin, Buchung online erforderlich. Die 10er-Karte Aqua-Cycling kostet 125,00 € "
        "und ist 6 Monate gültig.",
        "Aqua-Fit Rücken ist nach § 20 SGB V zertifiziert; viele Krankenkassen erstatten einen Teil der Kursgebühr.",
        "Aqua-Fit für Schwangere: ab der 12. Schwangerschaftswoche, bitte Rücksprache mit Hebamme oder Ärztin.",
        "Eltern-Baby-Schwimmen: eine erwachsene Begleitperson pro Baby; Schwimmwindel ist Pflicht.",
        "Anmeldung für buchungspflichtige Kurse unter falkenbaeder.de/kurse, Fragen an kurse@falkenbaeder.de.",
    ]:
        d.add_paragraph(txt, style="List Bullet")
    out = KB / "kurse" / "kursplan-aquakurse.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


# ---------------------------------------------------------------- Antrag Bahnbelegung (DOCX, de)
def antrag():
    d = Document()
    d.core_properties.title = "Antrag auf Bahnbelegung Saison 2027/28"
    d.core_properties.author = "Bäderbetriebe Falkenried GmbH – Abteilung Sport & Vereine"
    d.add_heading("Antrag auf Bahnbelegung – Saison 2027/28", 0)
    d.add_paragraph("Für Vereine, Verbände und Organisationen. Belegungszeitraum: 01.09.2027 bis 30.06.2028.")
    p = d.add_paragraph()
    r = p.add_run("Antragsfrist: 31.03.2027 (Eingang bei den Bäderbetrieben). Später eingehende Anträge werden "
                  "nur berücksichtigt, soweit noch Zeiten frei sind.")
    r.bold = True
    d.add_heading("1. Angaben zum Verein / zur Organisation", level=1)
    for f in ["Name des Vereins / der Organisation:", "Anschrift:", "Ansprechperson (Name, Telefon, E-Mail):",
              "Anzahl Mitglieder gesamt / davon unter 18 Jahren:",
              "Gemeinnützig anerkannt:  ☐ ja (Freistellungsbescheid liegt bei)   ☐ nein"]:
        d.add_paragraph(f + " ________________________________")
    d.add_heading("2. Gewünschte Wasserzeiten", level=1)
    t = d.add_table(rows=4, cols=5)
    t.style = "Table Grid"
    for j, v in enumerate(["Bad", "Wochentag", "Uhrzeit von–bis", "Anzahl Bahnen", "Trainingsgruppe"]):
        t.cell(0, j).text = v
    d.add_heading("3. Beizufügende Unterlagen", level=1)
    for txt in ["Aktueller Freistellungsbescheid des Finanzamts (nur gemeinnützige Vereine)",
                "Nachweis der Haftpflichtversicherung (Deckungssumme mindestens 3 Mio. €)",
                "Liste der Rettungsschwimmerinnen und Rettungsschwimmer (mindestens Rettungsschwimmer Silber)"]:
        d.add_paragraph(txt, style="List Bullet")
    d.add_heading("4. Vergabe und Bedingungen", level=1)
    for txt in [
        "Die Wasserzeiten werden nach folgenden Kriterien vergeben: Jugendarbeit, Leistungssport, "
        "Nutzungsquote der Vorsaison (mindestens 75 %), Mitgliederzahl aus Falkenried.",
        "Der Bescheid über die zugeteilten Zeiten wird bis zum 31.05.2027 per E-Mail versandt.",
        "Die Entgelte richten sich nach der aktuellen Entgeltordnung (siehe Seite „Lane hire for clubs and "
        "organisations“). Gemeinnützige Vereine aus Falkenried zahlen 50 % des regulären Entgelts.",
        "Nicht genutzte Zeiten sind mindestens 7 Tage vorher abzumelden. Bei wiederholter Nichtnutzung ohne "
        "Abmeldung können Zeiten entzogen werden.",
    ]:
        d.add_paragraph(txt, style="List Bullet")
    d.add_heading("5. Einreichung", level=1)
    d.add_paragraph("Per E-Mail an gruppen@falkenbaeder.de oder per Post an: Bäderbetriebe Falkenried GmbH, "
                    "Abteilung Sport & Vereine, Am Stadthafen 12, 47101 Falkenried.")
    d.add_paragraph("Ort, Datum, Unterschrift der vertretungsberechtigten Person: ______________________________")
    out = KB / "gruppen" / "antrag-bahnbelegung.docx"
    d.save(out)


if __name__ == "__main__":
    badeordnung()
    group_rates()
    kursplan()
    antrag()
    print("built 2 PDF and 2 DOCX documents")
