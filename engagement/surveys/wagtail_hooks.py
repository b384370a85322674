"""Admin registrations of surveys: results, exports, invitation codes, themes."""
