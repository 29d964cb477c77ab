#!/usr/bin/env python3
"""Build the binary knowledge-base documents (2 PDF, 2 DOCX) of the Tischwerk Coworking set.

Usage: /tmp/cowork-venv/bin/python tools/build_docs.py
Needs reportlab and python-docx.
"""
import os
from pathlib import Path

KB = Path(__file__).resolve().parent.parent / "kb"

# ---------------------------------------------------------------------------
# content: list of blocks (kind, payload); kinds: h1, h2, p, bullets, table
# ---------------------------------------------------------------------------

HAUSORDNUNG = {
    "title": "Hausordnung der Tischwerk Coworking GmbH",
    "blocks": [
        ("h1", "Hausordnung"),
        ("p", "Gültig für alle Standorte der Tischwerk Coworking GmbH (Altona, Winterhude, Plagwitz, Ehrenfeld) "
              "und für alle Mitglieder, Gäste und Besucher. Stand: Januar 2026."),
        ("h2", "§ 1 Zugang und Mitgliedskarte"),
        ("bullets", [
            "Die Mitgliedskarte ist persönlich und darf nicht an andere Personen weitergegeben werden.",
            "Bitte halte die Eingangstür nicht für Personen auf, die du nicht kennst.",
            "Den Verlust einer Karte meldest du sofort am Empfang oder in der App, damit wir sie sperren können. "
            "Eine Ersatzkarte kostet 25 €.",
            "Außerhalb der Empfangszeiten gilt: Die letzte Person im Gebäude schließt Fenster und schaltet das Licht aus.",
        ]),
        ("h2", "§ 2 Ruhe und Telefonate"),
        ("bullets", [
            "Im Open Space wird leise gearbeitet. Längere Gespräche finden in Küche, Lounge oder Meetingräumen statt.",
            "Telefonate und Videocalls bitte in den Telefonboxen führen. Eine Telefonbox kann für höchstens "
            "60 Minuten am Stück gebucht werden.",
            "In den gekennzeichneten Ruhezonen sind Gespräche und Telefonate nicht erlaubt.",
        ]),
        ("h2", "§ 3 Arbeitsplätze und Fundsachen"),
        ("bullets", [
            "Flex Desks werden am Ende des Tages vollständig geräumt (Clean Desk).",
            "Gegenstände, die über Nacht auf Flex Desks liegen bleiben, bringen wir ins Fundbüro am Empfang.",
            "Fundsachen bewahren wir 30 Tage auf; danach werden sie gespendet oder entsorgt.",
        ]),
        ("h2", "§ 4 Küche"),
        ("bullets", [
            "Kaffee, Tee und Wasser sind kostenlos. Benutztes Geschirr bitte in die Spülmaschine stellen.",
            "Die Kühlschränke werden jeden Freitag um 15 Uhr geleert. Beschrifte deine Lebensmittel mit Name und Datum.",
        ]),
        ("h2", "§ 5 Gäste"),
        ("p", "Gäste werden von ihrem Gastgeber in der App angemeldet und melden sich am Empfang an. Das Mitglied "
              "ist während des Besuchs für seine Gäste verantwortlich."),
        ("h2", "§ 6 Tiere"),
        ("p", "Hunde sind nur in Altona (1. und 2. Obergeschoss) und in Ehrenfeld erlaubt, müssen in der App "
              "registriert und geimpft sein und in Gemeinschaftsflächen an der Leine geführt werden. Winterhude und "
              "Plagwitz sind hundefreie Standorte. Andere Haustiere sind nicht gestattet."),
        ("h2", "§ 7 Rauchen und Alkohol"),
        ("p", "Rauchen, auch von E-Zigaretten, ist nur in den gekennzeichneten Raucherbereichen im Freien erlaubt. "
              "Alkohol wird nur bei offiziellen Veranstaltungen ausgeschenkt."),
        ("h2", "§ 8 Sicherheit, Unfälle und Notfälle"),
        ("bullets", [
            "Im Notfall zuerst den Notruf 112 wählen, danach den Empfang oder die Notfallnummer 040 5550 3199 informieren.",
            "Erste-Hilfe-Kasten und Defibrillator (AED) befinden sich an jedem Empfang.",
            "Jeder Unfall, auch ein kleiner, wird am Empfang gemeldet und im Verbandbuch eingetragen.",
            "Flucht- und Rettungswege sind freizuhalten. Sammelplatz ist in Altona der Gehweg gegenüber dem Eingang, "
            "in Winterhude der Innenhof, in Plagwitz der Parkplatz im Hof und in Ehrenfeld der Vorplatz an der "
            "Venloer Straße.",
            "E-Scooter und Akkus von E-Bikes dürfen im Gebäude nicht geladen werden.",
        ]),
        ("h2", "§ 9 Dachterrasse und Außenflächen"),
        ("p", "Die Dachterrasse in Altona ist von April bis Oktober täglich bis 22:00 Uhr geöffnet. Auf allen "
              "Außenflächen gilt ab 22:00 Uhr Ruhe mit Rücksicht auf die Nachbarschaft."),
        ("h2", "§ 10 Verstöße"),
        ("p", "Bei Verstößen gegen diese Hausordnung spricht das Community Management zunächst eine Ermahnung aus. "
              "Bei wiederholten oder schweren Verstößen kann ein Hausverbot ausgesprochen und die Mitgliedschaft "
              "außerordentlich gekündigt werden."),
    ],
}

WELCOME = {
    "title": "Tischwerk Welcome Pack for new members",
    "blocks": [
        ("h1", "Welcome to Tischwerk!"),
        ("p", "This welcome pack helps you settle in during your first days as a member. Keep it handy – or just "
              "ask your community manager, who is there to help."),
        ("h2", "Your first day"),
        ("bullets", [
            "Collect your key card at reception. We charge a key card deposit of 20 €, which you get back when "
            "you return the card at the end of your membership.",
            "A replacement for a lost or damaged card costs 25 €.",
            "Install the Tischwerk app and log in with the email address you used to sign up.",
            "Connect to the Wi-Fi network Tischwerk-Members with your app login.",
            "Your community manager gives you a tour and introduces you to a few people.",
        ]),
        ("h2", "Your community managers"),
        ("table", [
            ["Location", "Community manager", "Email"],
            ["Altona, Hamburg", "Jana Petersen", "altona@tischwerk.de"],
            ["Winterhude, Hamburg", "Malte Osterkamp", "winterhude@tischwerk.de"],
            ["Plagwitz, Leipzig", "Sophie Krämer", "plagwitz@tischwerk.de"],
            ["Ehrenfeld, Cologne", "Deniz Aydın", "ehrenfeld@tischwerk.de"],
        ]),
        ("h2", "The app in five minutes"),
        ("bullets", [
            "Check-in: tap Check-in when you arrive (Flex members) – this counts your Flex days.",
            "Book: meeting rooms, phone booths and, in Winterhude, the parent-child office.",
            "Mail: see which letters and parcels have arrived for you.",
            "Events: register for community events.",
            "Billing: download your invoices and update your payment details.",
            "Message the team: chat with the reception of your home location.",
        ]),
        ("h2", "Lockers"),
        ("p", "Lockers cost 15 € per month and can be added in the app under Add-ons. You get a personal code for "
              "your locker; please don't use your own padlock."),
        ("h2", "Your first week checklist"),
        ("bullets", [
            "Add a profile photo in the app so others can find you.",
            "Join the Monday Breakfast on the first Monday of the month.",
            "Register your dog in the app if you want to bring it (Altona and Ehrenfeld only).",
            "Read the house rules.",
            "Tell us your birthday in the app – there's cake involved.",
        ]),
        ("h2", "Useful numbers"),
        ("bullets", [
            "General enquiries: 040 5550 3180 (Mon–Fri 9 am – 5 pm)",
            "Emergency line outside reception hours: 040 5550 3199 (24/7)",
            "Medical emergency or fire: 112",
            "IT support: it@tischwerk.de",
        ]),
        ("p", "We're happy you're here. Welcome to the community!"),
    ],
}

AGB = {
    "title": "Allgemeine Geschäftsbedingungen (AGB) für Mitgliedschaften",
    "blocks": [
        ("h1", "Allgemeine Geschäftsbedingungen für Mitgliedschaften"),
        ("p", "Tischwerk Coworking GmbH, Stresemannstraße 212, 22769 Hamburg. Stand: 1. Januar 2026."),
        ("h2", "§ 1 Geltungsbereich"),
        ("p", "Diese AGB gelten für alle Mitgliedschaften (Flex Desk, Fix Desk, Team Office), die Geschäftsadresse "
              "Business und den Postservice für Privatpersonen. Für Tagespässe, Meetingräume und Eventflächen "
              "gelten die jeweiligen Buchungsbedingungen."),
        ("h2", "§ 2 Vertragsschluss"),
        ("p", "Der Vertrag kommt zustande, wenn du eine Mitgliedschaft in der App oder auf tischwerk.de "
              "abschließt und wir die Buchung per E-Mail bestätigen. Mitglied kann werden, wer mindestens "
              "18 Jahre alt ist."),
        ("h2", "§ 3 Preise und Zahlung"),
        ("p", "Es gilt die jeweils aktuelle Preisliste. Die Monatsbeiträge sind monatlich im Voraus zum ersten "
              "Werktag fällig. Preisänderungen kündigen wir mindestens 6 Wochen vor Inkrafttreten in Textform an; "
              "in diesem Fall hast du ein Sonderkündigungsrecht zum Zeitpunkt des Inkrafttretens."),
        ("h2", "§ 4 Laufzeit und Kündigung"),
        ("table", [
            ["Leistung", "Mindestlaufzeit", "Kündigungsfrist nach Ablauf der Mindestlaufzeit"],
            ["Flex Desk (alle Varianten)", "1 Monat", "14 Tage zum Monatsende"],
            ["Fix Desk", "3 Monate", "1 Monat zum Monatsende"],
            ["Team Office", "6 Monate", "3 Monate zum Monatsende"],
            ["Geschäftsadresse Business", "6 Monate", "1 Monat zum Monatsende"],
            ["Postservice für Privatpersonen", "3 Monate", "14 Tage zum Monatsende"],
        ]),
        ("p", "Ohne Kündigung verlängert sich der Vertrag jeweils um einen Monat. Die Kündigung muss in Textform "
              "erfolgen, also per E-Mail an vertrag@tischwerk.de oder über die Kündigungsfunktion in der App. "
              "Eine Kündigung per Telefon oder mündlich am Empfang ist nicht wirksam. Du erhältst innerhalb von "
              "2 Werktagen eine Kündigungsbestätigung."),
        ("h2", "§ 5 Widerrufsrecht für Verbraucher"),
        ("p", "Verbraucherinnen und Verbraucher, die online abschließen, können den Vertrag innerhalb von "
              "14 Tagen ohne Angabe von Gründen widerrufen. Hast du verlangt, dass die Leistung schon während "
              "der Widerrufsfrist beginnt, zahlst du für die bis zum Widerruf genutzte Zeit einen anteiligen Betrag."),
        ("h2", "§ 6 Kaution"),
        ("p", "Für Team Offices ist eine Kaution in Höhe von zwei Monatsbeiträgen zu leisten. Sie wird innerhalb "
              "von 30 Tagen nach Rückgabe des Büros und aller Karten erstattet, abzüglich offener Forderungen. "
              "Für Flex Desk und Fix Desk wird keine Kaution erhoben; es fällt lediglich das Kartenpfand an."),
        ("h2", "§ 7 Pausieren und Tarifwechsel"),
        ("p", "Flex Desk Unlimited und Fix Desk können einmal pro Kalenderjahr für bis zu zwei Monate pausiert "
              "werden (Gebühr 20 € pro Monat). Upgrades sind jederzeit möglich, Downgrades zum nächsten "
              "Monatsersten bei Antrag bis zum 15. des laufenden Monats. Ein Wechsel von einem Team Office in "
              "ein kleineres Büro ist erst nach Ablauf der Mindestlaufzeit möglich."),
        ("h2", "§ 8 Pflichten der Mitglieder"),
        ("p", "Mitglieder halten die Hausordnung ein, behandeln Räume und Ausstattung pfleglich und melden Schäden "
              "unverzüglich. Die Nutzung der Räume für illegale Zwecke, für Wohnzwecke oder für den Verkauf an "
              "Laufkundschaft ist nicht gestattet."),
        ("h2", "§ 9 Haftung"),
        ("p", "Für mitgebrachte Gegenstände haften wir nur bei Vorsatz und grober Fahrlässigkeit. Wir empfehlen, "
              "Wertsachen nicht unbeaufsichtigt liegen zu lassen und einen Spind zu nutzen. Für Schäden aus der "
              "Verletzung von Leben, Körper oder Gesundheit haften wir nach den gesetzlichen Vorschriften."),
        ("h2", "§ 10 Außerordentliche Kündigung"),
        ("p", "Wir können den Vertrag fristlos kündigen, wenn du mit mehr als zwei Monatsbeiträgen in Verzug bist "
              "oder schwer bzw. wiederholt gegen die Hausordnung verstößt."),
        ("h2", "§ 11 Schlussbestimmungen"),
        ("p", "Es gilt deutsches Recht. Gerichtsstand für Kaufleute ist Hamburg. Sollte eine Bestimmung "
              "unwirksam sein, bleibt der Vertrag im Übrigen wirksam."),
    ],
}

BILLING = {
    "title": "Billing and payment – how invoicing works at Tischwerk",
    "blocks": [
        ("h1", "Billing and payment"),
        ("p", "This page explains when you get invoices, how you can pay and what happens if a payment fails. "
              "Questions about a specific invoice: rechnung@tischwerk.de."),
        ("h2", "When are invoices issued?"),
        ("bullets", [
            "Membership invoices are issued on the first working day of each month for the current month (paid in advance).",
            "Usage-based items – extra meeting room hours, prints beyond your quota, extra scans – are billed with the following month's invoice.",
            "If your membership starts in the middle of a month, the first invoice is calculated pro rata.",
            "All invoices are available as PDF in the app under Billing and are also sent by email.",
        ]),
        ("h2", "Payment methods"),
        ("table", [
            ["Payment method", "Memberships", "Team Offices", "Day passes & guest room bookings"],
            ["SEPA direct debit", "yes (default)", "yes", "no"],
            ["Credit card (Visa, Mastercard, American Express)", "yes", "yes", "yes"],
            ["Bank transfer", "no", "yes", "no"],
            ["PayPal", "no", "no", "no"],
            ["Cash", "no", "no", "no"],
        ]),
        ("p", "SEPA direct debits are collected on the third working day of the month. Event space bookings can be "
              "paid by bank transfer."),
        ("h2", "Failed payments and reminders"),
        ("bullets", [
            "If a direct debit is returned, we charge the bank's return fee of 8.50 €.",
            "The first payment reminder is free of charge; the second reminder costs 5 €.",
            "If an invoice is still unpaid 14 days after the second reminder, access with your key card is suspended until the payment has been received.",
            "If you are more than two monthly fees in arrears, we may terminate the contract (see our terms and conditions).",
        ]),
        ("h2", "Changing your billing details"),
        ("p", "You can change your invoice address, company name and VAT ID in the app under Billing. Changes apply "
              "to future invoices. On request we reissue invoices from the last 3 months with corrected details – "
              "write to rechnung@tischwerk.de."),
        ("h2", "VAT"),
        ("p", "Membership prices are net plus 19 % German VAT. Because our services are provided in Germany, "
              "invoices to companies in other EU countries also include German VAT. Day passes are end prices "
              "including VAT."),
        ("h2", "Refunds and credits"),
        ("bullets", [
            "Refunds are paid back to the original payment method within 5 to 10 working days.",
            "Credits, for example from our referral programme, are deducted from your next invoice. Credits are not paid out in cash.",
        ]),
        ("h2", "Business customers vs. private customers"),
        ("p", "Business customers receive invoices with their company name and VAT ID and can ask for one "
              "collective invoice for several team members. Private customers receive invoices in their own name; "
              "prices shown to private customers in the app include VAT."),
    ],
}


# ---------------------------------------------------------------------------
def build_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = "Helvetica", "Helvetica-Bold"
    ttf = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    ttfb = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    if os.path.exists(ttf) and os.path.exists(ttfb):
        pdfmetrics.registerFont(TTFont("DejaVu", ttf))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", ttfb))
        font, bold = "DejaVu", "DejaVu-Bold"
    ss = getSampleStyleSheet()
    st = {
        "h1": ParagraphStyle("h1", parent=ss["Heading1"], fontName=bold, fontSize=18, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=ss["Heading2"], fontName=bold, fontSize=12.5, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", parent=ss["BodyText"], fontName=font, fontSize=10, leading=13.5),
    }
    story = []
    for kind, payload in doc["blocks"]:
        if kind in ("h1", "h2", "p"):
            story.append(Paragraph(payload, st[kind]))
        elif kind == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(t, st["p"]), leftIndent=12) for t in payload],
                                      bulletType="bullet", start="•", leftIndent=12))
            story.append(Spacer(1, 4))
        elif kind == "table":
            data = [[Paragraph(c, st["p"]) for c in row] for row in payload]
            t = Table(data, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    pdf = SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"], author="Tischwerk Coworking GmbH",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    pdf.build(story)


def build_docx(doc, path):
    import docx

    d = docx.Document()
    d.core_properties.title = doc["title"]
    d.core_properties.author = "Tischwerk Coworking GmbH"
    for kind, payload in doc["blocks"]:
        if kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "bullets":
            for t in payload:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    d.save(str(path))


def main():
    jobs = [
        (build_pdf, HAUSORDNUNG, KB / "hausordnung" / "hausordnung.pdf"),
        (build_pdf, WELCOME, KB / "service" / "welcome-pack.pdf"),
        (build_docx, AGB, KB / "vertrag" / "agb-mitgliedschaft.docx"),
        (build_docx, BILLING, KB / "vertrag" / "billing-and-payment.docx"),
    ]
    for fn, doc, path in jobs:
        path.parent.mkdir(parents=True, exist_ok=True)
        fn(doc, path)
        words = sum(len((p if isinstance(p, str) else " ".join(" ".join(r) if isinstance(r, list) else r for r in p)).split())
                    for _, p in doc["blocks"])
        print(f"wrote {path.relative_to(KB.parent)} (~{words} words)")


if __name__ == "__main__":
    main()
