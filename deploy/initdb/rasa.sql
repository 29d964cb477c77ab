-- Rasa's tracker store lives next to the inbox in its own database.
CREATE DATABASE rasa OWNER tandem;
