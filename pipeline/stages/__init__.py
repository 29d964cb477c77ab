"""The turn's stages, one module each. Their order is written once, in `pipeline.build`."""
