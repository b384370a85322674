"""Admin registrations of the retiree mentor network."""
