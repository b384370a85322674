"""Admin registrations of this domain (viewsets, menu items, hooks)."""
