"""Generates the PDF and DOCX documents of the knowledge base (run with /tmp/insurance-venv/bin/python)."""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from docx import Document

KB = Path(__file__).resolve().parent.parent / "kb"
styles = getSampleStyleSheet()


def pdf(path, title, blocks):
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Feldhain Versicherung AG")
    story = [Paragraph(title, styles["Title"])]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
        elif kind == "t":
            t = Table(content, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8d8")),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc.build(story)


def docx(path, title, blocks):
    d = Document()
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "t":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    d.save(str(path))


# ---------------------------------------------------------------- Kfz PDF (de)
pdf(KB / "kfz" / "kfz-beitraege-2026.pdf", "Kfz-Beitragsbeispiele 2026", [
    ("p", "Feldhain Versicherung AG – Stand: 1. Januar 2026. Diese Übersicht zeigt Beispiel-Jahresbeiträge "
          "für ein typisches Kompaktfahrzeug. Ihr persönlicher Beitrag hängt von Fahrzeug, Wohnort, "
          "Fahrleistung und Fahrerkreis ab und wird im Online-Rechner oder in Ihrer Agentur ermittelt."),
    ("h", "Annahmen für das Beispielfahrzeug"),
    ("p", "Kompaktklasse, Benziner, 110 kW; Typklassen: Haftpflicht 16, Teilkasko 19, Vollkasko 20; "
          "Regionalklasse Haftpflicht 5; jährliche Fahrleistung bis 12.000 km; Abstellplatz Carport; "
          "Fahrerkreis: Versicherungsnehmer und Partner, beide mindestens 25 Jahre alt; "
          "Vollkasko mit 300 € Selbstbeteiligung, Teilkasko mit 150 € Selbstbeteiligung."),
    ("h", "Beispiel-Jahresbeiträge nach Schadenfreiheitsklasse"),
    ("t", [["SF-Klasse", "Kfz-Haftpflicht", "Teilkasko", "Vollkasko (inkl. Teilkasko)"],
           ["SF 0", "612 €", "168 €", "1.184 €"],
           ["SF 1", "498 €", "168 €", "958 €"],
           ["SF 5", "318 €", "168 €", "612 €"],
           ["SF 10", "246 €", "168 €", "472 €"],
           ["SF 20", "198 €", "168 €", "380 €"],
           ["SF 35", "138 €", "168 €", "272 €"]]),
    ("p", "Die Teilkasko hat keine Schadenfreiheitsklassen; ihr Beitrag ist daher in allen Zeilen gleich. "
          "Wer nur Haftpflicht und Teilkasko abschließt, zahlt die Summe der beiden Spalten."),
    ("h", "Zu- und Abschläge"),
    ("p", "Junge Fahrerinnen und Fahrer: Ist die jüngste Person im Fahrerkreis unter 23 Jahre alt, erhöht "
          "sich der Beitrag für Haftpflicht und Vollkasko um 25 %. Zwischen 23 und 24 Jahren beträgt der "
          "Zuschlag 10 %."),
    ("p", "Garage: 5 % Nachlass. Fahrleistung bis 6.000 km: 8 % Nachlass. Über 20.000 km: 12 % Zuschlag. "
          "Werkstattbonus bei Wahl einer Partnerwerkstatt: 15 % Nachlass auf den Kaskobeitrag."),
    ("h", "Beispiele 2025 zum Vergleich"),
    ("p", "Im Jahr 2025 kostete die Vollkasko für das gleiche Beispielfahrzeug in SF 10 noch 449 €, "
          "die Kfz-Haftpflicht in SF 10 234 €. Grund für die Anpassung sind gestiegene Ersatzteil- und "
          "Werkstattkosten."),
    ("p", "Alle Beiträge inklusive 19 % Versicherungsteuer, bei jährlicher Zahlung."),
])

# ------------------------------------------------------- Travel PDF (en)
pdf(KB / "reise" / "travel-protection.pdf", "Feldhain Travel Protection – Brochure 2026", [
    ("p", "Holidays are precious, and so is the money you spend on them. Feldhain Travel Protection "
          "refunds your cancellation costs if you cannot start your trip, and covers the extra costs "
          "if you have to cut it short. One annual policy covers every trip you book during the year."),
    ("h", "What is covered"),
    ("p", "Trip cancellation: cancellation fees charged by the tour operator, airline or holiday rental "
          "if you cancel for an insured reason, such as sudden serious illness, an accident, the death "
          "of a close relative, pregnancy complications, job loss, or serious damage to your home "
          "(e.g. fire or burglary) shortly before departure."),
    ("p", "Trip interruption: additional return travel costs and the value of unused travel services "
          "if you have to end your trip early for an insured reason."),
    ("h", "Annual premiums 2026"),
    ("t", [["Maximum price per trip", "Single", "Family"],
           ["up to 1,500 €", "49 €", "79 €"],
           ["up to 3,000 €", "79 €", "119 €"],
           ["up to 5,000 €", "109 €", "169 €"]]),
    ("p", "Family: two adults living in the same household and their children up to the age of 25. "
          "The maximum price applies per trip and covers all insured persons travelling together. "
          "For trips over 5,000 € please ask your agency for an individual quote."),
    ("h", "Excess"),
    ("p", "For each claim you pay an excess of 10 % of the refundable costs, but at least 50 €. "
          "If you are admitted to hospital, no excess applies."),
    ("h", "When to take out the policy"),
    ("p", "Take out the cover no later than 30 days after booking your trip. If you book it later, or "
          "less than 30 days before departure, there is a waiting period of 14 days for illnesses. "
          "Annual policies run for one year and renew automatically."),
    ("h", "Add-on: baggage insurance"),
    ("p", "Covers theft, loss and damage of your luggage up to 2,000 € per person for 29 € a year. "
          "Valuables and electronics are covered up to 50 % of the sum insured."),
    ("h", "Travel health insurance"),
    ("p", "Medical costs abroad are not part of Travel Protection. Please see our separate travel "
          "health insurance (Auslandsreise-Krankenversicherung)."),
    ("h", "In an emergency"),
    ("p", "Call our 24/7 assistance line on +49 551 8830 399. Report a cancellation immediately: "
          "cancellation fees usually rise the closer you get to departure, and we only refund the "
          "fees that would have been due had you cancelled without delay."),
])

# ------------------------------------------------ Hausrat conditions DOCX (de)
docx(KB / "vertrag" / "hausrat-bedingungen.docx", "Allgemeine Hausratbedingungen Feldhain (FHB 2026)", [
    ("p", "Auszug für Kundinnen und Kunden. Maßgeblich ist die vollständige Fassung in Ihren "
          "Vertragsunterlagen. Gültig für Verträge mit Beginn ab 1. Januar 2026."),
    ("h", "§ 1 Versicherte Sachen"),
    ("p", "Versichert ist der gesamte Hausrat in der im Versicherungsschein bezeichneten Wohnung. Zum "
          "Hausrat gehören alle Sachen, die dem Haushalt zur privaten Nutzung dienen, einschließlich "
          "Bargeld und Wertsachen, fremdes Eigentum von Gästen sowie in die Wohnung eingebrachte "
          "Einbauküchen, die Sie als Mieterin oder Mieter auf eigene Kosten angeschafft haben."),
    ("h", "§ 2 Versicherte Gefahren"),
    ("p", "Feuer, Blitzschlag, Explosion, Implosion; Einbruchdiebstahl, Raub und Vandalismus nach "
          "einem Einbruch; Leitungswasser; Sturm ab Windstärke 8 und Hagel. Elementarschäden nur, "
          "wenn der Zusatzbaustein vereinbart ist."),
    ("h", "§ 3 Außenversicherung"),
    ("p", "Sachen, die sich vorübergehend außerhalb der Wohnung befinden (zum Beispiel im Urlaub, im "
          "Hotel oder im Koffer), sind weltweit für höchstens 6 Monate versichert. Die Entschädigung "
          "ist auf 10 % der Versicherungssumme begrenzt, höchstens 15.000 €. Diebstahl aus einem "
          "Kraftfahrzeug ist nur im Tarif Premium bis 1.000 € versichert."),
    ("h", "§ 4 Entschädigungsgrenzen"),
    ("t", [["Leistung", "Basis", "Komfort", "Premium"],
           ["Bargeld (außerhalb eines Tresors)", "500 €", "1.500 €", "3.000 €"],
           ["Schmuck und Edelsteine außerhalb eines Tresors", "10 % der VS", "20 % der VS", "20 % der VS"],
           ["Wertsachen im Tresor", "20 % der VS", "30 % der VS", "40 % der VS"],
           ["Hotelkosten nach einem Schaden", "bis 50 Tage", "bis 100 Tage", "bis 200 Tage"],
           ["Hotelkosten pro Tag", "max. 1 ‰ der VS", "max. 1 ‰ der VS", "max. 2 ‰ der VS"],
           ["Grobe Fahrlässigkeit", "nicht versichert", "bis 10.000 €", "bis zur VS"],
           ["Fahrraddiebstahl", "nicht versichert", "bis 1 % der VS", "bis 3.000 €"]]),
    ("p", "VS = Versicherungssumme. ‰ = Promille."),
    ("h", "§ 5 Obliegenheiten im Schadenfall"),
    ("li", "Den Schaden unverzüglich melden und so gering wie möglich halten."),
    ("li", "Einbruch, Raub und Diebstahl unverzüglich der Polizei anzeigen und eine Stehlgutliste einreichen."),
    ("li", "Während der Heizperiode nicht genutzte Räume ausreichend beheizen."),
    ("li", "Bei einer Abwesenheit von mehr als 60 Tagen die Wohnung kontrollieren lassen."),
    ("h", "§ 6 Wohnungswechsel"),
    ("p", "Bei einem Umzug innerhalb Deutschlands geht der Versicherungsschutz auf die neue Wohnung "
          "über. Während des Umzugs sind beide Wohnungen bis zu 2 Monate versichert. Ändert sich die "
          "Wohnfläche oder die Tarifzone, wird der Beitrag ab dem Umzugstag neu berechnet."),
    ("h", "§ 7 Vertragsdauer"),
    ("p", "Der Vertrag wird für ein Jahr geschlossen und verlängert sich jeweils um ein Jahr, wenn er "
          "nicht spätestens 3 Monate vor Ablauf gekündigt wird."),
])

# -------------------------------------------- Business terms DOCX (en)
docx(KB / "geschaeftskunden" / "business-terms.docx", "General Terms for Business Customers (AVB-G 2026)", [
    ("p", "These terms apply to all contracts of business customers of Feldhain Versicherung AG, in "
          "particular Business Liability (Betriebshaftpflicht) and business contents insurance "
          "(Inhaltsversicherung). They apply in addition to the product conditions. Version: January 2026. "
          "The German version is legally binding; this English version is for information."),
    ("h", "1. Contract term and cancellation"),
    ("p", "Contracts are concluded for one year and renew automatically by one year unless cancelled "
          "in text form with 3 months' notice before the end of the insurance year. After a claim, "
          "both parties may cancel within one month of the claim being settled."),
    ("h", "2. Premium payment"),
    ("p", "The premium is calculated per year. Monthly payment is not available for business customers. "
          "Business customers can pay annually, half-yearly or quarterly:"),
    ("t", [["Payment interval", "Surcharge (business customers)"],
           ["annually", "none"],
           ["half-yearly", "3 %"],
           ["quarterly", "5 %"]]),
    ("p", "Payment is by SEPA direct debit (core or B2B mandate) or by bank transfer within 14 days of "
          "the invoice date."),
    ("h", "3. Annual turnover declaration"),
    ("p", "Where the premium depends on turnover, you must declare your actual turnover for the past "
          "financial year by 31 March of each year. If the turnover has changed, the premium is "
          "adjusted retrospectively. If no declaration is received, we may apply a surcharge of 20 %."),
    ("h", "4. Reporting claims"),
    ("p", "Claims must be reported within 7 days of becoming aware of them, by phone on 0551 8830 450 "
          "(Monday to Friday 8:00–18:00), through the claims hotline 0800 4477 399 outside these hours, "
          "or in writing. Claims made against you by third parties must be forwarded to us without "
          "delay; do not acknowledge or settle them yourself."),
    ("h", "5. Deductibles"),
    ("t", [["Product", "Standard deductible"],
           ["Business Liability Starter", "250 €"],
           ["Business Liability Professional", "none"],
           ["Business contents insurance", "250 € (optionally 1,000 €)"]]),
    ("h", "6. Changes in risk"),
    ("p", "Please inform us without delay if your business activity changes, if you open additional "
          "premises or if the number of employees exceeds 10. Unreported changes in risk may reduce "
          "our benefits."),
    ("h", "7. Safety obligations"),
    ("p", "Business premises must be locked outside opening hours; alarm systems agreed in the "
          "contract must be switched on. Cash above 2,000 € must be kept in a locked safe overnight."),
])
print("done")
