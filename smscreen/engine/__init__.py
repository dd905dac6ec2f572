"""The screening engine: rules compiled against a profile, evaluated per post."""
