"""Playing evaluation sets through the running stack and scoring them."""
