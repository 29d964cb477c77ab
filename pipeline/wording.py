"""What the bot says outside of knowledge-base answers, in German and English.

Brand-neutral on purpose: the assistant's name comes from settings, so a brand changes it in one place.
"""
from __future__ import annotations

DISCLOSURE = {
    "de": "Kurz vorab: Ich bin {name}, ein automatischer digitaler Assistent (KI). Ein Mensch aus unserem Team ist jederzeit für dich erreichbar – sag einfach Bescheid.",
    "en": "Just so you know: I'm {name}, an automated digital assistant (AI). A person from our team is always available – just ask.",
}
SMALLTALK = {
    "greet": {
        "de": "Hallo! 👋 Wie kann ich dir helfen? Frag mich zum Beispiel nach Versand, Rückgabe, Zahlung oder Öffnungszeiten.",
        "en": "Hi there! 👋 How can I help? You can ask me about shipping, returns, payment or opening hours, for example.",
    },
    "goodbye": {
        "de": "Tschüss und einen schönen Tag! Wenn noch etwas ist, schreib einfach wieder.",
        "en": "Bye, and have a great day! If anything else comes up, just write again.",
    },
    "thanks": {
        "de": "Gern geschehen! Kann ich sonst noch etwas für dich tun?",
        "en": "You're welcome! Is there anything else I can do for you?",
    },
    "bot_challenge": {
        "de": "Ich bin ein Bot – ein automatischer digitaler Assistent (KI), kein Mensch. Wenn du lieber mit einer Person aus unserem Team sprechen möchtest, sag einfach Bescheid.",
        "en": "I'm a bot – an automated digital assistant (AI), not a human. If you'd rather talk to a person from our team, just say so.",
    },
    "capabilities": {
        "de": "Ich beantworte Fragen rund um unsere Produkte und unseren Service – zum Beispiel zu Versand, Rückgabe, Zahlung, Garantie oder Öffnungszeiten – und nenne dir die Quelle. Was ich nicht weiß, sage ich ehrlich, und auf Wunsch hole ich einen Menschen aus unserem Team dazu.",
        "en": "I answer questions about our products and service – shipping, returns, payment, warranty or opening hours, for example – and tell you where the answer comes from. If I don't know something I'll say so, and I can bring in a person from our team whenever you like.",
    },
}
OTHERS_DATA = {
    "de": "Persönliche Daten von Mitarbeitenden oder anderen Kundinnen und Kunden gebe ich nicht heraus. Wenn du jemanden aus unserem Team direkt sprechen möchtest, hole ich gern eine Kollegin oder einen Kollegen dazu.",
    "en": "I can't share personal details of our staff or of other customers. If you'd like to talk to someone from our team directly, I'm happy to get a colleague for you.",
}
EMPTY = {
    "de": "Da ist wohl nichts angekommen. Was möchtest du wissen?",
    "en": "Looks like that message was empty. What would you like to know?",
}
UNREADABLE = {
    "de": "Diese Nachricht kann ich leider nicht lesen. Magst du deine Frage in ein paar Worten schreiben?",
    "en": "Sorry, I can't read that message. Could you write your question in a few words?",
}
TRUNCATED = {
    "de": "(Deine Nachricht war sehr lang – ich habe mich auf den Anfang konzentriert.)",
    "en": "(Your message was very long – I focused on the beginning.)",
}
def pick(table: dict[str, str], lang: str, **values: object) -> str:
    return table.get(lang, table["en"]).format(**values)
