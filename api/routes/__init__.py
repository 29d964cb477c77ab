"""One module per area of the API, each exposing a ``router``."""
