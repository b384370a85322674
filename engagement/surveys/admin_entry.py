"""Staff entering paper, phone and in-person answers on someone's behalf (admin views)."""
