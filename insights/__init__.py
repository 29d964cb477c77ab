"""Staff insights (issue 16): what followers ask, how the bot and the team are doing, and crisis early warning.

- `tables`: one row per follower message (`InsightMessage`, PII-redacted text, its embedding and topic), the
  topics, the alerts, the thumbs-down on bot answers and the digests sent; all in the Tandem database.
- `record`: the action server stores every turn there, in a background thread (a reply never waits for it).
- `topics`: clusters of similar messages (scikit-learn, on the knowledge base's multilingual embeddings),
  named by their most typical words and message, matched to yesterday's so a topic keeps its id and history.
- `alerts`: the early-warning rule (a binomial CUSUM per topic; its parameters are argued there) and the
  alert lifecycle (one alert per rise, acknowledged by staff); `notify`: signed webhook and e-mail.
- `figures`: every figure of the insights page and its CSV tables, from stored rows only.
- `digest`: the opt-in weekly digest; `scheduler`: runs the periodic work inside ``tandem run``.
- `synthetic`: a generated message stream (daily and weekly rhythm, bursts) for tests, bench and the demo.
"""
